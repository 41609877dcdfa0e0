/** Structural checks every lowered module must pass, whatever the input. */
import { allStmts, type Module, type Span } from "@moto2rust/ir";

function lines(source: string): string[] {
  // tree-sitter counts rows at LF only; CR stays part of the line.
  return source.split("\n");
}

function positionProblem(src: string[], line: number, col: number): string | null {
  if (!Number.isInteger(line) || !Number.isInteger(col)) return "non-integer position";
  if (line < 1 || col < 1) return "position below 1";
  const text = src[line - 1];
  if (text === undefined) return `line ${line} beyond ${src.length} lines`;
  if (col > text.length + 1) return `column ${col} beyond line length ${text.length}`;
  return null;
}

function inside(inner: Span, outer: Span): boolean {
  const startOk = inner.line > outer.line || (inner.line === outer.line && inner.col >= outer.col);
  const endOk = inner.line < outer.endLine || (inner.line === outer.endLine && inner.col <= outer.endCol);
  return startOk && endOk;
}

/** Problems found in `m` (empty when the module is well-formed). */
export function invariantProblems(source: string, m: Module): string[] {
  const src = lines(source);
  const problems: string[] = [];
  for (const d of m.diagnostics) {
    if (d.message.includes("internal frontend error")) problems.push(`frontend bug: ${d.message}`);
    const p =
      positionProblem(src, d.span.line, d.span.col) ?? positionProblem(src, d.span.endLine, d.span.endCol);
    if (p !== null) problems.push(`diagnostic ${d.code} "${d.message}": ${p}`);
    if (d.span.endLine < d.span.line || (d.span.endLine === d.span.line && d.span.endCol < d.span.col)) {
      problems.push(`diagnostic ${d.code} ends before it starts`);
    }
    if (
      d.severity === "error" &&
      d.code !== "syntax-error" &&
      !m.functions.some((f) => inside(d.span, f.span))
    ) {
      problems.push(
        `error diagnostic ${d.code} "${d.message}" at ${d.span.line}:${d.span.col} lies outside every function`,
      );
    }
  }
  for (const f of m.functions) {
    const p = positionProblem(src, f.span.line, f.span.col);
    if (p !== null) problems.push(`function ${f.name}: ${p}`);
    if (f.role === "test" && !f.name.startsWith("test"))
      problems.push(`test ${f.name} does not start with "test"`);
    // A test method also runs its class's setup hook: those statements keep the hook's spans.
    const sameClass = (sp: Span): boolean =>
      f.className !== null && m.functions.some((g) => g.className === f.className && inside(sp, g.span));
    for (const s of allStmts(f.body)) {
      if (!inside(s.span, f.span) && !sameClass(s.span))
        problems.push(`${s.kind} at ${s.span.line}:${s.span.col} outside ${f.name}`);
      if (s.kind !== "Unsupported") continue;
      const reported = m.diagnostics.some(
        (d) => d.severity === "error" && (inside(d.span, f.span) || inside(d.span, s.span)),
      );
      if (!reported)
        problems.push(`Unsupported ${s.construct} in ${f.name} has no error diagnostic inside the function`);
    }
  }
  return problems;
}
