/**
 * `// FIX(terraform-e2e): ...` markers in a crate's sources: where they are, their text, and
 * the operation they touch (the enclosing match arm or handler fn, the item right below a
 * marker placed above an item, or operations the marker names).
 */
import type { Node } from "web-tree-sitter";
import { patternLiterals } from "./handlers.js";
import { commentBody, isComment, lineOf, nextNonComment, opKey, walk, withRustTree } from "./tree.js";

export const FIX_MARKER = "FIX(terraform-e2e)";

export interface SourceMarker {
  readonly line: number;
  /** The marker comment, continuation lines joined with a space. */
  readonly text: string;
  /** The enclosing fn, or the fn right below a marker written above it. */
  readonly function: string | null;
  /** String literals of the enclosing (or next) match arm pattern. */
  readonly armLiterals: readonly string[];
  /** Operations, best first: from the arm, the fn name (`handle_` stripped), then names in the text. */
  readonly operations: readonly string[];
}

function fnName(n: Node | null): string | null {
  return n && n.type === "function_item" ? (n.childForFieldName("name")?.text ?? null) : null;
}

/** Finds `tag` markers in one Rust source. `operations` are the service's Smithy operation names. */
export async function readMarkers(
  source: string,
  operations: readonly string[],
  tag: string = FIX_MARKER,
): Promise<SourceMarker[]> {
  const byKey = new Map<string, string>();
  for (const op of operations) byKey.set(opKey(op), op);
  return withRustTree(source, (root) => {
    const comments: Node[] = [];
    walk(root, (n) => {
      if (isComment(n)) comments.push(n);
    });
    const out: SourceMarker[] = [];
    for (let i = 0; i < comments.length; i++) {
      const c = comments[i]!;
      const body = commentBody(c).replace(/^[/!]/, "");
      if (!body.includes(tag)) continue;
      // Continuation: following comment lines (same parent, consecutive lines, not another marker).
      const parts = [body.trim()];
      let last = c;
      for (let j = i + 1; j < comments.length; j++) {
        const d = comments[j]!;
        const db = commentBody(d).replace(/^[/!]/, "");
        if (lineOf(d) !== lineOf(last) + 1 || d.parent?.id !== c.parent?.id || db.includes(tag)) break;
        if (/^\s*$/.test(db)) break;
        parts.push(db.trim());
        last = d;
      }
      const text = parts.join(" ").replace(/\s+/g, " ").trim();

      // Enclosing arm/fn, else the item right below the comment block.
      let arm: Node | null = null;
      let fn: Node | null = null;
      for (let p = c.parent; p; p = p.parent) {
        if (!arm && p.type === "match_arm") arm = p;
        if (p.type === "function_item") {
          fn = p;
          break;
        }
      }
      const below = nextNonComment(last);
      if (below && lineOf(below) <= lineOf(last) + 2) {
        if (below.type === "match_arm" && !arm) arm = below;
        if (below.type === "function_item" && !fn) fn = below;
        if (!fn && (below.type === "attribute_item" || below.type === "function_modifiers")) {
          const after = nextNonComment(below);
          if (after?.type === "function_item") fn = after;
        }
      }
      const armLiterals: string[] = [];
      if (arm) {
        const pattern = arm.childForFieldName("pattern");
        for (const lit of (pattern ? patternLiterals(pattern) : null) ?? [])
          armLiterals.push(lit.split(".").pop() ?? lit);
      }
      const function_ = fnName(fn);
      const ops: string[] = [];
      const add = (name: string | undefined | null): void => {
        if (!name) return;
        const op = byKey.get(opKey(name));
        if (op && !ops.includes(op)) ops.push(op);
      };
      for (const l of armLiterals) add(l);
      if (function_) add(function_.replace(/^handle_/, ""));
      for (const word of text.match(/[A-Za-z][A-Za-z0-9_]*/g) ?? []) {
        // Prose words only count when they look like an identifier (snake_case or PascalCase).
        if (/_/.test(word) || /^[A-Z][a-z0-9]+[A-Z]/.test(word)) add(word);
      }
      out.push({ line: lineOf(c), text, function: function_, armLiterals, operations: ops });
      i += parts.length - 1;
    }
    return out;
  });
}
