/**
 * Conversions between the ways a Rust expression can hold a value (`Mode`): the backend picks the
 * form a context needs (`&str`, `Option<&str>`, an owned clone, a copy) from the type and mode,
 * never from the Python spelling.
 */
import type { SdkType } from "@moto2rust/ir";
import type { RVal } from "./context.js";

export function isCopy(t: SdkType): boolean {
  return t.kind === "int" || t.kind === "float" || t.kind === "bool";
}

/** Strip string literals, then look for operators at the top level: such code needs parentheses before `.m()`. */
function needsParens(code: string): boolean {
  const bare = code.replace(/r#"[\s\S]*?"#|"(?:[^"\\]|\\.)*"/g, '""');
  if (/^[&*!-]/.test(bare) || /^if /.test(bare)) return true;
  let depth = 0;
  for (let i = 0; i < bare.length; i++) {
    const c = bare[i]!;
    if (c === "(" || c === "[" || c === "{") depth++;
    else if (c === ")" || c === "]" || c === "}") depth--;
    else if (depth === 0) {
      if (c === " " && /^ (as|\+|-|\*|\/|%|==|!=|<|>|<=|>=|&&|\|\|) /.test(bare.slice(i))) return true;
      if (c === "|" && bare[i + 1] !== "|") return true; // closures
    }
  }
  return false;
}

/** `code` ready for a postfix `.method()`. */
export function recv(code: string): string {
  return needsParens(code) ? `(${code})` : code;
}

/** An integer literal (`5`, `-1`): its Rust type is whatever the context wants, so it is never cast. */
export function isIntLiteral(v: RVal): boolean {
  return /^-?\d+$/.test(v.code);
}

/** `r`, read out of `base`: a borrow of a temporary base is itself only good for one statement. */
export function derived(base: RVal, r: RVal): RVal {
  if (isCopy(r.ty) && r.mode !== "ref" && r.mode !== "sref") return r;
  if (r.mode === "own") return r;
  return base.temp || base.borrowsTemp ? { ...r, borrowsTemp: true } : r;
}

/** The value, unwrapped from `Option` (a Python subscript raises KeyError where Rust panics). */
export function unwrapOpt(v: RVal): RVal {
  if (v.mode !== "opt") return v;
  const r: RVal = { code: `${recv(v.code)}.unwrap()`, ty: v.ty, mode: isCopy(v.ty) ? "own" : "ref" };
  return v.borrowsTemp && r.mode !== "own" ? { ...r, borrowsTemp: true } : r;
}

/** A `&str` for a string value. */
export function asStr(v: RVal): string {
  switch (v.mode) {
    case "ref":
      return v.code;
    case "sref":
    case "own":
    case "place":
      return `${recv(v.code)}.as_str()`;
    case "opt":
      return `${recv(v.code)}.unwrap()`;
  }
}

/** An `Option<&str>` for a string value. */
export function asOptStr(v: RVal): string {
  return v.mode === "opt" ? v.code : `Some(${asStr(v)})`;
}

/** A copy value (number, bool) by value. */
export function asCopy(v: RVal): string {
  switch (v.mode) {
    case "own":
    case "place":
      return v.code;
    case "ref":
    case "sref":
      return `*${recv(v.code)}`;
    case "opt":
      return `${recv(v.code)}.unwrap()`;
  }
}

/** An `Option<T>` for a copy value. */
export function asOptCopy(v: RVal): string {
  return v.mode === "opt" ? v.code : `Some(${asCopy(v)})`;
}

/** A `&T` for a non-copy value (for lists: `&[T]`). */
export function asRef(v: RVal): string {
  switch (v.mode) {
    case "ref":
      return v.code;
    case "sref":
      return v.ty.kind === "list" ? `${recv(v.code)}.as_slice()` : v.code;
    case "own":
    case "place":
      return v.ty.kind === "list" ? `${recv(v.code)}.as_slice()` : `&${v.code}`;
    case "opt":
      return `${recv(v.code)}.unwrap()`;
  }
}

/** An `Option<&T>` for a non-copy value. */
export function asOptRef(v: RVal): string {
  return v.mode === "opt" ? v.code : `Some(${asRef(v)})`;
}

/** An owned `T`: clones borrowed values, moves temporaries. */
export function owned(v: RVal): string {
  if (isCopy(v.ty)) return asCopy(v);
  if (v.ty.kind === "timestamp") {
    // `DateTime` is `Copy`: dereference instead of cloning.
    if (v.mode === "ref" || v.mode === "sref") return `*${recv(v.code)}`;
    if (v.mode === "opt") return `*${recv(v.code)}.unwrap()`;
    return v.code;
  }
  switch (v.mode) {
    case "own":
      return v.temp ? v.code : `${recv(v.code)}.clone()`;
    case "place":
      return `${recv(v.code)}.clone()`;
    case "ref": {
      // `&x[1..3]` → `x[1..3].to_string()`: no borrow just to copy.
      const place =
        v.code.startsWith("&") && v.code.endsWith("]") && !needsParens(v.code.slice(1))
          ? v.code.slice(1)
          : v.code;
      if (v.ty.kind === "string") return `${recv(place)}.to_string()`;
      if (v.ty.kind === "list") return `${recv(place)}.to_vec()`;
      return `${recv(v.code)}.clone()`;
    }
    case "sref":
      return `${recv(v.code)}.clone()`;
    case "opt":
      if (v.ty.kind === "string") return `${recv(v.code)}.unwrap().to_string()`;
      if (v.ty.kind === "list") return `${recv(v.code)}.unwrap().to_vec()`;
      return `${recv(v.code)}.unwrap().clone()`;
  }
}

/**
 * A list read whose absence Python would turn into KeyError, made to fail the same way: the raw
 * field unwrapped (`resp.tags.as_deref().unwrap()`) instead of the accessor that reads an absent
 * list as empty. Other values are returned as they are.
 */
export function present(v: RVal): RVal {
  if (!v.presence) return v;
  return { code: `${recv(v.presence)}.as_deref().unwrap()`, ty: v.ty, mode: "ref" };
}

/** `len(x)` with `x`'s presence checked (see `present`). */
export function presentLen(v: RVal): RVal {
  if (!v.lenPresence) return v;
  return { ...v, code: `${recv(v.lenPresence)}.as_deref().unwrap().len()`, lenPresence: undefined };
}
