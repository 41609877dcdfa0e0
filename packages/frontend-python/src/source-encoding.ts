/**
 * Python source bytes → text, as CPython reads them: a UTF-8 BOM, else a PEP 263 declaration
 * (`# -*- coding: latin-1 -*-` on line 1 or 2), else UTF-8. Bytes the encoding cannot decode are
 * refused with a diagnostic at their line:col (never turned into U+FFFD); binary input (NUL
 * bytes) is refused outright with one diagnostic.
 */
import { TextDecoder } from "node:util";
import { diagnostic, FRONTEND, type Diagnostic, type Message, type Span } from "@moto2rust/ir";

export type Decoded =
  | { readonly ok: true; readonly text: string; readonly encoding: string }
  | { readonly ok: false; readonly diagnostic: Diagnostic };

const CODING = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;

/** PEP 263's names that WHATWG's TextDecoder spells differently or does not know. */
const ALIASES: Readonly<Record<string, string>> = {
  "utf-8": "utf-8",
  utf8: "utf-8",
  "utf-8-sig": "utf-8",
  "latin-1": "iso-8859-1",
  latin1: "iso-8859-1",
  "iso-latin-1": "iso-8859-1",
  l1: "iso-8859-1",
  "iso8859-1": "iso-8859-1",
  "iso-8859-15": "iso-8859-15",
  cp1252: "windows-1252",
  "windows-1252": "windows-1252",
  ascii: "ascii",
  "us-ascii": "ascii",
};

/**
 * WHATWG maps "latin1"/"iso-8859-1"/"ascii" to windows-1252, which decodes 0x80–0x9f to other
 * characters than Python's latin-1 and accepts non-ASCII bytes as "ascii": those two are decoded
 * here, byte for byte.
 */
function decodeLatin1(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 8192) {
    out += String.fromCharCode(...bytes.subarray(i, Math.min(i + 8192, bytes.length)));
  }
  return out;
}

/**
 * cp1252's 0x80–0x9f (null: undefined in Python's codec). Node's TextDecoder decodes
 * "windows-1252" as latin-1, so the table is applied here.
 */
const CP1252_HIGH: readonly (number | null)[] = [
  0x20ac,
  null,
  0x201a,
  0x0192,
  0x201e,
  0x2026,
  0x2020,
  0x2021,
  0x02c6,
  0x2030,
  0x0160,
  0x2039,
  0x0152,
  null,
  0x017d,
  null,
  null,
  0x2018,
  0x2019,
  0x201c,
  0x201d,
  0x2022,
  0x2013,
  0x2014,
  0x02dc,
  0x2122,
  0x0161,
  0x203a,
  0x0153,
  null,
  0x017e,
  0x0178,
];

/** cp1252 as Python decodes it; the offset of the first undefined byte when there is one. */
function decodeCp1252(bytes: Uint8Array): { text: string } | { bad: number } {
  let out = "";
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b >= 0x80 && b < 0xa0) {
      const c = CP1252_HIGH[b - 0x80];
      if (c === null || c === undefined) return { bad: i };
      out += String.fromCharCode(c);
    } else out += String.fromCharCode(b);
  }
  return { text: out };
}

function spanAt(file: string, bytes: Uint8Array, offset: number, text: (b: Uint8Array) => string): Span {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  // Column in characters of the decodable prefix of the line (UTF-16 code units, as every span).
  const col = text(bytes.subarray(lineStart, offset)).length + 1;
  return { file, line, col, endLine: line, endCol: col + 1 };
}

/** Offset of the first byte sequence that is not valid UTF-8, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    if (i + need >= n) return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

function refuse(file: string, span: Span | null, problem: Message): Decoded {
  return {
    ok: false,
    diagnostic: diagnostic(problem, span ?? { file, line: 1, col: 1, endLine: 1, endCol: 1 }),
  };
}

function hex(b: number): string {
  return `0x${b.toString(16).padStart(2, "0")}`;
}

/** The declared encoding of lines 1–2 (PEP 263), lower-cased, or null. */
export function declaredEncoding(bytes: Uint8Array): string | null {
  return declaration(bytes)?.name ?? null;
}

/** The PEP 263 declaration: the encoding's name and where it is written (1-based). */
function declaration(bytes: Uint8Array): { name: string; line: number; col: number } | null {
  const head = decodeLatin1(bytes.subarray(0, Math.min(bytes.length, 1024))).split("\n", 2);
  for (const [i, line] of head.entries()) {
    const m = CODING.exec(line);
    if (m) {
      const col = m.index + m[0].length - m[1]!.length + 1;
      return { name: m[1]!.toLowerCase().replace(/_/g, "-"), line: i + 1, col };
    }
    // Only a comment or blank line 1 lets line 2 declare the encoding.
    if (!/^[ \t\f]*(#.*)?\r?$/.test(line)) break;
  }
  return null;
}

/** A NUL byte: not Python source (CPython refuses it too). */
function binaryAt(bytes: Uint8Array): number {
  return bytes.indexOf(0);
}

export function decodePythonSource(bytes: Uint8Array, file: string): Decoded {
  const nul = binaryAt(bytes);
  if (nul !== -1) {
    const at = spanAt(file, bytes, nul, decodeLatin1);
    return refuse(file, at, FRONTEND.binaryInput(at.line, at.col));
  }
  let body = bytes;
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (bom) body = bytes.subarray(3);
  const decl = declaration(body);
  const declared = decl?.name ?? null;
  const declSpan: Span | null = decl
    ? { file, line: decl.line, col: decl.col, endLine: decl.line, endCol: decl.col + decl.name.length }
    : null;
  const encoding = bom || declared === null ? "utf-8" : (ALIASES[declared] ?? declared);
  if (bom && declared !== null && ALIASES[declared] !== "utf-8") {
    return refuse(file, declSpan, FRONTEND.bomWithDeclaration(declared));
  }
  if (encoding === "utf-8") {
    const bad = firstInvalidUtf8(body);
    if (bad !== -1) {
      const at = spanAt(file, body, bad, (b) => new TextDecoder("utf-8").decode(b));
      return refuse(
        file,
        at,
        FRONTEND.cannotDecodeByte(
          hex(body[bad]!),
          "utf-8",
          declared === null ? " (declare the file's encoding with `# -*- coding: NAME -*-`)" : "",
        ),
      );
    }
    return { ok: true, text: new TextDecoder("utf-8").decode(body), encoding };
  }
  if (encoding === "iso-8859-1") return { ok: true, text: decodeLatin1(body), encoding };
  if (encoding === "windows-1252") {
    const r = decodeCp1252(body);
    if ("text" in r) return { ok: true, text: r.text, encoding };
    return refuse(
      file,
      spanAt(file, body, r.bad, decodeLatin1),
      FRONTEND.cannotDecodeByte(hex(body[r.bad]!), declared ?? "", ""),
    );
  }
  if (encoding === "ascii") {
    const bad = body.findIndex((b) => b >= 0x80);
    if (bad !== -1) {
      return refuse(
        file,
        spanAt(file, body, bad, decodeLatin1),
        FRONTEND.cannotDecodeByte(hex(body[bad]!), "ascii", ""),
      );
    }
    return { ok: true, text: decodeLatin1(body), encoding };
  }
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(encoding, { fatal: true });
  } catch {
    return refuse(file, declSpan, FRONTEND.unknownEncoding(declared ?? ""));
  }
  try {
    return { ok: true, text: decoder.decode(body), encoding };
  } catch {
    // Find the first undecodable byte: the longest prefix that decodes.
    let lo = 0;
    let hi = body.length;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      try {
        new TextDecoder(encoding, { fatal: true }).decode(body.subarray(0, mid), { stream: true });
        lo = mid;
      } catch {
        hi = mid - 1;
      }
    }
    const at = spanAt(file, body, lo, (b) => new TextDecoder(encoding).decode(b));
    return refuse(file, at, FRONTEND.cannotDecodeByte(hex(body[lo] ?? 0), declared ?? "", ""));
  }
}
