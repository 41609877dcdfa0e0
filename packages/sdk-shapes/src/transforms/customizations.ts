/**
 * aws-sdk-rust's model customisations that change names, nullability or defaults (SDK-RULES §3.2,
 * §7). They run after the baseline transforms, so they also see the synthetic Inputs/Outputs.
 *   - EC2 (`EC2MakePrimitivesOptional`): every structure member gets `@clientOptional`.
 *   - S3 (`MakeS3BoolsAndNumbersOptional`): members targeting booleans/numbers, and those targets,
 *     lose `@default`.
 *   - S3 (`S3ExpiresDecorator`): `Expires` members become timestamps; `@output` structures with
 *     an `Expires` member gain `ExpiresString` (string).
 *   - `RemoveDefaultsDecorator`: a hard-coded list of shapes/members per service loses `@default`.
 */
import { emptyShape, hasTrait, type Member, type Model, type Shape } from "../model.js";
import { syntheticInputId, syntheticOutputId } from "./operation-normalizer.js";

const DEFAULT = "smithy.api#default";
const CLIENT_OPTIONAL = "smithy.api#clientOptional";

const EC2_SERVICE = "com.amazonaws.ec2#AmazonEC2";
const S3_SERVICE = "com.amazonaws.s3#AmazonS3";
const S3_EXPIRES_STRING = "aws.sdk.rust.s3.synthetic#ExpiresString";

/** `RemoveDefaultsDecorator.removeDefaults` at smithy-rs 56ee88c5 (ids as smithy-rs writes them). */
const REMOVE_DEFAULTS: ReadonlyMap<string, readonly string[]> = new Map([
  [
    "com.amazonaws.amplifyuibuilder#AmplifyUIBuilder",
    [
      "com.amazonaws.amplifyuibuilder#ListComponentsLimit",
      "com.amazonaws.amplifyuibuilder#ListFormsLimit",
      "com.amazonaws.amplifyuibuilder#ListThemesLimit",
    ],
  ],
  [
    "com.amazonaws.drs#ElasticDisasterRecoveryService",
    [
      "com.amazonaws.drs#Validity",
      "com.amazonaws.drs#CostOptimizationConfiguration$burstBalanceThreshold",
      "com.amazonaws.drs#CostOptimizationConfiguration$burstBalanceDeltaThreshold",
      "com.amazonaws.drs.synthetic#ListStagingAccountsInput$maxResults",
      "com.amazonaws.drs#StrictlyPositiveInteger",
      "com.amazonaws.drs#MaxResultsType",
      "com.amazonaws.drs#MaxResultsReplicatingSourceServers",
      "com.amazonaws.drs#LaunchActionOrder",
    ],
  ],
  ["com.amazonaws.evidently#Evidently", ["com.amazonaws.evidently#ResultsPeriod"]],
  [
    "com.amazonaws.location#LocationService",
    [
      "com.amazonaws.location.synthetic#ListPlaceIndexesInput$MaxResults",
      "com.amazonaws.location.synthetic#SearchPlaceIndexForSuggestionsInput$MaxResults",
      "com.amazonaws.location#PlaceIndexSearchResultLimit",
    ],
  ],
  [
    "com.amazonaws.paymentcryptographydata#PaymentCryptographyDataPlane",
    ["com.amazonaws.paymentcryptographydata#IntegerRangeBetween4And12"],
  ],
  ["com.amazonaws.emrserverless#AwsToledoWebService", ["com.amazonaws.emrserverless#WorkerCounts"]],
  [
    "com.amazonaws.s3control#AWSS3ControlServiceV20180820",
    [
      "com.amazonaws.s3control#PublicAccessBlockConfiguration$BlockPublicAcls",
      "com.amazonaws.s3control#PublicAccessBlockConfiguration$IgnorePublicAcls",
      "com.amazonaws.s3control#PublicAccessBlockConfiguration$BlockPublicPolicy",
      "com.amazonaws.s3control#PublicAccessBlockConfiguration$RestrictPublicBuckets",
    ],
  ],
  [
    "com.amazonaws.iot#AWSIotService",
    [
      "com.amazonaws.iot#ThingConnectivity$connected",
      "com.amazonaws.iot.synthetic#UpdateProvisioningTemplateInput$enabled",
      "com.amazonaws.iot.synthetic#CreateProvisioningTemplateInput$enabled",
      "com.amazonaws.iot.synthetic#DescribeProvisioningTemplateOutput$enabled",
      "com.amazonaws.iot#ProvisioningTemplateSummary$enabled",
    ],
  ],
]);

/** Rewrites a smithy-rs synthetic id (`ns.synthetic#OpInput`) to this package's (`ns#Op$Input`). */
function fromSmithyRsSyntheticId(id: string): string {
  const m = /^(.*)\.synthetic#(.*?)(Input|Output)$/.exec(id);
  if (!m) return id;
  const op = `${m[1]}#${m[2]}`;
  return m[3] === "Input" ? syntheticInputId(op) : syntheticOutputId(op);
}

/** Splits `container$member` (the member part is after the last `$`). */
function splitMemberId(id: string): { container: string; member: string | null } {
  const hash = id.indexOf("#");
  const dollar = id.lastIndexOf("$");
  if (dollar < 0 || dollar < hash) return { container: id, member: null };
  return { container: id.slice(0, dollar), member: id.slice(dollar + 1) };
}

function removeDefault(traits: Record<string, unknown>): Record<string, unknown> {
  if (!hasTrait(traits, DEFAULT)) return traits;
  const { [DEFAULT]: _removed, ...rest } = traits;
  return rest;
}

function allStructureMembers(model: Model): Member[] {
  return model.ofType("structure").flatMap((s) => s.members);
}

/** `RemoveDefaults.processModel`. */
function removeDefaults(model: Model, ids: readonly string[]): void {
  const roots = new Set<string>();
  const members: { container: string; member: string }[] = [];
  for (const raw of ids) {
    const { container, member } = splitMemberId(raw);
    if (member === null) roots.add(raw);
    else members.push({ container: fromSmithyRsSyntheticId(container), member });
  }
  const removedRoots = new Set<string>();
  for (const id of roots) {
    const s = model.get(id);
    if (s && hasTrait(s.traits, DEFAULT)) {
      s.traits = removeDefault(s.traits);
      removedRoots.add(id);
    }
  }
  const memberSet = new Set(members.map((m) => `${m.container}\u0000${m.member}`));
  for (const shape of model.shapes.values()) {
    for (const m of shape.members) {
      if (removedRoots.has(m.target) || memberSet.has(`${m.container}\u0000${m.name}`)) {
        m.traits = removeDefault(m.traits);
      }
    }
  }
}

/** `EC2MakePrimitivesOptional`. */
function makeEc2MembersOptional(model: Model): void {
  for (const m of allStructureMembers(model)) m.traits = { ...m.traits, [CLIENT_OPTIONAL]: {} };
}

const NUMBER_OR_BOOL: ReadonlySet<string> = new Set([
  "boolean",
  "byte",
  "short",
  "integer",
  "long",
  "float",
  "double",
  "bigInteger",
  "bigDecimal",
  "intEnum",
]);

/** `MakeS3BoolsAndNumbersOptional`. */
function makeS3BoolsAndNumbersOptional(model: Model): void {
  for (const m of allStructureMembers(model)) {
    const target = model.get(m.target);
    if (!target || !NUMBER_OR_BOOL.has(target.type)) continue;
    m.traits = removeDefault(m.traits);
    target.traits = removeDefault(target.traits);
  }
}

/** `S3ExpiresDecorator.transformModel`. */
function addS3ExpiresString(model: Model): void {
  const expiresStringShape = emptyShape(S3_EXPIRES_STRING, "string");
  model.add(expiresStringShape);
  const isExpires = (m: Member): boolean => m.name.toLowerCase() === "expires";
  for (const shape of model.shapes.values()) {
    const expires = shape.members.filter(isExpires);
    if (expires.length !== 1) continue;
    const target = model.get(expires[0]!.target);
    if (target && target.type !== "timestamp") target.type = "timestamp";
  }
  for (const shape of model.ofType("structure")) {
    if (!hasTrait(shape.traits, "smithy.api#output")) continue;
    const expires = shape.members.find(isExpires);
    if (!expires) continue;
    const others = shape.members.filter((m) => m !== expires);
    expires.traits = {
      ...expires.traits,
      "smithy.api#deprecated": {
        message: "Please use `expires_string` which contains the raw, unparsed value of this field.",
      },
    };
    const expiresString: Member = {
      name: `${expires.name}String`,
      container: shape.id,
      target: S3_EXPIRES_STRING,
      traits: { "smithy.api#httpHeader": "ExpiresString" },
      boxed: false,
    };
    shape.members = [...others, expires, expiresString];
  }
}

/** Applies the customisations registered for `service` (by its shape id). */
export function applyServiceCustomizations(model: Model, service: Shape): void {
  const remove = REMOVE_DEFAULTS.get(service.id);
  if (remove) removeDefaults(model, remove);
  if (service.id === EC2_SERVICE) makeEc2MembersOptional(model);
  if (service.id === S3_SERVICE) {
    makeS3BoolsAndNumbersOptional(model);
    addS3ExpiresString(model);
  }
}
