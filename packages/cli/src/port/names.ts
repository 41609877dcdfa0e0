/**
 * Name resolution for `port`: winterbaume crate suffix ↔ aws-sdk crate ↔ boto3 client ↔ moto
 * test directory. The default rule comes from the service table (`../shared/service-names.tsv`,
 * generated into sdk-shapes): the crate suffix is the aws-sdk crate suffix, the boto3 name is the
 * table's (or the api-models-aws folder's when the table has none), the moto directory is
 * `test_<boto3 name without '-'>`, the main file `test_<dir suffix>.py`. `EXCEPTIONS` lists
 * where winterbaume or moto depart from that rule; packages/cli/src/port/README.md documents both.
 */
import { SERVICE_TABLE, type ServiceTableRow } from "@moto2rust/sdk-shapes";

export interface ServiceNames {
  /** `cloudwatchlogs` */
  readonly crateSuffix: string;
  /** `winterbaume-cloudwatchlogs` */
  readonly cargoPackage: string;
  /** `winterbaume_cloudwatchlogs` */
  readonly crateIdent: string;
  /** `aws-sdk-cloudwatchlogs` */
  readonly sdkCargoCrate: string;
  /** `aws_sdk_cloudwatchlogs` */
  readonly sdkCrate: string;
  /** boto3 client name (`logs`). */
  readonly boto3: string;
  /** `test_logs` */
  readonly motoDir: string;
  /** `test_logs.py`; a directory without it ports every `test_*.py` unless filtered. */
  readonly motoMainFile: string;
  /** Further moto directories whose files a FILTER may name (`test_awslambda_simple`). */
  readonly extraMotoDirs: readonly string[];
  /** Why the default rule does not apply, or null. */
  readonly note: string | null;
}

export interface NameException {
  /** aws-sdk crate when it is not `aws-sdk-<crate suffix>`. */
  readonly sdkCargoCrate?: string;
  /** boto3 name when the table has none (or the crate is not in the table). */
  readonly boto3?: string;
  readonly motoDir?: string;
  readonly motoMainFile?: string;
  readonly extraMotoDirs?: readonly string[];
  readonly note: string;
}

/** Where winterbaume or moto depart from the default rule, by crate suffix. */
export const EXCEPTIONS: Readonly<Record<string, NameException>> = {
  lambda: {
    motoDir: "test_awslambda",
    motoMainFile: "test_lambda.py",
    extraMotoDirs: ["test_awslambda_simple"],
    note: "moto spells the directory `awslambda` (`lambda` is a Python keyword)",
  },
  applicationdiscoveryservice: {
    sdkCargoCrate: "aws-sdk-applicationdiscovery",
    note: "the crate suffix is not the aws-sdk crate suffix (`applicationdiscovery`)",
  },
  macie2: { motoDir: "test_macie", note: "moto tests the macie2 client under `test_macie`" },
  dynamodbstreams: {
    extraMotoDirs: ["test_dynamodb"],
    note: "moto also exercises streams from `test_dynamodb` (name those files as FILTERs)",
  },
  batch: { extraMotoDirs: ["test_batch_simple"], note: "moto has a second directory `test_batch_simple`" },
  s3: { extraMotoDirs: ["test_s3bucket_path"], note: "moto has a second directory `test_s3bucket_path`" },
  ec2: {
    sdkCargoCrate: "aws-sdk-ec2",
    boto3: "ec2",
    note: "EC2 is missing from the service table (its model is not in the models subset)",
  },
  aiops: { sdkCargoCrate: "aws-sdk-aiops", boto3: "aiops", note: "newer than the service table" },
  bcmdashboards: {
    sdkCargoCrate: "aws-sdk-bcmdashboards",
    boto3: "bcm-dashboards",
    note: "newer than the service table",
  },
  bcmrecommendedactions: {
    sdkCargoCrate: "aws-sdk-bcmrecommendedactions",
    boto3: "bcm-recommended-actions",
    note: "newer than the service table",
  },
  s3vectors: { sdkCargoCrate: "aws-sdk-s3vectors", boto3: "s3vectors", note: "newer than the service table" },
  s3files: { sdkCargoCrate: "aws-sdk-s3files", boto3: "s3files", note: "newer than the service table" },
  simpledbv2: {
    sdkCargoCrate: "aws-sdk-simpledbv2",
    boto3: "simpledbv2",
    note: "newer than the service table; moto's `test_sdb` tests SimpleDB v1 (`sdb`), a different API",
  },
};

const motoDirOf = (boto3: string): string => `test_${boto3.replace(/-/g, "")}`;
const ident = (cargo: string): string => cargo.replace(/-/g, "_");

function fromRow(
  crateSuffix: string,
  row: ServiceTableRow | undefined,
  ex: NameException | undefined,
): ServiceNames | null {
  const sdkCargoCrate = ex?.sdkCargoCrate ?? row?.cargoCrate ?? null;
  const boto3 = ex?.boto3 ?? (row ? (row.boto3 !== "" ? row.boto3 : row.modelsDir) : null);
  if (!sdkCargoCrate || !boto3) return null;
  const motoDir = ex?.motoDir ?? motoDirOf(boto3);
  return {
    crateSuffix,
    cargoPackage: `winterbaume-${crateSuffix}`,
    crateIdent: ident(`winterbaume-${crateSuffix}`),
    sdkCargoCrate,
    sdkCrate: ident(sdkCargoCrate),
    boto3,
    motoDir,
    motoMainFile: ex?.motoMainFile ?? `${motoDir}.py`,
    extraMotoDirs: ex?.extraMotoDirs ?? [],
    note: ex?.note ?? (row && row.boto3 === "" ? "boto3 name taken from the api-models-aws folder" : null),
  };
}

const rowBySdkSuffix = new Map<string, ServiceTableRow>();
for (const row of SERVICE_TABLE) rowBySdkSuffix.set(row.cargoCrate.replace(/^aws-sdk-/, ""), row);

/** Names for one winterbaume crate suffix (`cloudwatchlogs`), or null when nothing knows it. */
export function namesForCrate(crateSuffix: string): ServiceNames | null {
  const ex = EXCEPTIONS[crateSuffix];
  const sdkSuffix = (ex?.sdkCargoCrate ?? `aws-sdk-${crateSuffix}`).replace(/^aws-sdk-/, "");
  return fromRow(crateSuffix, rowBySdkSuffix.get(sdkSuffix), ex);
}

/**
 * Resolves what the user typed (crate suffix `cloudwatchlogs`, package `winterbaume-cloudwatchlogs`,
 * boto3 name `logs`, moto directory `test_logs`) against the crates a checkout has.
 * Returns every crate it could mean (more than one is ambiguous; none is unknown).
 */
export function resolveService(input: string, crateSuffixes: readonly string[]): ServiceNames[] {
  const wanted = input
    .trim()
    .toLowerCase()
    .replace(/^winterbaume[-_]/, "");
  const all = crateSuffixes.map(namesForCrate).filter((n): n is ServiceNames => n !== null);
  const exact = all.filter((n) => n.crateSuffix === wanted);
  if (exact.length > 0) return exact;
  const sdk = wanted.replace(/^aws[-_]sdk[-_]/, "");
  const bySdk = all.filter((n) => n.sdkCargoCrate === `aws-sdk-${sdk}`);
  if (bySdk.length > 0) return bySdk;
  const byBoto3 = all.filter((n) => n.boto3 === wanted);
  if (byBoto3.length > 0) return byBoto3;
  return all.filter((n) => n.motoDir === wanted || n.motoDir === `test_${wanted}`);
}

/** The resolution table for a list of crate suffixes (for the README and `port --list`). */
export function nameTable(crateSuffixes: readonly string[]): { crate: string; names: ServiceNames | null }[] {
  return crateSuffixes.map((c) => ({ crate: c, names: namesForCrate(c) }));
}

let byMotoDir: Map<string, string> | undefined;

/** The boto3 service a moto test directory tests (`test_logs` → `logs`), or null when no rule names it. */
export function boto3ForMotoDir(dir: string): string | null {
  if (!byMotoDir) {
    byMotoDir = new Map();
    const suffixes = new Set([
      ...SERVICE_TABLE.map((r) => r.cargoCrate.replace(/^aws-sdk-/, "")),
      ...Object.keys(EXCEPTIONS),
    ]);
    for (const suffix of [...suffixes].sort()) {
      const n = namesForCrate(suffix);
      if (n && !byMotoDir.has(n.motoDir)) byMotoDir.set(n.motoDir, n.boto3);
    }
  }
  return byMotoDir.get(dir) ?? null;
}
