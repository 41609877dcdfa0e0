/**
 * Python string literals: prefixes (r, b, u, f and their combinations), every escape sequence,
 * triple quotes, implicit concatenation (`"a" "b"`, `f"..." "..."`) and f-string replacement
 * fields. The result keeps interpolation nodes unlowered; the expression lowerer lowers them in
 * the scope where the literal appears.
 */
import { namedChildren, type Node } from "./parser.js";

export type StringPiece =
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "interp"; readonly expr: Node; readonly format: string | null };

export type DecodedString =
  | { readonly kind: "str"; readonly pieces: readonly StringPiece[] }
  | { readonly kind: "bytes"; readonly value: string }
  | { readonly kind: "error"; readonly construct: string; readonly node: Node };

interface Prefix {
  readonly raw: boolean;
  readonly bytes: boolean;
  readonly format: boolean;
}

type Decoded =
  { readonly ok: true; readonly value: string } | { readonly ok: false; readonly construct: string };

function parsePrefix(startText: string): Prefix | string {
  const prefix = startText.replace(/['"]+$/, "").toLowerCase();
  if (!/^[rbuf]*$/.test(prefix)) return `string prefix ${prefix}`;
  return { raw: prefix.includes("r"), bytes: prefix.includes("b"), format: prefix.includes("f") };
}

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  "\\": "\\",
  "'": "'",
  '"': '"',
  a: "\x07",
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "\t",
  v: "\v",
};

/** Decode the escape sequences of a non-raw literal body (newlines already normalised). */
export function decodeEscapes(body: string, bytes: boolean): Decoded {
  let out = "";
  let i = 0;
  while (i < body.length) {
    const ch = body[i]!;
    if (ch !== "\\") {
      out += ch;
      i++;
      continue;
    }
    const next = body[i + 1];
    if (next === undefined) {
      out += "\\";
      i++;
      continue;
    }
    if (next === "\n") {
      i += 2;
      continue;
    }
    const simple = SIMPLE_ESCAPES[next];
    if (simple !== undefined) {
      out += simple;
      i += 2;
      continue;
    }
    if (/[0-7]/.test(next)) {
      const m = /^[0-7]{1,3}/.exec(body.slice(i + 1))!;
      const code = parseInt(m[0], 8);
      if (bytes && code > 0xff) return { ok: false, construct: "octal escape above \\377 in bytes" };
      out += String.fromCharCode(code);
      i += 1 + m[0].length;
      continue;
    }
    if (next === "x") {
      const m = /^[0-9a-fA-F]{2}/.exec(body.slice(i + 2));
      if (m === null) return { ok: false, construct: "truncated \\x escape" };
      out += String.fromCharCode(parseInt(m[0], 16));
      i += 4;
      continue;
    }
    if (!bytes && (next === "u" || next === "U")) {
      const len = next === "u" ? 4 : 8;
      const hex = body.slice(i + 2, i + 2 + len);
      if (hex.length !== len || !/^[0-9a-fA-F]+$/.test(hex))
        return { ok: false, construct: `truncated \\${next} escape` };
      const code = parseInt(hex, 16);
      if (code > 0x10ffff) return { ok: false, construct: `\\${next} escape out of range` };
      out += String.fromCodePoint(code);
      i += 2 + len;
      continue;
    }
    if (!bytes && next === "N") return { ok: false, construct: "\\N{...} escape" };
    // Unknown escapes keep their backslash (Python warns, but keeps both characters).
    out += "\\" + next;
    i += 2;
  }
  return { ok: true, value: out };
}

/** Python reads source with universal newlines: CRLF and CR inside literals become LF. */
function normaliseNewlines(s: string): string {
  return s.replace(/\r\n?/g, "\n");
}

function decodeText(text: string, prefix: Prefix): Decoded {
  let body = normaliseNewlines(text);
  if (prefix.format) body = body.replace(/\{\{|\}\}/g, (m) => m[0]!);
  if (prefix.bytes && /[^\x00-\x7f]/.test(body))
    return { ok: false, construct: "non-ASCII character in bytes literal" };
  return prefix.raw ? { ok: true, value: body } : decodeEscapes(body, prefix.bytes);
}

function decodeInterpolation(node: Node): StringPiece | { construct: string } {
  let expr: Node | null = null;
  let format: string | null = null;
  for (const c of node.children) {
    const fieldName = c.fieldName;
    if (fieldName === "expression") expr = c;
    else if (fieldName === "type_conversion" || c.type === "type_conversion") {
      if (c.text !== "!s") return { construct: `f-string conversion ${c.text}` };
    } else if (fieldName === "format_specifier" || c.type === "format_specifier") {
      if (namedChildren(c).some((d) => d.type === "format_expression"))
        return { construct: "nested replacement field in f-string format spec" };
      format = c.text.replace(/^:/, "");
    } else if (c.type === "=") return { construct: "self-documenting f-string field {x=}" };
    else if (c.type !== "{" && c.type !== "}" && c.type !== "comment")
      return { construct: "f-string replacement field" };
  }
  if (expr === null) return { construct: "empty f-string replacement field" };
  return { kind: "interp", expr, format: format === "" ? null : format };
}

function decodeOne(
  node: Node,
  pieces: StringPiece[],
): { bytes: boolean } | { construct: string; node: Node } {
  let start: Node | null = null;
  let end: Node | null = null;
  const interps: Node[] = [];
  for (const c of node.children) {
    if (c.type === "string_start") start = c;
    else if (c.type === "string_end") end = c;
    else if (c.type === "interpolation") interps.push(c);
    else if (c.type === "ERROR" || c.isMissing) return { construct: "malformed string literal", node };
  }
  if (start === null || end === null) return { construct: "malformed string literal", node };
  const prefix = parsePrefix(start.text);
  if (typeof prefix === "string") return { construct: prefix, node };
  if (!prefix.format && interps.length > 0) return { construct: "malformed string literal", node };
  const base = node.startIndex;
  const text = node.text;
  let pos = start.endIndex;
  const pushText = (from: number, to: number): string | null => {
    if (to <= from) return null;
    const decoded = decodeText(text.slice(from - base, to - base), prefix);
    if (!decoded.ok) return decoded.construct;
    pieces.push({ kind: "text", text: decoded.value });
    return null;
  };
  for (const interp of interps) {
    const err = pushText(pos, interp.startIndex);
    if (err !== null) return { construct: err, node };
    const piece = decodeInterpolation(interp);
    if ("construct" in piece) return { construct: piece.construct, node: interp };
    pieces.push(piece);
    pos = interp.endIndex;
  }
  const err = pushText(pos, end.startIndex);
  if (err !== null) return { construct: err, node };
  return { bytes: prefix.bytes };
}

/** Merge adjacent text pieces so `"a" "b"` is one piece. */
function mergeText(pieces: readonly StringPiece[]): StringPiece[] {
  const out: StringPiece[] = [];
  for (const p of pieces) {
    const last = out[out.length - 1];
    if (p.kind === "text" && last !== undefined && last.kind === "text")
      out[out.length - 1] = { kind: "text", text: last.text + p.text };
    else if (p.kind !== "text" || p.text !== "") out.push(p);
  }
  return out;
}

/** Decode a `string` or `concatenated_string` node. */
export function decodeString(node: Node): DecodedString {
  const parts = node.type === "concatenated_string" ? namedChildren(node) : [node];
  const pieces: StringPiece[] = [];
  let sawBytes = false;
  let sawStr = false;
  for (const part of parts) {
    if (part.type !== "string") return { kind: "error", construct: "malformed string literal", node: part };
    const r = decodeOne(part, pieces);
    if ("construct" in r) return { kind: "error", construct: r.construct, node: r.node };
    if (r.bytes) sawBytes = true;
    else sawStr = true;
  }
  if (sawBytes && sawStr)
    return { kind: "error", construct: "concatenation of bytes and str literals", node };
  const merged = mergeText(pieces);
  if (sawBytes)
    return { kind: "bytes", value: merged.map((p) => (p.kind === "text" ? p.text : "")).join("") };
  return { kind: "str", pieces: merged };
}
