/**
 * `re.match(pattern, s)` / `re.search` / `re.fullmatch` as a condition: the pattern in the
 * `regex` crate's syntax (python-regex.ts), anchored as the Python function anchors it (`match` at
 * the start, `fullmatch` at both ends); a pattern without regex syntax is a plain string test.
 * An f-string pattern keeps its interpolated values as Python inserts them: raw, into the pattern.
 */
import { EMIT, type BuiltinCallExpr, type Expr, type Typed } from "@moto2rust/ir";
import { fail, type FnCx, type RVal } from "./context.js";
import { emitExpr } from "./expr.js";
import { pythonRegex } from "./python-regex.js";
import { asStr, recv } from "./rvalue.js";
import { rawStr } from "./errors.js";
import { rustStr } from "./rust-syntax.js";

const BOOL = { kind: "bool" } as const;
/** Stands for the i-th interpolated value while the pattern text is translated (private use area). */
const HOLE = 0xe000;

type Pattern = { readonly text: string; readonly values: readonly Expr<Typed>[] };

function isHole(c: string): boolean {
  return c.codePointAt(0)! >= HOLE && c.codePointAt(0)! < HOLE + 256;
}

function hasHole(text: string): boolean {
  return [...text].some(isHole);
}

/** The pattern's text with one HOLE character per interpolated value, or null when it is computed. */
function patternText(fx: FnCx, e: Expr<Typed>): Pattern | null {
  if (e.kind === "Str") return hasHole(e.value) ? null : { text: e.value, values: [] };
  if (e.kind === "Const") {
    const v = e.wellKnown === null ? fx.unit.moduleConstants.get(e.name) : undefined;
    return v !== undefined && v.kind === "Str" ? patternText(fx, v) : null;
  }
  if (e.kind === "BinOp" && e.op === "+") {
    // `f"arn:...:{name}-" + r"\w{6}"`: the two patterns' texts, holes renumbered.
    const l = patternText(fx, e.left);
    const r = patternText(fx, e.right);
    if (l === null || r === null || l.values.length + r.values.length > 256) return null;
    const shifted = [...r.text]
      .map((c) => (isHole(c) ? String.fromCodePoint(c.codePointAt(0)! + l.values.length) : c))
      .join("");
    return { text: l.text + shifted, values: [...l.values, ...r.values] };
  }
  if (e.kind !== "FString") {
    // A pattern computed at run time (a name, a response value): inserted raw, as Python uses it.
    return e.ty.kind === "string" ? { text: String.fromCodePoint(HOLE), values: [e] } : null;
  }
  let text = "";
  const values: Expr<Typed>[] = [];
  for (const p of e.parts) {
    if (p.kind === "text") {
      if (hasHole(p.text)) return null;
      text += p.text;
    } else {
      if (p.format !== null || values.length >= 256) return null;
      text += String.fromCodePoint(HOLE + values.length);
      values.push(p.expr);
    }
  }
  return { text, values };
}

export function regexCall(fx: FnCx, e: BuiltinCallExpr<Typed>): RVal {
  const [patternExpr, subjectExpr] = e.args;
  if (!patternExpr || !subjectExpr || e.args.length !== 2)
    return fail(EMIT.builtinOnThisValue("", e.name), e.span);
  const pattern = patternText(fx, patternExpr);
  if (pattern === null) return fail(EMIT.regexPatternComputed(e.name), patternExpr.span);
  const subject = asStr(emitExpr(fx, subjectExpr));
  const translated = pythonRegex(pattern.text);
  if (translated.kind === "unsupported")
    return fail(EMIT.regexPatternUnsupported(e.name, translated.construct), patternExpr.span);
  const bool = (code: string): RVal => ({ code, ty: BOOL, mode: "own", temp: true });
  if (translated.kind === "plain" && pattern.values.length === 0) {
    const lit = rustStr(translated.text);
    if (e.name === "re.search") return bool(`${recv(subject)}.contains(${lit})`);
    if (e.name === "re.match") return bool(`${recv(subject)}.starts_with(${lit})`);
    return bool(`${subject} == ${lit}`);
  }
  const rust = translated.kind === "plain" ? escapeRegex(translated.text) : translated.rust;
  const anchored =
    e.name === "re.search" ? rust : e.name === "re.match" ? `\\A(?:${rust})` : `\\A(?:${rust})\\z`;
  fx.devDependencies.add("regex");
  return bool(
    `regex::Regex::new(${patternCode(fx, anchored, pattern.values)}).unwrap().is_match(${subject})`,
  );
}

/** The pattern as Rust: a raw literal, or `&format!(..)` with the interpolated values. */
function patternCode(fx: FnCx, rust: string, values: readonly Expr<Typed>[]): string {
  if (values.length === 0) return rawStr(rust);
  let fmt = "";
  const args: string[] = [];
  for (const c of rust) {
    const cp = c.codePointAt(0)!;
    if (cp >= HOLE && cp < HOLE + values.length) {
      fmt += "{}";
      args.push(asStr(emitExpr(fx, values[cp - HOLE]!)));
    } else if (c === "{" || c === "}") fmt += c + c;
    else fmt += c;
  }
  return `&format!(${rawStr(fmt)}, ${args.join(", ")})`;
}

/** Plain text (with holes) as a regex: its metacharacters escaped. */
function escapeRegex(text: string): string {
  return text.replace(/[\\.+*?()|[\]{}^$#&\-~]/g, (c) => `\\${c}`);
}
