/** Small helpers over tree-sitter-rust trees shared by the inventory readers. */
import type { Node } from "web-tree-sitter";
import { parseRust } from "../read/rust-parser.js";

/** Parse, run `fn` on the root, always free the tree. */
export async function withRustTree<T>(source: string, fn: (root: Node) => T): Promise<T> {
  const tree = await parseRust(source);
  try {
    return fn(tree.rootNode);
  } finally {
    tree.delete();
  }
}

export function children(n: Node): Node[] {
  return n.children.filter((c): c is Node => c !== null);
}

export function namedChildren(n: Node): Node[] {
  return n.namedChildren.filter((c): c is Node => c !== null);
}

/** 1-based first line of a node. */
export function lineOf(n: Node): number {
  return n.startPosition.row + 1;
}

/** 1-based last line of a node (a node ending at column 0 ends on the previous line). */
export function endLineOf(n: Node): number {
  return n.endPosition.column === 0 && n.endPosition.row > n.startPosition.row
    ? n.endPosition.row
    : n.endPosition.row + 1;
}

/** Depth-first pre-order walk; `visit` returning false skips a node's children. */
export function walk(n: Node, visit: (n: Node) => boolean | void): void {
  if (visit(n) === false) return;
  for (const c of children(n)) walk(c, visit);
}

/** The value of a string literal node (raw strings included), escapes left as written. */
export function stringValue(n: Node): string | null {
  if (n.type !== "string_literal" && n.type !== "raw_string_literal") return null;
  const content = children(n).filter((c) => c.type === "string_content" || c.type === "escape_sequence");
  return content.map((c) => c.text).join("");
}

export function isComment(n: Node): boolean {
  return n.type === "line_comment" || n.type === "block_comment";
}

/** The text of a `//` comment without the slashes (doc comments keep their `/` or `!`). */
export function commentBody(n: Node): string {
  const t = n.text;
  if (t.startsWith("//")) return t.slice(2).replace(/\r?\n$/, "");
  if (t.startsWith("/*")) return t.slice(2, t.endsWith("*/") ? -2 : undefined);
  return t;
}

/** The next named sibling that is not a comment. */
export function nextNonComment(n: Node): Node | null {
  let s = n.nextNamedSibling;
  while (s && isComment(s)) s = s.nextNamedSibling;
  return s;
}

/** Normalised operation-name key: case, `_`, `-` and spaces ignored (`create_cluster` = `CreateCluster`). */
export function opKey(name: string): string {
  return name.toLowerCase().replace(/[_\-\s]/g, "");
}
