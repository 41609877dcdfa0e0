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
    () => `uses CloudFormation (boto3 client "cloudformation")`,
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
  crossServiceClient: message(
    "error",
    "cross-service",
    (service: Text, tested: Text) =>
      `client for '${service}' in a test of '${tested}': the target crate cannot register it`,
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
} as const;
