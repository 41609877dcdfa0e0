/**
 * `sorted(xs, key=lambda x: x["Name"])` (also `key=itemgetter("Name")`): the key is a one-clause
 * generator over the same list whose element is the key (`BuiltinCall sorted`, args `[xs, keys]`),
 * so the typer binds the lambda's parameter to the list's elements as for any comprehension.
 */
import type { Expr, Span } from "@moto2rust/ir";
import type { Scope } from "./context.js";
import type { KeywordArg } from "./call-args.js";
import { callArgs } from "./call-args.js";
import { fail, isFailure, type Failure } from "./failure.js";
import { dottedName, field, namedChildren, unparen, type Node } from "./parser.js";

type LowerExpr = (scope: Scope, node: Node) => Expr | Failure;

export function lowerSortedByKey(
  scope: Scope,
  node: Node,
  list: Node,
  key: KeywordArg,
  span: Span,
  lowerExpr: LowerExpr,
): Expr | Failure {
  const iter = lowerExpr(scope, list);
  if (isFailure(iter)) return iter;
  const k = unparen(key.value);
  let target: string;
  let element: Expr | Failure;
  if (k.type === "lambda") {
    const params = field(k, "parameters");
    const names = params === null ? [] : namedChildren(params);
    const body = field(k, "body");
    if (names.length !== 1 || names[0]!.type !== "identifier" || body === null)
      return fail("sorted(key=...) with a lambda of other than one parameter", k);
    target = names[0]!.text;
    scope.comprehensionVars.push(target);
    try {
      element = lowerExpr(scope, body);
    } finally {
      scope.comprehensionVars.pop();
    }
  } else if (k.type === "call" && isItemgetter(scope, k)) {
    const args = callArgs(k);
    if (args.positional.length !== 1 || args.keywords.length > 0 || args.splat !== null)
      return fail("itemgetter() of other than one key", k);
    target = "item";
    const index = lowerExpr(scope, args.positional[0]!);
    if (isFailure(index)) return index;
    element = { kind: "Subscript", value: { kind: "Name", id: target, span }, index, span };
  } else return fail("sorted(key=...) with a key that is not a lambda or itemgetter()", k);
  if (isFailure(element)) return element;
  const keys: Expr = { kind: "Comprehension", form: "generator", element, target, iter, filters: [], span };
  return { kind: "BuiltinCall", name: "sorted", receiver: null, args: [iter, keys], span };
}

function isItemgetter(scope: Scope, call: Node): boolean {
  const fn = field(call, "function");
  const d = fn === null ? null : dottedName(fn);
  if (d === null) return false;
  const [head, ...rest] = d.split(".");
  const imp = scope.importOf(head!);
  if (imp === undefined) return false;
  return (
    [imp.name === null ? imp.module : `${imp.module}.${imp.name}`, ...rest].join(".") ===
    "operator.itemgetter"
  );
}
