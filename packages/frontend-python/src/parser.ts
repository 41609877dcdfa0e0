/**
 * The tree-sitter-python parser (WASM), initialised once per process. The grammar ships as
 * `tree-sitter-python.wasm` inside the `tree-sitter-python` package; it is loaded from
 * node_modules, never from the network.
 */
import { createRequire } from "node:module";
import { Language, Parser, type Node, type Tree } from "web-tree-sitter";
import type { Span } from "@moto2rust/ir";

export type { Node, Tree };

let parserPromise: Promise<Parser> | null = null;

async function createParser(): Promise<Parser> {
  const require = createRequire(import.meta.url);
  await Parser.init();
  const language = await Language.load(require.resolve("tree-sitter-python/tree-sitter-python.wasm"));
  const parser = new Parser();
  parser.setLanguage(language);
  return parser;
}

/** The shared parser; the first call loads the WASM runtime and the grammar. */
export function pythonParser(): Promise<Parser> {
  if (parserPromise === null) {
    parserPromise = createParser();
    // A failed initialisation must not be cached forever.
    parserPromise.catch(() => {
      parserPromise = null;
    });
  }
  return parserPromise;
}

/** The span of a node: 1-based line and column (UTF-16 code units), end exclusive. */
export function spanOf(file: string, node: Node): Span {
  return {
    file,
    line: node.startPosition.row + 1,
    col: node.startPosition.column + 1,
    endLine: node.endPosition.row + 1,
    endCol: node.endPosition.column + 1,
  };
}

/** Named children that are not comments (comments are extras and may appear anywhere). */
export function namedChildren(node: Node): Node[] {
  const out: Node[] = [];
  for (const c of node.namedChildren) if (c !== null && c.type !== "comment") out.push(c);
  return out;
}

/** A field's child, or null. */
export function field(node: Node, name: string): Node | null {
  return node.childForFieldName(name);
}

/** Strip redundant parentheses: `((x))` → `x`. */
export function unparen(node: Node): Node {
  let n = node;
  while (n.type === "parenthesized_expression") {
    const inner = namedChildren(n);
    if (inner.length !== 1) return n;
    n = inner[0]!;
  }
  return n;
}

/** The dotted name of `a.b.c` (identifiers and attribute chains only), or null. Iterative. */
export function dottedName(node: Node): string | null {
  const parts: string[] = [];
  let n: Node = unparen(node);
  for (;;) {
    if (n.type === "identifier") {
      parts.push(n.text);
      return parts.reverse().join(".");
    }
    if (n.type !== "attribute") return null;
    const obj = field(n, "object");
    const attr = field(n, "attribute");
    if (obj === null || attr === null) return null;
    parts.push(attr.text);
    n = unparen(obj);
  }
}

/** The first line of a node's text, shortened and with control characters escaped, for messages. */
export function snippet(node: Node, max = 80): string {
  const first = node.text.split(/\r?\n/, 1)[0] ?? "";
  const multi = node.text.includes("\n");
  const cut = first.length > max ? first.slice(0, max - 1) + "…" : first;
  const s = cut.replace(
    /[\x00-\x08\x0b-\x1f\x7f]/g,
    (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`,
  );
  return multi && !s.endsWith("…") ? s + " …" : s;
}
