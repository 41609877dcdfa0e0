/**
 * `exc.value.response["Error"]["Code"]` and friends, for a `pytest.raises(...) as exc` binding,
 * directly or through an intermediate variable (`err = exc.value.response["Error"]`).
 */
import type { Cond, ErrorFieldExpr, Span } from "@moto2rust/ir";
import type { ErrorPath, Scope } from "./context.js";
import { fail, type Failure } from "./failure.js";
import { decodeString } from "./strings.js";
import { field, fieldChildren, unparen, type Node } from "./parser.js";

/** The string value of a plain string-literal node, or null. */
export function literalString(node: Node): string | null {
  const n = unparen(node);
  if (n.type !== "string" && n.type !== "concatenated_string") return null;
  const d = decodeString(n);
  if (d.kind !== "str") return null;
  if (d.pieces.length === 0) return "";
  const only = d.pieces[0]!;
  return d.pieces.length === 1 && only.kind === "text" ? only.text : null;
}

/** The error path `node` denotes (`exc.value`, `exc.value.response["Error"]`, an alias), or null. */
export function errorPath(scope: Scope, node: Node): ErrorPath | null {
  const n = unparen(node);
  if (n.type === "identifier") {
    // `except ClientError as e`: `e` is what `exc.value` is for pytest.raises.
    if (scope.exceptBindings.has(n.text)) return { binding: n.text, stage: "value", keys: [] };
    return scope.isLocal(n.text) ? (scope.errorAliases.get(n.text) ?? null) : null;
  }
  if (n.type === "attribute") {
    const obj = field(n, "object");
    const attr = field(n, "attribute");
    if (obj === null || attr === null) return null;
    const o = unparen(obj);
    const bound = o.type === "identifier" ? (scope.raisesAliases.get(o.text) ?? o.text) : null;
    if (attr.text === "value" && bound !== null && scope.isLocal(bound) && scope.raisesBindings.has(bound)) {
      return { binding: bound, stage: "value", keys: [] };
    }
    if (attr.text !== "response") return null;
    const base = errorPath(scope, obj);
    return base === null || base.stage !== "value"
      ? null
      : { binding: base.binding, stage: "response", keys: [] };
  }
  if (n.type === "subscript") {
    const value = field(n, "value");
    const indices = fieldChildren(n, "subscript");
    if (value === null || indices.length !== 1) return null;
    const base = errorPath(scope, value);
    if (base === null || base.stage !== "response") return null;
    const key = literalString(indices[0]!) ?? "?";
    return { binding: base.binding, stage: "response", keys: [...base.keys, key] };
  }
  return null;
}

const FIELDS: Readonly<Record<string, ErrorFieldExpr["field"]>> = {
  "Error.Code": "code",
  "Error.Message": "message",
  "ResponseMetadata.HTTPStatusCode": "http-status",
  "ResponseMetadata.RequestId": "request-id",
};

/**
 * `"RequestId" in exc.value.response["ResponseMetadata"]` (a key of the error's response
 * metadata): whether the error carries a request id, `IsNone` of the `request-id` field; null
 * for any other comparison.
 */
export function errorMetadataKeyTest(
  scope: Scope,
  op: string,
  key: Node,
  dict: Node,
  span: Span,
): Cond | null {
  if (op !== "in" && op !== "not in") return null;
  if (literalString(key) !== "RequestId") return null;
  const path = errorPath(scope, dict);
  if (path === null || path.stage !== "response" || path.keys.join(".") !== "ResponseMetadata") return null;
  const value: ErrorFieldExpr = { kind: "ErrorField", binding: path.binding, field: "request-id", span };
  return { kind: "IsNone", negated: op === "in", value, span };
}

/** An `ErrorField` for a complete path, or a failure naming what was read. */
export function errorField(scope: Scope, path: ErrorPath, node: Node): ErrorFieldExpr | Failure {
  if (path.stage === "value") return fail(`${path.binding}.value (the exception object)`, node);
  const f = FIELDS[path.keys.join(".")];
  if (f !== undefined)
    return { kind: "ErrorField", binding: path.binding, field: f, span: scope.mod.span(node) };
  if (path.keys.length < 2) return fail("use of the error response dict as a value", node);
  return fail(`error response field ${path.keys.map((k) => `["${k}"]`).join("")}`, node);
}

/**
 * `exc.value.operation_name` → `ErrorField operation`; `str(exc.value)` → `ErrorField text`.
 * `node` is the attribute (for `operation_name`) or the argument of `str()` (for `text`).
 */
export function exceptionField(scope: Scope, node: Node, want: "operation" | "text"): ErrorFieldExpr | null {
  const n = unparen(node);
  let target: Node = n;
  if (want === "operation") {
    if (n.type !== "attribute" || field(n, "attribute")?.text !== "operation_name") return null;
    const obj = field(n, "object");
    if (obj === null) return null;
    target = obj;
  }
  const base = errorPath(scope, target);
  if (base === null || base.stage !== "value") return null;
  return { kind: "ErrorField", binding: base.binding, field: want, span: scope.mod.span(n) };
}

/** Other reads of a raises binding: `exc.value.operation_name`, `exc.type`, `exc.value.response.get(...)`. */
export function raisesAttributeFailure(scope: Scope, node: Node): Failure | null {
  const n = unparen(node);
  if (n.type !== "attribute") return null;
  const obj = field(n, "object");
  const attr = field(n, "attribute");
  if (obj === null || attr === null) return null;
  const o = unparen(obj);
  if (
    o.type === "identifier" &&
    scope.isLocal(o.text) &&
    scope.raisesBindings.has(o.text) &&
    attr.text !== "value"
  ) {
    return fail(`pytest ExceptionInfo .${attr.text}`, n);
  }
  const base = errorPath(scope, obj);
  if (base === null) return null;
  if (base.stage === "value" && attr.text !== "response")
    return fail(`${base.binding}.value.${attr.text}`, n);
  if (base.stage === "response") return fail(`error response .${attr.text}`, n);
  return null;
}
