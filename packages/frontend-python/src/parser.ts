/**
 * The tree-sitter-python parser (WASM), initialised once per process. The grammar ships as
 * `tree-sitter-python.wasm` inside the `tree-sitter-python` package; it is loaded from
 * node_modules, never from the network. Each parse is converted at once into the plain tree of
 * `syntax-node.ts` (the `Node` lowering reads) and the WASM tree freed.
 */
import { createRequire } from "node:module";
import { Language, Parser } from "web-tree-sitter";
import type { Span } from "@moto2rust/ir";
import type { SyntaxNode } from "./syntax-node.js";
import { toSyntaxTree } from "./syntax-tree.js";

export type Node = SyntaxNode;

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

/** Parse a module into the plain syntax tree; null when the parser gives up. */
export async function parseTree(source: string): Promise<Node | null> {
  return parseTreeWith(await pythonParser(), source);
}

/** `parseTree` with a parser already loaded (for reading further modules while lowering one). */
export function parseTreeWith(parser: Parser, source: string): Node | null {
  const tree = parser.parse(source);
  if (tree === null) return null;
  try {
    return toSyntaxTree(tree, source);
  } finally {
    tree.delete();
  }
}

/** The span of a node: 1-based line and column (UTF-16 code units), end exclusive. */
export function spanOf(file: string, node: Node): Span {
  const start = node.startPosition;
  const end = node.endPosition;
  return { file, line: start.row + 1, col: start.column + 1, endLine: end.row + 1, endCol: end.column + 1 };
}

/** Named children that are not comments (comments are extras and may appear anywhere). */
export function namedChildren(node: Node): readonly Node[] {
  return node.namedChildren;
}

/**
 * A field's child (the first, when the field repeats), or null. As tree-sitter's
 * `childForFieldName`, an ERROR node has no fields, even where what it swallowed had some.
 */
export function field(node: Node, name: string): Node | null {
  if (node.isError) return null;
  for (const c of node.children) if (c.fieldName === name) return c;
  return null;
}

/** Every child in a field, in order (`import a, b` has two `name` children). */
export function fieldChildren(node: Node, name: string): Node[] {
  return node.children.filter((c) => c.fieldName === name);
}

/** The node and its descendants of one type, in pre-order. Iterative. */
export function descendantsOfType(node: Node, type: string): Node[] {
  const out: Node[] = [];
  const stack: Node[] = [node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type === type) out.push(n);
    const children = n.children;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return out;
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
