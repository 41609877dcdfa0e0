/**
 * Python sets, for the checks moto writes with them (`set(names) == {"a", "b"}`,
 * `{x["Id"] for x in xs} == {...}`, `len(set(ids))`): `std::collections::HashSet`s of `&str`,
 * copies or references, compared whole.
 */
import { EMIT, type Typed, type Cond, type Expr } from "@moto2rust/ir";
import { fail, type FnCx } from "./context.js";
import { emitExpr } from "./expr.js";
import { comprehensionSet, setElement, type SetElem } from "./iter.js";
import { asCopy, asStr, isCopy, recv, unwrapOpt } from "./rvalue.js";
import { rustStr } from "./rust-syntax.js";

export interface SetCode {
  readonly code: string;
  readonly elem: SetElem;
  /** Built from literals (can be rebuilt with owned strings). */
  readonly literal: readonly Expr<Typed>[] | null;
}

const HASH_SET = "std::collections::HashSet";

export function isSetExpr(e: Expr<Typed>): boolean {
  return (
    (e.kind === "BuiltinCall" && e.name === "set" && !e.receiver) ||
    (e.kind === "Comprehension" && e.form === "set")
  );
}

function literalSet(fx: FnCx, items: readonly Expr<Typed>[], owned: boolean): SetCode {
  const codes = items.map((x) => {
    if (x.kind === "Str") return owned ? `${rustStr(x.value)}.to_string()` : rustStr(x.value);
    const v = emitExpr(fx, x);
    if (v.ty.kind === "string") return owned ? `${asStr(v)}.to_string()` : asStr(v);
    if (isCopy(v.ty)) return asCopy(v);
    return fail(EMIT.setLiteralComputedValues(), x.span);
  });
  const first = items[0];
  const elem: SetElem =
    first && (first.kind === "Int" || first.kind === "Bool" || first.kind === "Neg")
      ? "copy"
      : owned
        ? "string"
        : "str";
  return { code: `${HASH_SET}::from([${codes.join(", ")}])`, elem, literal: items };
}

export function setOf(fx: FnCx, e: Expr<Typed>, condToBool: (c: Cond<Typed>) => string): SetCode {
  if (e.kind === "Comprehension")
    return { ...comprehensionSet(fx, { ...e, form: "set" }, condToBool), literal: null };
  if (e.kind !== "BuiltinCall" || e.name !== "set" || e.receiver || e.args.length !== 1) {
    return fail(EMIT.comparingSetWithNonSet(), e.span);
  }
  const arg = e.args[0]!;
  if (arg.kind === "List") return literalSet(fx, arg.elements, false);
  if (arg.kind === "Comprehension") return { ...comprehensionSet(fx, arg, condToBool), literal: null };
  const v = unwrapOpt(emitExpr(fx, arg));
  if (v.ty.kind !== "list") return fail(EMIT.setOfKind(v.ty.kind), arg.span);
  const el = v.ty.element;
  const it = `${recv(v.code)}.iter()`;
  if (el.kind === "string")
    return { code: `${it}.map(String::as_str).collect::<${HASH_SET}<_>>()`, elem: "str", literal: null };
  if (el.kind === "enum")
    return { code: `${it}.map(|x| x.as_str()).collect::<${HASH_SET}<_>>()`, elem: "str", literal: null };
  if (isCopy(el)) return { code: `${it}.copied().collect::<${HASH_SET}<_>>()`, elem: "copy", literal: null };
  const probe = setElement({ code: "x", ty: el, mode: "ref" });
  return { code: `${it}.collect::<${HASH_SET}<_>>()`, elem: probe.elem, literal: null };
}

/** Both sides of a set comparison, with the same element representation. */
export function setPair(
  fx: FnCx,
  left: Expr<Typed>,
  right: Expr<Typed>,
  condToBool: (c: Cond<Typed>) => string,
): { l: string; r: string } {
  let l = setOf(fx, left, condToBool);
  let r = setOf(fx, right, condToBool);
  if (l.elem !== r.elem) {
    if (l.elem === "string" && r.literal) r = literalSet(fx, r.literal, true);
    else if (r.elem === "string" && l.literal) l = literalSet(fx, l.literal, true);
    else return fail(EMIT.setsOfDifferentHolding(), left.span);
  }
  return { l: l.code, r: r.code };
}
