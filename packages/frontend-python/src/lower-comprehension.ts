/** Comprehensions (`[e for x in xs if c]`, `{...}`, generators) and `any(...)` / `all(...)`. */
import type { AnyAllCond, ComprehensionExpr, Cond, DictComprehensionExpr, Expr } from "@moto2rust/ir";
import type { Scope } from "./context.js";
import { fail, isFailure, type Failure } from "./failure.js";
import { field, namedChildren, unparen, type Node } from "./parser.js";
import { lowerResourceFor } from "./resources/index.js";

/** What the comprehension's element lowers to: a value, or a condition (inside any/all). */
type ElementLowerer<T> = (scope: Scope, node: Node) => T | Failure;

export interface LoweredLoop<T> {
  readonly element: T;
  readonly target: string;
  readonly iter: Expr;
  readonly filters: Cond[];
}

const FORMS: Readonly<Record<string, ComprehensionExpr["form"]>> = {
  list_comprehension: "list",
  set_comprehension: "set",
  generator_expression: "generator",
};

/**
 * The parts of a one-clause comprehension. `lowerValue` lowers the iterable (in the enclosing
 * scope), `lowerElement` the element and `lowerFilter` the `if` clauses (with the target bound).
 */
function lowerLoop<T>(
  scope: Scope,
  node: Node,
  lowerValue: (scope: Scope, node: Node) => Expr | Failure,
  lowerElement: ElementLowerer<T>,
  lowerFilter: (scope: Scope, node: Node) => Cond | Failure,
): LoweredLoop<T> | Failure {
  const body = field(node, "body");
  const clauses = namedChildren(node).filter((c) => c.type === "for_in_clause");
  const ifs = namedChildren(node).filter((c) => c.type === "if_clause");
  if (body === null || clauses.length === 0) return fail("comprehension", node, "syntax-error");
  if (clauses.length > 1) return fail("comprehension with several for clauses", node);
  const clause = clauses[0]!;
  if (clause.children.some((c) => c.type === "async")) return fail("async comprehension", clause);
  const left = field(clause, "left");
  const right = field(clause, "right");
  if (left === null || right === null) return fail("comprehension", clause, "syntax-error");
  const target = unparen(left);
  if (target.type !== "identifier") return fail("comprehension with a tuple target", left);
  const viaResource = lowerResourceFor(scope, target.text, right);
  if (viaResource !== null && isFailure(viaResource)) return viaResource;
  const iter = viaResource !== null ? viaResource.iter : lowerValue(scope, right);
  if (isFailure(iter)) return iter;
  scope.comprehensionVars.push(target.text);
  const leave = viaResource?.bindComprehensionTarget();
  try {
    const element = lowerElement(scope, body);
    if (isFailure(element)) return element;
    const filters: Cond[] = [];
    for (const c of ifs) {
      const test = namedChildren(c)[0];
      if (test === undefined) return fail("if clause", c, "syntax-error");
      const f = lowerFilter(scope, test);
      if (isFailure(f)) return f;
      filters.push(f);
    }
    return { element, target: target.text, iter, filters };
  } finally {
    leave?.();
    scope.comprehensionVars.pop();
  }
}

export function lowerComprehension(
  scope: Scope,
  node: Node,
  lowerValue: (scope: Scope, node: Node) => Expr | Failure,
  lowerFilter: (scope: Scope, node: Node) => Cond | Failure,
): ComprehensionExpr | Failure {
  const n = unparen(node);
  const form = FORMS[n.type];
  if (form === undefined) return fail(n.type.replace(/_/g, " "), n);
  const loop = lowerLoop(scope, n, lowerValue, lowerValue, lowerFilter);
  if (isFailure(loop)) return loop;
  return {
    kind: "Comprehension",
    form,
    element: loop.element,
    target: loop.target,
    iter: loop.iter,
    filters: loop.filters,
    span: scope.mod.span(n),
  };
}

/** `{key: value for target in iter if f}` */
export function lowerDictComprehension(
  scope: Scope,
  node: Node,
  lowerValue: (scope: Scope, node: Node) => Expr | Failure,
  lowerFilter: (scope: Scope, node: Node) => Cond | Failure,
): DictComprehensionExpr | Failure {
  const n = unparen(node);
  const pair = (s: Scope, body: Node): { key: Expr; value: Expr } | Failure => {
    const k = field(body, "key");
    const v = field(body, "value");
    if (body.type !== "pair" || k === null || v === null)
      return fail("dict comprehension", body, "syntax-error");
    const key = lowerValue(s, k);
    if (isFailure(key)) return key;
    const value = lowerValue(s, v);
    if (isFailure(value)) return value;
    return { key, value };
  };
  const loop = lowerLoop(scope, n, lowerValue, pair, lowerFilter);
  if (isFailure(loop)) return loop;
  return {
    kind: "DictComprehension",
    key: loop.element.key,
    value: loop.element.value,
    target: loop.target,
    iter: loop.iter,
    filters: loop.filters,
    span: scope.mod.span(n),
  };
}

/** `any(<comprehension of conditions>)` / `all(...)`. */
export function lowerAnyAll(
  scope: Scope,
  op: "any" | "all",
  call: Node,
  arg: Node,
  lowerValue: (scope: Scope, node: Node) => Expr | Failure,
  lowerCondition: (scope: Scope, node: Node) => Cond | Failure,
): AnyAllCond | Failure {
  const a = unparen(arg);
  if (a.type !== "generator_expression" && a.type !== "list_comprehension")
    return fail(`${op}() of a value that is not a comprehension`, call);
  const loop = lowerLoop(scope, a, lowerValue, lowerCondition, lowerCondition);
  if (isFailure(loop)) return loop;
  return {
    kind: "AnyAll",
    op,
    target: loop.target,
    iter: loop.iter,
    filters: loop.filters,
    cond: loop.element,
    span: scope.mod.span(call),
  };
}
