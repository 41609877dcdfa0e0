/**
 * Accessor chains for reads of response values (SDK-RULES §3.3): structure members through their
 * accessor (`Option<&T>` navigated with `.unwrap()`), slices indexed, maps `["k"]` / `.get("k")`,
 * union variants through `as_x()`.
 */
import { EMIT, type Typed, type Expr, type MemberRef, type SdkType, type Span } from "@moto2rust/ir";
import { fail, type FnCx, type RVal } from "./context.js";
import { asStr, derived, isCopy, recv, unwrapOpt } from "./rvalue.js";
import { emitExpr } from "./expr.js";
import { enumValue } from "./value.js";
import { rustStr } from "./rust-syntax.js";

/** `base.member()`, with the mode the accessor's form gives. */
export function memberRead(fx: FnCx, base: RVal, m: MemberRef, at: Span): RVal {
  return derived(base, memberReadRaw(fx, base, m, at));
}

function memberReadRaw(fx: FnCx, base: RVal, m: MemberRef, at: Span): RVal {
  if (m.type.kind === "stream") fail(EMIT.readingStreamingMember(m.name), at);
  const b = unwrapOpt(base);
  const code = `${recv(b.code)}.${m.accessor}()`;
  switch (m.form) {
    case "option-str":
    case "option-copy":
    case "option-ref":
      return { code, ty: m.type, mode: "opt" };
    case "str":
    case "slice":
    case "ref":
      return { code, ty: m.type, mode: "ref" };
    case "copy":
      return { code, ty: m.type, mode: "own" };
  }
}

/** The pub field of a member (`resp.tags`), for absence checks on flattened lists. */
export function fieldAccess(base: RVal, m: MemberRef): string {
  const b = unwrapOpt(base);
  return `${recv(b.code)}.${m.accessor}`;
}

function elementVal(code: string, ty: SdkType): RVal {
  return { code, ty, mode: isCopy(ty) ? "own" : "place" };
}

/** `list[i]` (Python negative indexes count from the end). */
export function indexRead(fx: FnCx, base: RVal, index: Expr<Typed>): RVal {
  return derived(base, indexReadRaw(fx, base, index));
}

function indexReadRaw(fx: FnCx, base: RVal, index: Expr<Typed>): RVal {
  if (base.ty.kind !== "list") fail(EMIT.indexIntoNonListValue(), index.span);
  const el = base.ty.element;
  const b = unwrapOpt(base);
  const r = recv(b.code);
  if (index.kind === "Int") return elementVal(`${r}[${index.value}]`, el);
  if (index.kind === "Neg" && index.value.kind === "Int") {
    const n = index.value.value;
    if (n === "1") {
      const last = `${r}.last().unwrap()`;
      return isCopy(el) ? { code: `*${last}`, ty: el, mode: "own" } : { code: last, ty: el, mode: "sref" };
    }
    return elementVal(`${r}[${r}.len() - ${n}]`, el);
  }
  const iv = emitExpr(fx, index);
  if (iv.ty.kind !== "int") fail(EMIT.listIndexMustBeInteger(), index.span);
  const ix = iv.usize ? iv.code : `${recv(iv.mode === "own" ? iv.code : `*${iv.code}`)} as usize`;
  return elementVal(`${r}[${ix}]`, el);
}

/** The key of a map lookup, borrowed as `HashMap::get`/`Index` want it. */
function mapKey(fx: FnCx, keyTy: SdkType, key: Expr<Typed>): string {
  if (keyTy.kind === "enum") {
    if (key.kind === "Str") return `&${enumValue(fx, keyTy, key.value)}`;
    const kv = emitExpr(fx, key);
    if (kv.ty.kind === "enum")
      return kv.mode === "opt"
        ? `${recv(kv.code)}.unwrap()`
        : kv.mode === "own" || kv.mode === "place"
          ? `&${kv.code}`
          : kv.code;
    return `&${fx.typePath(keyTy)}::from(${asStr(kv)})`;
  }
  if (keyTy.kind !== "string") fail(EMIT.mapKeyType(keyTy.kind), key.span);
  if (key.kind === "Str") return rustStr(key.value);
  return asStr(emitExpr(fx, key));
}

/** `m["k"]` (panics when absent, as Python's KeyError) or `m.get("k")`. */
export function mapRead(fx: FnCx, base: RVal, key: Expr<Typed>, get: boolean): RVal {
  return derived(base, mapReadRaw(fx, base, key, get));
}

function mapReadRaw(fx: FnCx, base: RVal, key: Expr<Typed>, get: boolean): RVal {
  if (base.ty.kind !== "map") fail(EMIT.keyLookupOnNonMap(), key.span);
  const vt = base.ty.value;
  const b = unwrapOpt(base);
  const k = mapKey(fx, base.ty.key, key);
  if (!get) return elementVal(`${recv(b.code)}[${k}]`, vt);
  const g = `${recv(b.code)}.get(${k})`;
  if (vt.kind === "string") return { code: `${g}.map(String::as_str)`, ty: vt, mode: "opt" };
  if (vt.kind === "list") return { code: `${g}.map(Vec::as_slice)`, ty: vt, mode: "opt" };
  if (isCopy(vt)) return { code: `${g}.copied()`, ty: vt, mode: "opt" };
  return { code: g, ty: vt, mode: "opt" };
}

/** `av["S"]` on an `AttributeValue`-like union: `av.as_s().unwrap()`. */
export function unionRead(fx: FnCx, base: RVal, key: Expr<Typed>): RVal {
  return derived(base, unionReadRaw(fx, base, key));
}

function unionReadRaw(fx: FnCx, base: RVal, key: Expr<Typed>): RVal {
  if (base.ty.kind !== "union") fail(EMIT.variantReadOnNonUnion(), key.span);
  const info = fx.api.type(base.ty.shapeId);
  if (info?.kind !== "union" || key.kind !== "Str") fail(EMIT.unknownUnionVariant(), key.span);
  const v = info.variants.find((x) => x.member === key.value);
  if (!v) fail(EMIT.hasNoVariant(info.name, key.value), key.span);
  const b = unwrapOpt(base);
  const code = `${recv(b.code)}.${v.asHelper}().unwrap()`;
  if (isCopy(v.type)) return { code, ty: v.type, mode: "ref" };
  return { code, ty: v.type, mode: v.type.kind === "string" || v.type.kind === "list" ? "sref" : "ref" };
}
