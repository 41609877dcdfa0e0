/**
 * Python `re` patterns (as `pytest.raises(match=...)` gives them to `re.search`) in the syntax of
 * Rust's `regex` crate, with the same meaning, or the construct that has no equivalent there
 * (lookaround, backreferences, conditionals, atomic groups, possessive quantifiers, `(?a)`/`(?L)`).
 * A pattern with no regex syntax at all is returned as plain text, for `str::contains`.
 */

export type PythonRegex =
  | { readonly kind: "plain"; readonly text: string }
  | { readonly kind: "regex"; readonly rust: string }
  | { readonly kind: "unsupported"; readonly construct: string };

const META = new Set([..."\\.+*?()|[]{}^$"]);
/** Characters the `regex` crate treats as syntax and so must stay escaped. */
const RUST_META = new Set([..."\\.+*?()|[]{}^$#&-~"]);

/** `pattern` without any regex syntax (escaped punctuation unescaped), or null. */
function plainText(pattern: string): string | null {
  let out = "";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === "\\") {
      const n = pattern[i + 1];
      if (n === undefined || /[A-Za-z0-9]/.test(n)) return null;
      out += n;
      i++;
      continue;
    }
    if (META.has(c)) return null;
    out += c;
  }
  return out;
}

function hex(cp: number): string {
  return `\\x{${cp.toString(16).toUpperCase()}}`;
}

/** An escape (`pattern[i] === "\\"`): its Rust form and length, or an unsupported construct. */
function escape(pattern: string, i: number, inClass: boolean): { rust: string; len: number } | string {
  const n = pattern[i + 1];
  if (n === undefined) return "a trailing backslash";
  if (/[dDsSwW]/.test(n)) return { rust: `\\${n}`, len: 2 };
  if (!inClass && /[bB]/.test(n)) return { rust: `\\${n}`, len: 2 };
  if (inClass && n === "b") return { rust: "\\x08", len: 2 };
  if (!inClass && n === "A") return { rust: "\\A", len: 2 };
  if (!inClass && n === "Z") return { rust: "\\z", len: 2 };
  if ("ntrfv".includes(n)) return { rust: `\\${n}`, len: 2 };
  if (n === "a") return { rust: "\\x07", len: 2 };
  if (n === "x") {
    const m = /^[0-9A-Fa-f]{2}/.exec(pattern.slice(i + 2));
    return m ? { rust: hex(parseInt(m[0], 16)), len: 4 } : "an incomplete \\x escape";
  }
  if (n === "u" || n === "U") {
    const digits = n === "u" ? 4 : 8;
    const m = new RegExp(`^[0-9A-Fa-f]{${digits}}`).exec(pattern.slice(i + 2));
    return m ? { rust: hex(parseInt(m[0], 16)), len: 2 + digits } : `an incomplete \\${n} escape`;
  }
  if (n === "0") {
    const m = /^[0-7]{0,2}/.exec(pattern.slice(i + 2))!;
    return { rust: hex(parseInt("0" + m[0], 8)), len: 2 + m[0].length };
  }
  if (/[1-9]/.test(n)) return inClass ? "an octal escape in a class" : "a backreference";
  if (/[A-Za-z]/.test(n)) return `the escape \\${n}`;
  // Escaped punctuation: a literal character.
  return { rust: literal(n, inClass), len: 2 };
}

function literal(c: string, inClass: boolean): string {
  if (RUST_META.has(c)) return `\\${c}`;
  if (inClass && c === "[") return "\\[";
  return c;
}

/** A `{...}` at `i`: a repetition when Python reads one, else literal braces. */
function repetition(pattern: string, i: number): { rust: string; len: number } | null {
  const m = /^\{(\d*)(,?)(\d*)\}/.exec(pattern.slice(i));
  if (!m) return null;
  const [text, lo, comma, hi] = m;
  if (lo === "" && hi === "" && comma === "") return null;
  if (lo === "" && comma === "" && hi !== "") return null;
  if (lo === "" && comma === "," && hi === "") return null;
  const rust = comma === "" ? `{${lo}}` : `{${lo === "" ? "0" : lo},${hi}}`;
  return { rust, len: text!.length };
}

/** A character class at `i` (`pattern[i] === "["`). */
function charClass(pattern: string, i: number): { rust: string; len: number } | string {
  let j = i + 1;
  let out = "[";
  if (pattern[j] === "^") {
    out += "^";
    j++;
  }
  // A `]` first in the class is a literal in Python.
  if (pattern[j] === "]") {
    out += "\\]";
    j++;
  }
  for (; j < pattern.length; j++) {
    const c = pattern[j]!;
    if (c === "]") return { rust: out + "]", len: j - i + 1 };
    if (c === "\\") {
      const e = escape(pattern, j, true);
      if (typeof e === "string") return e;
      out += e.rust;
      j += e.len - 1;
      continue;
    }
    if (c === "-") {
      // A range between two members stays a range; a leading or trailing `-` is literal.
      const prev = out[out.length - 1];
      const next = pattern[j + 1];
      out += prev === "[" || prev === "^" || next === "]" || next === undefined ? "\\-" : "-";
      continue;
    }
    out += c === "[" || c === "&" || c === "~" ? `\\${c}` : c;
  }
  return "an unterminated character class";
}

/** Group openings `(?...`: the Rust equivalent, or the unsupported construct. */
function groupOpening(pattern: string, i: number): { rust: string; len: number } | string {
  const rest = pattern.slice(i);
  if (rest.startsWith("(?:")) return { rust: "(?:", len: 3 };
  const named = /^\(\?P<([A-Za-z_][A-Za-z0-9_]*)>/.exec(rest);
  if (named) return { rust: `(?P<${named[1]}>`, len: named[0].length };
  if (/^\(\?P=/.test(rest)) return "a named backreference (?P=...)";
  if (/^\(\?<?[=!]/.test(rest)) return "a lookaround assertion";
  if (rest.startsWith("(?#")) return "a comment group (?#...)";
  if (rest.startsWith("(?>")) return "an atomic group";
  if (rest.startsWith("(?(")) return "a conditional group";
  const flags = /^\(\?([a-zA-Z]*)(?:-([a-zA-Z]*))?(:|\))/.exec(rest);
  if (flags) {
    const all = (flags[1] ?? "") + (flags[2] ?? "");
    if (/[^imsx]/.test(all)) return `the inline flag (?${all})`;
    return { rust: flags[0], len: flags[0].length };
  }
  return "an unknown group construct";
}

/** Translates a Python `re` pattern; `re.search` semantics are kept by `Regex::is_match`. */
export function pythonRegex(pattern: string): PythonRegex {
  const plain = plainText(pattern);
  if (plain !== null) return { kind: "plain", text: plain };
  let out = "";
  for (let i = 0; i < pattern.length;) {
    const c = pattern[i]!;
    if (c === "\\") {
      const e = escape(pattern, i, false);
      if (typeof e === "string") return { kind: "unsupported", construct: e };
      out += e.rust;
      i += e.len;
      continue;
    }
    if (c === "[") {
      const e = charClass(pattern, i);
      if (typeof e === "string") return { kind: "unsupported", construct: e };
      out += e.rust;
      i += e.len;
      continue;
    }
    if (c === "(" && pattern[i + 1] === "?") {
      const e = groupOpening(pattern, i);
      if (typeof e === "string") return { kind: "unsupported", construct: e };
      out += e.rust;
      i += e.len;
      continue;
    }
    if (c === "{") {
      const r = repetition(pattern, i);
      if (r) {
        out += r.rust;
        i += r.len;
        if (pattern[i] === "+") return { kind: "unsupported", construct: "a possessive quantifier" };
        continue;
      }
      out += "\\{";
      i++;
      continue;
    }
    if (c === "}") {
      out += "\\}";
      i++;
      continue;
    }
    if ((c === "*" || c === "+" || c === "?") && pattern[i + 1] === "+")
      return { kind: "unsupported", construct: "a possessive quantifier" };
    // Python's `$` also matches before a final newline; `re.search` only needs a match to exist.
    if (c === "$") {
      out += "(?:\\n?\\z)";
      i++;
      continue;
    }
    out += c === "#" || c === "&" || c === "~" ? `\\${c}` : c;
    i++;
  }
  return { kind: "regex", rust: out };
}
