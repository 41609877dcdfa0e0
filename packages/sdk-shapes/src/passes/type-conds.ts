/**
 * Typing assertion conditions: literal sides of a comparison are typed against the other side
 * (so `{"key": ...}` compared with a `Tag` list becomes a list of `Tag`s), `in` needles against
 * the haystack's elements or keys, and `"Key" in resp` against the structure's members.
 */
import {
  TYPER,
  assertNever,
  type Cond,
  type Expr,
  type PyTypeName,
  type SdkType,
  type Typed,
} from "@moto2rust/ir";
import { findMember, structureOf } from "./lookup.js";
import { isContextual, keyText } from "./type-values.js";
import { elementType, type ExprTyper } from "./typer.js";
import { describe, listOf, STRING } from "./sdk-type.js";

/** A side whose type comes from the other side of the comparison. */
function contextual(e: Expr, t: ExprTyper): boolean {
  if (isContextual(e)) return true;
  if (e.kind === "Subscript") {
    const folded = t.fold(e);
    return folded !== null && contextual(folded, t);
  }
  if (e.kind === "BinOp" && e.op === "+") return contextual(e.left, t) && contextual(e.right, t);
  if (e.kind === "Name") return t.scope.lookup(e.id)?.kind === "literal";
  if (e.kind === "Const" && e.wellKnown === null) {
    const v = t.constants.get(e.name);
    return v !== undefined && v.kind !== "Str" && isContextual(v);
  }
  return false;
}

/** A negative number literal (`-1`): what `len()`, a `usize` in Rust, is never compared with. */
function negativeLiteral(e: Expr<Typed>): boolean {
  return e.kind === "Neg" && (e.value.kind === "Int" || e.value.kind === "Float");
}

export function typeCond(c: Cond, t: ExprTyper): Cond<Typed> {
  const typed = typeCondInner(c, t);
  if (typed.kind === "Compare") {
    const [len, other] = typed.left.kind === "Len" ? [typed.left, typed.right] : [typed.right, typed.left];
    if (len.kind === "Len" && negativeLiteral(other)) {
      t.cx.error(TYPER.lenComparedWithNegative(), other.span);
    }
  }
  return typed;
}

function typeCondInner(c: Cond, t: ExprTyper): Cond<Typed> {
  switch (c.kind) {
    case "Compare": {
      const lc = contextual(c.left, t);
      const rc = contextual(c.right, t);
      if (rc && !lc) {
        const left = t.infer(c.left);
        return { ...c, left, right: t.check(c.right, left.ty, "compare") };
      }
      if (lc && !rc) {
        const right = t.infer(c.right);
        return { ...c, left: t.check(c.left, right.ty, "compare"), right };
      }
      const left = t.infer(c.left);
      const right = left.ty.kind !== "unknown" ? t.check(c.right, left.ty, "compare") : t.infer(c.right);
      return { ...c, left, right };
    }
    case "Contains": {
      if (
        c.haystack.kind === "List" ||
        (c.haystack.kind === "Name" && t.scope.lookup(c.haystack.id)?.kind === "literal")
      ) {
        const needle = t.infer(c.needle);
        const haystack =
          needle.ty.kind !== "unknown"
            ? t.check(c.haystack, listOf(needle.ty), "compare")
            : t.infer(c.haystack);
        return { ...c, needle, haystack };
      }
      const haystack = t.infer(c.haystack);
      const ht = haystack.ty;
      if (ht.kind === "unknown") return { ...c, haystack, needle: t.infer(c.needle) };
      switch (ht.kind) {
        case "list":
          return { ...c, haystack, needle: t.check(c.needle, ht.element, "compare") };
        case "map":
          return { ...c, haystack, needle: t.check(c.needle, ht.key, "compare") };
        case "string":
          return { ...c, haystack, needle: t.check(c.needle, STRING, "compare") };
        case "structure": {
          const key = keyText(c.needle, t);
          const s = structureOf(t.cx.api, ht);
          if (key === null || !s) {
            t.cx.error(TYPER.membershipNeedsLiteralKey(), c.needle.span);
          } else if (
            !c.negated &&
            !findMember(s, key) &&
            !(key === "ResponseMetadata" && s.role === "output")
          ) {
            // (`"X" not in resp` for a key the model lacks always holds: the backend notes it.)
            t.cx.error(TYPER.hasNoMember(s.name, key), c.needle.span);
          }
          return { ...c, haystack, needle: t.infer(c.needle) };
        }
        case "blob":
        case "bool":
        case "document":
        case "enum":
        case "float":
        case "int":
        case "op-error":
        case "stream":
        case "timestamp":
        case "tuple":
        case "union":
          t.cx.error(TYPER.inOnValue(describe(ht)), c.span);
          return { ...c, haystack, needle: t.infer(c.needle) };
        default:
          return assertNever(ht);
      }
    }
    case "IsNone":
    case "Truthy":
      return { ...c, value: t.infer(c.value) };
    case "BoolOp":
      return { ...c, conds: c.conds.map((x) => typeCond(x, t)) };
    case "AnyAll": {
      const iter = t.infer(c.iter);
      const inner = t.child(c.target, elementType(iter.ty));
      return { ...c, iter, filters: c.filters.map((f) => typeCond(f, inner)), cond: typeCond(c.cond, inner) };
    }
    case "IsInstance": {
      const value = t.infer(c.value);
      if (value.ty.kind !== "unknown" && !c.types.some((p) => isInstanceOf(value.ty, p)))
        t.cx.error(TYPER.isinstanceNever(c.types.join(" | "), describe(value.ty)), c.span);
      return { ...c, value };
    }
    default:
      return assertNever(c, "condition");
  }
}

/** Whether boto3 returns a value of SDK type `ty` as an instance of the Python type `p`. */
function isInstanceOf(ty: SdkType, p: PyTypeName): boolean {
  // A JSON document (`json.loads`) can hold any of them: the backend checks its variant.
  if (ty.kind === "document") return p !== "bytes" && p !== "datetime";
  switch (p) {
    case "str":
      return ty.kind === "string" || ty.kind === "enum";
    case "int":
      return ty.kind === "int";
    case "float":
      return ty.kind === "float";
    case "bool":
      return ty.kind === "bool";
    case "list":
      return ty.kind === "list";
    case "dict":
      return ty.kind === "structure" || ty.kind === "map" || ty.kind === "union";
    case "bytes":
      return ty.kind === "blob";
    case "datetime":
      return ty.kind === "timestamp";
    default:
      return assertNever(p, "Python type");
  }
}
