/**
 * Typing `x if c else y` (and `a or b` / `a and b` used as values, which the frontend writes as
 * such): the condition like an assertion's; where the context wants a type, both values are
 * checked against it; otherwise the value whose type does not depend on its use decides, and the
 * other is checked against it (`"postgres" if i else "mysql"` is a string, `tags or []` the type
 * of `tags`).
 */
import type { Expr, SdkType, Typed } from "@moto2rust/ir";
import type { CheckMode, ExprTyper } from "./typer.js";
import { typeCond } from "./type-conds.js";
import { isContextual } from "./type-values.js";

type IfExpr = Extract<Expr, { kind: "IfExpr" }>;

export function typeIfExpr(
  e: IfExpr,
  t: ExprTyper,
  want: { readonly expected: SdkType; readonly mode: CheckMode } | null,
): Expr<Typed> {
  const cond = typeCond(e.cond, t);
  if (want !== null) {
    const then = t.check(e.then, want.expected, want.mode);
    const otherwise = t.check(e.otherwise, want.expected, want.mode);
    return { ...e, cond, then, otherwise, ty: want.expected };
  }
  if (!isContextual(e.then) || isContextual(e.otherwise)) {
    const then = t.infer(e.then);
    const otherwise =
      then.ty.kind === "unknown" ? t.infer(e.otherwise) : t.check(e.otherwise, then.ty, "compare");
    return { ...e, cond, then, otherwise, ty: then.ty.kind === "unknown" ? otherwise.ty : then.ty };
  }
  const otherwise = t.infer(e.otherwise);
  const then = otherwise.ty.kind === "unknown" ? t.infer(e.then) : t.check(e.then, otherwise.ty, "compare");
  return { ...e, cond, then, otherwise, ty: otherwise.ty.kind === "unknown" ? then.ty : otherwise.ty };
}
