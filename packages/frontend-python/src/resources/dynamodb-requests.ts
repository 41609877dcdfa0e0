/**
 * What DynamoDB's resource API does to a request before sending it (boto3/dynamodb/transform.py):
 * `Key`/`Attr` conditions become expression strings with generated placeholders, and Python
 * values become AttributeValues.
 */
import type { CallArg, Expr, Span } from "@moto2rust/ir";
import type { Scope } from "../context.js";
import { callArgs } from "../call-args.js";
import { fail, isFailure, type Failure } from "../failure.js";
import { lowerClientArgs, lowerExpr } from "../lower-expression.js";
import type { Node } from "../parser.js";
import { buildCondition, isCondition, newBuilder } from "./conditions.js";
import { own } from "./definitions.js";
import { ATTRIBUTE_VALUE_MEMBERS, serializeMap } from "./serialize.js";

/**
 * Members holding condition expressions. boto3's transformer (boto3/dynamodb/transform.py,
 * `_transform_structure`) visits the request's parameters in the order they were given, so the
 * placeholders are numbered in keyword-argument order.
 */
const CONDITION_MEMBERS = ["ConditionExpression", "FilterExpression", "KeyConditionExpression"];

/** An action's keyword arguments; DynamoDB conditions (`Key`/`Attr`) become expression strings. */
export function lowerActionArgs(scope: Scope, service: string, node: Node): CallArg[] | Failure {
  const a = callArgs(node);
  const conditions = a.keywords.filter(
    (k) => CONDITION_MEMBERS.includes(k.name) && isCondition(scope, k.value),
  );
  if (service !== "dynamodb" || conditions.length === 0) return lowerClientArgs(scope, node);
  if (a.splat !== null) return fail("argument unpacking next to a condition expression", a.splat);
  if (a.positional.length > 0) return fail("positional argument to a resource action", a.positional[0]!);
  const b = newBuilder();
  const texts = new Map<string, string>();
  for (const k of conditions) {
    const text = buildCondition(scope, k.value, b, k.name === "KeyConditionExpression");
    if (isFailure(text)) return text;
    texts.set(k.name, text);
  }
  const span = scope.mod.span(node);
  const out: CallArg[] = [];
  for (const k of a.keywords) {
    const text = texts.get(k.name);
    const value =
      text !== undefined ? ({ kind: "Str", value: text, span } as Expr) : lowerExpr(scope, k.value);
    if (isFailure(value)) return value;
    out.push({ name: k.name, value, span: scope.mod.span(k.node) });
  }
  const str = (s: string): Expr => ({ kind: "Str", value: s, span });
  const names = mergeDict(
    out,
    "ExpressionAttributeNames",
    b.attributeNames.map(([k, v]) => [str(k), str(v)]),
    span,
  );
  const values = mergeDict(
    out,
    "ExpressionAttributeValues",
    b.attributeValues.map(([k, v]) => [str(k), v]),
    span,
  );
  if (!names || !values)
    return fail("expression attribute names or values that are not a dict literal", node, "resource-api");
  return out;
}

/** Add entries to a dict-literal keyword argument (creating it); false when it is not a literal. */
function mergeDict(args: CallArg[], name: string, entries: [Expr, Expr][], span: Span): boolean {
  if (entries.length === 0) return true;
  const i = args.findIndex((x) => x.name === name);
  const more = entries.map(([key, value]) => ({ key, value, span }));
  if (i < 0) {
    args.push({ name, value: { kind: "Dict", entries: more, span }, span });
    return true;
  }
  const cur = args[i]!.value;
  if (cur.kind !== "Dict") return false;
  args[i] = { ...args[i]!, value: { ...cur, entries: [...cur.entries, ...more] } };
  return true;
}

/** DynamoDB's resource API serializes Python values to AttributeValues (TypeSerializer). */
export function serializeAttributeValues(
  scope: Scope,
  service: string,
  args: CallArg[],
  node: Node,
): CallArg[] | Failure {
  if (service !== "dynamodb") return args;
  const out: CallArg[] = [];
  for (const a of args) {
    if (own(ATTRIBUTE_VALUE_MEMBERS, a.name) === undefined) {
      out.push(a);
      continue;
    }
    const s = serializeMap(a.value, (name) => scope.dictLiterals.get(name));
    if (s === null)
      return fail(
        `${a.name}= with values whose Python type is not known (boto3 serializes them at run time)`,
        node,
        "resource-api",
      );
    out.push({ ...a, value: s });
  }
  return out;
}
