/**
 * `x if c else y` as a Rust `if` expression, for strings and copy values (numbers, bools): both
 * values borrowed as `&str` (or owned `String`s when either is a fresh one, so no arm borrows a
 * temporary). A value that needs statements of its own (a call bound first) would be computed
 * whichever arm runs, and an optional value Python would give as None has no `&str` form: both
 * are reported. `a or b` is `a if a else b`: there `a`'s `Option` is known to hold a value.
 */
import { EMIT, type Expr, type Span, type Typed } from "@moto2rust/ir";
import { fail, type FnCx, type RVal } from "./context.js";
import { condToBool } from "./assert.js";
import { asCopy, asStr, owned } from "./rvalue.js";

type IfExpr = Extract<Expr<Typed>, { kind: "IfExpr" }>;

function sameSpan(a: Span, b: Span): boolean {
  return a.line === b.line && a.col === b.col && a.endLine === b.endLine && a.endCol === b.endCol;
}

export function emitIfExpr(fx: FnCx, e: IfExpr, emitExpr: (fx: FnCx, e: Expr<Typed>) => RVal): RVal {
  const kind = e.ty.kind;
  if (kind !== "string" && kind !== "int" && kind !== "float" && kind !== "bool")
    return fail(EMIT.conditionalValueOfKind(kind), e.span);
  const cond = condToBool(fx, e.cond);
  const mark = fx.lines.length;
  const then = emitExpr(fx, e.then);
  const otherwise = emitExpr(fx, e.otherwise);
  if (fx.lines.length !== mark) return fail(EMIT.conditionalValueNeedsStatements(), e.span);
  // `a or b`: the condition is `a`'s truthiness, so `a` is present in the `then` arm.
  const guarded = e.cond.kind === "Truthy" && !e.cond.negated && sameSpan(e.cond.value.span, e.then.span);
  if ((then.mode === "opt" && !guarded) || otherwise.mode === "opt")
    return fail(EMIT.conditionalValueOptional(), e.span);
  if (kind === "string") {
    const fresh = [then, otherwise].some((v) => v.mode === "own" && v.temp === true);
    const [a, b] = fresh ? [owned(then), owned(otherwise)] : [asStr(then), asStr(otherwise)];
    return fresh
      ? { code: `if ${cond} { ${a} } else { ${b} }`, ty: e.ty, mode: "own", temp: true }
      : { code: `if ${cond} { ${a} } else { ${b} }`, ty: e.ty, mode: "ref" };
  }
  const flex = then.flex === true && otherwise.flex === true;
  // A length (`usize`) meets only another length or a literal Rust types from it.
  const usize = then.usize === true || otherwise.usize === true;
  if (usize && ![then, otherwise].every((v) => v.usize === true || v.flex === true))
    return fail(EMIT.conditionalValueOfKind("a length and another integer"), e.span);
  return {
    code: `if ${cond} { ${asCopy(then)} } else { ${asCopy(otherwise)} }`,
    ty: e.ty,
    mode: "own",
    ...(flex ? { flex: true } : {}),
    ...(usize ? { usize: true } : {}),
  };
}
