/**
 * Assertions (SPEC table): one Rust assertion per Python `assert`. `==` on `Option<&str>`
 * members compares with `Some("x")`, defaulted numbers with `0`, enums with their variant,
 * lists with arrays of typed values, `in` becomes `.contains(..)` / `.iter().any(..)`,
 * `"Key" not in resp` the pub field's `is_none()`, truthiness `is_some()` / `!is_empty()`.
 * Checks the SDK makes meaningless (exact timestamps, a success's HTTP status) are approximated.
 */
import {
  EMIT,
  type Typed,
  type AnyAllCond,
  type AssertStmt,
  type CompareCond,
  type CompareOp,
  type Cond,
  type ContainsCond,
  type Expr,
  type IsNoneCond,
  type IsInstanceCond,
  type PyTypeName,
  type Message,
  type SdkType,
  type TruthyCond,
} from "@moto2rust/ir";
import { assertNever, isLiteral } from "@moto2rust/ir";
import { fail, type FnCx, type RVal } from "./context.js";
import {
  asCopy,
  asOptCopy,
  asOptRef,
  asOptStr,
  asRef,
  asStr,
  isCopy,
  isIntLiteral,
  present,
  presentLen,
  recv,
  unwrapOpt,
} from "./rvalue.js";
import { emitExpr, patternArg } from "./expr.js";
import { convert, enumValue, valueFor } from "./value.js";

import { fieldAccess, mapRead } from "./read.js";
import { rustFloat, rustStr, isByteStringSafe, rustBytes } from "./rust-syntax.js";
import { anyAllCode } from "./iter.js";
import { documentLiteral } from "./documents.js";
import { frozenClock } from "./datetime.js";
import { isSetExpr, setPair } from "./sets.js";

type Check =
  | { readonly kind: "eq" | "ne"; readonly l: string; readonly r: string }
  | { readonly kind: "bool"; readonly e: string }
  /** Nothing to assert in Rust: `note` says why; `approximated` when the Python check had meaning. */
  | { readonly kind: "vacuous"; readonly note: Message; readonly approximated: boolean };

export function emitAssert(fx: FnCx, s: AssertStmt<Typed>): void {
  fx.statementTemps = new Set();
  const c = check(fx, s.cond);
  switch (c.kind) {
    case "eq":
      fx.line(`assert_eq!(${c.l}, ${c.r});`);
      fx.rustAsserts++;
      return;
    case "ne":
      fx.line(`assert_ne!(${c.l}, ${c.r});`);
      fx.rustAsserts++;
      return;
    case "bool":
      fx.line(`assert!(${c.e});`);
      fx.rustAsserts++;
      return;
    case "vacuous":
      // No Rust assertion stands for this one: the test is partial, and the reason names it.
      fx.approximated(EMIT.vacuousAssertion(firstLine(s.source), c.note.text), s.span);
      return;
  }
}

function firstLine(source: string): string {
  const line = source.split("\n")[0]!.trim();
  return line === source.trim() ? line : `${line} …`;
}

function toBool(c: Check): string {
  switch (c.kind) {
    case "eq":
      return `${c.l} == ${c.r}`;
    case "ne":
      return `${c.l} != ${c.r}`;
    case "bool":
      return c.e;
    case "vacuous":
      return "true";
  }
}

function paren(e: string): string {
  return /\|\||&&/.test(e.replace(/"(?:[^"\\]|\\.)*"/g, '""').replace(/\|[a-z_0-9]+\|/g, "")) ? `(${e})` : e;
}

function check(fx: FnCx, c: Cond<Typed>): Check {
  switch (c.kind) {
    case "Compare":
      return compare(fx, c);
    case "Contains":
      return contains(fx, c);
    case "IsNone":
      return isNone(fx, c);
    case "Truthy":
      return truthy(fx, c);
    case "BoolOp": {
      const parts = c.conds.map((x) => check(fx, x));
      const real = parts.filter((p) => p.kind !== "vacuous");
      const approx = parts.find((p) => p.kind === "vacuous" && p.approximated);
      if (c.op === "or" && real.length < parts.length) {
        return {
          kind: "vacuous",
          note: EMIT.orAlternativeAlwaysHolds(),
          approximated: true,
        };
      }
      if (real.length === 0) return parts[0]!;
      if (approx && approx.kind === "vacuous") fx.approximated(approx.note, c.span);
      if (real.length === 1) return real[0]!;
      return { kind: "bool", e: real.map((p) => paren(toBool(p))).join(c.op === "and" ? " && " : " || ") };
    }
    case "AnyAll":
      // `all(..)` holds over an absent list read as empty; `any(..)` fails on it anyway.
      return { kind: "bool", e: anyAllCode(fx, c, (x) => condToBool(fx, x), c.op === "all") };
    case "IsInstance":
      return isInstance(fx, c);
    default:
      return assertNever(c, "condition");
  }
}

/** A condition as a Rust `bool` expression (inside closures and `&&` / `||`). */
export function condToBool(fx: FnCx, c: Cond<Typed>): string {
  const k = check(fx, c);
  if (k.kind === "vacuous" && k.approximated) fx.approximated(k.note, c.span);
  return toBool(k);
}

/** `len(x) <op> <n>` that is an emptiness test: true = empty, false = non-empty. */
const EMPTINESS: Readonly<Record<string, boolean>> = {
  "==0": true,
  "<=0": true,
  "<1": true,
  "!=0": false,
  ">0": false,
  ">=1": false,
};

const FLIP: Record<CompareOp, CompareOp> = {
  "==": "==",
  "!=": "!=",
  "<": ">",
  "<=": ">=",
  ">": "<",
  ">=": "<=",
};

function metadataField(t: SdkType): string | null {
  return t.kind === "unknown" && t.why.startsWith("response-metadata") ? t.why : null;
}

function compare(fx: FnCx, c: CompareCond<Typed>): Check {
  let { left, right, op } = c;
  const meta = metadataField(left.ty) ?? metadataField(right.ty);
  if (meta !== null) {
    if (meta === "response-metadata:HTTPStatusCode") {
      return {
        kind: "vacuous",
        note: EMIT.successStatus(),
        approximated: true,
      };
    }
    return fail(EMIT.responseMetadataField(), c.span);
  }
  if (
    (isLiteral(left) || isDatetimeLiteral(fx, left)) &&
    !isLiteral(right) &&
    !isDatetimeLiteral(fx, right)
  ) {
    [left, right] = [right, left];
    op = FLIP[op];
  }
  if (
    left.kind === "ErrorField" &&
    left.field === "operation" &&
    right.kind === "Str" &&
    (op === "==" || op === "!=")
  ) {
    const b = fx.errors.get(left.binding);
    if (!b) return fail(EMIT.noErrorBound(left.binding), left.span);
    if ((b.operation === right.value) !== (op === "==")) {
      return fail(EMIT.failingCallIsOther(b.operation, right.value), c.span);
    }
    // True by construction: the only call in the raises block is that operation. Reported, so the
    // assert count stays honest (no Rust assertion stands for it).
    return {
      kind: "vacuous",
      note: EMIT.operationNameByConstruction(b.operation),
      approximated: true,
    };
  }
  if (isSetExpr(left) || isSetExpr(right)) {
    if (op !== "==" && op !== "!=") return fail(EMIT.orderingOnSets(op), c.span);
    const p = setPair(fx, left, right, (x) => condToBool(fx, x));
    return { kind: op === "==" ? "eq" : "ne", l: p.l, r: p.r };
  }
  let l = emitExpr(fx, left);
  if (l.usize && right.kind === "Int" && right.value === "0" && (op === ">=" || op === "<")) {
    // A length is never negative: Python's check always holds (or never), rustc rejects it.
    if (op === ">=") {
      // Python can only fail here on an absent key (KeyError): that is what to check.
      if (l.lenPresence) return { kind: "bool", e: `${recv(l.lenPresence)}.is_some()` };
      return { kind: "vacuous", note: EMIT.lengthNonNegative(), approximated: false };
    }
    return fail(EMIT.lengthBelowZero(), c.span);
  }
  const emptiness = l.usize && right.kind === "Int" ? EMPTINESS[`${op}${right.value}`] : undefined;
  if (emptiness !== undefined) {
    // `len(x) == 0` → `x.is_empty()`, `len(x) >= 1` → `!x.is_empty()` (clippy's len_zero).
    // An absent optional list is no empty list in Python (KeyError): check its presence too.
    if (emptiness && l.lenPresence) return emptyPresent(l.lenPresence);
    const subject = l.code.replace(/\.(len\(\)|chars\(\)\.count\(\))$/, "");
    if (subject !== l.code) {
      const empty = `${subject}.is_empty()`;
      return { kind: "bool", e: emptiness ? empty : `!${empty}` };
    }
  }
  // A length check that an absent list (read as empty) would pass: check presence first.
  if (l.lenPresence && !(right.kind === "Int" && !holdsAtZero(op, Number(right.value)))) l = presentLen(l);
  if (
    l.ty.kind === "timestamp" &&
    !isLiteral(right) &&
    !isDatetimeLiteral(fx, right) &&
    right.ty.kind === "timestamp"
  ) {
    // Two timestamps read from responses: compared exactly (`DateTime` is `Eq` and `Ord`).
    const r = emitExpr(fx, right);
    if (op === "==" || op === "!=") {
      const opt = l.mode === "opt" || r.mode === "opt";
      return {
        kind: op === "==" ? "eq" : "ne",
        l: opt ? asOptRef(l) : asRef(l),
        r: opt ? asOptRef(r) : asRef(r),
      };
    }
    // Python raises TypeError ordering None: unwrapping panics likewise.
    return { kind: "bool", e: `${asRef(l)} ${op} ${asRef(r)}` };
  }
  if (l.ty.kind === "timestamp") {
    if (l.mode === "opt") {
      fx.approximated(EMIT.timestampPresenceOnly(), c.span);
      return { kind: "bool", e: `${recv(l.code)}.is_some()` };
    }
    return {
      kind: "vacuous",
      note: EMIT.timestampAlwaysPresent(),
      approximated: true,
    };
  }
  if (right.kind === "None") {
    if (op !== "==" && op !== "!=") return fail(EMIT.orderingComparisonWithNone(), c.span);
    return noneCheck(fx, left, l, op === "!=");
  }
  // `x == True` / `x is False` on a plain bool: assert!(x) (clippy rejects assert_eq! with a bool literal).
  if (right.kind === "Bool" && l.ty.kind === "bool" && l.mode !== "opt" && (op === "==" || op === "!=")) {
    const positive = right.value === (op === "==");
    const v = asCopy(l);
    return { kind: "bool", e: positive ? v : `!${recv(v)}` };
  }
  if (
    ((right.kind === "List" && right.elements.length === 0 && l.ty.kind === "list") ||
      (right.kind === "Dict" && right.entries.length === 0 && l.ty.kind === "map")) &&
    (op === "==" || op === "!=")
  ) {
    return emptyCheck(left, l, op === "==");
  }
  // `x == y` / `x != y` on lists: an absent list read as empty would compare equal to an empty
  // one, or unequal to a non-empty one; only `== [non-empty literal]` fails on absence anyway.
  if (l.presence && !(op === "==" && right.kind === "List" && right.elements.length > 0)) l = present(l);
  const p = pair(fx, l, right);
  if (op === "==") return { kind: "eq", l: p.l, r: p.r };
  if (op === "!=") return { kind: "ne", l: p.l, r: p.r };
  if (!isCopy(l.ty) && l.ty.kind !== "string") return fail(EMIT.operatorOnKind(op, l.ty.kind), c.span);
  return { kind: "bool", e: `${p.l} ${op} ${p.r}` };
}

/**
 * `datetime(2021, 2, 1)` in a test that froze the clock (`freeze_time`, not applied in Rust): a
 * timestamp the Python backend derived from the frozen time, compared as a literal is (presence
 * only, approximated). Elsewhere it is a fixed instant, compared exactly.
 */
function isDatetimeLiteral(fx: FnCx, e: Expr<Typed>): boolean {
  return e.kind === "BuiltinCall" && e.name === "datetime" && frozenClock.has(fx);
}

/** Present and empty: `assert_eq!(resp.tags.as_deref(), Some(&[][..]))` (the raw field of an optional list). */
function emptyPresent(field: string): Check {
  return { kind: "eq", l: `${recv(field)}.as_deref()`, r: "Some(&[][..])" };
}

/** Whether `0 <op> n` holds: a length check an absent (empty-read) list would pass. */
function holdsAtZero(op: CompareOp, n: number): boolean {
  switch (op) {
    case "==":
      return n === 0;
    case "!=":
      return n !== 0;
    case "<":
      return 0 < n;
    case "<=":
      return 0 <= n;
    case ">":
      return 0 > n;
    case ">=":
      return 0 >= n;
  }
}

/**
 * `x == []` / `x == {}` (`empty`), `x != []`: a subscript must find the member (Python raises
 * KeyError), a `.get()` may not (`None` is neither empty nor equal to `[]`).
 */
function emptyCheck(expr: Expr<Typed>, l: RVal, empty: boolean): Check {
  if (l.presence) {
    // The accessor reads an absent list as empty: check the raw field.
    return empty ? emptyPresent(l.presence) : { kind: "bool", e: `!${recv(l.code)}.is_empty()` };
  }
  if (l.mode === "opt") {
    const subscript = expr.kind === "Subscript";
    const o = recv(l.code);
    if (empty) return { kind: "bool", e: `${o}.is_some_and(|x| x.is_empty())` };
    return {
      kind: "bool",
      e: subscript ? `${o}.is_some_and(|x| !x.is_empty())` : `${o}.is_none_or(|x| !x.is_empty())`,
    };
  }
  const e = `${recv(l.code)}.is_empty()`;
  return { kind: "bool", e: empty ? e : `!${e}` };
}

/** `x == None` / `x is None`: absence of an optional member (the pub field for flattened lists). */
function noneCheck(fx: FnCx, expr: Expr<Typed>, v: RVal | null, negated: boolean): Check {
  const suffix = negated ? "is_some()" : "is_none()";
  if ((expr.kind === "Subscript" || expr.kind === "Get") && expr.access) {
    const m = expr.access;
    if (!m.optional) {
      return {
        kind: "vacuous",
        note: EMIT.requiredNeverNone(m.name),
        approximated: true,
      };
    }
    if (m.form === "slice") {
      const base = emitExpr(fx, expr.value);
      return { kind: "bool", e: `${fieldAccess(base, m)}.${suffix}` };
    }
  }
  const val = v ?? emitExpr(fx, expr);
  if (val.mode === "opt") return { kind: "bool", e: `${recv(val.code)}.${suffix}` };
  return { kind: "vacuous", note: EMIT.neverNone(), approximated: true };
}

/**
 * `isinstance(x, T)`: the typer checked that the SDK type of `x` is `T`, so what the Python check
 * can still fail on is presence (a subscript raises KeyError, `.get()` gives None): the check
 * `x is not None` makes. A JSON value (`json.loads`) is checked for its variant.
 */
function isInstance(fx: FnCx, c: IsInstanceCond<Typed>): Check {
  if (c.negated) return fail(EMIT.negatedIsinstance(), c.span);
  if (c.value.ty.kind === "document") {
    const v = emitExpr(fx, c.value);
    if (!v.json) return fail(EMIT.isinstanceOfDocument(), c.span);
    const value = v.mode === "opt" ? `${recv(v.code)}.unwrap()` : v.code;
    const tests = c.types.map((p) => `${recv(value)}.${JSON_VARIANT[p]}()`);
    return { kind: "bool", e: tests.join(" || ") };
  }
  return presenceCheck(fx, c.value);
}

/**
 * What a read can fail on in Python, as a check: the member's presence (`is_some()`), else, for a
 * member the SDK always has, the read it hangs off (an optional parent, a list index in range).
 * Vacuous only when nothing on the path can fail.
 */
function presenceCheck(fx: FnCx, e: Expr<Typed>): Check {
  const own = noneCheck(fx, e, null, true);
  if (own.kind !== "vacuous" || (e.kind !== "Subscript" && e.kind !== "Get")) return own;
  if (e.kind === "Subscript" && e.value.ty.kind === "list") {
    const index = e.index.kind === "Int" ? e.index.value : null;
    const last = e.index.kind === "Neg" && e.index.value.kind === "Int" && e.index.value.value === "1";
    if (index === null && !last) return own;
    const list = unwrapOpt(emitExpr(fx, e.value));
    const elem = last ? "last()" : index === "0" ? "first()" : `get(${index})`;
    return { kind: "bool", e: `${recv(list.code)}.${elem}.is_some()` };
  }
  if (e.kind === "Subscript" && e.value.ty.kind === "map") {
    // `m["k"]` raises KeyError in Python: the key's presence (`m.get(k).is_some()`).
    const got = mapRead(fx, emitExpr(fx, e.value), e.index, true);
    return { kind: "bool", e: `${recv(got.code)}.is_some()` };
  }
  if (!e.access) return own;
  const parent = presenceCheck(fx, e.value);
  return parent.kind === "vacuous" ? own : parent;
}

/** `serde_json::Value`'s test for each Python type `json.loads` can produce. */
const JSON_VARIANT: Readonly<Record<PyTypeName, string>> = {
  str: "is_string",
  int: "is_i64",
  float: "is_f64",
  bool: "is_boolean",
  list: "is_array",
  dict: "is_object",
  bytes: "is_null",
  datetime: "is_null",
};

function lit(e: Expr<Typed>): boolean {
  return isLiteral(e);
}

/** Left and right operands of `==` with matching Rust types. */
/** A read compared with a value built in Rust (`v`), borrowed as the read's mode needs. */
function againstValue(l: RVal, v: string): { l: string; r: string } {
  switch (l.mode) {
    case "opt":
      return { l: l.code, r: `Some(&${v})` };
    case "ref":
    case "sref":
      return { l: l.code, r: `&${v}` };
    case "own":
    case "place":
      return { l: l.code, r: v };
    default:
      return assertNever(l.mode);
  }
}

function pair(fx: FnCx, l: RVal, right: Expr<Typed>): { l: string; r: string } {
  const t = l.ty;
  switch (t.kind) {
    case "string": {
      if (right.kind === "Str") {
        return l.mode === "opt"
          ? { l: l.code, r: `Some(${rustStr(right.value)})` }
          : { l: strSide(l), r: rustStr(right.value) };
      }
      const r = emitExpr(fx, right);
      if (r.ty.kind === "enum") return { l: asStr(l), r: `${recv(unwrapOpt(r).code)}.as_str()` };
      if (r.ty.kind !== "string") return fail(EMIT.comparingStringWithValue(r.ty.kind), right.span);
      if (l.mode === "opt" || r.mode === "opt") return { l: asOptStr(l), r: asOptStr(r) };
      return { l: asStr(l), r: asStr(r) };
    }
    case "enum": {
      if (right.kind === "Str") {
        const info = fx.api.type(t.shapeId);
        const known = info?.kind === "enum" && info.variants.some((v) => v.value === right.value);
        if (!known) return { l: `${recv(unwrapOpt(l).code)}.as_str()`, r: rustStr(right.value) };
        const v = enumValue(fx, t, right.value);
        return againstValue(l, v);
      }
      const r = emitExpr(fx, right);
      if (r.ty.kind === "string") return { l: `${recv(unwrapOpt(l).code)}.as_str()`, r: asStr(r) };
      if (r.ty.kind !== "enum") return fail(EMIT.comparingEnumWithValue(r.ty.kind), right.span);
      if (l.mode === "opt" || r.mode === "opt") return { l: asOptRef(l), r: asOptRef(r) };
      return { l: asRef(l), r: asRef(r) };
    }
    case "int":
    case "float":
    case "bool": {
      if (lit(right)) {
        let code: string;
        if (right.kind === "Bool") code = right.value ? "true" : "false";
        else if (t.kind === "float") code = numText(right, true);
        else code = numText(right, false);
        if (l.mode === "opt") return { l: l.code, r: `Some(${code})` };
        return { l: asCopy(l), r: code };
      }
      const r = emitExpr(fx, right);
      if (!isCopy(r.ty)) return fail(EMIT.comparingNumberWithValue(r.ty.kind), right.span);
      if (l.mode === "opt" || r.mode === "opt") {
        if (!!l.usize !== !!r.usize) return fail(EMIT.comparingLengthWithOptionalNumber(), right.span);
        return { l: asOptCopy(l), r: asOptCopy(r) };
      }
      let lc = asCopy(l);
      let rc = asCopy(r);
      if (isIntLiteral(l) || isIntLiteral(r)) return { l: lc, r: rc };
      if (l.usize && !r.usize) rc = `${recv(rc)} as usize`;
      else if (r.usize && !l.usize) lc = `${recv(lc)} as usize`;
      else if (l.ty.kind === "int" && r.ty.kind === "int" && l.ty.rust !== r.ty.rust && !l.usize)
        rc = `${recv(rc)} as ${l.ty.rust}`;
      return { l: lc, r: rc };
    }
    case "list": {
      const lv = unwrapOpt(l);
      const lc = lv.mode === "ref" || lv.mode === "own" ? lv.code : asRef(lv);
      if (right.kind === "List") {
        const el = t.element;
        const only = right.elements[0];
        if (right.elements.length === 1 && only && !isLiteral(only) && el.kind !== "string" && !isCopy(el)) {
          // `== [x]` with `x` borrowed: compare with a one-element slice of it (no clone).
          const v = emitExpr(fx, only);
          if ((v.mode === "ref" || v.mode === "sref") && v.ty.kind === el.kind && el.kind !== "list")
            return { l: lc, r: `std::slice::from_ref(${v.code})` };
          return { l: lc, r: `[${convert(fx, v, el, "exact", only.span)}]` };
        }
        const items = right.elements.map((x) => {
          if (el.kind === "string") {
            if (x.kind === "Str") return rustStr(x.value);
            const v = emitExpr(fx, x);
            return v.ty.kind === "string" ? asStr(v) : fail(EMIT.nonStringInStringList(), x.span);
          }
          return valueFor(fx, x, el, "exact");
        });
        return { l: lc, r: `[${items.join(", ")}]` };
      }
      const r = present(emitExpr(fx, right));
      if (r.ty.kind !== "list") return fail(EMIT.comparingListWithValue(r.ty.kind), right.span);
      const rv = unwrapOpt(r);
      return {
        l: lc,
        r: rv.mode === "ref" || (rv.mode === "own" && lv.mode !== "own") ? rv.code : asRef(rv),
      };
    }
    case "blob": {
      const lv = `${recv(unwrapOpt(l).code)}.as_ref()`;
      if (right.kind === "Bytes") return { l: lv, r: rustBytes(right.value) };
      if (right.kind === "Str")
        return {
          l: lv,
          r: isByteStringSafe(right.value) ? rustBytes(right.value) : `${rustStr(right.value)}.as_bytes()`,
        };
      // Bytes computed in the test: a str's UTF-8 (`.encode()`), or another blob.
      const r = emitExpr(fx, right);
      if (r.ty.kind === "string") return { l: lv, r: `${recv(asStr(r))}.as_bytes()` };
      if (r.ty.kind === "blob") return { l: lv, r: `${recv(unwrapOpt(r).code)}.as_ref()` };
      return fail(EMIT.comparingBlobWithComputedValue(), right.span);
    }
    case "structure":
    case "union":
    case "map": {
      if (right.kind === "Dict") {
        requireComplete(fx, right, t);
        const v = valueFor(fx, right, t, "exact");
        return againstValue(l, v);
      }
      const r = emitExpr(fx, right);
      if (r.ty.kind !== t.kind) return fail(EMIT.comparingKinds(t.kind, r.ty.kind), right.span);
      if (l.mode === "opt" || r.mode === "opt") return { l: asOptRef(l), r: asOptRef(r) };
      return { l: asRef(l), r: asRef(r) };
    }
    case "document": {
      if (!l.json) return fail(EMIT.comparingSmithyDocument(), right.span);
      const lv = l.mode === "opt" ? `${recv(l.code)}.unwrap()` : l.code;
      if (
        right.kind === "Dict" ||
        right.kind === "List" ||
        (right.kind === "Const" && right.ty.kind === "document")
      )
        return { l: lv, r: documentLiteral(fx, right).code };
      if (right.kind === "Str") return { l: lv, r: rustStr(right.value) };
      if (right.kind === "Int" || right.kind === "Bool") return { l: lv, r: valueOfScalar(right) };
      const r = emitExpr(fx, right);
      if (r.ty.kind === "document" && r.json)
        return { l: lv, r: r.mode === "opt" ? `${recv(r.code)}.unwrap()` : r.code };
      if (r.ty.kind === "string") return { l: lv, r: asStr(r) };
      return fail(EMIT.comparingJSONDocumentWithValue(r.ty.kind), right.span);
    }
    case "op-error":
    case "stream":
    case "timestamp":
    case "tuple":
    case "unknown":
      return fail(EMIT.cannotCompareValue(t.kind), right.span);
    default:
      return assertNever(t);
  }
}

/** A string operand as it compares with a `&str` literal (`String`, `&String` and `&str` all do). */
function strSide(v: RVal): string {
  return v.mode === "opt" ? `${recv(v.code)}.unwrap()` : v.code;
}

function valueOfScalar(e: Expr<Typed>): string {
  if (e.kind === "Bool") return e.value ? "true" : "false";
  if (e.kind === "Int") return e.value;
  return "0";
}

function numText(e: Expr<Typed>, float: boolean): string {
  if (e.kind === "Neg") return `-${numText(e.value, float)}`;
  if (e.kind === "Int" || e.kind === "Float") return float ? rustFloat(e.value) : e.value;
  return "0";
}

/** A dict literal compared with a structure whose `build()` is fallible must set every required member. */
function requireComplete(fx: FnCx, d: Expr<Typed>, t: SdkType): void {
  if (t.kind !== "structure" || !t.fallible || d.kind !== "Dict") return;
  const info = fx.api.type(t.shapeId);
  if (info?.kind !== "structure") return;
  const given = new Set(d.entries.map((e) => (e.key.kind === "Str" ? e.key.value : "")));
  const missing = info.members.filter((m) => !m.optional && !m.defaulted && !given.has(m.name));
  if (missing.length) {
    fail(EMIT.partialStructureComparison(info.name, missing.map((m) => m.name).join(", ")), d.span);
  }
}

function neg(negated: boolean, e: string): string {
  return negated ? `!${e}` : e;
}

function contains(fx: FnCx, c: ContainsCond<Typed>): Check {
  const { needle, negated } = c;
  let haystack = c.haystack;
  if (haystack.kind === "BuiltinCall" && haystack.name === "keys" && haystack.receiver)
    haystack = haystack.receiver;
  if (haystack.kind === "Comprehension" && haystack.form !== "set") {
    // `x in [f(e) for e in xs if c]` → `xs.iter().filter(c).any(|e| f(e) == x)`: no intermediate Vec.
    const cond: CompareCond<Typed> = {
      kind: "Compare",
      op: "==",
      left: haystack.element,
      right: needle,
      span: c.span,
    };
    const any: AnyAllCond<Typed> = {
      kind: "AnyAll",
      op: "any",
      target: haystack.target,
      iter: haystack.iter,
      filters: haystack.filters,
      cond,
      span: c.span,
    };
    const e = anyAllCode(fx, any, (x) => condToBool(fx, x), negated);
    return { kind: "bool", e: neg(negated, e) };
  }
  if (haystack.kind === "List") {
    const n = emitExpr(fx, needle);
    const items = haystack.elements.map((x) => {
      if (x.kind === "Str") return rustStr(x.value);
      if (isLiteral(x) && x.kind !== "FString")
        return valueFor(fx, x, n.ty.kind === "enum" ? { kind: "string" } : n.ty, "exact");
      const v = emitExpr(fx, x);
      // Every element a `&str`: an owned `format!(..)` is borrowed (it lives to the statement's end).
      if (v.ty.kind === "string" && v.mode === "own") return `${recv(v.code)}.as_str()`;
      return v.ty.kind === "string"
        ? asStr(v)
        : isCopy(v.ty)
          ? asCopy(v)
          : fail(EMIT.inListComputedValues(), x.span);
    });
    let probe: string;
    if (n.ty.kind === "string") probe = `&${asStr(n)}`;
    else if (n.ty.kind === "enum") probe = `&${recv(unwrapOpt(n).code)}.as_str()`;
    else if (isCopy(n.ty)) probe = `&${asCopy(n)}`;
    else return fail(EMIT.inLiteralListForValue(n.ty.kind), c.span);
    return { kind: "bool", e: neg(negated, `[${items.join(", ")}].contains(${probe})`) };
  }
  // `"Key" in resp`: presence of a member.
  if (haystack.ty.kind === "structure" && needle.kind === "Str") {
    const info = fx.api.type(haystack.ty.shapeId);
    if (info?.kind !== "structure") return fail(EMIT.unknownStructure(), c.span);
    if (needle.value === "ResponseMetadata" && info.role === "output") {
      return negated
        ? fail(EMIT.responseMetadataNotIn(), c.span)
        : {
            kind: "vacuous",
            note: EMIT.responseMetadataAlwaysPresent(),
            approximated: false,
          };
    }
    const m = info.members.find((x) => x.name === needle.value);
    if (!m && negated) {
      return {
        kind: "vacuous",
        note: EMIT.notAMemberNeverPresent(needle.value, info.name),
        approximated: false,
      };
    }
    if (!m) return fail(EMIT.hasNoMember(info.name, needle.value), needle.span);
    if (!m.optional) {
      return {
        kind: "vacuous",
        note: EMIT.requiredAlwaysPresent(m.name),
        approximated: true,
      };
    }
    const base = emitExpr(fx, haystack);
    return { kind: "bool", e: `${fieldAccess(base, m)}.${negated ? "is_none()" : "is_some()"}` };
  }
  // `x not in resp["Xs"]` holds for an absent list read as empty: check its presence.
  const h = negated ? present(emitExpr(fx, haystack)) : emitExpr(fx, haystack);
  const hv = unwrapOpt(h);
  const hs = recv(hv.code);
  switch (h.ty.kind) {
    case "string":
      return { kind: "bool", e: neg(negated, `${recv(asStr(h))}.contains(${patternArg(fx, needle)})`) };
    case "map": {
      const kt = h.ty.key;
      let key: string;
      if (kt.kind === "enum" && needle.kind === "Str") key = `&${enumValue(fx, kt, needle.value)}`;
      else if (needle.kind === "Str") key = rustStr(needle.value);
      else {
        const n = emitExpr(fx, needle);
        key = n.ty.kind === "string" ? asStr(n) : asRef(n);
      }
      return { kind: "bool", e: neg(negated, `${hs}.contains_key(${key})`) };
    }
    case "list": {
      const el = h.ty.element;
      const item = fx.names.temp("item", fx.statementTemps);
      switch (el.kind) {
        case "string": {
          if (needle.kind === "Str")
            return {
              kind: "bool",
              e: neg(negated, `${hs}.iter().any(|${item}| ${item} == ${rustStr(needle.value)})`),
            };
          const n = emitExpr(fx, needle);
          if (n.ty.kind !== "string") return fail(EMIT.nonStringNeedle(), needle.span);
          if (n.mode === "own" && n.temp)
            return { kind: "bool", e: neg(negated, `${hs}.contains(&${n.code})`) };
          if (n.mode === "own" || n.mode === "sref" || n.mode === "place")
            return {
              kind: "bool",
              e: neg(negated, `${hs}.contains(${n.mode === "sref" ? n.code : `&${n.code}`})`),
            };
          return { kind: "bool", e: neg(negated, `${hs}.iter().any(|${item}| ${item} == ${asStr(n)})`) };
        }
        case "enum": {
          if (needle.kind === "Str") {
            const info = fx.api.type(el.shapeId);
            const known = info?.kind === "enum" && info.variants.some((v) => v.value === needle.value);
            if (known)
              return { kind: "bool", e: neg(negated, `${hs}.contains(&${enumValue(fx, el, needle.value)})`) };
            return {
              kind: "bool",
              e: neg(negated, `${hs}.iter().any(|${item}| ${item}.as_str() == ${rustStr(needle.value)})`),
            };
          }
          const n = emitExpr(fx, needle);
          if (n.ty.kind === "string")
            return {
              kind: "bool",
              e: neg(negated, `${hs}.iter().any(|${item}| ${item}.as_str() == ${asStr(n)})`),
            };
          return { kind: "bool", e: neg(negated, `${hs}.contains(${asRef(n)})`) };
        }
        case "int":
        case "float":
        case "bool": {
          const n = isLiteral(needle) ? valueFor(fx, needle, el, "exact") : asCopy(emitExpr(fx, needle));
          return { kind: "bool", e: neg(negated, `${hs}.contains(&${n})`) };
        }
        case "structure":
        case "union":
        case "map": {
          if (needle.kind === "Dict") {
            requireComplete(fx, needle, el);
            return { kind: "bool", e: neg(negated, `${hs}.contains(&${valueFor(fx, needle, el, "exact")})`) };
          }
          const n = emitExpr(fx, needle);
          return { kind: "bool", e: neg(negated, `${hs}.contains(${asRef(n)})`) };
        }
        case "blob":
        case "document":
        case "list":
        case "op-error":
        case "stream":
        case "timestamp":
        case "tuple":
        case "unknown":
          return fail(EMIT.inListValues(el.kind), c.span);
        default:
          return assertNever(el);
      }
    }
    case "blob":
    case "bool":
    case "document":
    case "enum":
    case "float":
    case "int":
    case "op-error":
    case "stream":
    case "structure":
    case "timestamp":
    case "union":
    case "tuple":
    case "unknown":
      return fail(EMIT.inOnValue(h.ty.kind), c.span);
    default:
      return assertNever(h.ty);
  }
}

function isNone(fx: FnCx, c: IsNoneCond<Typed>): Check {
  const meta = metadataField(c.value.ty);
  if (meta) return fail(EMIT.responseMetadataField(), c.span);
  return noneCheck(fx, c.value, null, c.negated);
}

function truthy(fx: FnCx, c: TruthyCond<Typed>): Check {
  const e = c.value;
  const v = emitExpr(fx, e);
  if (c.negated && v.lenPresence) return emptyPresent(v.lenPresence);
  if (c.negated && v.presence) return emptyPresent(v.presence);
  if (v.usize && /\.len\(\)$/.test(v.code)) {
    // `assert len(x)` → `assert!(!x.is_empty())` (clippy's len_zero).
    const empty = `${v.code.replace(/\.len\(\)$/, "")}.is_empty()`;
    return { kind: "bool", e: c.negated ? empty : `!${empty}` };
  }
  const t = v.ty;
  const isGet = e.kind === "Get";
  // `not resp["X"]` raises KeyError when X is absent; `not resp.get("X")` holds.
  const absentFalsy = e.kind !== "Subscript";
  if (v.mode === "opt") {
    switch (t.kind) {
      case "bool":
        if (!c.negated) return { kind: "eq", l: v.code, r: "Some(true)" };
        return isGet
          ? { kind: "ne", l: v.code, r: "Some(true)" }
          : { kind: "eq", l: v.code, r: "Some(false)" };
      case "string":
      case "list":
      case "map":
        return {
          kind: "bool",
          e: c.negated
            ? `${recv(v.code)}.${absentFalsy ? "is_none_or" : "is_some_and"}(|x| x.is_empty())`
            : `${recv(v.code)}.is_some_and(|x| !x.is_empty())`,
        };
      case "int":
      case "float": {
        const zero = t.kind === "float" ? "0.0" : "0";
        return {
          kind: "bool",
          e: c.negated
            ? `${recv(v.code)}.${absentFalsy ? "is_none_or" : "is_some_and"}(|x| x == ${zero})`
            : `${recv(v.code)}.is_some_and(|x| x != ${zero})`,
        };
      }
      case "blob":
      case "document":
      case "enum":
      case "op-error":
      case "stream":
      case "structure":
      case "timestamp":
      case "union":
      case "unknown":
        return { kind: "bool", e: `${recv(v.code)}.${c.negated ? "is_none()" : "is_some()"}` };
      case "tuple":
        return fail(EMIT.cannotCompareValue(t.kind), c.span);
      default:
        return assertNever(t);
    }
  }
  switch (t.kind) {
    case "bool":
      return { kind: "bool", e: neg(c.negated, asCopy(v)) };
    case "string":
      return { kind: "bool", e: `${c.negated ? "" : "!"}${recv(strSide(v))}.is_empty()` };
    case "list":
    case "map":
      return { kind: "bool", e: `${c.negated ? "" : "!"}${recv(v.code)}.is_empty()` };
    case "int":
    case "float":
      return {
        kind: "bool",
        e: `${asCopy(v)} ${c.negated ? "==" : "!="} ${t.kind === "float" ? "0.0" : "0"}`,
      };
    case "structure":
      if (!c.negated && v.mode === "own") {
        return {
          kind: "vacuous",
          note: EMIT.responseAlwaysTruthy(),
          approximated: false,
        };
      }
      return { kind: "vacuous", note: EMIT.structureTruthiness(), approximated: true };
    case "blob":
    case "document":
    case "enum":
    case "op-error":
    case "stream":
    case "timestamp":
    case "union":
    case "tuple":
    case "unknown":
      if (c.negated) return fail(EMIT.notOnValue(t.kind), c.span);
      return { kind: "vacuous", note: EMIT.presentValueTruthy(t.kind), approximated: true };
    default:
      return assertNever(t);
  }
}
