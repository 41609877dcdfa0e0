/**
 * Python expressions → typed Rust expressions (`RVal`). Calls in expression position are bound
 * to a temporary first (`let list_clusters = client.list_clusters()...;`), so the reads that
 * follow borrow from a named value.
 */
import { datetimeValue } from "./datetime.js";
import { bytesMethod } from "./bytes-methods.js";
import {
  EMIT,
  type Typed,
  type BinOpExpr,
  type BuiltinCallExpr,
  type Expr,
  type FStringExpr,
  type SdkType,
} from "@moto2rust/ir";
import { fail, type FnCx, type RVal } from "./context.js";
import { asCopy, asStr, derived, isCopy, isIntLiteral, recv, unwrapOpt } from "./rvalue.js";
import { rustFloat, rustInt, rustStr } from "./rust-syntax.js";
import { fieldAccess, indexRead, mapRead, memberRead, unionRead } from "./read.js";
import { valueFor } from "./value.js";
import { callChain } from "./call.js";
import { constantValue } from "./constants.js";
import { regexCall } from "./regex-call.js";
import { emitComprehension, emitDictComprehension, emitNext, emitSortedBy } from "./iter.js";
import { condToBool } from "./assert.js";
import { emitIfExpr } from "./if-expr.js";
import { jsonText } from "./json.js";
import { isSetExpr, setOf } from "./sets.js";
import { DECODE_POLICY_DOCUMENT, decodedDocument, jsonLoads } from "./documents.js";
import { botocoreErrorText } from "./errors.js";
import { assertNever } from "@moto2rust/ir";
import { emitHelperCall } from "./helper-fns.js";

const STRING: SdkType = { kind: "string" };
const BOOL: SdkType = { kind: "bool" };

function isResponseMetadata(t: SdkType): boolean {
  return t.kind === "unknown" && t.why.startsWith("response-metadata");
}

export function emitExpr(fx: FnCx, e: Expr<Typed>): RVal {
  const ty = e.ty;
  if (ty.kind === "unknown" && e.kind !== "None") {
    if (isResponseMetadata(ty)) fail(EMIT.responseMetadataHere(), e.span);
    fail(EMIT.untypedExpression(ty.why), e.span);
  }
  switch (e.kind) {
    case "Str":
      return { code: rustStr(e.value), ty: STRING, mode: "ref" };
    case "Bytes":
      return fail(EMIT.bytesValueOutsideBlobArgument(), e.span);
    case "Int":
      return {
        code: rustInt(e.value),
        ty: e.ty,
        mode: "own",
        temp: true,
        flex: true,
      };
    case "Float":
      return { code: rustFloat(e.value), ty: { kind: "float", rust: "f64" }, mode: "own", temp: true };
    case "Bool":
      return { code: e.value ? "true" : "false", ty: BOOL, mode: "own", temp: true };
    case "None":
      return fail(EMIT.noneUsedAsValue(), e.span);
    case "FString":
      return emitFString(fx, e);
    case "Name": {
      const v = fx.locals.get(e.id);
      if (!v) return fail(EMIT.notAvailableInRust(e.id), e.span);
      v.used = true;
      const presence = v.presence && !reboundSince(fx.lines, v.presence.line, v.presence.code);
      return {
        code: v.rust,
        ty: v.ty,
        mode: v.mode,
        usize: v.usize,
        flex: v.flex,
        json: v.json,
        ...(presence ? { presence: v.presence!.code } : {}),
      };
    }
    case "Const":
      return constantValue(fx, e);
    case "Dict":
    case "List": {
      return { code: valueFor(fx, e, e.ty, "exact"), ty: e.ty, mode: "own", temp: true };
    }
    case "ApiCall": {
      if (fx.inClosure) return fail(EMIT.boto3CallInsideComprehension(), e.span);
      if (!e.op) return fail(EMIT.unresolvedCall(e.client, e.method), e.span);
      const chain = callChain(fx, e);
      const name = fx.names.temp(e.op.method, fx.statementTemps);
      fx.statementTemps.add(name);
      fx.temps.push({ line: fx.lines.length, name });
      fx.line(`let ${name} = ${chain}.unwrap();`);
      return { code: name, ty: e.ty, mode: "own" };
    }
    case "Subscript": {
      const split = splitIndex(fx, e);
      if (split) return split;
      const base = emitExpr(fx, e.value);
      switch (base.ty.kind) {
        case "structure": {
          if (!e.access) return fail(EMIT.unresolvedResponseKey(), e.index.span);
          const v = memberRead(fx, base, e.access, e.span);
          if (e.access.optional && e.access.form === "slice")
            return { ...v, presence: fieldAccess(base, e.access) };
          return e.ty.kind === "document" && e.access.type.kind === "string" ? decodedDocument(fx, v) : v;
        }
        case "document":
          return documentIndex(fx, base, e.index);
        case "list":
          return indexRead(fx, base, e.index);
        case "map":
          return mapRead(fx, base, e.index, false);
        case "union":
          return unionRead(fx, base, e.index);
        case "tuple": {
          // A helper's tuple held by a local: `pair.0`, a place of the element's owned type.
          const n = base.ty.elements.length;
          const lit =
            e.index.kind === "Int"
              ? Number(e.index.value)
              : e.index.kind === "Neg" && e.index.value.kind === "Int"
                ? -Number(e.index.value.value)
                : NaN;
          const at = lit < 0 ? n + lit : lit;
          const el = base.ty.elements[at];
          if (base.mode !== "own" || base.temp || el === undefined)
            return fail(EMIT.cannotSubscriptValue(base.ty.kind), e.span);
          return { code: `${recv(base.code)}.${at}`, ty: el, mode: isCopy(el) ? "own" : "place" };
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
        case "unknown":
          return fail(EMIT.cannotSubscriptValue(base.ty.kind), e.span);
        default:
          return assertNever(base.ty);
      }
    }
    case "Get": {
      const base = emitExpr(fx, e.value);
      let v: RVal;
      if (base.ty.kind === "structure") {
        if (!e.access) return fail(EMIT.unresolvedResponseKey(), e.key.span);
        v = memberRead(fx, base, e.access, e.span);
        if (e.ty.kind === "document" && e.access.type.kind === "string") {
          if (e.fallback) return fail(EMIT.getDefaultOnPolicyDocument(), e.span);
          if (v.mode === "opt")
            return {
              code: `${recv(v.code)}.map(${DECODE_POLICY_DOCUMENT})`,
              ty: e.ty,
              mode: "opt",
              json: true,
            };
          return decodedDocument(fx, v);
        }
      } else if (base.ty.kind === "map") {
        v = mapRead(fx, base, e.key, true);
      } else return fail(EMIT.getOnValue(base.ty.kind), e.span);
      if (!e.fallback || e.fallback.kind === "None") return v;
      return withFallback(fx, v, e.fallback, e.access?.form === "slice" ? fieldAccess(base, e.access) : null);
    }
    case "ErrorField": {
      const b = fx.errors.get(e.binding);
      if (!b) return fail(EMIT.noErrorBound(e.binding), e.span);
      if (e.field === "http-status") {
        if (!b.status) return fail(EMIT.httpStatusNotCaptured(), e.span);
        return { code: b.status, ty: { kind: "int", rust: "i32" }, mode: "own" };
      }
      if (e.field === "operation") {
        // Known statically: the operation the block called (compared in emitAssert).
        return { code: rustStr(b.operation), ty: STRING, mode: "ref" };
      }
      if (e.field === "request-id") {
        fx.uses.add(`${fx.unit.crate}::operation::RequestId`);
        return { code: `${b.rust}.request_id()`, ty: STRING, mode: "opt" };
      }
      fx.errorMeta();
      if (e.field === "text") {
        // botocore's text, from the same code, operation and message.
        return { code: botocoreErrorText(b.rust, b.operation), ty: STRING, mode: "own", temp: true };
      }
      return { code: `${b.rust}.${e.field === "code" ? "code" : "message"}()`, ty: STRING, mode: "opt" };
    }
    case "Len": {
      if (isSetExpr(e.value)) {
        const s = setOf(fx, e.value, (c) => condToBool(fx, c));
        return {
          code: `${recv(s.code)}.len()`,
          ty: { kind: "int", rust: "i64" },
          mode: "own",
          usize: true,
          temp: true,
        };
      }
      const v = unwrapOpt(emitExpr(fx, e.value));
      const r = recv(v.code);
      const code = v.ty.kind === "string" ? `${r}.chars().count()` : `${r}.len()`;
      return {
        code,
        ty: { kind: "int", rust: "i64" },
        mode: "own",
        usize: true,
        temp: true,
        ...(v.presence ? { lenPresence: v.presence } : {}),
      };
    }
    case "BinOp":
      return binOp(fx, e);
    case "Neg": {
      const v = emitExpr(fx, e.value);
      return { ...v, code: `-${recv(asCopy(v))}`, mode: "own", temp: true };
    }
    case "BuiltinCall":
      return builtin(fx, e);
    case "Comprehension":
      return emitComprehension(fx, e, (c) => condToBool(fx, c));
    case "DictComprehension":
      return emitDictComprehension(fx, e, (c) => condToBool(fx, c));
    case "HelperCall": {
      const call = emitHelperCall(fx, e);
      const name = fx.names.temp(e.name.replace(/^_+/, "") || "helper", fx.statementTemps);
      fx.statementTemps.add(name);
      fx.temps.push({ line: fx.lines.length, name });
      fx.line(`let ${name} = ${call};`);
      return { code: name, ty: e.ty, mode: "own" };
    }
    case "IfExpr":
      return emitIfExpr(fx, e, emitExpr);
  }
}

/**
 * Whether the variable a presence field starts from (`list_clusters` in `list_clusters.tags`) was
 * bound again after `line`: the field would then name another value.
 */
function reboundSince(lines: readonly string[], line: number, code: string): boolean {
  const root = /^[A-Za-z_][A-Za-z0-9_]*/.exec(code)?.[0];
  if (!root) return true;
  const rebind = new RegExp(`^\\s*(let (mut )?${root}\\b|for ${root} in )`);
  for (let i = line + 1; i < lines.length; i++) if (rebind.test(lines[i]!)) return true;
  return false;
}

/** `doc["Statement"][0]` on a JSON value (missing keys read as `null`, as `serde_json` indexes). */
function documentIndex(fx: FnCx, base: RVal, index: Expr<Typed>): RVal {
  if (!base.json) return fail(EMIT.readingSmithyDocument(), index.span);
  let key: string;
  if (index.kind === "Str") key = rustStr(index.value);
  else if (index.kind === "Int") key = index.value;
  else {
    const k = emitExpr(fx, index);
    key = k.ty.kind === "string" ? asStr(k) : `${recv(asCopy(k))} as usize`;
  }
  return derived(base, { code: `${recv(base.code)}[${key}]`, ty: base.ty, mode: "place", json: true });
}

/** `s.split(":")[-1]` → `s.split(':').last().unwrap()` (a `&str`, no intermediate `Vec`). */
function splitIndex(fx: FnCx, e: Extract<Expr<Typed>, { kind: "Subscript" }>): RVal | null {
  const call = e.value;
  if (call.kind !== "BuiltinCall" || call.name !== "split" || !call.receiver || call.args.length !== 1)
    return null;
  const ix = e.index;
  let pick: string;
  let method = "split";
  if (ix.kind === "Int") pick = ix.value === "0" ? ".next()" : `.nth(${ix.value})`;
  else if (ix.kind === "Neg" && ix.value.kind === "Int") {
    method = "rsplit";
    const n = Number(ix.value.value) - 1;
    pick = n === 0 ? ".next()" : `.nth(${n})`;
  } else return null;
  const v = emitExpr(fx, call.receiver);
  if (v.ty.kind !== "string") return null;
  return derived(v, {
    code: `${recv(asStr(v))}.${method}(${patternArg(fx, call.args[0]!)})${pick}.unwrap()`,
    ty: STRING,
    mode: "ref",
  });
}

/** A `&str` pattern argument; a one-character literal is written as a `char` (clippy's single_char_pattern). */
export function patternArg(fx: FnCx, e: Expr<Typed>): string {
  if (e.kind === "Str" && [...e.value].length === 1) {
    const c = e.value === "'" ? "\\'" : e.value === "\\" ? "\\\\" : rustStr(e.value).slice(1, -1);
    return `'${c}'`;
  }
  const v = emitExpr(fx, e);
  if (v.ty.kind !== "string") return fail(EMIT.stringPatternExpected(), e.span);
  return asStr(v);
}

/** `.get("X", default)`: `unwrap_or` for scalars; the default of a flattened list is already `[]`. */
function withFallback(fx: FnCx, v: RVal, fallback: Expr<Typed>, _field: string | null): RVal {
  if (v.ty.kind === "list" && fallback.kind === "List" && fallback.elements.length === 0) {
    return v.mode === "opt" ? { code: `${recv(v.code)}.unwrap_or_default()`, ty: v.ty, mode: "ref" } : v;
  }
  if (v.mode !== "opt") return v;
  if (v.ty.kind === "enum" && fallback.kind === "Str") {
    // An enum compared through its wire value: `task.get("launchType", "")`.
    return {
      code: `${recv(v.code)}.map(|v| v.as_str()).unwrap_or(${rustStr(fallback.value)})`,
      ty: STRING,
      mode: "ref",
    };
  }
  if (isCopy(v.ty) || v.ty.kind === "string") {
    const d = valueFor(fx, fallback, v.ty, "into");
    return { code: `${recv(v.code)}.unwrap_or(${d})`, ty: v.ty, mode: isCopy(v.ty) ? "own" : "ref" };
  }
  return fail(EMIT.getWithNonScalarDefault(), fallback.span);
}

/** Python format spec → Rust (`03d` → `03`, `.2f` → `.2`, `>8` → `>8`). */
function formatSpec(spec: string, at: Expr<Typed>): string {
  const m = /^(.?[<>^])?(0)?(\d+)?(\.\d+)?([dsfx])?$/.exec(spec);
  if (!m) return fail(EMIT.fStringFormatSpec(spec), at.span);
  return `${m[1] ?? ""}${m[2] ?? ""}${m[3] ?? ""}${m[4] ?? ""}${m[5] === "x" ? "x" : ""}`;
}

/** A value `format!` can print with `{}` (`Display`): strings, numbers, enums. */
function displayable(fx: FnCx, e: Expr<Typed>): string {
  const v = emitExpr(fx, e);
  // `format!("{}", x.to_string())` is clippy's to_string_in_format_args: print `x` itself.
  if (v.mode === "own" && v.temp && v.ty.kind === "string" && /\.to_string\(\)$/.test(v.code)) {
    return v.code.replace(/\.to_string\(\)$/, "");
  }
  switch (v.ty.kind) {
    case "string":
      return v.mode === "opt" ? `${recv(v.code)}.unwrap()` : v.code;
    case "int":
    case "float":
    case "bool":
      return v.mode === "opt" ? `${recv(v.code)}.unwrap()` : v.code;
    case "enum":
      return v.mode === "opt" ? `${recv(v.code)}.unwrap()` : v.code;
    case "blob":
    case "document":
    case "list":
    case "map":
    case "op-error":
    case "stream":
    case "structure":
    case "timestamp":
    case "union":
    case "tuple":
    case "unknown":
      return fail(EMIT.formattingValue(v.ty.kind), e.span);
    default:
      return assertNever(v.ty);
  }
}

const PLAIN_IDENT = /^(?:[a-z_][a-z0-9_]*|[A-Z][A-Z0-9_]*)$/;

/** Build `format!` from text and expression pieces; a piece list with no expressions is a literal. */
type Piece = { text: string } | { expr: Expr<Typed>; spec: string | null };

/** Nested f-strings and string concatenations become pieces of the outer `format!`. */
function spliced(pieces: readonly Piece[]): Piece[] {
  const out: Piece[] = [];
  for (const p of pieces) {
    if ("text" in p || p.spec) {
      out.push(p);
      continue;
    }
    const e = p.expr;
    if (e.kind === "Str") out.push({ text: e.value });
    else if (e.kind === "FString")
      out.push(
        ...spliced(
          e.parts.map((fp) => (fp.kind === "text" ? { text: fp.text } : { expr: fp.expr, spec: fp.format })),
        ),
      );
    else if (e.kind === "BinOp" && e.op === "+" && e.ty.kind === "string") {
      const parts: Expr<Typed>[] = [];
      flattenConcat(e, parts);
      out.push(...spliced(parts.map((x) => ({ expr: x, spec: null }))));
    } else out.push(p);
  }
  return out;
}

function formatOf(fx: FnCx, unspliced: readonly Piece[]): RVal {
  const pieces = spliced(unspliced);
  let fmt = "";
  let plain = "";
  const args: string[] = [];
  let hasExpr = false;
  for (const p of pieces) {
    if ("text" in p) {
      fmt += p.text.replace(/\{/g, "{{").replace(/\}/g, "}}");
      plain += p.text;
      continue;
    }
    hasExpr = true;
    const spec = p.spec ? ":" + formatSpec(p.spec, p.expr) : "";
    const code = displayable(fx, p.expr);
    if (PLAIN_IDENT.test(code) && code !== "r") fmt += `{${code}${spec}}`;
    else {
      fmt += `{${spec}}`;
      args.push(code);
    }
  }
  if (!hasExpr) return { code: rustStr(plain), ty: STRING, mode: "ref" };
  const only = pieces.length === 1 ? pieces[0]! : null;
  if (only && "expr" in only && !only.spec) {
    // `format!("{x}")` is clippy's useless_format: convert directly.
    const v = emitExpr(fx, only.expr);
    if (v.ty.kind === "string") {
      const sv = v.mode === "opt" ? `${recv(v.code)}.unwrap()` : v.code;
      if (v.mode === "own" && v.temp) return v;
      return { code: `${recv(sv)}.to_string()`, ty: STRING, mode: "own", temp: true };
    }
  }
  return { code: `format!(${[rustStr(fmt), ...args].join(", ")})`, ty: STRING, mode: "own", temp: true };
}

export function emitFString(fx: FnCx, e: FStringExpr<Typed>): RVal {
  return formatOf(
    fx,
    e.parts.map((p) => (p.kind === "text" ? { text: p.text } : { expr: p.expr, spec: p.format })),
  );
}

function flattenConcat(e: Expr<Typed>, out: Expr<Typed>[]): void {
  if (e.kind === "BinOp" && e.op === "+" && e.ty.kind === "string") {
    flattenConcat(e.left, out);
    flattenConcat(e.right, out);
  } else out.push(e);
}

function binOp(fx: FnCx, e: BinOpExpr<Typed>): RVal {
  if (e.ty.kind === "string" && e.op === "+") {
    const parts: Expr<Typed>[] = [];
    flattenConcat(e, parts);
    const pieces: ({ text: string } | { expr: Expr<Typed>; spec: string | null })[] = [];
    for (const p of parts) {
      if (p.kind === "Str") pieces.push({ text: p.value });
      else if (p.kind === "FString") {
        for (const fp of p.parts)
          pieces.push(fp.kind === "text" ? { text: fp.text } : { expr: fp.expr, spec: fp.format });
      } else pieces.push({ expr: p, spec: null });
    }
    return formatOf(fx, pieces);
  }
  const l = emitExpr(fx, e.left);
  const r = emitExpr(fx, e.right);
  if (e.op === "*" && (l.ty.kind === "string" || r.ty.kind === "string")) {
    const [s, n] = l.ty.kind === "string" ? [l, r] : [r, l];
    const count = n.usize || isIntLiteral(n) ? asCopy(n) : `${recv(asCopy(n))} as usize`;
    return { code: `${recv(asStr(s))}.repeat(${count})`, ty: STRING, mode: "own", temp: true };
  }
  if (!isCopy(l.ty) || !isCopy(r.ty)) return fail(EMIT.onNonNumbers(e.op), e.span);
  const op = e.op === "//" ? "/" : e.op;
  return {
    code: `${asCopy(l)} ${op} ${asCopy(r)}`,
    ty: e.ty,
    mode: "own",
    temp: true,
    usize: !!((l.usize && (r.usize || isIntLiteral(r))) || (r.usize && isIntLiteral(l))),
    flex: !!(l.flex && r.flex),
  };
}

function builtin(fx: FnCx, e: BuiltinCallExpr<Typed>): RVal {
  const subject = e.receiver ?? e.args[0] ?? e;
  switch (e.name) {
    case "json.loads": {
      const arg = e.args[0];
      if (!arg || e.args.length !== 1) break;
      const v = emitExpr(fx, arg);
      if (v.ty.kind !== "string") break;
      return jsonLoads(fx, v);
    }
    case "uuid4":
      fx.devDependencies.add("uuid");
      return { code: "uuid::Uuid::new_v4().to_string()", ty: STRING, mode: "own", temp: true };
    case "json.dumps": {
      const arg = e.args[0];
      if (!arg || e.args.length !== 1) break;
      return jsonText(fx, arg);
    }
    case "slice": {
      if (!e.receiver || e.args.length !== 2) break;
      const v = unwrapOpt(emitExpr(fx, e.receiver));
      if (v.ty.kind !== "list" && v.ty.kind !== "string") break;
      const base =
        v.ty.kind === "string" ? asStr(v) : v.mode === "ref" ? v.code : `${recv(v.code)}.as_slice()`;
      const bound = (b: Expr<Typed>): string => {
        if (b.kind === "None") return "";
        if (b.kind === "Int") return b.value;
        if (b.kind === "Neg" && b.value.kind === "Int") return `${recv(base)}.len() - ${b.value.value}`;
        const bv = emitExpr(fx, b);
        return bv.usize || isIntLiteral(bv) ? asCopy(bv) : `${recv(asCopy(bv))} as usize`;
      };
      return derived(v, {
        code: `&${recv(base)}[${bound(e.args[0]!)}..${bound(e.args[1]!)}]`,
        ty: v.ty,
        mode: "ref",
      });
    }
    case "range": {
      const [a, b] = e.args;
      if (!a) break;
      const bound = (x: Expr<Typed>): string => (x.kind === "Int" ? x.value : asCopy(emitExpr(fx, x)));
      const range = b ? `${bound(a)}..${bound(b)}` : `0..${bound(a)}`;
      return {
        code: `(${range}).collect::<Vec<i32>>()`,
        ty: e.ty,
        mode: "own",
        temp: true,
      };
    }
    case "lower":
    case "upper": {
      const v = emitExpr(fx, subject);
      if (v.ty.kind !== "string") break;
      return { code: `${recv(asStr(v))}.to_${e.name}case()`, ty: STRING, mode: "own", temp: true };
    }
    case "strip": {
      if (e.args.length) break;
      const v = emitExpr(fx, subject);
      if (v.ty.kind !== "string") break;
      return derived(v, { code: `${recv(asStr(v))}.trim()`, ty: STRING, mode: "ref" });
    }
    case "startswith":
    case "endswith": {
      if (!e.receiver || e.args.length !== 1) break;
      const v = emitExpr(fx, e.receiver);
      if (v.ty.kind !== "string") break;
      const m = e.name === "startswith" ? "starts_with" : "ends_with";
      return {
        code: `${recv(asStr(v))}.${m}(${patternArg(fx, e.args[0]!)})`,
        ty: BOOL,
        mode: "own",
        temp: true,
      };
    }
    case "split": {
      if (!e.receiver || e.args.length !== 1) break;
      const v = emitExpr(fx, e.receiver);
      if (v.ty.kind !== "string") break;
      return {
        code: `${recv(asStr(v))}.split(${patternArg(fx, e.args[0]!)}).map(str::to_string).collect::<Vec<_>>()`,
        ty: { kind: "list", element: STRING, sparse: false },
        mode: "own",
        temp: true,
      };
    }
    case "join": {
      if (!e.receiver || e.args.length !== 1) break;
      const sep = emitExpr(fx, e.receiver);
      const arg = e.args[0]!;
      if (sep.ty.kind !== "string") break;
      let items: string;
      if (arg.kind === "List") items = `[${arg.elements.map((x) => asStr(emitExpr(fx, x))).join(", ")}]`;
      else {
        const v = unwrapOpt(emitExpr(fx, arg));
        if (v.ty.kind !== "list" || v.ty.element.kind !== "string") break;
        items = v.code;
      }
      return { code: `${recv(items)}.join(${asStr(sep)})`, ty: STRING, mode: "own", temp: true };
    }
    case "str": {
      if (e.receiver || e.args.length !== 1) break;
      const v = emitExpr(fx, subject);
      if (v.ty.kind === "string") return v;
      if (isCopy(v.ty))
        return { code: `${recv(asCopy(v))}.to_string()`, ty: STRING, mode: "own", temp: true };
      break;
    }
    case "list": {
      if (e.receiver || e.args.length !== 1) break;
      const v = emitExpr(fx, subject);
      if (v.ty.kind === "list") return v;
      break;
    }
    case "sorted": {
      const keys = e.args[1];
      if (!e.receiver && e.args.length === 2 && keys?.kind === "Comprehension")
        return emitSortedBy(fx, e.args[0]!, keys);
      if (e.receiver || e.args.length !== 1) break;
      const v = emitExpr(fx, subject);
      if (v.ty.kind !== "list") break;
      const el = v.ty.element.kind;
      if (el !== "string" && el !== "int" && el !== "enum" && el !== "bool") break;
      if (fx.inClosure) break;
      const name = fx.names.temp("sorted", fx.statementTemps);
      fx.statementTemps.add(name);
      const src = unwrapOpt(v);
      fx.line(
        `let mut ${name} = ${src.mode === "own" && src.temp ? src.code : `${recv(src.code)}.to_vec()`};`,
      );
      fx.line(`${name}.sort();`);
      return { code: name, ty: v.ty, mode: "own" };
    }
    case "re.match":
    case "re.search":
    case "re.fullmatch":
      return regexCall(fx, e);
    case "next": {
      const gen = e.args[0];
      if (e.args.length !== 1 || gen?.kind !== "Comprehension") break;
      return emitNext(fx, gen, (c) => condToBool(fx, c));
    }
    case "datetime":
    case "datetime.now":
    case "datetime.shift":
      return datetimeValue(fx, e);
    case "read":
    case "decode":
    case "encode":
      return bytesMethod(fx, e);
    case "replace": {
      const [from, to] = e.args;
      if (!e.receiver || !from || !to || e.args.length !== 2) break;
      const v = emitExpr(fx, e.receiver);
      const t = emitExpr(fx, to);
      if (v.ty.kind !== "string" || t.ty.kind !== "string") break;
      return {
        code: `${recv(asStr(v))}.replace(${patternArg(fx, from)}, ${asStr(t)})`,
        ty: STRING,
        mode: "own",
        temp: true,
      };
    }
    case "int": {
      // `int("3")` parses (Python raises ValueError, `unwrap()` panics), `int(2.5)` truncates.
      if (e.receiver || e.args.length !== 1) break;
      const v = unwrapOpt(emitExpr(fx, e.args[0]!));
      if (v.ty.kind === "string")
        return { code: `${recv(asStr(v))}.parse::<i32>().unwrap()`, ty: e.ty, mode: "own", temp: true };
      if (v.ty.kind === "int")
        return v.ty.rust === "i32"
          ? v
          : { code: `${recv(asCopy(v))} as i32`, ty: e.ty, mode: "own", temp: true };
      if (v.ty.kind === "float")
        return { code: `${recv(asCopy(v))} as i32`, ty: e.ty, mode: "own", temp: true };
      break;
    }
    case "time.sleep":
    case "items":
    case "keys":
    case "set":
    case "values":
    case "enumerate":
    case "zip":
      break;
    default:
      return assertNever(e.name);
  }
  return fail(EMIT.builtinOnThisValue(e.receiver ? "." : "", e.name), e.span);
}
