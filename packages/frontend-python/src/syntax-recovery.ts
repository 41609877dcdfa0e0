/**
 * Recovery from a syntax error in the middle of a file. tree-sitter's error recovery may let an
 * ERROR node swallow the definitions after it (an unclosed bracket runs on to the end of the
 * file), so the tests after the error would vanish. Every line that starts at column 0 with
 * `def`, `class`, `async` or a decorator's `@` begins a new top-level statement in Python
 * whatever came before it; a top-level node with an error is cut at those lines and each piece
 * parsed on its own, so every test tree-sitter can still see is lowered (and only the pieces
 * that really contain the error are skipped, at the error's own line:col).
 */
import { HAS_ERROR, NAMED, PlainNode, SourceText, type SyntaxNode } from "./syntax-node.js";

const STARTERS = new Set(["def", "class", "async", "@"]);
/** Beyond this many pieces the file is too broken to be worth re-parsing piece by piece. */
const MAX_PIECES = 1000;

/** Offsets where a top-level statement starts inside an erroneous top-level node. */
function cutPoints(node: SyntaxNode): number[] {
  const cuts: number[] = [];
  let previous: string | null = null;
  const stack: SyntaxNode[] = [node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    const children = n.children;
    if (children.length > 0) {
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
      continue;
    }
    if (n.startPosition.column !== 0 || n.startIndex === n.endIndex) continue;
    const text = n.text;
    // A decorator's `def` belongs with its `@` lines.
    if (n.startIndex > node.startIndex && STARTERS.has(text) && previous !== "@") cuts.push(n.startIndex);
    previous = text;
  }
  return cuts;
}

/**
 * The module tree with each erroneous top-level node re-parsed piece by piece. `parse` parses
 * one text; pieces are parsed with their preceding lines blanked, so their rows and columns are
 * those of the file.
 */
export async function recoverTopLevel(
  source: string,
  root: SyntaxNode,
  parse: (text: string) => Promise<SyntaxNode | null>,
): Promise<SyntaxNode> {
  if (!root.hasError) return root;
  const plans = root.children.map((c) => (c.hasError ? cutPoints(c) : []));
  const total = plans.reduce((n, p) => n + p.length, 0);
  const classes = root.children.filter((c) => c.hasError && definedClass(c) !== null).length;
  if ((total === 0 && classes === 0) || total > MAX_PIECES) return root;
  const children: SyntaxNode[] = [];
  const text = new SourceText(source);
  const lines = lineStarts(source);
  let anyError = false;
  for (const [i, child] of root.children.entries()) {
    const cuts = plans[i]!;
    if (cuts.length === 0 && !(child.hasError && definedClass(child) !== null)) {
      children.push(child);
      anyError ||= child.hasError;
      continue;
    }
    const bounds = [child.startIndex, ...cuts, child.endIndex];
    for (let k = 0; k + 1 < bounds.length; k++) {
      const from = bounds[k]!;
      const to = bounds[k + 1]!;
      const row = text.pointAt(from).row;
      const sub = await parse("\n".repeat(row) + source.slice(from, to));
      if (sub === null) continue;
      // A piece tree-sitter cannot read at all comes back as one ERROR root: keep it whole (one
      // syntax error at its position) rather than its loose fragments.
      let parts: readonly SyntaxNode[] = sub.isError ? [sub] : sub.children;
      if (!sub.isError && sub.hasError) {
        const recovered = await recoverClass(source, lines, from, to, row, sub, parse);
        if (recovered !== null) parts = recovered;
      }
      for (const c of parts) {
        children.push(c);
        anyError ||= c.hasError || c.isError;
      }
    }
  }
  const merged = new PlainNode(
    text,
    root.type,
    NAMED | (anyError ? HAS_ERROR : 0),
    null,
    0,
    source.length,
    null,
  );
  merged.close(children);
  return merged;
}

function lineStarts(source: string): number[] {
  const starts = [0];
  for (let i = source.indexOf("\n"); i !== -1; i = source.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

/** The class a top-level node defines (possibly decorated), or null. */
function definedClass(node: SyntaxNode): SyntaxNode | null {
  if (node.type === "class_definition") return node;
  if (node.type === "decorated_definition") {
    const def = node.children.find((c) => c.fieldName === "definition");
    if (def?.type === "class_definition") return def;
  }
  return null;
}

/** Every leaf of a tree, in source order. */
function leaves(node: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  const stack: SyntaxNode[] = [node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    const c = n.children;
    if (c.length === 0) out.push(n);
    for (let i = c.length - 1; i >= 0; i--) stack.push(c[i]!);
  }
  return out;
}

/** The function definitions directly in a class's body (decorated or not). */
function methodsOf(cls: SyntaxNode): SyntaxNode[] {
  const body = cls.children.find((c) => c.fieldName === "body");
  if (!body) return [];
  return body.namedChildren.flatMap((m) => {
    if (m.type === "function_definition") return [m];
    if (m.type === "decorated_definition") {
      const d = m.children.find((c) => c.fieldName === "definition");
      return d?.type === "function_definition" ? [d] : [];
    }
    return [];
  });
}

/**
 * A test class with a syntax error in one method: the methods after it are swallowed by the
 * error just as top-level definitions are. The class is cut at its members' `def`/`@` lines;
 * the members that parse are put back into one class (so setup hooks still apply to them), each
 * broken member becomes a class of its own whose method is skipped with the syntax error.
 * Null (no recovery) unless every piece behaves so.
 */
async function recoverClass(
  source: string,
  lines: readonly number[],
  from: number,
  to: number,
  row: number,
  sub: SyntaxNode,
  parse: (text: string) => Promise<SyntaxNode | null>,
): Promise<SyntaxNode[] | null> {
  const top = sub.children.filter((c) => c.type !== "comment");
  if (top.length !== 1) return null;
  const cls = definedClass(top[0]!);
  if (cls === null) return null;
  const keyword = cls.children[0];
  if (keyword === undefined || keyword.text !== "class") return null;
  // The header: decorators and the `class X(...):` line.
  const headerRow = keyword.startPosition.row;
  const headerEnd = lines[headerRow + 1];
  if (headerEnd === undefined || headerEnd > to) return null;
  if (!/:\s*(#.*)?$/.test(source.slice(lines[headerRow]!, headerEnd).trimEnd())) return null;
  const header = source.slice(from, headerEnd);
  // Members start at the body's indentation with `def`, `async`, `class` or a decorator.
  const after = leaves(sub).filter((l) => l.startPosition.row > headerRow && l.startIndex !== l.endIndex);
  const first = after.find((l) => l.type !== "comment");
  if (first === undefined) return null;
  const col = first.startPosition.column;
  if (col === 0) return null;
  const memberRows: number[] = [];
  let previous: string | null = null;
  for (const l of after) {
    if (l.startPosition.column !== col) continue;
    if (STARTERS.has(l.text) && previous !== "@") memberRows.push(l.startPosition.row);
    previous = l.text;
  }
  if (memberRows.length < 2) return null;
  const endRow = sub.endPosition.row + 1;
  const rowText = (a: number, b: number): string =>
    source.slice(lines[a]!, Math.min(b < lines.length ? lines[b]! : source.length, to));
  const blank = (a: number, b: number): string => "\n".repeat(b - a);
  const pad = "\n".repeat(row);
  const bounds = [...memberRows, endRow];
  const good: string[] = [rowText(headerRow + 1, memberRows[0]!)];
  const broken: SyntaxNode[] = [];
  let kept = 0;
  for (let k = 0; k + 1 < bounds.length; k++) {
    const a = bounds[k]!;
    const b = bounds[k + 1]!;
    const alone = await parse(pad + header + blank(headerRow + 1, a) + rowText(a, b));
    if (alone === null) return null;
    if (!alone.hasError) {
      good.push(rowText(a, b));
      kept++;
      continue;
    }
    // A broken member: its own class, and every method in it must overlap the error.
    const own = alone.children.filter((c) => c.type !== "comment");
    const ownClass = own.length === 1 ? definedClass(own[0]!) : null;
    if (ownClass === null || methodsOf(ownClass).some((m) => !m.hasError)) return null;
    broken.push(own[0]!);
    good.push(blank(a, b));
  }
  const out: SyntaxNode[] = [];
  if (kept > 0) {
    const whole = await parse(pad + header + good.join(""));
    if (whole === null || whole.hasError) return null;
    out.push(...whole.children);
  }
  return [...out, ...broken];
}
