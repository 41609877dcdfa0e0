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
export function cutPoints(node: SyntaxNode): number[] {
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
  if (total === 0 || total > MAX_PIECES) return root;
  const children: SyntaxNode[] = [];
  const text = new SourceText(source);
  let anyError = false;
  for (const [i, child] of root.children.entries()) {
    const cuts = plans[i]!;
    if (cuts.length === 0) {
      children.push(child);
      anyError ||= child.hasError;
      continue;
    }
    const bounds = [child.startIndex, ...cuts, child.endIndex];
    for (let k = 0; k + 1 < bounds.length; k++) {
      const from = bounds[k]!;
      const to = bounds[k + 1]!;
      const rows = text.pointAt(from).row;
      const sub = await parse("\n".repeat(rows) + source.slice(from, to));
      if (sub === null) continue;
      // A piece tree-sitter cannot read at all comes back as one ERROR root: keep it whole (one
      // syntax error at its position) rather than its loose fragments.
      const parts = sub.isError ? [sub] : sub.children;
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
