/**
 * Typing literal values against the type their context wants: dicts become structures (entries
 * annotated with their members), maps or unions; lists get their element type; strings become
 * enums, blobs or timestamps where the member says so.
 */
import { TYPER, type DictEntry, type Expr, type SdkType, type Typed } from "@moto2rust/ir";
import { isLiteral, assertNever } from "@moto2rust/ir";
import { describe, unknown } from "./sdk-type.js";
import { findMember, memberRef, structureOf, unionOf } from "./lookup.js";
import { elementType, type CheckMode, type ExprTyper } from "./typer.js";
import { typeCond } from "./type-conds.js";

/** Expressions whose meaning depends on the type wanted where they stand. */
export function isContextual(e: Expr): boolean {
  return isLiteral(e) || (e.kind === "Comprehension" && isLiteralBuilder(e));
}

/** A comprehension that builds dicts or lists (`[{"Key": str(i)} for i in range(3)]`): typed by its use. */
export function isLiteralBuilder(e: Expr): boolean {
  return e.kind === "Comprehension" && (e.element.kind === "Dict" || e.element.kind === "List");
}

export function checkLiteral(e: Expr, expected: SdkType, mode: CheckMode, t: ExprTyper): Expr<Typed> {
  const mismatch = (what: string): Expr<Typed> => {
    t.cx.error(TYPER.expectedFound(describe(expected), what), e.span);
    return t.opaque(e, unknown(`${what} for ${describe(expected)}`));
  };
  switch (e.kind) {
    case "Str":
      switch (expected.kind) {
        case "string":
        case "enum":
        case "blob":
        case "stream":
        case "timestamp":
        case "document":
          return { ...e, ty: expected };
        case "bool":
        case "float":
        case "int":
        case "list":
        case "map":
        case "op-error":
        case "structure":
        case "union":
        case "tuple":
        case "unknown":
          return mismatch("a string");
        default:
          return assertNever(expected);
      }
    case "FString": {
      const typed = t.infer(e);
      switch (expected.kind) {
        case "string":
        case "enum":
        case "blob":
        case "stream":
        case "document":
          return { ...typed, ty: expected };
        case "bool":
        case "float":
        case "int":
        case "list":
        case "map":
        case "op-error":
        case "structure":
        case "timestamp":
        case "union":
        case "tuple":
        case "unknown":
          return mismatch("a string");
        default:
          return assertNever(expected);
      }
    }
    case "Bytes":
      return expected.kind === "blob" || expected.kind === "stream"
        ? { ...e, ty: expected }
        : mismatch("bytes");
    case "Int":
      switch (expected.kind) {
        case "int":
        case "float":
        case "timestamp":
        case "document": {
          const out = outOfRange(BigInt(e.value), expected);
          return out === null ? { ...e, ty: expected } : mismatch(out);
        }
        case "blob":
        case "bool":
        case "enum":
        case "list":
        case "map":
        case "op-error":
        case "stream":
        case "string":
        case "structure":
        case "union":
        case "tuple":
        case "unknown":
          return mismatch("an int");
        default:
          return assertNever(expected);
      }
    case "Float":
      return expected.kind === "float" || expected.kind === "timestamp" || expected.kind === "document"
        ? { ...e, ty: expected }
        : mismatch("a float");
    case "Neg": {
      if (expected.kind !== "int" && expected.kind !== "float") return mismatch("a number");
      // (`isContextual`: only a negated number literal gets here.)
      if (e.value.kind !== "Int" && e.value.kind !== "Float") return mismatch("a number");
      if (e.value.kind === "Int") {
        const out = outOfRange(-BigInt(e.value.value), expected);
        if (out !== null) return mismatch(out);
      }
      return { ...e, value: { ...e.value, ty: expected }, ty: expected };
    }
    case "Bool":
      return expected.kind === "bool" || expected.kind === "document"
        ? { ...e, ty: expected }
        : mismatch("a bool");
    case "None":
      // `x == None` in an assertion is an absence check; boto3 rejects None as a parameter.
      if (mode === "compare") return { ...e, ty: expected };
      return mismatch("None");
    case "Dict":
      return checkDict(e, expected, mode, t) ?? mismatch("a dict");
    case "Comprehension": {
      if (expected.kind !== "list") return mismatch("a list");
      const iter = t.infer(e.iter);
      const inner = t.child(e.target, elementType(iter.ty));
      const filters = e.filters.map((f) => typeCond(f, inner));
      return { ...e, iter, filters, element: inner.check(e.element, expected.element, mode), ty: expected };
    }
    case "List": {
      if (expected.kind === "document")
        return { ...e, elements: e.elements.map((x) => t.check(x, expected, mode)), ty: expected };
      if (expected.kind !== "list") return mismatch("a list");
      return { ...e, elements: e.elements.map((x) => t.check(x, expected.element, mode)), ty: expected };
    }
    case "HelperCall":
    case "IfExpr":
    case "ApiCall":
    case "BinOp":
    case "BuiltinCall":
    case "Const":
    case "ErrorField":
    case "Get":
    case "Len":
    case "Name":
    case "Subscript":
    case "DictComprehension":
      return t.check(e, expected, mode);
    default:
      return assertNever(e);
  }
}

const RANGES: Readonly<Record<string, readonly [bigint, bigint]>> = {
  i8: [-(2n ** 7n), 2n ** 7n - 1n],
  i16: [-(2n ** 15n), 2n ** 15n - 1n],
  i32: [-(2n ** 31n), 2n ** 31n - 1n],
  i64: [-(2n ** 63n), 2n ** 63n - 1n],
  // A JSON document number is a u64, an i64 or an f64.
  document: [-(2n ** 63n), 2n ** 64n - 1n],
};

/**
 * Why an integer literal does not fit the Rust type it would be emitted as (`2147483648` for an
 * `i32` would not compile), or null when it fits. Floats take any integer (as f64 does).
 */
export function outOfRange(value: bigint, expected: SdkType): string | null {
  const key =
    expected.kind === "int"
      ? expected.rust
      : expected.kind === "timestamp"
        ? "i64"
        : expected.kind === "document"
          ? "document"
          : null;
  if (key === null) return null;
  const [min, max] = RANGES[key]!;
  if (value >= min && value <= max) return null;
  return `${value}, out of range for ${key === "document" ? "a JSON number" : key} (${min}..=${max})`;
}

function checkDict(
  e: Extract<Expr, { kind: "Dict" }>,
  expected: SdkType,
  mode: CheckMode,
  t: ExprTyper,
): Expr<Typed> | null {
  switch (expected.kind) {
    case "document":
      return {
        ...e,
        entries: e.entries.map((en) => ({
          ...en,
          key: t.infer(en.key),
          value: t.check(en.value, expected, mode),
          member: null,
        })),
        ty: expected,
      };
    case "structure": {
      const s = structureOf(t.cx.api, expected);
      if (!s) {
        t.cx.error(TYPER.noStructureInModel(expected.path), e.span);
        return t.opaque(e, unknown(`missing ${expected.shapeId}`));
      }
      const entries: DictEntry<Typed>[] = e.entries.map((en) => {
        const key = keyText(en.key, t);
        if (key === null) {
          t.cx.error(TYPER.dictKeyNotLiteral(s.name), en.key.span);
          return { ...en, key: t.infer(en.key), value: t.infer(en.value), member: null };
        }
        const m = findMember(s, key);
        if (!m) {
          t.cx.error(TYPER.hasNoMember(s.name, key), en.key.span);
          return {
            ...en,
            key: t.opaque(en.key, unknown("unknown member")),
            value: t.infer(en.value),
            member: null,
          };
        }
        return { ...en, key: t.infer(en.key), value: t.check(en.value, m.type, mode), member: memberRef(m) };
      });
      return { ...e, entries, ty: expected };
    }
    case "map": {
      const entries: DictEntry<Typed>[] = e.entries.map((en) => ({
        ...en,
        key: t.check(en.key, expected.key, mode),
        value: t.check(en.value, expected.value, mode),
        member: null,
      }));
      return { ...e, entries, ty: expected };
    }
    case "union": {
      const u = unionOf(t.cx.api, expected);
      if (!u) {
        t.cx.error(TYPER.noUnionInModel(expected.path), e.span);
        return t.opaque(e, unknown(`missing ${expected.shapeId}`));
      }
      if (e.entries.length !== 1) {
        t.cx.error(TYPER.unionNeedsOneKey(u.name, e.entries.length), e.span);
        return t.opaque(e, unknown("union arity"));
      }
      const en = e.entries[0]!;
      const key = keyText(en.key, t);
      const v = key === null ? undefined : u.variants.find((x) => x.member === key);
      if (!v) {
        t.cx.error(TYPER.hasNoVariant(u.name, key ?? "?"), en.key.span);
        return t.opaque(e, unknown("unknown variant"));
      }
      return {
        ...e,
        entries: [{ ...en, key: t.infer(en.key), value: t.check(en.value, v.type, mode), member: null }],
        ty: expected,
      };
    }
    case "blob":
    case "bool":
    case "enum":
    case "float":
    case "int":
    case "list":
    case "op-error":
    case "stream":
    case "string":
    case "timestamp":
    case "tuple":
    case "unknown":
      return null;
    default:
      return assertNever(expected);
  }
}

/** The text of a dict key or subscript: a string literal, or a module constant holding one. */
export function keyText(e: Expr, t: ExprTyper): string | null {
  if (e.kind === "Str") return e.value;
  if (e.kind === "Const" && e.wellKnown === null) {
    const v = t.constants.get(e.name);
    if (v?.kind === "Str") return v.value;
  }
  return null;
}
