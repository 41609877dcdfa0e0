/**
 * The message catalogue: every diagnostic the compiler reports, by package, as a typed template
 * with its code and severity (codes and the SPEC's reasons: `diagnostic.ts`). Report sites name an
 * entry and give its parameters (`fail(EMIT.untypedExpression(why), at)`), so a message's wording,
 * code and severity live in one place; free-form strings stay parameters (construct names, paths).
 */
import { message } from "./diagnostic.js";

/** What a message interpolates: names, paths, counts. */
type Text = string | number;

/** frontend-python: lowering failures (by the failure's code) and the frontend's own reports. */
export const FRONTEND = {
  unsupportedConstruct: message(
    "error",
    "unsupported-syntax",
    (construct: Text, source: Text, where: Text) => `unsupported ${construct}: \`${source}\`${where}`,
  ),
  motoInternal: message(
    "error",
    "moto-internal",
    (construct: Text, source: Text, where: Text) => `uses ${construct}: \`${source}\`${where}`,
  ),
  resourceApi: message(
    "error",
    "resource-api",
    (construct: Text, source: Text, where: Text) =>
      `uses the boto3 resource API (${construct}): \`${source}\`${where}`,
  ),
  syntaxErrorConstruct: message(
    "error",
    "syntax-error",
    (construct: Text, where: Text) => `syntax error: ${construct}${where}`,
  ),
  serverModeOnly: message(
    "error",
    "server-mode-only",
    (source: Text, where: Text) => `runs only in moto server mode: \`${source}\`${where}`,
  ),
  parserGaveUp: message("error", "syntax-error", () => "syntax error: the parser gave up"),
  syntaxErrorMissing: message(
    "error",
    "syntax-error",
    (nodeType: Text) => `syntax error: missing ${nodeType}`,
  ),
  syntaxError: message("error", "syntax-error", () => "syntax error"),
  syntaxErrorUnexpected: message(
    "error",
    "syntax-error",
    (text: Text) => `syntax error: unexpected \`${text}\``,
  ),
  usesCloudFormation: message(
    "error",
    "cloudformation",
    (via: "client" | "resource") => `uses CloudFormation (boto3 ${via} "cloudformation")`,
  ),
  ignoredAtModuleLevel: message(
    "note",
    "unsupported-syntax",
    (what: Text, source: Text) => `ignored ${what}: \`${source}\``,
  ),
  moduleVariableNotConstant: message(
    "note",
    "unsupported-syntax",
    (name: Text, why: Text) => `module variable ${name} is not a constant: ${why}`,
  ),
  /** A frontend bug (an exception while lowering), never the input's fault. */
  internalError: message("error", "internal-error", (detail: Text) => `internal frontend error: ${detail}`),
  binaryInput: message(
    "error",
    "syntax-error",
    (line: Text, col: Text) => `binary input: NUL byte at ${line}:${col}; not a Python source file`,
  ),
  bomWithDeclaration: message(
    "error",
    "syntax-error",
    (declared: Text) => `encoding problem: a UTF-8 byte-order mark with a '${declared}' declaration`,
  ),
  cannotDecodeByte: message(
    "error",
    "syntax-error",
    (byte: Text, encoding: Text, hint: Text) => `cannot decode byte ${byte} as ${encoding}${hint}`,
  ),
  unknownEncoding: message(
    "error",
    "syntax-error",
    (declared: Text) => `unknown encoding '${declared}' in the coding declaration`,
  ),
  importsNeedPath: message(
    "note",
    "unsupported-syntax",
    () => "names imported from other modules of the moto tree are not resolved: no file path was given",
  ),
  // branch decorators: resource-creating decorators, partially evaluated (decorator-eval.ts).
  decoratorTeardownLeftOut: message(
    "warning",
    "approximated",
    (decorator: Text, why: Text) => `the teardown of decorator ${decorator} is not translated: ${why}`,
  ),
} as const;

/** sdk-shapes typing passes. */
export const TYPER = {
  notAClient: message(
    "error",
    "unsupported-syntax",
    (client: Text) =>
      `'${client}' is not a boto3 client created in this test (fixture or helper clients are not supported)`,
  ),
  noInputMember: message(
    "error",
    "unknown-member",
    (operation: Text, member: Text) => `${operation} has no input member '${member}'`,
  ),
  membershipNeedsLiteralKey: message(
    "error",
    "unsupported-syntax",
    () => `membership test on a response needs a literal key`,
  ),
  hasNoMember: message(
    "error",
    "unknown-member",
    (shape: Text, key: Text) => `${shape} has no member '${key}'`,
  ),
  inOnValue: message("error", "type-mismatch", (type: Text) => `'in' on a ${type} value`),
  notRaisesBinding: message(
    "error",
    "unsupported-syntax",
    (binding: Text) => `'${binding}' is not bound by 'with pytest.raises(...) as ${binding}'`,
  ),
  raisesWithoutCall: message("error", "unsupported-syntax", () => `pytest.raises block without a boto3 call`),
  modelsNoException: message(
    "error",
    "unknown-member",
    (service: Text, name: Text) => `'${service}' models no exception '${name}'`,
  ),
  cannotIterate: message("error", "type-mismatch", (kind: Text) => `cannot iterate over a ${kind} value`),
  responseKeyNotLiteral: message(
    "error",
    "unsupported-syntax",
    () => `a response key must be a string literal`,
  ),
  noStructureInModel: message("error", "unknown-member", (path: Text) => `no structure ${path} in the model`),
  documentIndexType: message(
    "error",
    "type-mismatch",
    () => `a JSON document index must be a string or an integer`,
  ),
  listIndexType: message("error", "type-mismatch", () => `a list index must be an integer`),
  hasNoVariant: message(
    "error",
    "unknown-member",
    (union: Text, key: Text) => `${union} has no variant '${key}'`,
  ),
  cannotSubscriptValue: message("error", "type-mismatch", (type: Text) => `cannot subscript a ${type} value`),
  lenOfType: message("error", "type-mismatch", (type: Text) => `len() of a ${type} value`),
  builtinOnType: message("error", "type-mismatch", (what: Text, type: Text) => `${what} of a ${type} value`),
  expectedFound: message(
    "error",
    "type-mismatch",
    (expected: Text, found: Text) => `expected ${expected}, found ${found}`,
  ),
  dictKeyNotLiteral: message(
    "error",
    "unsupported-syntax",
    (shape: Text) => `a key of a ${shape} dict must be a string literal`,
  ),
  noUnionInModel: message("error", "unknown-member", (path: Text) => `no union ${path} in the model`),
  unionNeedsOneKey: message(
    "error",
    "type-mismatch",
    (union: Text, count: Text) => `a ${union} value needs exactly one key, found ${count}`,
  ),
  untypedDictLiteral: message(
    "error",
    "type-mismatch",
    () =>
      `cannot tell which SDK type this dict literal stands for (it is not sent nor compared with a response)`,
  ),
  unsupportedOperandsFor: message("error", "type-mismatch", (op: Text) => `unsupported operands for '${op}'`),
  unknownName: message(
    "error",
    "unsupported-syntax",
    (id: Text) => `unknown name '${id}' (not assigned in this test)`,
  ),
  nameHasType: message(
    "error",
    "type-mismatch",
    (name: Text, type: Text, expected: Text) => `'${name}' is ${type}, expected ${expected}`,
  ),
  staleLiteral: message(
    "error",
    "unsupported-syntax",
    (id: Text) => `'${id}' is a literal whose variables were re-assigned since it was built`,
  ),
  boto3ClientUsedAsValue: message(
    "error",
    "unsupported-syntax",
    (id: Text) => `boto3 client '${id}' used as a value`,
  ),
  exceptionInfoUsedAsValue: message(
    "error",
    "unsupported-syntax",
    (id: Text) => `exception info '${id}' used as a value`,
  ),
  pytestFixtureNotSupported: message(
    "error",
    "unsupported-syntax",
    (id: Text) => `pytest fixture '${id}' is not supported`,
  ),
  unknownModuleConstant: message(
    "error",
    "unsupported-syntax",
    (name: Text) => `unknown module constant '${name}'`,
  ),
  clientUtility: message(
    "error",
    "unsupported-syntax",
    (client: Text, method: Text, why: Text) => `${client}.${method}(): ${why}`,
  ),
  noOperationForMethod: message(
    "error",
    "unknown-operation",
    (service: Text, method: Text) => `'${service}' has no operation for boto3 method '${method}'`,
  ),
  noModelForService: message(
    "error",
    "unknown-service",
    (service: Text, root: Text) => `no model for service '${service}' under ${root}`,
  ),
  lenComparedWithNegative: message(
    "error",
    "type-mismatch",
    () => "len() is unsigned (usize in Rust): it is never compared with a negative number",
  ),
  integerLiteralOutOfRange: message("error", "type-mismatch", (range: Text) => `integer literal ${range}`),
  helperSplicesTwice: message(
    "error",
    "unsupported-syntax",
    (helper: Text, param: Text) => `helper ${helper}() splices **${param} into more than one call`,
  ),
  helperNotModuleFunction: message(
    "error",
    "unsupported-syntax",
    (name: Text) => `call to helper ${name}() that is not a module function`,
  ),
  helperClientParamNotClient: message(
    "error",
    "unsupported-syntax",
    (name: Text, param: Text) =>
      `helper ${name}() uses parameter ${param} as a boto3 client, but the call passes another value`,
  ),
  helperLiteralArgument: message(
    "error",
    "unsupported-syntax",
    (param: Text, name: Text) =>
      `dict/list argument ${param} of helper ${name}(): its SDK type is decided inside the helper`,
  ),
  helperNoneArgument: message(
    "error",
    "unsupported-syntax",
    (param: Text, name: Text) => `None for parameter ${param} of helper ${name}()`,
  ),
  helperNoSplatCall: message(
    "error",
    "unsupported-syntax",
    (name: Text) => `helper ${name}() does not pass **kwargs to a boto3 call`,
  ),
  helperWantsParam: message(
    "error",
    "type-mismatch",
    (name: Text, want: Text, param: Text) => `helper ${name}() wants a ${want} for ${param}`,
  ),
  helperRecursive: message(
    "error",
    "unsupported-syntax",
    (name: Text) => `recursive call to helper ${name}()`,
  ),
  helperCallOutsideModule: message("error", "unsupported-syntax", (name: Text) => `call to helper ${name}()`),
  // branch `branches`: statement-level control flow
  literalFromBranch: message(
    "error",
    "unsupported-syntax",
    (id: Text) => `'${id}' is a dict/list literal assigned in a branch or loop, read after it`,
  ),
  tryWithoutCall: message(
    "error",
    "unsupported-syntax",
    () => "try ... except ClientError around no boto3 call",
  ),
  // branch unpacking: tuple assignment, tuple loop targets.
  cannotUnpack: message("error", "type-mismatch", (type: Text) => `cannot unpack a ${type} value into names`),
  unpackArity: message(
    "error",
    "type-mismatch",
    (names: number, values: number) => `cannot unpack ${values} values into ${names} names`,
  ),
  // branch stdlib: the Python standard library as moto's tests use it.
  isinstanceNever: message(
    "error",
    "type-mismatch",
    (types: Text, type: Text) => `isinstance(x, ${types}) on a ${type} value always fails`,
  ),
  // branch decorators: waiters of resource-creating decorators.
  unknownWaiter: message(
    "error",
    "unknown-operation",
    (client: Text, waiter: Text) => `${client}.get_waiter("${waiter}"): the model has no such waiter`,
  ),
} as const;

/** backend-rust emitter: constructs that cannot be written as correct Rust (the test is skipped), and approximations. */
export const EMIT = {
  responseMetadataField: message(
    "error",
    "unsupported-syntax",
    () => `ResponseMetadata fields have no SDK equivalent`,
  ),
  noErrorBound: message("error", "unsupported-syntax", (binding: Text) => `no error bound to '${binding}'`),
  failingCallIsOther: message(
    "error",
    "unsupported-syntax",
    (operation: Text, other: Text) => `the failing call is ${operation}, never ${other}`,
  ),
  orderingOnSets: message("error", "unsupported-syntax", (op: Text) => `'${op}' on sets`),
  lengthBelowZero: message("error", "unsupported-syntax", () => `a length compared \`< 0\` never holds`),
  timestampPresenceOnly: message(
    "warning",
    "approximated",
    () => `exact timestamp comparison replaced by a presence check`,
  ),
  orderingComparisonWithNone: message("error", "type-mismatch", () => `ordering comparison with None`),
  operatorOnKind: message("error", "type-mismatch", (op: Text, kind: Text) => `'${op}' on ${kind} values`),
  comparingStringWithValue: message(
    "error",
    "type-mismatch",
    (kind: Text) => `comparing a string with a ${kind} value`,
  ),
  comparingEnumWithValue: message(
    "error",
    "type-mismatch",
    (kind: Text) => `comparing an enum with a ${kind} value`,
  ),
  comparingNumberWithValue: message(
    "error",
    "type-mismatch",
    (kind: Text) => `comparing a number with a ${kind} value`,
  ),
  comparingLengthWithOptionalNumber: message(
    "error",
    "type-mismatch",
    () => `comparing a length with an optional number`,
  ),
  nonStringInStringList: message("error", "type-mismatch", () => `non-string in a list of strings`),
  comparingListWithValue: message(
    "error",
    "type-mismatch",
    (kind: Text) => `comparing a list with a ${kind} value`,
  ),
  comparingBlobWithComputedValue: message(
    "error",
    "unsupported-syntax",
    () => `comparing a blob with a computed value`,
  ),
  comparingKinds: message(
    "error",
    "type-mismatch",
    (kind: Text, otherKind: Text) => `comparing a ${kind} with a ${otherKind} value`,
  ),
  comparingSmithyDocument: message(
    "error",
    "unsupported-syntax",
    () => `comparing a Smithy document value is not supported yet`,
  ),
  comparingJSONDocumentWithValue: message(
    "error",
    "unsupported-syntax",
    (kind: Text) => `comparing a JSON document with a ${kind} value`,
  ),
  cannotCompareValue: message("error", "type-mismatch", (kind: Text) => `cannot compare a ${kind} value`),
  partialStructureComparison: message(
    "error",
    "unsupported-syntax",
    (structure: Text, missing: Text) => `comparison with a partial ${structure} (no ${missing})`,
  ),
  inListComputedValues: message("error", "unsupported-syntax", () => `\`in\` a list of computed values`),
  inLiteralListForValue: message(
    "error",
    "unsupported-syntax",
    (kind: Text) => `\`in\` a literal list for a ${kind} value`,
  ),
  unknownStructure: message("error", "unknown-member", () => `unknown structure`),
  responseMetadataNotIn: message("error", "unsupported-syntax", () => `'ResponseMetadata' not in a response`),
  hasNoMember: message(
    "error",
    "unknown-member",
    (structure: Text, member: Text) => `${structure} has no member '${member}'`,
  ),
  nonStringNeedle: message("error", "type-mismatch", () => `non-string needle in a list of strings`),
  inListValues: message("error", "unsupported-syntax", (kind: Text) => `\`in\` a list of ${kind} values`),
  inOnValue: message("error", "type-mismatch", (kind: Text) => `\`in\` on a ${kind} value`),
  notOnValue: message("error", "unsupported-syntax", (kind: Text) => `\`not\` on a ${kind} value`),
  notATargetClient: message(
    "error",
    "unsupported-syntax",
    (client: Text) => `'${client}' is not a client of the service under test here`,
  ),
  unresolvedCall: message(
    "error",
    "unknown-operation",
    (client: Text, method: Text) => `unresolved call ${client}.${method}()`,
  ),
  unresolvedArgument: message("error", "unknown-member", (name: Text) => `unresolved argument ${name}`),
  unknownModuleConstant: message(
    "error",
    "unsupported-syntax",
    (name: Text) => `unknown module constant '${name}'`,
  ),
  constantRefersItself: message(
    "error",
    "unsupported-syntax",
    (name: Text) => `constant '${name}' refers to itself`,
  ),
  raisesLastNotCall: message(
    "error",
    "unsupported-syntax",
    () => `pytest.raises block whose last statement is not a boto3 call`,
  ),
  raisesClientSideError: message(
    "error",
    "unsupported-syntax",
    (name: Text) => `pytest.raises(${name}) checks a boto3 client-side error with no SDK equivalent`,
  ),
  paramValidationMissing: message(
    "warning",
    "approximated",
    (members: Text) =>
      `boto3 raises ParamValidationError (missing ${members}); the SDK fails to build the request`,
  ),
  unknownModelledException: message(
    "error",
    "unknown-member",
    (name: Text) => `unknown modelled exception ${name}`,
  ),
  raisesMatchPatternUnsupported: message(
    "warning",
    "approximated",
    (construct: Text) =>
      `pytest.raises(match=...) not checked: the pattern uses ${construct}, which Rust's regex crate cannot express`,
  ),
  vacuousAssertion: message(
    "warning",
    "approximated",
    (source: Text, note: Text) => `\`${source}\`: ${note}`,
  ),
  responseMetadataHere: message(
    "error",
    "unsupported-syntax",
    () => `ResponseMetadata has no SDK equivalent here`,
  ),
  untypedExpression: message("error", "type-mismatch", (why: Text) => `untyped expression (${why})`),
  bytesValueOutsideBlobArgument: message(
    "error",
    "unsupported-syntax",
    () => `bytes value outside a blob argument`,
  ),
  noneUsedAsValue: message("error", "unsupported-syntax", () => `None used as a value`),
  notAvailableInRust: message(
    "error",
    "unsupported-syntax",
    (name: Text) => `'${name}' is not available here in Rust (assigned in a loop or a block)`,
  ),
  boto3CallInsideComprehension: message(
    "error",
    "unsupported-syntax",
    () => `boto3 call inside a comprehension`,
  ),
  unresolvedResponseKey: message("error", "unknown-member", () => `unresolved response key`),
  cannotSubscriptValue: message("error", "type-mismatch", (kind: Text) => `cannot subscript a ${kind} value`),
  getDefaultOnPolicyDocument: message(
    "error",
    "unsupported-syntax",
    () => `.get() with a default on a policy document`,
  ),
  getOnValue: message("error", "type-mismatch", (kind: Text) => `.get() on a ${kind} value`),
  httpStatusNotCaptured: message("error", "unsupported-syntax", () => `HTTP status not captured`),
  readingSmithyDocument: message(
    "error",
    "unsupported-syntax",
    () => `reading into a Smithy document value is not supported yet`,
  ),
  stringPatternExpected: message("error", "type-mismatch", () => `a string pattern is expected`),
  getWithNonScalarDefault: message("error", "unsupported-syntax", () => `.get() with a non-scalar default`),
  fStringFormatSpec: message(
    "error",
    "unsupported-syntax",
    (spec: Text) => `f-string format spec ':${spec}'`,
  ),
  formattingValue: message("error", "unsupported-syntax", (kind: Text) => `formatting a ${kind} value`),
  onNonNumbers: message("error", "type-mismatch", (op: Text) => `'${op}' on non-numbers`),
  builtinOnThisValue: message(
    "error",
    "unsupported-syntax",
    (dot: Text, name: Text) => `${dot}${name}() on this value`,
  ),
  untypedListLiteral: message("error", "type-mismatch", () => `untyped list literal`),
  cannotIterateOverValue: message(
    "error",
    "type-mismatch",
    (kind: Text) => `cannot iterate over a ${kind} value`,
  ),
  setComprehension: message("error", "unsupported-syntax", () => `set comprehension`),
  jsonDumpsNonStringKey: message(
    "error",
    "unsupported-syntax",
    () => `json.dumps of a dict with a non-string key`,
  ),
  jsonDumpsVariable: message(
    "error",
    "unsupported-syntax",
    (kind: Text) => `json.dumps of a ${kind} variable`,
  ),
  jsonDumpsComputedValue: message(
    "error",
    "unsupported-syntax",
    (kind: Text) => `json.dumps of a computed ${kind} value`,
  ),
  jsonDumpsComputed: message("error", "unsupported-syntax", () => `json.dumps of a computed value`),
  readingStreamingMember: message(
    "error",
    "unsupported-syntax",
    (name: Text) => `reading the streaming member '${name}' is not supported yet`,
  ),
  indexIntoNonListValue: message("error", "type-mismatch", () => `index into a non-list value`),
  listIndexMustBeInteger: message("error", "type-mismatch", () => `a list index must be an integer`),
  mapKeyType: message(
    "error",
    "unsupported-syntax",
    (kind: Text) => `map keys of type ${kind} are not supported`,
  ),
  keyLookupOnNonMap: message("error", "type-mismatch", () => `key lookup on a non-map value`),
  variantReadOnNonUnion: message("error", "type-mismatch", () => `variant read on a non-union value`),
  unknownUnionVariant: message("error", "unknown-member", () => `unknown union variant`),
  hasNoVariant: message(
    "error",
    "unknown-member",
    (name: Text, key: Text) => `${name} has no variant '${key}'`,
  ),
  setLiteralComputedValues: message("error", "unsupported-syntax", () => `a set literal of computed values`),
  comparingSetWithNonSet: message(
    "error",
    "unsupported-syntax",
    () => `comparing a set with a non-set value`,
  ),
  setOfKind: message("error", "unsupported-syntax", (kind: Text) => `set() of a ${kind} value`),
  setsOfDifferentHolding: message(
    "error",
    "unsupported-syntax",
    () => `comparing sets of differently held elements`,
  ),
  crossServiceClient: message(
    "error",
    "cross-service",
    (service: Text) => `client for '${service}': the target crate cannot register it`,
  ),
  unsupportedStatement: message(
    "error",
    "unsupported-syntax",
    (construct: Text, firstLine: Text) => `${construct}: ${firstLine}`,
  ),
  optionalBorrowOfTemporary: message(
    "error",
    "unsupported-syntax",
    () => `binding an optional borrow of a temporary value`,
  ),
  cannotUseLiteralAs: message(
    "error",
    "type-mismatch",
    (literal: Text, kind: Text) => `cannot use this ${literal} value as ${kind}`,
  ),
  timestampWithoutZone: message(
    "error",
    "unsupported-syntax",
    (value: Text) => `timestamp string '${value}' has no explicit time zone; cannot convert`,
  ),
  documentValue: message(
    "error",
    "unsupported-syntax",
    () => `document (free-form JSON) values are not supported yet`,
  ),
  dictKeyNotMember: message("error", "unknown-member", () => `dict key is not a member of the structure`),
  unknownUnionVariantNamed: message(
    "error",
    "unknown-member",
    (key: Text) => `unknown union variant '${key}'`,
  ),
  cannotConvertValue: message(
    "error",
    "type-mismatch",
    (kind: Text, target: Text) => `cannot convert a ${kind} value to ${target}`,
  ),
  // Notes on assertions the SDK makes vacuous (comments; diagnostics when approximated).
  orAlternativeAlwaysHolds: message(
    "warning",
    "approximated",
    () => `one alternative of this \`or\` always holds in the SDK`,
  ),
  successStatus: message(
    "warning",
    "approximated",
    () => `HTTP status of a successful call: \`.unwrap()\` already requires success`,
  ),
  operationNameByConstruction: message(
    "warning",
    "approximated",
    (operation: Text) =>
      `operation_name is ${operation} by construction (the call that failed); checked when translating`,
  ),
  lengthNonNegative: message("warning", "approximated", () => `a length is always >= 0`),
  timestampAlwaysPresent: message(
    "warning",
    "approximated",
    () => `exact timestamp comparison (the member is always present)`,
  ),
  requiredNeverNone: message(
    "warning",
    "approximated",
    (name: Text) => `'${name}' is a required member: never None in the SDK`,
  ),
  neverNone: message("warning", "approximated", () => `this value is never None in the SDK`),
  responseMetadataAlwaysPresent: message(
    "warning",
    "approximated",
    () => `ResponseMetadata is always part of a boto3 response`,
  ),
  notAMemberNeverPresent: message(
    "warning",
    "approximated",
    (member: Text, structure: Text) => `'${member}' is not a member of ${structure}: never present`,
  ),
  requiredAlwaysPresent: message(
    "warning",
    "approximated",
    (name: Text) => `'${name}' is a required member: always present in the SDK`,
  ),
  responseAlwaysTruthy: message(
    "warning",
    "approximated",
    () => `a boto3 response is always truthy: the call succeeded`,
  ),
  structureTruthiness: message("warning", "approximated", () => `truthiness of a structure value`),
  presentValueTruthy: message(
    "warning",
    "approximated",
    (kind: Text) => `a present ${kind} value is always truthy`,
  ),
  /** A bug in the emitter (an exception it did not expect), caught per test. */
  internalError: message("error", "internal-error", (detail: Text) => `internal emitter error: ${detail}`),
  parametrizedOfUnsupportedKind: message(
    "error",
    "unsupported-syntax",
    (name: Text) => `parametrized '${name}' of an unsupported kind`,
  ),
  parametrizedCaseWithoutValue: message(
    "error",
    "unsupported-syntax",
    () => "parametrized case without this value",
  ),
  returnStatement: message("error", "unsupported-syntax", () => "return statement"),
  helperNotWrittenYet: message("error", "unsupported-syntax", () => "helper not written yet"),
  helperCrossServiceClient: message(
    "error",
    "cross-service",
    (name: Text, service: Text) => `helper ${name}() takes a '${service}' client`,
  ),
  helperParamUnsupportedKind: message(
    "error",
    "unsupported-syntax",
    (name: Text, param: Text) => `helper ${name}() parameter ${param} of an unsupported kind`,
  ),
  helperCreatesClient: message(
    "error",
    "unsupported-syntax",
    (name: Text) => `helper ${name}() creates its own boto3 client (it would not share the test's backend)`,
  ),
  helperReturnUnsupportedKind: message(
    "error",
    "unsupported-syntax",
    (name: Text) => `helper ${name}() returns a value of an unsupported kind`,
  ),
  helperCallInComprehension: message(
    "error",
    "unsupported-syntax",
    () => "helper call inside a comprehension",
  ),
  helperNotTyped: message(
    "error",
    "unsupported-syntax",
    (name: Text) => `helper ${name}() could not be typed`,
  ),
  helperArgument: message(
    "error",
    "unsupported-syntax",
    (param: Text, name: Text) => `argument ${param} of helper ${name}()`,
  ),
  helperTakesNoKwargs: message(
    "error",
    "unsupported-syntax",
    (name: Text) => `helper ${name}() takes no keywords for **kwargs`,
  ),
  splatOutsideHelper: message(
    "error",
    "unsupported-syntax",
    (param: Text) => `**${param} outside its helper`,
  ),
  // branch `helpers`: helpers called inside pytest.raises (emit/raising-helpers.ts)
  helperAssertsAfterRaisingCall: message(
    "error",
    "unsupported-syntax",
    (name: Text) => `helper ${name}() called in pytest.raises asserts after the call expected to raise`,
  ),
  helperCallsBeforeRaisingCall: message(
    "error",
    "unsupported-syntax",
    (name: Text) =>
      `helper ${name}() called in pytest.raises makes another call before the one expected to raise`,
  ),
  helperWithoutRaisingCall: message(
    "error",
    "unsupported-syntax",
    (name: Text) => `helper ${name}() called in pytest.raises does not end with a call that can raise`,
  ),
  // branch `branches`: statement-level control flow
  untakenBranchAsserts: message(
    "warning",
    "approximated",
    (n: Text, condition: Text, holds: Text) =>
      `${n} assertion(s) in the branch of \`if ${condition}\` the in-process target never takes (the condition is always ${holds} there) are not translated`,
  ),
  loopJumpOutsideLoop: message("error", "unsupported-syntax", (jump: Text) => `${jump} outside a loop`),
  conditionalValueOfKind: message(
    "error",
    "unsupported-syntax",
    (kind: Text) => `conditional value (x if c else y, and/or) of kind ${kind}`,
  ),
  conditionalValueNeedsStatements: message(
    "error",
    "unsupported-syntax",
    () => "conditional value (x if c else y, and/or) whose values need statements of their own (a call)",
  ),
  conditionalValueOptional: message(
    "error",
    "unsupported-syntax",
    () => "conditional value (x if c else y, and/or) that may be None",
  ),
  tryGuardsMoreThanOneCall: message(
    "error",
    "unsupported-syntax",
    () => "try ... except ClientError whose block makes a call before the last statement's",
  ),
  tryLastNotCall: message(
    "error",
    "unsupported-syntax",
    () => "try ... except ClientError whose last statement is not a boto3 call",
  ),
  whileRebindsOuterName: message(
    "error",
    "unsupported-syntax",
    (name: Text) =>
      `while loop that assigns ${name}, bound before the loop in a form it cannot update in place`,
  ),
  carriedValueOptional: message(
    "error",
    "unsupported-syntax",
    (name: Text) => `${name}, assigned in a while loop, holds a value that may be None`,
  ),
  carriedValueChangesType: message(
    "error",
    "unsupported-syntax",
    (name: Text, was: Text, now: Text) => `${name}, assigned in a while loop, changes from ${was} to ${now}`,
  ),
  // branch unpacking: tuple assignment, tuple loop targets.
  unpackValue: message("error", "unsupported-syntax", (kind: Text) => `tuple unpacking of a ${kind} value`),
  tupleAsOneName: message(
    "error",
    "unsupported-syntax",
    () => `a tuple bound to one name (unpack it into names instead)`,
  ),
  dictComprehensionKey: message(
    "error",
    "unsupported-syntax",
    (kind: Text) => `dict comprehension with ${kind} keys`,
  ),
  dictComprehensionOptional: message(
    "error",
    "unsupported-syntax",
    () => `dict comprehension storing .get() without a default (None where the key is absent)`,
  ),
  tupleTargetShape: message(
    "error",
    "type-mismatch",
    (names: number, values: number) => `cannot unpack ${values} values into ${names} names`,
  ),
  // branch stdlib: the Python standard library as moto's tests use it.
  negatedIsinstance: message("error", "unsupported-syntax", () => `not isinstance(...)`),
  isinstanceOfDocument: message(
    "error",
    "unsupported-syntax",
    () => `isinstance() of a Smithy document (not a JSON value)`,
  ),
  patchNotApplied: message(
    "warning",
    "approximated",
    (source: Text, note: Text) => `\`${source}\` is not applied: ${note}`,
  ),
  streamReadInClosure: message(
    "error",
    "unsupported-syntax",
    () => `.read() of a stream inside a comprehension`,
  ),
  streamReadOfValue: message(
    "error",
    "unsupported-syntax",
    () => `.read() of a stream that is not a member of a response bound in the test`,
  ),
  sortKeyOnValue: message("error", "unsupported-syntax", () => `sorted(key=...) of this value`),
  sortKeyOfKind: message("error", "unsupported-syntax", (kind: Text) => `sorted(key=...) by a ${kind} key`),
  regexPatternComputed: message(
    "error",
    "unsupported-syntax",
    (fn: Text) => `${fn}() with a computed pattern`,
  ),
  regexPatternUnsupported: message(
    "error",
    "unsupported-syntax",
    (fn: Text, construct: Text) =>
      `${fn}() with a pattern using ${construct}, which Rust's regex crate cannot express`,
  ),
} as const;

/** cli: the pipeline boundary (`transpile()`) and the port workflow's own classification. */
export const CLI = {
  unknownService: message(
    "error",
    "unknown-service",
    (service: Text, root: Text) => `unknown service '${service}': no model for it under ${root}`,
  ),
  malformedModel: message(
    "error",
    "unknown-service",
    (service: Text, problem: Text) =>
      `unknown service '${service}': its model file is malformed (${problem})`,
  ),
  noServiceGiven: message(
    "error",
    "unknown-service",
    () => "no boto3 client in this file and no --service given: cannot tell which service it tests",
  ),
  cannotRead: message("error", "io-error", (why: Text) => `cannot read: ${why}`),
  notFormatted: message("warning", "rustfmt-missing", (why: Text) => `output not formatted: ${why}`),
  /** A bug anywhere in the pipeline (an exception `transpile()` caught): every test is skipped. */
  internalError: message("error", "internal-error", (detail: Text) => `internal error: ${detail}`),
  alreadyExists: message(
    "error",
    "already-ported",
    (test: Text, file: Text, line: Text) => `\`${test}\` already exists in ${file}:${line}`,
  ),
  portedMarker: message(
    "error",
    "already-ported",
    (file: Text, line: Text, test: Text) => `${file}:${line} says it was ported from moto's ${test}`,
  ),
  unimplementedOperations: message(
    "error",
    "unimplemented-operation",
    (operations: Text, crate: Text) => `calls ${operations}, which ${crate} does not implement`,
  ),
} as const;
