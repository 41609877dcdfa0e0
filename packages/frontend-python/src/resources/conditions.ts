/**
 * `boto3.dynamodb.conditions`: `Key("a").eq(1) & Attr("b").exists()` written as the
 * condition-expression string boto3's `ConditionExpressionBuilder` makes, with its generated
 * placeholders (`#n0` for each name part, `:v0` for each value, numbered in build order across
 * the request), the names going to `ExpressionAttributeNames` and the values (still Python
 * values, serialized later like any other) to `ExpressionAttributeValues`.
 */
import type { Expr } from "@moto2rust/ir";
import type { Scope } from "../context.js";
import { callArgs } from "../call-args.js";
import { fail, isFailure, type Failure } from "../failure.js";
import { lowerExpr } from "../lower-expression.js";
import { field, unparen, type Node } from "../parser.js";

/** boto3's condition classes: method → (expression format, operator). */
const METHODS: Readonly<
  Record<string, { readonly format: string; readonly operator: string; readonly arity: number }>
> = {
  eq: { format: "{0} {operator} {1}", operator: "=", arity: 1 },
  ne: { format: "{0} {operator} {1}", operator: "<>", arity: 1 },
  lt: { format: "{0} {operator} {1}", operator: "<", arity: 1 },
  lte: { format: "{0} {operator} {1}", operator: "<=", arity: 1 },
  gt: { format: "{0} {operator} {1}", operator: ">", arity: 1 },
  gte: { format: "{0} {operator} {1}", operator: ">=", arity: 1 },
  begins_with: { format: "{operator}({0}, {1})", operator: "begins_with", arity: 1 },
  between: { format: "{0} {operator} {1} AND {2}", operator: "BETWEEN", arity: 2 },
  contains: { format: "{operator}({0}, {1})", operator: "contains", arity: 1 },
  attribute_type: { format: "{operator}({0}, {1})", operator: "attribute_type", arity: 1 },
  exists: { format: "{operator}({0})", operator: "attribute_exists", arity: 0 },
  not_exists: { format: "{operator}({0})", operator: "attribute_not_exists", arity: 0 },
};
/** Methods only `Attr` has (a key condition cannot use them). */
const ATTR_ONLY: ReadonlySet<string> = new Set(["ne", "contains", "attribute_type", "exists", "not_exists"]);

/** Placeholder state of one request (boto3 resets its builder per request). */
export interface ConditionBuilder {
  names: number;
  values: number;
  readonly attributeNames: [string, string][];
  readonly attributeValues: [string, Expr][];
}

export function newBuilder(): ConditionBuilder {
  return { names: 0, values: 0, attributeNames: [], attributeValues: [] };
}

type ConditionClass = "Key" | "Attr";

function conditionClass(scope: Scope, node: Node): ConditionClass | null {
  const n = unparen(node);
  if (n.type !== "identifier") return null;
  const imp = scope.importOf(n.text);
  if (imp?.module !== "boto3.dynamodb.conditions") return null;
  return imp.name === "Key" || imp.name === "Attr" ? imp.name : null;
}

/** Is `node` (syntactically) a condition built from `Key`/`Attr`? */
export function isCondition(scope: Scope, node: Node): boolean {
  const n = unparen(node);
  if (n.type === "binary_operator") {
    const op = field(n, "operator")?.text;
    const left = field(n, "left");
    return (op === "&" || op === "|") && left !== null && isCondition(scope, left);
  }
  if (n.type === "unary_operator") {
    const arg = field(n, "argument");
    return field(n, "operator")?.text === "~" && arg !== null && isCondition(scope, arg);
  }
  if (n.type !== "call") return false;
  const fn = field(n, "function");
  if (fn === null || fn.type !== "attribute") return false;
  const obj = field(fn, "object");
  return (
    obj !== null &&
    unparen(obj).type === "call" &&
    conditionClass(scope, field(unparen(obj), "function")!) !== null
  );
}

/** `#n0` (or `#n0.#n1[2]` for a path): boto3's `_build_name_placeholder`. */
function namePlaceholder(b: ConditionBuilder, name: string): string {
  return name.replace(/[^.[\]]+(?![^[]*\])/g, (part) => {
    const p = `#n${b.names++}`;
    b.attributeNames.push([p, part]);
    return p;
  });
}

function valuePlaceholder(b: ConditionBuilder, value: Expr): string {
  const p = `:v${b.values++}`;
  b.attributeValues.push([p, value]);
  return p;
}

/** The expression text of a condition (placeholders allocated in boto3's order). */
export function buildCondition(
  scope: Scope,
  raw: Node,
  b: ConditionBuilder,
  isKeyCondition: boolean,
): string | Failure {
  const n = unparen(raw);
  if (n.type === "binary_operator" || n.type === "unary_operator") {
    const op = field(n, "operator")?.text ?? "";
    if (n.type === "unary_operator") {
      const arg = field(n, "argument");
      if (arg === null) return fail("condition", n, "syntax-error");
      const inner = buildCondition(scope, arg, b, isKeyCondition);
      return isFailure(inner) ? inner : `(NOT ${inner})`;
    }
    const left = field(n, "left");
    const right = field(n, "right");
    if (left === null || right === null) return fail("condition", n, "syntax-error");
    const l = buildCondition(scope, left, b, isKeyCondition);
    if (isFailure(l)) return l;
    const r = buildCondition(scope, right, b, isKeyCondition);
    if (isFailure(r)) return r;
    return `(${l} ${op === "&" ? "AND" : "OR"} ${r})`;
  }
  if (n.type !== "call") return fail("condition expression", n, "resource-api");
  const fn = field(n, "function");
  const obj = fn?.type === "attribute" ? field(fn, "object") : null;
  const method = fn?.type === "attribute" ? (field(fn, "attribute")?.text ?? "") : "";
  const ctor = obj === null ? null : unparen(obj);
  const cls = ctor === null || ctor.type !== "call" ? null : conditionClass(scope, field(ctor, "function")!);
  if (ctor === null || cls === null) return fail("condition expression", n, "resource-api");
  const spec = METHODS[method];
  if (spec === undefined || (cls === "Key" && ATTR_ONLY.has(method)))
    return fail(`${cls}(...).${method}() condition`, n, "resource-api");
  if (isKeyCondition && cls === "Attr")
    return fail(
      "Attr(...) in a key condition (boto3 raises DynamoDBNeedsKeyConditionError)",
      n,
      "resource-api",
    );
  const nameArgs = callArgs(ctor);
  const nameNode = nameArgs.positional[0];
  const name = nameNode === undefined ? null : lowerExpr(scope, nameNode);
  if (name === null || isFailure(name) || name.kind !== "Str" || nameArgs.positional.length !== 1)
    return fail(`${cls}() with a name that is not a string literal`, ctor, "resource-api");
  const a = callArgs(n);
  if (a.keywords.length > 0 || a.splat !== null || a.positional.length !== spec.arity)
    return fail(`${cls}(...).${method}() with unexpected arguments`, n, "resource-api");
  const parts = [namePlaceholder(b, name.value)];
  for (const v of a.positional) {
    const e = lowerExpr(scope, v);
    if (isFailure(e)) return e;
    // attribute_type's argument is the type name, a value like any other in boto3.
    parts.push(valuePlaceholder(b, e));
  }
  return spec.format
    .replace("{operator}", spec.operator)
    .replace(/\{(\d)\}/g, (_, i: string) => parts[Number(i)]!);
}
