/** Generic traversal over the IR. Every switch is exhaustive: a new node kind fails to compile here. */
import type { AnyCond, AnyExpr, AnyStmt, Expr, Typed, UnpackTarget } from "./nodes.js";

export function assertNever(x: never, what = "node"): never {
  throw new Error(`unhandled ${what}: ${JSON.stringify(x)}`);
}

/** Direct sub-expressions of an expression, in source order (typed children of a typed node). */
export function childExprs(e: Expr<Typed>): Expr<Typed>[];
export function childExprs(e: AnyExpr): AnyExpr[];
export function childExprs(e: AnyExpr): AnyExpr[] {
  switch (e.kind) {
    case "Str":
    case "Bytes":
    case "Int":
    case "Float":
    case "Bool":
    case "None":
    case "Name":
    case "Const":
    case "ErrorField":
      return [];
    case "FString":
      return e.parts.flatMap((p) => (p.kind === "expr" ? [p.expr] : []));
    case "Dict":
      return e.entries.flatMap((en) => [en.key, en.value]);
    case "List":
      return [...e.elements];
    case "ApiCall":
      return e.args.map((a) => a.value);
    case "Subscript":
      return [e.value, e.index];
    case "Get":
      return e.fallback ? [e.value, e.key, e.fallback] : [e.value, e.key];
    case "Len":
    case "Neg":
      return [e.value];
    case "BinOp":
      return [e.left, e.right];
    case "BuiltinCall":
      return e.receiver ? [e.receiver, ...e.args] : [...e.args];
    case "Comprehension":
      return [e.element, e.iter, ...e.filters.flatMap(condExprs)];
    case "DictComprehension":
      return [e.key, e.value, e.iter, ...e.filters.flatMap(condExprs)];
    case "HelperCall":
      return [...e.args.map((a) => a.value), ...(e.kwargs ?? []).map((a) => a.value)];
    case "IfExpr":
      return [...condExprs(e.cond), e.then, e.otherwise];
    default:
      return assertNever(e, "expression");
  }
}

/** Direct sub-expressions of a condition. */
export function condExprs(c: AnyCond): AnyExpr[] {
  switch (c.kind) {
    case "Compare":
      return [c.left, c.right];
    case "Contains":
      return [c.needle, c.haystack];
    case "IsNone":
    case "Truthy":
      return [c.value];
    case "BoolOp":
      return c.conds.flatMap(condExprs);
    case "AnyAll":
      return [...condExprs(c.cond), c.iter, ...c.filters.flatMap(condExprs)];
    case "IsInstance":
      return [c.value];
    default:
      return assertNever(c, "condition");
  }
}

/** Direct expressions and nested statements of a statement. */
export function stmtParts(s: AnyStmt): { exprs: AnyExpr[]; body: readonly AnyStmt[] } {
  switch (s.kind) {
    case "ClientDecl":
      return { exprs: s.region ? [s.region] : [], body: [] };
    case "Assign":
      return { exprs: [s.value], body: [] };
    case "ExprStmt":
      return { exprs: [s.expr], body: [] };
    case "Assert":
      return { exprs: condExprs(s.cond), body: [] };
    case "Raises":
      return { exprs: s.match ? [s.match] : [], body: s.body };
    case "For":
      return { exprs: [s.iter], body: s.body };
    case "Unsupported":
      return { exprs: [], body: [] };
    case "Return":
      return { exprs: s.value ? [s.value] : [], body: [] };
    case "StaticIf":
      return { exprs: [], body: s.body };
    case "If":
      return { exprs: condExprs(s.cond), body: [...s.body, ...s.orelse] };
    case "LoopJump":
      return { exprs: [], body: [] };
    case "While":
      return { exprs: condExprs(s.cond), body: s.body };
    case "Try":
      return { exprs: [], body: [...s.body, ...(s.handler?.body ?? []), ...s.orelse, ...s.finalbody] };
    case "Unpack":
      return { exprs: [s.value], body: [] };
    case "ForUnpack":
      return { exprs: [s.iter], body: s.body };
    case "Approximated":
      return { exprs: [], body: [] };
    case "Wait":
      return { exprs: s.args.map((a) => a.value), body: [] };
    default:
      return assertNever(s, "statement");
  }
}

/** The names an unpacking target binds, left to right (`_` binds none). */
export function unpackNames(t: UnpackTarget): string[] {
  switch (t.kind) {
    case "name":
      return [t.id];
    case "discard":
    case "rest":
      return [];
    case "tuple":
      return t.elements.flatMap(unpackNames);
    default:
      return assertNever(t, "unpack target");
  }
}

/** Every expression below `e`, `e` included, pre-order. */
export function* allExprs(e: AnyExpr): Generator<AnyExpr> {
  yield e;
  for (const c of childExprs(e)) yield* allExprs(c);
}

/** Every statement in a body, nested ones included, pre-order. */
export function* allStmts(body: readonly AnyStmt[]): Generator<AnyStmt> {
  for (const s of body) {
    yield s;
    yield* allStmts(stmtParts(s).body);
  }
}

/** Every expression in a body, nested statements included. */
export function* bodyExprs(body: readonly AnyStmt[]): Generator<AnyExpr> {
  for (const s of allStmts(body)) for (const e of stmtParts(s).exprs) yield* allExprs(e);
}
