/**
 * Tuple unpacking (`a, b = helper()`, `x, y = resp["Items"]`, `for k, v in d.items()`): the type
 * of each name from the unpacked value's type. A tuple gives its elements (its arity must
 * match); a list gives its element type to every name (Python checks the length at run time,
 * and so does the Rust).
 */
import {
  TYPER,
  assertNever,
  type Expr,
  type SdkType,
  type Span,
  type Typed,
  type UnpackTarget,
} from "@moto2rust/ir";
import type { ExprTyper } from "./typer.js";
import { describe, unknown } from "./sdk-type.js";

/** Bind the names of `target` to the parts of a value of type `ty`. */
export function bindUnpack(target: UnpackTarget, ty: SdkType, t: ExprTyper, at: Span): void {
  switch (target.kind) {
    case "name":
      t.scope.set(target.id, { kind: "value", ty });
      return;
    case "discard":
    case "rest":
      return;
    case "tuple": {
      const rest = target.elements.findIndex((el) => el.kind === "rest");
      const fixed = target.elements.filter((el) => el.kind !== "rest");
      let parts: SdkType[];
      if (rest >= 0 && ty.kind === "tuple") {
        // `a, *_, z = (1, 2, 3, 4)`: the fixed names take the ends.
        const after = target.elements.length - rest - 1;
        if (ty.elements.length < fixed.length) {
          t.cx.error(TYPER.unpackArity(fixed.length, ty.elements.length), at);
          parts = fixed.map(() => unknown("unpack arity"));
        } else parts = [...ty.elements.slice(0, rest), ...ty.elements.slice(ty.elements.length - after)];
      } else parts = partTypes(fixed.length, ty, t, at);
      fixed.forEach((el, i) => bindUnpack(el, parts[i]!, t, el.span));
      return;
    }
    default:
      return assertNever(target, "unpack target");
  }
}

function partTypes(n: number, ty: SdkType, t: ExprTyper, at: Span): SdkType[] {
  const all = (x: SdkType): SdkType[] => Array.from({ length: n }, () => x);
  if (ty.kind === "unknown") return all(ty);
  if (ty.kind === "list") return all(ty.element);
  if (ty.kind === "tuple") {
    if (ty.elements.length === n) return [...ty.elements];
    t.cx.error(TYPER.unpackArity(n, ty.elements.length), at);
    return all(unknown("unpack arity"));
  }
  t.cx.error(TYPER.cannotUnpack(describe(ty)), at);
  return all(unknown("unpack"));
}

/**
 * `return a, b` (a tuple literal in a helper's final `return`): a tuple of its elements' own
 * types; dict/list literals and untypable parts stay unknown (the backend refuses those).
 */
export function typeTupleLiteral(e: Expr & { kind: "List" }, t: ExprTyper): Expr<Typed> {
  const elements = e.elements.map((x) => t.infer(x));
  return { ...e, elements, ty: { kind: "tuple", elements: elements.map((x) => x.ty) } };
}
