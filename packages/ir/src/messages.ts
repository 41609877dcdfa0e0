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
