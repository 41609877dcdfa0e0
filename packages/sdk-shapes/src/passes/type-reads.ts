/**
 * Typing reads of response values: `x["Member"]` on structures (`access` = the member), `x[0]`
 * on lists, `x["key"]` on maps, `x["S"]` on unions, `.get(...)`, `len(...)` and the string /
 * collection builtins.
 */
import {
  TYPER,
  type BuiltinCallExpr,
  type Expr,
  type GetExpr,
  type LenExpr,
  type SdkType,
  type SubscriptExpr,
  type MemberRef,
  type Typed,
} from "@moto2rust/ir";
import { findMember, memberRef, structureOf, unionOf } from "./lookup.js";
import {
  BLOB,
  BOOL,
  I32,
  RESPONSE_METADATA,
  STRING,
  compatible,
  describe,
  listOf,
  unknown,
} from "./sdk-type.js";
import { keyText } from "./type-values.js";
import type { ExprTyper } from "./typer.js";
import { assertNever } from "@moto2rust/ir";

/**
 * Members boto3 hands back JSON-decoded: botocore's `json_decode_policies` handler turns every IAM
 * `policyDocumentType` string of a response into a dict.
 */
function isDecodedDocument(service: string, target: string): boolean {
  return service === "iam" && target === "com.amazonaws.iam#policyDocumentType";
}

interface Read {
  readonly index: Expr<Typed>;
  readonly ty: SdkType;
  readonly access?: MemberRef;
}

/** What `base[index]` (or `base.get(index)`) reads. */
function read(base: Expr<Typed>, index: Expr, t: ExprTyper): Read {
  const bt = base.ty;
  if (bt.kind === "unknown") {
    if (bt.why === RESPONSE_METADATA || bt.why.startsWith(RESPONSE_METADATA + ":")) {
      const key = keyText(index, t) ?? "?";
      const prefix = bt.why === RESPONSE_METADATA ? RESPONSE_METADATA : bt.why;
      return { index: t.infer(index), ty: unknown(`${prefix}:${key}`) };
    }
    return { index: t.infer(index), ty: unknown("read of an untyped value") };
  }
  switch (bt.kind) {
    case "structure": {
      const key = keyText(index, t);
      if (key === null) {
        t.cx.error(TYPER.responseKeyNotLiteral(), index.span);
        return { index: t.infer(index), ty: unknown("dynamic key") };
      }
      const s = structureOf(t.cx.api, bt);
      if (key === "ResponseMetadata" && s?.role === "output") {
        return { index: t.infer(index), ty: unknown(RESPONSE_METADATA) };
      }
      if (!s) {
        t.cx.error(TYPER.noStructureInModel(bt.path), index.span);
        return { index: t.infer(index), ty: unknown("missing structure") };
      }
      const m = findMember(s, key);
      if (!m) {
        t.cx.error(TYPER.hasNoMember(s.name, key), index.span);
        return { index: t.infer(index), ty: unknown(`unknown member ${key}`) };
      }
      // boto3 decodes IAM policy documents (URL-encoded JSON strings) into dicts.
      if (isDecodedDocument(t.cx.services.ofShape(m.target).info.boto3, m.target)) {
        return { index: t.infer(index), ty: { kind: "document" }, access: memberRef(m) };
      }
      return { index: t.infer(index), ty: m.type, access: memberRef(m) };
    }
    case "document": {
      const ix = t.infer(index);
      if (ix.ty.kind !== "string" && ix.ty.kind !== "int") {
        t.cx.error(TYPER.documentIndexType(), index.span);
      }
      return { index: ix, ty: bt };
    }
    case "list": {
      const ix = t.infer(index);
      if (ix.ty.kind !== "int") {
        if (ix.ty.kind !== "unknown") t.cx.error(TYPER.listIndexType(), index.span);
        return { index: ix, ty: unknown("bad index") };
      }
      return { index: ix, ty: bt.element };
    }
    case "map":
      return { index: t.check(index, bt.key, "compare"), ty: bt.value };
    case "union": {
      const u = unionOf(t.cx.api, bt);
      const key = keyText(index, t);
      const v = u?.variants.find((x) => x.member === key);
      if (!v) {
        t.cx.error(TYPER.hasNoVariant(u?.name ?? bt.path, key ?? "?"), index.span);
        return { index: t.infer(index), ty: unknown("unknown variant") };
      }
      return { index: t.infer(index), ty: v.type };
    }
    case "tuple": {
      // `pair[0]`: a literal position (negative from the end, as in Python).
      const ix = t.infer(index);
      const lit =
        index.kind === "Int"
          ? Number(index.value)
          : index.kind === "Neg" && index.value.kind === "Int"
            ? -Number(index.value.value)
            : null;
      const at = lit === null ? null : lit < 0 ? bt.elements.length + lit : lit;
      const el = at === null ? undefined : bt.elements[at];
      if (el === undefined) {
        t.cx.error(TYPER.cannotSubscriptValue(describe(bt)), index.span);
        return { index: ix, ty: unknown("tuple index") };
      }
      return { index: ix, ty: el };
    }
    case "blob":
    case "bool":
    case "enum":
    case "float":
    case "int":
    case "op-error":
    case "stream":
    case "string":
    case "timestamp":
      t.cx.error(TYPER.cannotSubscriptValue(describe(bt)), index.span);
      return { index: t.infer(index), ty: unknown(`subscript of ${bt.kind}`) };
    default:
      return assertNever(bt);
  }
}

export function typeSubscript(e: SubscriptExpr, t: ExprTyper): Expr<Typed> {
  const value = t.infer(e.value);
  const r = read(value, e.index, t);
  return { ...e, value, index: r.index, ty: r.ty, access: r.access ?? null };
}

export function typeGet(e: GetExpr, t: ExprTyper): Expr<Typed> {
  const value = t.infer(e.value);
  const r = read(value, e.key, t);
  const fallback = e.fallback ? t.check(e.fallback, r.ty, "compare") : null;
  return { ...e, value, key: r.index, fallback, ty: r.ty, access: r.access ?? null };
}

export function typeLen(e: LenExpr, t: ExprTyper): Expr<Typed> {
  const value = t.infer(e.value);
  const k = value.ty.kind;
  if (k !== "list" && k !== "map" && k !== "string" && k !== "unknown") {
    t.cx.error(TYPER.lenOfType(value.ty ? describe(value.ty) : "?"), e.span);
  }
  return { ...e, value, ty: I32 };
}

/**
 * `{"a": 1, "b": 2}.items()` (or a name bound to that literal): its entries in order, a list of
 * (string, value) tuples when every key is a string and the values have one type; null otherwise.
 */
function literalItems(e: BuiltinCallExpr, t: ExprTyper): Expr<Typed> | null {
  if (e.name !== "items" || e.receiver === null || e.args.length > 0) return null;
  const lit = t.literalOf(e.receiver);
  if (lit?.kind !== "Dict" || lit.entries.length === 0) return null;
  if (!lit.entries.every((en) => en.key.kind === "Str")) return null;
  // Values typed by their use (dicts, lists) have no one type here.
  if (
    lit.entries.some(
      (en) => en.value.kind === "Dict" || en.value.kind === "List" || t.literalOf(en.value) !== null,
    )
  )
    return null;
  const entries = lit.entries.map((en) => ({
    ...en,
    key: t.infer(en.key),
    value: t.infer(en.value),
    member: null,
  }));
  const vt = entries[0]!.value.ty;
  if (vt.kind === "unknown" || !entries.every((en) => compatible(en.value.ty, vt))) return null;
  const receiver: Expr<Typed> = {
    ...lit,
    span: e.receiver.span,
    entries,
    ty: { kind: "map", key: STRING, value: vt, sparse: false },
  };
  return { ...e, receiver, args: [], ty: listOf({ kind: "tuple", elements: [STRING, vt] }) };
}

export function typeBuiltin(e: BuiltinCallExpr, t: ExprTyper): Expr<Typed> {
  const items = literalItems(e, t);
  if (items) return items;
  if (e.name === "json.dumps") {
    // The argument is free-form JSON: typed as a document, written as JSON text by the backend.
    // A module constant stays named (the backend writes its JSON text as a `const`).
    const args = e.args.map((a) =>
      a.kind === "Const" && a.wellKnown === null && t.constants.has(a.name)
        ? { ...a, ty: { kind: "document" } as const }
        : t.check(a, { kind: "document" }, "arg"),
    );
    return { ...e, receiver: e.receiver ? t.infer(e.receiver) : null, args, ty: STRING };
  }
  const receiver = e.receiver ? t.infer(e.receiver) : null;
  const args = e.args.map((a) => t.infer(a));
  const subject = receiver ?? args[0] ?? null;
  const st = subject?.ty;
  const want = (kind: SdkType["kind"], what: string): boolean => {
    if (!st || st.kind === "unknown") return false;
    if (st.kind !== kind) {
      t.cx.error(TYPER.builtinOnType(what, describe(st)), e.span);
      return false;
    }
    return true;
  };
  let ty: SdkType;
  switch (e.name) {
    case "lower":
    case "upper":
    case "strip":
      ty = want("string", `.${e.name}()`) ? STRING : unknown(e.name);
      break;
    case "startswith":
    case "endswith":
      ty = want("string", `.${e.name}()`) ? BOOL : unknown(e.name);
      break;
    case "split":
      ty = want("string", ".split()") ? listOf(STRING) : unknown(e.name);
      break;
    case "join":
      ty = STRING;
      break;
    case "str":
      ty = STRING;
      break;
    case "int":
      ty = I32;
      break;
    case "keys":
      ty = st?.kind === "map" ? listOf(st.key) : (want("map", ".keys()"), unknown(e.name));
      break;
    case "values":
      ty = st?.kind === "map" ? listOf(st.value) : (want("map", ".values()"), unknown(e.name));
      break;
    case "items":
      ty =
        st?.kind === "map"
          ? listOf({ kind: "tuple", elements: [st.key, st.value] })
          : (want("map", ".items()"), unknown(e.name));
      break;
    case "enumerate":
      ty = st?.kind === "list" ? listOf({ kind: "tuple", elements: [I32, st.element] }) : unknown(e.name);
      if (st && st.kind !== "list") want("list", "enumerate()");
      break;
    case "zip": {
      const els = args.map((a) => a.ty);
      const bad = els.find((x) => x.kind !== "list");
      if (bad) {
        if (bad.kind !== "unknown") t.cx.error(TYPER.builtinOnType("zip()", describe(bad)), e.span);
        ty = unknown(e.name);
      } else ty = listOf({ kind: "tuple", elements: els.map((x) => (x.kind === "list" ? x.element : x)) });
      break;
    }
    case "slice":
      ty = st?.kind === "list" || st?.kind === "string" ? st : (want("list", "slicing"), unknown(e.name));
      break;
    case "range":
      ty = listOf(I32);
      break;
    case "uuid4":
      ty = STRING;
      break;
    case "json.loads":
      ty = { kind: "document" };
      break;
    case "time.sleep":
      // Seconds, an int or a float; the call is a statement (its value is None).
      if (st && st.kind !== "unknown" && st.kind !== "int" && st.kind !== "float")
        t.cx.error(TYPER.builtinOnType("time.sleep()", describe(st)), e.span);
      ty = unknown("time.sleep() returns None");
      break;
    case "read":
      // A streaming member's (S3 `Body`) or a blob's bytes.
      ty = st?.kind === "stream" || st?.kind === "blob" ? BLOB : (want("blob", ".read()"), unknown(e.name));
      break;
    case "decode":
      ty =
        st?.kind === "blob" || st?.kind === "string" ? STRING : (want("blob", ".decode()"), unknown(e.name));
      break;
    case "encode":
      ty = want("string", ".encode()") ? STRING : unknown(e.name);
      break;
    case "datetime":
    case "datetime.now":
      ty = { kind: "timestamp" };
      break;
    case "replace":
      ty = want("string", ".replace()") ? STRING : unknown(e.name);
      break;
    case "datetime.shift":
      ty = want("timestamp", "timedelta arithmetic") ? { kind: "timestamp" } : unknown(e.name);
      break;
    case "next":
      ty = st?.kind === "list" ? st.element : (want("list", "next()"), unknown(e.name));
      break;
    case "re.match":
    case "re.search":
    case "re.fullmatch":
      // A match object, read only for its truthiness. The pattern is a string, so is the subject.
      ty = reArgsAreStrings(args, e, t) ? BOOL : unknown(e.name);
      break;
    case "sorted":
    case "set":
    case "list":
      ty =
        st?.kind === "list"
          ? st
          : st?.kind === "map"
            ? listOf(st.key)
            : (want("list", `${e.name}()`), unknown(e.name));
      break;
    default: {
      const never: never = e.name;
      ty = unknown(String(never));
    }
  }
  return { ...e, receiver, args, ty };
}

/** `re.match(pattern, string)`: both strings (an enum is its wire string in boto3). */
function reArgsAreStrings(args: readonly Expr<Typed>[], e: BuiltinCallExpr, t: ExprTyper): boolean {
  for (const a of args) {
    const k = a.ty.kind;
    if (k === "unknown") return false;
    if (k !== "string" && k !== "enum") {
      t.cx.error(TYPER.builtinOnType(`${e.name}()`, describe(a.ty)), a.span);
      return false;
    }
  }
  return true;
}
