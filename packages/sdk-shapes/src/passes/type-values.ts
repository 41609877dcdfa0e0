/**
 * Typing literal values against the type their context wants: dicts become structures (entries
 * annotated with their members), maps or unions; lists get their element type; strings become
 * enums, blobs or timestamps where the member says so.
 */
import { TYPER, type DictEntry, type Expr, type SdkType, type Typed } from "@moto2rust/ir";
import { isLiteral } from "@moto2rust/ir";
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
        default:
          return mismatch("a string");
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
        default:
          return mismatch("a string");
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
        case "document":
          return { ...e, ty: expected };
        default:
          return mismatch("an int");
      }
    case "Float":
      return expected.kind === "float" || expected.kind === "timestamp" || expected.kind === "document"
        ? { ...e, ty: expected }
        : mismatch("a float");
    case "Neg": {
      if (expected.kind !== "int" && expected.kind !== "float") return mismatch("a number");
      // (`isContextual`: only a negated number literal gets here.)
      if (e.value.kind !== "Int" && e.value.kind !== "Float") return mismatch("a number");
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
    default:
      return t.check(e, expected, mode);
  }
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
    default:
      return null;
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
