/** Rust lexical helpers: literals, identifiers, keywords. */
import { RUST_KEYWORDS } from "@moto2rust/sdk-shapes";

/**
 * Words a local name cannot be: smithy-rs's keyword list plus `gen`, which edition 2024 reserves
 * (winterbaume's crates are on 2024) and smithy-rs does not escape.
 */
const KEYWORDS: ReadonlySet<string> = new Set([...RUST_KEYWORDS, "gen"]);

export function isRustKeyword(s: string): boolean {
  return KEYWORDS.has(s);
}

/** Python identifier → Rust snake_case local name (`roleLastUsed` → `role_last_used`, `type` → `type_`). */
export function rustLocalName(py: string): string {
  let s = py
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1_$2")
    .toLowerCase();
  s = s.replace(/[^a-z0-9_]/g, "_").replace(/(?<=[a-z0-9])__+(?=[a-z0-9])/g, "_");
  if (s === "" || /^[0-9]/.test(s)) s = "v_" + s;
  if (s === "_") s = "_unused";
  if (isRustKeyword(s)) s += "_";
  return s;
}

/** Python constant name → Rust SCREAMING_SNAKE_CASE. */
export function rustConstName(py: string): string {
  return rustLocalName(py).replace(/_$/, "").toUpperCase() || "CONST";
}

/** Text usable as a Rust identifier fragment (for test names): `us-east-1` → `us_east_1`. */
export function sanitizeIdent(text: string): string {
  return text
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
}

function escapeChar(ch: string, inByteString: boolean): string {
  switch (ch) {
    case "\\":
      return "\\\\";
    case '"':
      return '\\"';
    case "\n":
      return "\\n";
    case "\r":
      return "\\r";
    case "\t":
      return "\\t";
    case "\0":
      return "\\0";
    default: {
      const code = ch.codePointAt(0)!;
      if (code < 0x20 || code === 0x7f) {
        return inByteString ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u{${code.toString(16)}}`;
      }
      if (inByteString && code > 0x7f) return `\\x${code.toString(16).padStart(2, "0")}`;
      return ch;
    }
  }
}

/** A Rust string literal. Strings with quotes and no `"#` are written raw (`r#"{"a": 1}"#`). */
export function rustStr(s: string): string {
  const needsEscape = /[\\"\n\r\t\0\u0001-\u001f\u007f]/.test(s);
  if (!needsEscape) return `"${s}"`;
  if (/"/.test(s) && !/[\r\t\0\u0001-\u0009\u000b-\u001f\u007f]/.test(s) && !s.includes('"#'))
    return `r#"${s}"#`;
  return `"${[...s].map((c) => escapeChar(c, false)).join("")}"`;
}

/** Text for inside a `format!` string literal: escapes plus `{`/`}` doubling. */
export function formatText(s: string): string {
  return [...s].map((c) => (c === "{" ? "{{" : c === "}" ? "}}" : escapeChar(c, false))).join("");
}

/** A byte-string literal `b"..."` for latin1 text (one char per byte). */
export function rustBytes(s: string): string {
  return `b"${[...s].map((c) => escapeChar(c, true)).join("")}"`;
}

/** Whether `s` fits in a byte-string literal as written (UTF-8 text needs `.as_bytes()`). */
export function isByteStringSafe(s: string): boolean {
  return [...s].every((c) => c.codePointAt(0)! < 0x80);
}

/** A Rust integer literal from Python decimal text (`1_000` → `1_000`, `0x10` kept). */
export function rustInt(text: string): string {
  return text.replace(/[lL]$/, "");
}

/** A Rust float literal from Python text (`1.` → `1.0`, `1e3` → `1e3`). */
export function rustFloat(text: string): string {
  let t = text;
  if (t.endsWith(".")) t += "0";
  if (t.startsWith(".")) t = "0" + t;
  if (!/[.eE]/.test(t)) t += ".0";
  return t;
}
