/**
 * Python values → Rust values of a given SDK type: literals by the member's type (strings to
 * `&str`, enums to variants, dicts to type builders, lists to one appending setter call per
 * element, maps to one `.member(k, v)` per entry, unions to variants, blobs and streams to their
 * primitives), and typed non-literal values converted (borrowed, cloned, parsed into an enum).
 */
import { EMIT, type Typed, type Expr, type MemberRef, type SdkType, type Span } from "@moto2rust/ir";
import { isLiteral, assertNever } from "@moto2rust/ir";
import { fail, type FnCx, type RVal } from "./context.js";
import { asCopy, asStr, isIntLiteral, owned, recv } from "./rvalue.js";
import { isByteStringSafe, rustBytes, rustFloat, rustInt, rustStr } from "./rust-syntax.js";
import { emitExpr, emitFString } from "./expr.js";

/** `into`: a setter argument (`impl Into<String>` for strings); `exact`: a value of exactly the type. */
export type How = "into" | "exact";

/** `aws_sdk_x::types::E::Variant`, or `E::from("v")` for values the model lacks. */
export function enumValue(fx: FnCx, t: SdkType, value: string): string {
  if (t.kind !== "enum") throw new Error("enumValue on a non-enum type");
  const path = fx.typePath(t);
  const info = fx.api.type(t.shapeId);
  const v = info?.kind === "enum" ? info.variants.find((x) => x.value === value) : undefined;
  return v ? `${path}::${v.variant}` : `${path}::from(${rustStr(value)})`;
}

/** A `primitives::` re-export (the same aws-smithy type in every crate), from a crate that has it. */
function primitive(fx: FnCx, name: "Blob" | "ByteStream" | "DateTime"): string {
  const key = name === "Blob" ? "blob" : name === "ByteStream" ? "byteStream" : "dateTime";
  const owner = fx.unit.services.all().find((a) => a.primitives()[key]) ?? fx.unit.services.target;
  return `${owner.info.crate}::primitives::${name}`;
}

/** Seconds since the epoch for an ISO-8601 date-time with an explicit zone, else null. */
function isoSeconds(s: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(s)) return null;
  const ms = Date.parse(s.replace(" ", "T"));
  return Number.isFinite(ms) ? ms / 1000 : null;
}

const mismatch = (want: SdkType, e: Expr<Typed>): never =>
  fail(EMIT.cannotUseLiteralAs(e.kind.toLowerCase(), want.kind), e.span);

/** A Rust expression for `e` where a value of type `target` is wanted. */
export function valueFor(fx: FnCx, e: Expr<Typed>, target: SdkType, how: How): string {
  if (!isLiteral(e)) return convert(fx, emitExpr(fx, e), target, how, e.span);
  switch (target.kind) {
    case "string":
      if (e.kind === "Str") return how === "into" ? rustStr(e.value) : `${rustStr(e.value)}.to_string()`;
      if (e.kind === "FString") {
        const f = emitFString(fx, e);
        return f.mode === "ref" && how === "exact" ? `${f.code}.to_string()` : f.code;
      }
      return mismatch(target, e);
    case "enum":
      if (e.kind === "Str") return enumValue(fx, target, e.value);
      if (e.kind === "FString") return `${fx.typePath(target)}::from(${asStr(emitFString(fx, e))})`;
      return mismatch(target, e);
    case "int":
      if (e.kind === "Int") return rustInt(e.value);
      if (e.kind === "Neg" && e.value.kind === "Int") return `-${rustInt(e.value.value)}`;
      return mismatch(target, e);
    case "float":
      if (e.kind === "Int" || e.kind === "Float") return rustFloat(e.value);
      if (e.kind === "Neg" && (e.value.kind === "Int" || e.value.kind === "Float"))
        return `-${rustFloat(e.value.value)}`;
      return mismatch(target, e);
    case "bool":
      if (e.kind === "Bool") return e.value ? "true" : "false";
      return mismatch(target, e);
    case "blob": {
      const blob = primitive(fx, "Blob");
      if (e.kind === "Str") return `${blob}::new(${rustStr(e.value)})`;
      if (e.kind === "Bytes") return `${blob}::new(${rustBytes(e.value)}.to_vec())`;
      if (e.kind === "FString") return `${blob}::new(${emitFString(fx, e).code})`;
      return mismatch(target, e);
    }
    case "stream": {
      const bs = primitive(fx, "ByteStream");
      if (e.kind === "Bytes") return `${bs}::from_static(${rustBytes(e.value)})`;
      if (e.kind === "Str")
        return isByteStringSafe(e.value)
          ? `${bs}::from_static(${rustBytes(e.value)})`
          : `${bs}::from(${rustStr(e.value)}.as_bytes().to_vec())`;
      if (e.kind === "FString") return `${bs}::from(${emitFString(fx, e).code}.into_bytes())`;
      return mismatch(target, e);
    }
    case "timestamp": {
      const dt = primitive(fx, "DateTime");
      if (e.kind === "Int") return `${dt}::from_secs(${rustInt(e.value)})`;
      if (e.kind === "Float") return `${dt}::from_secs_f64(${rustFloat(e.value)})`;
      if (e.kind === "Str") {
        const secs = isoSeconds(e.value);
        if (secs === null) fail(EMIT.timestampWithoutZone(e.value), e.span);
        return Number.isInteger(secs)
          ? `${dt}::from_secs(${secs})`
          : `${dt}::from_millis(${Math.round(secs * 1000)})`;
      }
      return mismatch(target, e);
    }
    case "document":
      return fail(EMIT.documentValue(), e.span);
    case "structure": {
      if (e.kind !== "Dict") return mismatch(target, e);
      const setters: string[] = [];
      for (const en of e.entries) {
        if (!en.member) fail(EMIT.dictKeyNotMember(), en.key.span);
        setters.push(...setterCalls(fx, en.member, en.value));
      }
      return `${fx.typePath(target)}::builder()${setters.join("")}.build()${target.fallible ? ".unwrap()" : ""}`;
    }
    case "map": {
      if (e.kind !== "Dict") return mismatch(target, e);
      const hm = "std::collections::HashMap";
      if (e.entries.length === 0) return `${hm}::new()`;
      const pairs = e.entries.map(
        (en) =>
          `(${valueFor(fx, en.key, target.key, "exact")}, ${valueFor(fx, en.value, target.value, "exact")})`,
      );
      return `${hm}::from([${pairs.join(", ")}])`;
    }
    case "union": {
      if (e.kind !== "Dict" || e.entries.length !== 1) return mismatch(target, e);
      const info = fx.api.type(target.shapeId);
      const en = e.entries[0]!;
      const key = en.key.kind === "Str" ? en.key.value : null;
      const v = info?.kind === "union" ? info.variants.find((x) => x.member === key) : undefined;
      if (!v) return fail(EMIT.unknownUnionVariantNamed(key ?? "?"), en.key.span);
      const payload =
        v.type.kind === "string" && en.value.kind === "Str"
          ? `${rustStr(en.value.value)}.into()`
          : valueFor(fx, en.value, v.type, "exact");
      return `${fx.typePath(target)}::${v.variant}(${payload})`;
    }
    case "list": {
      if (e.kind !== "List") return mismatch(target, e);
      return `vec![${e.elements.map((x) => valueFor(fx, x, target.element, "exact")).join(", ")}]`;
    }
    case "op-error":
    case "unknown":
    case "tuple":
      return mismatch(target, e);
  }
}

/** A typed Rust value converted to `target` (borrow, clone, parse into an enum, widen a number). */
export function convert(fx: FnCx, v: RVal, target: SdkType, how: How, at: Span): string {
  const t = v.ty;
  switch (target.kind) {
    case "string":
      if (t.kind === "string") {
        if (how === "exact") return owned(v);
        switch (v.mode) {
          case "ref":
          case "sref":
            return v.code;
          case "opt":
            return `${recv(v.code)}.unwrap()`;
          case "own":
          case "place":
            return v.temp ? v.code : `${recv(v.code)}.as_str()`;
        }
      }
      if (t.kind === "enum") {
        const s = `${recv(v.mode === "opt" ? `${recv(v.code)}.unwrap()` : v.code)}.as_str()`;
        return how === "into" ? s : `${s}.to_string()`;
      }
      break;
    case "enum":
      if (t.kind === "string") return `${fx.typePath(target)}::from(${asStr(v)})`;
      if (t.kind === "enum" && t.shapeId === target.shapeId) return owned(v);
      break;
    case "int":
    case "float": {
      if (t.kind !== "int" && t.kind !== "float") break;
      const c = asCopy(v);
      if (isIntLiteral(v) && t.kind === target.kind) return c;
      if (
        v.usize ||
        t.kind !== target.kind ||
        (t.kind === "int" && target.kind === "int" && t.rust !== target.rust)
      )
        return `${recv(c)} as ${target.rust}`;
      return c;
    }
    case "bool":
      if (t.kind === "bool") return asCopy(v);
      break;
    case "blob":
      if (t.kind === "string") return `${primitive(fx, "Blob")}::new(${asStr(v)})`;
      if (t.kind === "blob") return owned(v);
      break;
    case "stream":
      if (t.kind === "string") return `${primitive(fx, "ByteStream")}::from(${asStr(v)}.as_bytes().to_vec())`;
      break;
    case "list":
      if (t.kind === "list" && sameType(t.element, target.element)) return owned(v);
      if (t.kind === "list" && t.element.kind === "string" && target.element.kind === "enum") {
        const el = fx.typePath(target.element);
        return `${recv(v.mode === "opt" ? `${recv(v.code)}.unwrap()` : v.code)}.iter().map(|s| ${el}::from(s.as_str())).collect::<Vec<_>>()`;
      }
      break;
    case "structure":
    case "union":
    case "map":
    case "timestamp":
    case "document":
      if (sameType(t, target)) return owned(v);
      break;
    case "op-error":
    case "tuple":
    case "unknown":
      break;
    default:
      return assertNever(target);
  }
  return fail(EMIT.cannotConvertValue(t.kind, target.kind), at);
}

function sameType(a: SdkType, b: SdkType): boolean {
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case "structure":
    case "union":
    case "enum":
      return a.shapeId === (b as typeof a).shapeId;
    case "list":
      return sameType(a.element, (b as typeof a).element);
    case "map":
      return sameType(a.key, (b as typeof a).key) && sameType(a.value, (b as typeof a).value);
    case "int":
    case "float":
      return a.rust === (b as typeof a).rust;
    case "blob":
    case "bool":
    case "document":
    case "op-error":
    case "stream":
    case "string":
    case "timestamp":
    case "tuple":
    case "unknown":
      return true;
    default:
      return assertNever(a);
  }
}

/** The builder calls that set member `m` to `value`: one per list element / map entry. */
export function setterCalls(fx: FnCx, m: MemberRef, value: Expr<Typed>): string[] {
  const t = m.type;
  if (t.kind === "list") {
    if (value.kind === "List") {
      if (value.elements.length === 0) return [`.${m.setSetter}(Some(vec![]))`];
      return value.elements.map((el) => `.${m.accessor}(${valueFor(fx, el, t.element, "into")})`);
    }
    return [`.${m.setSetter}(Some(${valueFor(fx, value, t, "exact")}))`];
  }
  if (t.kind === "map") {
    if (value.kind === "Dict") {
      if (value.entries.length === 0) return [`.${m.setSetter}(Some(std::collections::HashMap::new()))`];
      return value.entries.map(
        (en) =>
          `.${m.accessor}(${valueFor(fx, en.key, t.key, "into")}, ${valueFor(fx, en.value, t.value, "into")})`,
      );
    }
    return [`.${m.setSetter}(Some(${valueFor(fx, value, t, "exact")}))`];
  }
  return [`.${m.accessor}(${valueFor(fx, value, t, "into")})`];
}

export type { RVal };
