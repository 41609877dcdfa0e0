/**
 * Tuple unpacking: `a, b = helper()` → `let (a, b) = helper().await;`, `x, y = resp["Items"]` →
 * `let [x, y] = &resp.items()[..] else { panic!(..) };` (Python's ValueError on another length),
 * and `for k, v in d.items()` / `enumerate(xs)` / `zip(xs, ys)` → `for (k, v) in ...`. Every
 * name is bound with the type and holding its part has (owned for a helper's tuple, borrowed
 * for list and map elements, a `usize` for `enumerate`'s index).
 */
import {
  EMIT,
  assertNever,
  unpackNames,
  type ForUnpackStmt,
  type Expr,
  type SdkType,
  type Typed,
  type UnpackStmt,
  type UnpackTarget,
} from "@moto2rust/ir";
import { fail, type FnCx, type Mode } from "./context.js";
import { emitExpr } from "./expr.js";
import { emitHelperCall } from "./helper-fns.js";
import { elemModeOf, iterSource } from "./iter.js";
import { asStr, present, recv, unwrapOpt } from "./rvalue.js";
import { rustStr } from "./rust-syntax.js";
import { valueFor } from "./value.js";
import { bind, emitBody } from "./stmt.js";

/** What one element of an iteration (or one unpacked value) is, part by part. */
type Part =
  | {
      readonly kind: "leaf";
      readonly ty: SdkType;
      readonly mode: Mode;
      readonly usize?: boolean;
      readonly flex?: boolean;
    }
  | { readonly kind: "tuple"; readonly parts: readonly Part[] };

const I32: SdkType = { kind: "int", rust: "i32" };

/** The Rust pattern for `target` over a value shaped like `part`, binding each live name. */
function pattern(
  fx: FnCx,
  s: UnpackStmt<Typed> | ForUnpackStmt<Typed>,
  target: UnpackTarget,
  part: Part,
  kind: "let" | "for",
): string {
  switch (target.kind) {
    case "discard":
      return "_";
    case "name": {
      if (part.kind === "tuple") return fail(EMIT.tupleAsOneName(), target.span);
      if (part.ty.kind === "unknown") return fail(EMIT.untypedExpression(part.ty.why), target.span);
      if (!fx.live.isLive(s, target.id)) return `_${fx.names.local(target.id)}`;
      return bind(fx, target.id, part.ty, part.mode, part.usize === true, kind, part.flex === true);
    }
    case "rest":
      // `*_`: Rust's `..` (the enclosing tuple checked the arity).
      return "..";
    case "tuple": {
      if (part.kind !== "tuple") return fail(EMIT.unpackValue(part.ty.kind), target.span);
      const n = target.elements.length;
      const rest = target.elements.findIndex((t) => t.kind === "rest");
      const m = part.parts.length;
      if (rest < 0 ? m !== n : m < n - 1) return fail(EMIT.tupleTargetShape(n, m), target.span);
      const at = (i: number): Part => (rest >= 0 && i > rest ? part.parts[m - (n - i)]! : part.parts[i]!);
      return `(${target.elements.map((t, i) => (t.kind === "rest" ? ".." : pattern(fx, s, t, at(i), kind))).join(", ")})`;
    }
    default:
      return assertNever(target, "unpack target");
  }
}

/** `a, b = value` */
export function emitUnpack(fx: FnCx, s: UnpackStmt<Typed>): void {
  const ty = s.value.ty;
  if (ty.kind === "tuple" && s.value.kind === "HelperCall") {
    const call = emitHelperCall(fx, s.value);
    if (!unpackNames(s.target).some((n) => fx.live.isLive(s, n))) {
      fx.line(`${call};`);
      return;
    }
    const part: Part = {
      kind: "tuple",
      parts: ty.elements.map((t) => ({ kind: "leaf", ty: t, mode: "own" })),
    };
    fx.line(`let ${pattern(fx, s, s.target, part, "let")} = ${call};`);
    return;
  }
  if (ty.kind === "list") {
    const v = unwrapOpt(present(emitExpr(fx, s.value)));
    if (v.ty.kind !== "list") return fail(EMIT.unpackValue(v.ty.kind), s.value.span);
    // A borrowed slice pattern needs a place that outlives the statement.
    if ((v.mode === "own" && v.temp) || v.borrowsTemp) return fail(EMIT.unpackValue("computed list"), s.span);
    const el: Part = { kind: "leaf", ty: v.ty.element, mode: elemModeOf(v.ty.element) };
    const rest = s.target.elements.some((t) => t.kind === "rest");
    const n = s.target.elements.length - (rest ? 1 : 0);
    const names = s.target.elements.map((t) => {
      if (t.kind === "tuple") return fail(EMIT.unpackValue(`${v.ty.kind} element`), t.span);
      return pattern(fx, s, t, el, "let");
    });
    const expected = `${rest ? "at least " : ""}${n} values to unpack`;
    fx.line(`let [${names.join(", ")}] = &${recv(v.code)}[..] else { panic!("expected ${expected}") };`);
    return;
  }
  if (ty.kind === "unknown") return fail(EMIT.untypedExpression(ty.why), s.value.span);
  return fail(EMIT.unpackValue(ty.kind), s.value.span);
}

/** An iteration whose elements may be tuples: `d.items()`, `enumerate(xs)`, `zip(xs, ys)`, else a plain source. */
function pairSource(fx: FnCx, it: Expr<Typed>): { code: string; part: Part } {
  if (
    it.kind === "BuiltinCall" &&
    it.name === "items" &&
    it.receiver?.kind === "Dict" &&
    it.receiver.ty.kind === "map"
  ) {
    // A dict literal's items, in order: an array of (key, value) tuples.
    const { key, value } = it.receiver.ty;
    const rows = it.receiver.entries.map(
      (en) => `(${tupleItem(fx, en.key, key)}, ${tupleItem(fx, en.value, value)})`,
    );
    const flex = it.receiver.entries.every((en) => en.value.kind === "Int");
    return {
      code: `[${rows.join(", ")}].into_iter()`,
      part: {
        kind: "tuple",
        parts: [
          { kind: "leaf", ty: key, mode: "ref" },
          { kind: "leaf", ty: value, mode: value.kind === "string" ? "ref" : "own", flex },
        ],
      },
    };
  }
  if (it.kind === "BuiltinCall" && it.name === "items" && it.receiver) {
    const v = unwrapOpt(present(emitExpr(fx, it.receiver)));
    if (v.ty.kind !== "map") return fail(EMIT.unpackValue(v.ty.kind), it.span);
    const { key, value } = v.ty;
    return {
      code: `${recv(v.code)}.iter()`,
      part: {
        kind: "tuple",
        parts: [
          { kind: "leaf", ty: key, mode: elemModeOf(key) },
          { kind: "leaf", ty: value, mode: elemModeOf(value) },
        ],
      },
    };
  }
  if (it.kind === "BuiltinCall" && it.name === "enumerate" && !it.receiver) {
    const inner = pairSource(fx, it.args[0]!);
    const start = it.args[1];
    if (start === undefined) {
      return {
        code: `${recv(inner.code)}.enumerate()`,
        part: { kind: "tuple", parts: [{ kind: "leaf", ty: I32, mode: "own", usize: true }, inner.part] },
      };
    }
    return {
      code: `(${start.kind === "Int" ? start.value : "0"}..).zip(${inner.code})`,
      part: { kind: "tuple", parts: [{ kind: "leaf", ty: I32, mode: "own", flex: true }, inner.part] },
    };
  }
  if (it.kind === "BuiltinCall" && it.name === "zip" && !it.receiver && it.args.length === 2) {
    const a = pairSource(fx, it.args[0]!);
    const b = pairSource(fx, it.args[1]!);
    return { code: `${recv(a.code)}.zip(${b.code})`, part: { kind: "tuple", parts: [a.part, b.part] } };
  }
  if (it.kind === "List" && it.ty.kind === "list" && it.ty.element.kind === "tuple") {
    // `[("a", x), ("b", y)]`: an array of Rust tuples, in order.
    const types = it.ty.element.elements;
    const rows = it.elements.map((row) => {
      if (row.kind !== "List") return fail(EMIT.unpackValue(row.ty.kind), row.span);
      return `(${row.elements.map((x, i) => tupleItem(fx, x, types[i]!)).join(", ")})`;
    });
    const parts = types.map((ty, i): Part => {
      const flex = it.elements.every((row) => row.kind === "List" && row.elements[i]?.kind === "Int");
      return { kind: "leaf", ty, mode: ty.kind === "string" ? "ref" : "own", flex };
    });
    return { code: `[${rows.join(", ")}].into_iter()`, part: { kind: "tuple", parts } };
  }
  const src = iterSource(fx, it);
  return {
    code: src.code,
    part: { kind: "leaf", ty: src.elemTy, mode: src.elemMode, flex: src.flex === true },
  };
}

/** One value of a tuple literal: strings as `&str`, other values owned. */
function tupleItem(fx: FnCx, x: Expr<Typed>, ty: SdkType): string {
  if (ty.kind === "string") return x.kind === "Str" ? rustStr(x.value) : asStr(emitExpr(fx, x));
  if (x.kind === "Int") return x.value;
  return valueFor(fx, x, ty, "exact");
}

/** `for a, b in iter:` */
export function emitForUnpack(fx: FnCx, s: ForUnpackStmt<Typed>, rebinds: Set<string>): void {
  const src = pairSource(fx, s.iter);
  for (const n of unpackNames(s.target)) rebinds.add(n);
  fx.loopDepth++;
  try {
    const pat = pattern(fx, s, s.target, src.part, "for");
    fx.line(`for ${pat} in ${src.code} {`);
    fx.indent++;
    try {
      emitBody(fx, s.body);
    } finally {
      fx.indent--;
    }
  } finally {
    fx.loopDepth--;
  }
  fx.line("}");
  // Python keeps loop bindings after the loop; Rust does not: later reads must fail loudly.
  for (const py of rebinds) {
    fx.locals.delete(py);
    fx.clients.delete(py);
  }
}
