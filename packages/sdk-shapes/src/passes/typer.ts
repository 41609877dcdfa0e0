/**
 * The expression typer: `infer` gives an expression its own type, `check` types it against the
 * type its context wants (a setter's member type, the other side of a comparison). Both return a
 * new, annotated expression and never throw; problems become diagnostics.
 */
import { TYPER, assertNever, type Expr, type SdkType, type Typed } from "@moto2rust/ir";
import type { TypingContext } from "./context.js";
import { Scope } from "./scope.js";
import { typeCond } from "./type-conds.js";
import { BOOL, F64, I32, STRING, compatible, describe, unknown, listOf } from "./sdk-type.js";
import { checkLiteral, isContextual, outOfRange } from "./type-values.js";
import { typeCall } from "./type-calls.js";
import { typeBuiltin, typeGet, typeLen, typeSubscript } from "./type-reads.js";
import { typeErrorField } from "./type-errors.js";
import { typeTupleLiteral } from "./type-unpack.js";
import { typeIfExpr } from "./type-if-expr.js";

/** Why a value is being checked: an argument that is sent, or one side of an assertion. */
export type CheckMode = "arg" | "compare";

export class ExprTyper {
  constructor(
    readonly cx: TypingContext,
    readonly scope: Scope,
    /** Module constants as written (dict/list literals and numbers are typed at each use). */
    readonly constants: ReadonlyMap<string, Expr>,
    /** The types of the module constants that are not typed at each use (strings, f-strings, …). */
    readonly constantTypes: ReadonlyMap<string, SdkType>,
  ) {}

  /** A typer whose diagnostics are dropped: for parts of a value whose problem is already reported. */
  private quiet(): ExprTyper {
    return new ExprTyper(this.cx.quiet(), this.scope, this.constants, this.constantTypes);
  }

  /**
   * `e` given the type `ty` (an `unknown` the caller has reported, or that skips the test), its
   * parts typed without reporting again.
   */
  opaque(e: Expr, ty: SdkType): Expr<Typed> {
    const q = this.quiet();
    switch (e.kind) {
      case "Dict":
        return {
          ...e,
          entries: e.entries.map((en) => ({
            ...en,
            key: q.infer(en.key),
            value: q.infer(en.value),
            member: null,
          })),
          ty,
        };
      case "ApiCall":
        return {
          ...e,
          args: e.args.map((a) => ({ ...a, value: q.infer(a.value), member: null })),
          op: null,
          ty,
        };
      case "HelperCall":
        return {
          ...e,
          args: e.args.map((a) => ({ ...a, value: q.infer(a.value) })),
          kwargs: e.kwargs?.map((a) => ({ ...a, value: q.infer(a.value), member: null })),
          ty,
        };
      case "BinOp":
      case "Bool":
      case "BuiltinCall":
      case "Bytes":
      case "Comprehension":
      case "Const":
      case "ErrorField":
      case "Float":
      case "FString":
      case "Get":
      case "Int":
      case "Len":
      case "List":
      case "Name":
      case "Neg":
      case "None":
      case "Str":
      case "Subscript":
      case "DictComprehension":
      case "IfExpr":
        return { ...q.infer(e), ty };
      default:
        return assertNever(e);
    }
  }

  infer(e: Expr): Expr<Typed> {
    const folded = this.fold(e);
    if (folded) return this.infer(folded);
    switch (e.kind) {
      case "Str":
        return { ...e, ty: STRING };
      case "Bytes":
        return { ...e, ty: { kind: "blob" } };
      case "Int": {
        // Unannotated, Rust gives the literal the type of its use, i32 by default: a literal that
        // fits no i32 would not compile there.
        const out = outOfRange(BigInt(e.value), I32);
        if (out === null) return { ...e, ty: I32 };
        this.cx.error(TYPER.integerLiteralOutOfRange(out), e.span);
        return { ...e, ty: unknown(`integer literal ${e.value}`) };
      }
      case "Float":
        return { ...e, ty: F64 };
      case "Bool":
        return { ...e, ty: BOOL };
      case "None":
        return { ...e, ty: unknown("None") };
      case "FString":
        return {
          ...e,
          parts: e.parts.map((p) => (p.kind === "expr" ? { ...p, expr: this.infer(p.expr) } : p)),
          ty: STRING,
        };
      case "Name":
        return this.name(e, null, "compare");
      case "Const":
        return this.constant(e, null, "compare");
      case "Dict":
        this.cx.error(TYPER.untypedDictLiteral(), e.span);
        return this.opaque(e, unknown("untyped dict"));
      case "List": {
        const tuples = tupleList(e, this);
        if (tuples) return tuples;
        const elements = e.elements.map((x) => this.infer(x));
        const first = elements[0]?.ty;
        const same = first && elements.every((x) => x.ty && compatible(x.ty, first));
        return { ...e, elements, ty: listOf(same && first ? first : unknown("empty or mixed list")) };
      }
      case "ApiCall":
        return typeCall(e, this);
      case "Subscript":
        return typeSubscript(e, this);
      case "Get":
        return typeGet(e, this);
      case "Len":
        return typeLen(e, this);
      case "BuiltinCall":
        return typeBuiltin(e, this);
      case "Comprehension": {
        const iter = this.infer(e.iter);
        const inner = this.child(e.target, elementType(iter.ty));
        const filters = e.filters.map((f) => typeCond(f, inner));
        const element = inner.infer(e.element);
        return { ...e, iter, filters, element, ty: listOf(element.ty) };
      }
      case "DictComprehension": {
        const iter = this.infer(e.iter);
        const inner = this.child(e.target, elementType(iter.ty));
        const filters = e.filters.map((f) => typeCond(f, inner));
        const key = inner.infer(e.key);
        const value = inner.infer(e.value);
        const ty: SdkType =
          key.ty.kind === "unknown" || value.ty.kind === "unknown"
            ? unknown("dict comprehension")
            : { kind: "map", key: key.ty, value: value.ty, sparse: false };
        return { ...e, iter, filters, key, value, ty };
      }
      case "ErrorField":
        return typeErrorField(e, this);
      case "BinOp": {
        const left = this.infer(e.left);
        const right = this.infer(e.right);
        const lt = left.ty;
        const rt = right.ty;
        let ty: SdkType;
        if (
          e.op === "*" &&
          ((lt?.kind === "string" && rt?.kind === "int") || (lt?.kind === "int" && rt?.kind === "string"))
        )
          ty = STRING;
        else if (lt?.kind === "string" || rt?.kind === "string")
          ty = e.op === "+" ? STRING : unknown("string arithmetic");
        else if (lt?.kind === "int" && rt?.kind === "int") ty = e.op === "/" ? F64 : I32;
        else if ((lt?.kind === "int" || lt?.kind === "float") && (rt?.kind === "int" || rt?.kind === "float"))
          ty = F64;
        else ty = unknown(`${e.op} on ${lt ? describe(lt) : "?"} and ${rt ? describe(rt) : "?"}`);
        if (ty.kind === "unknown" && lt?.kind !== "unknown" && rt?.kind !== "unknown")
          this.cx.error(TYPER.unsupportedOperandsFor(e.op), e.span);
        return { ...e, left, right, ty };
      }
      case "Neg": {
        if (e.value.kind === "Int") {
          const out = outOfRange(-BigInt(e.value.value), I32);
          if (out === null) return { ...e, value: { ...e.value, ty: I32 }, ty: I32 };
          this.cx.error(TYPER.integerLiteralOutOfRange(out), e.span);
          const ty = unknown(`integer literal -${e.value.value}`);
          return { ...e, value: { ...e.value, ty }, ty };
        }
        const value = this.infer(e.value);
        return { ...e, value, ty: value.ty };
      }
      case "HelperCall": {
        if (!this.cx.helpers) {
          this.cx.error(TYPER.helperCallOutsideModule(e.name), e.span);
          return this.opaque(e, unknown("helper"));
        }
        return this.cx.helpers.call(e, this);
      }
      case "IfExpr":
        return typeIfExpr(e, this, null);
      default:
        return assertNever(e, "expression");
    }
  }

  /** The literal a dict/list literal's element stands for: `CONFIG["Documents"]`, `TAGS[0]` (a copy). */
  fold(e: Expr): Expr | null {
    if (e.kind !== "Subscript") return null;
    const base = this.literalOf(e.value);
    if (!base) return null;
    if (base.kind === "Dict" && e.index.kind === "Str") {
      const key = e.index.value;
      const en = base.entries.find((x) => x.key.kind === "Str" && x.key.value === key);
      return en ? structuredClone(en.value) : null;
    }
    if (base.kind === "List" && e.index.kind === "Int") {
      const el = base.elements[Number(e.index.value)];
      return el ? structuredClone(el) : null;
    }
    return null;
  }

  /** A dict/list literal an expression denotes (the literal itself, a name bound to one, a constant). */
  literalOf(e: Expr): Extract<Expr, { kind: "Dict" | "List" }> | null {
    if (e.kind === "Dict" || e.kind === "List") return e;
    if (e.kind === "Name") {
      const b = this.scope.lookup(e.id);
      return b?.kind === "literal" && !b.stale && (b.value.kind === "Dict" || b.value.kind === "List")
        ? b.value
        : null;
    }
    if (e.kind === "Const" && e.wellKnown === null) {
      const v = this.constants.get(e.name);
      return v && (v.kind === "Dict" || v.kind === "List") ? v : null;
    }
    if (e.kind === "Subscript") {
      const f = this.fold(e);
      return f && (f.kind === "Dict" || f.kind === "List") ? f : null;
    }
    return null;
  }

  /** A typer for another function body (a helper's), sharing the context and constants. */
  withScope(scope: Scope): ExprTyper {
    return new ExprTyper(this.cx, scope, this.constants, this.constantTypes);
  }

  /** A typer for a comprehension body: `target` bound to `ty`, visible only there. */
  child(target: string, ty: SdkType): ExprTyper {
    const scope = new Scope(this.scope);
    scope.set(target, { kind: "value", ty });
    return new ExprTyper(this.cx, scope, this.constants, this.constantTypes);
  }

  /** Type `e` where a value of type `expected` is wanted. */
  check(e: Expr, expected: SdkType, mode: CheckMode): Expr<Typed> {
    const folded = this.fold(e);
    if (folded) return this.check(folded, expected, mode);
    if (expected.kind === "unknown") return this.infer(e);
    if (e.kind === "Name") return this.name(e, expected, mode);
    if (e.kind === "BinOp" && e.op === "+" && expected.kind === "list") {
      // `tags + more_tags`: both lists of the wanted type; two literals become one.
      const left = this.check(e.left, expected, mode);
      const right = this.check(e.right, expected, mode);
      if (left.kind === "List" && right.kind === "List") {
        return {
          kind: "List",
          elements: [...left.elements, ...right.elements],
          tuple: false,
          span: e.span,
          ty: expected,
        };
      }
      return { ...e, left, right, ty: expected };
    }
    if (e.kind === "Const") return this.constant(e, expected, mode);
    if (e.kind === "IfExpr") return typeIfExpr(e, this, { expected, mode });
    if (isContextual(e)) return checkLiteral(e, expected, mode, this);
    const typed = this.infer(e);
    const ty = typed.ty;
    if (
      ty &&
      ty.kind !== "unknown" &&
      !compatible(ty, expected) &&
      !(mode === "compare" && comparable(ty, expected))
    ) {
      this.cx.error(TYPER.expectedFound(describe(expected), describe(ty)), e.span);
    }
    return typed;
  }

  private name(e: Extract<Expr, { kind: "Name" }>, expected: SdkType | null, mode: CheckMode): Expr<Typed> {
    const b = this.scope.lookup(e.id);
    if (!b) {
      // A name an unsupported statement would have bound is already covered by that statement's error.
      if (!this.cx.inUnsupportedFunction) this.cx.error(TYPER.unknownName(e.id), e.span);
      return { ...e, ty: unknown(`unbound ${e.id}`) };
    }
    switch (b.kind) {
      case "value": {
        if (
          expected &&
          b.ty.kind !== "unknown" &&
          !compatible(b.ty, expected) &&
          !comparable(b.ty, expected)
        ) {
          this.cx.error(TYPER.nameHasType(e.id, describe(b.ty), describe(expected)), e.span);
        }
        return { ...e, ty: b.ty };
      }
      case "literal":
        if (b.stale) {
          this.cx.error(b.branch ? TYPER.literalFromBranch(e.id) : TYPER.staleLiteral(e.id), e.span);
          return { ...e, ty: unknown("stale literal") };
        }
        // Substitute the literal, typed for this use.
        return expected
          ? this.check(structuredClone(b.value), expected, mode)
          : this.infer(structuredClone(b.value));
      case "client":
        this.cx.error(TYPER.boto3ClientUsedAsValue(e.id), e.span);
        return { ...e, ty: unknown("client") };
      case "error":
        this.cx.error(TYPER.exceptionInfoUsedAsValue(e.id), e.span);
        return { ...e, ty: unknown("exception info") };
      case "fixture":
        this.cx.error(TYPER.pytestFixtureNotSupported(e.id), e.span);
        return { ...e, ty: unknown("fixture") };
      default:
        return assertNever(b, "binding");
    }
  }

  private constant(
    e: Extract<Expr, { kind: "Const" }>,
    expected: SdkType | null,
    mode: CheckMode,
  ): Expr<Typed> {
    if (e.wellKnown === "account-id") return { ...e, ty: STRING };
    const value = this.constants.get(e.name);
    if (!value) {
      this.cx.error(TYPER.unknownModuleConstant(e.name), e.span);
      return { ...e, ty: unknown(`constant ${e.name}`) };
    }
    // A dict/list constant used as a JSON document stays named (its JSON text becomes a `const`).
    if (expected?.kind === "document" && (value.kind === "Dict" || value.kind === "List"))
      return { ...e, ty: expected };
    // Dicts, lists, bytes and numbers are substituted (typed for each use); strings stay named constants.
    if (
      value.kind === "Dict" ||
      value.kind === "List" ||
      value.kind === "Bytes" ||
      value.kind === "Int" ||
      value.kind === "Float" ||
      value.kind === "Bool" ||
      (value.kind === "Neg" && (value.value.kind === "Int" || value.value.kind === "Float"))
    ) {
      return expected
        ? this.check(structuredClone(value), expected, mode)
        : this.infer(structuredClone(value));
    }
    const ty = this.constantTypes.get(e.name) ?? unknown(`constant ${e.name}`);
    if (expected && ty.kind !== "unknown" && !compatible(ty, expected) && !comparable(ty, expected)) {
      this.cx.error(TYPER.nameHasType(e.name, describe(ty), describe(expected)), e.span);
    }
    return { ...e, ty };
  }
}

/**
 * `[("a", 1), ("b", 2)]` (what `for name, n in [...]` iterates): a list of tuples when every
 * element is a tuple literal of the same length whose values have one type per position.
 */
function tupleList(e: Extract<Expr, { kind: "List" }>, t: ExprTyper): Expr<Typed> | null {
  const first = e.elements[0];
  if (first?.kind !== "List" || !first.tuple || first.elements.length < 2) return null;
  const n = first.elements.length;
  if (!e.elements.every((x) => x.kind === "List" && x.tuple && x.elements.length === n)) return null;
  const rows = e.elements.map((x) => typeTupleLiteral(x as Extract<Expr, { kind: "List" }>, t));
  const types = (rows[0]!.ty as Extract<SdkType, { kind: "tuple" }>).elements;
  const same = rows.every(
    (r) =>
      r.ty.kind === "tuple" &&
      r.ty.elements.every((x, i) => x.kind !== "unknown" && compatible(x, types[i]!)),
  );
  if (!same) return null;
  return { ...e, elements: rows, ty: listOf({ kind: "tuple", elements: types }) };
}

/** Types that may meet in an assertion although one cannot be sent as the other (an enum and a string). */
function comparable(a: SdkType, b: SdkType): boolean {
  return compatible(a, b) || compatible(b, a);
}

/** What iterating a value yields: list elements, map keys. */
export function elementType(t: SdkType | undefined): SdkType {
  if (!t || t.kind === "unknown") return unknown("untyped iteration");
  if (t.kind === "list") return t.element;
  if (t.kind === "map") return t.key;
  return unknown(`iteration over ${t.kind}`);
}
