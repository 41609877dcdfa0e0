/** tree-sitter-rust, loaded once from node_modules (no network): the only way this project reads Rust. */
import { createRequire } from "node:module";
import { Language, Parser, type Node, type Tree } from "web-tree-sitter";

const require = createRequire(import.meta.url);
let ready: Promise<Parser> | undefined;

async function init(): Promise<Parser> {
  await Parser.init();
  const lang = await Language.load(require.resolve("tree-sitter-rust/tree-sitter-rust.wasm"));
  const parser = new Parser();
  parser.setLanguage(lang);
  return parser;
}

/** Parse Rust source. The tree must be `delete()`d by callers that parse many files. */
export async function parseRust(source: string): Promise<Tree> {
  ready ??= init();
  const parser = await ready;
  const tree = parser.parse(source);
  if (!tree) throw new Error("tree-sitter-rust returned no tree");
  return tree;
}

/** ERROR and MISSING nodes of a tree, as 1-based positions. */
export function syntaxErrors(root: Node): { line: number; col: number; text: string }[] {
  const out: { line: number; col: number; text: string }[] = [];
  const visit = (n: Node): void => {
    if (n.isError || n.isMissing) {
      out.push({ line: n.startPosition.row + 1, col: n.startPosition.column + 1, text: n.text.slice(0, 60) });
      return;
    }
    if (!n.hasError) return;
    for (const c of n.children) if (c) visit(c);
  };
  visit(root);
  return out;
}

export interface RustFunctionRange {
  readonly name: string;
  /** 1-based, inclusive, including attributes and comments directly above. */
  readonly startLine: number;
  readonly endLine: number;
  readonly isTest: boolean;
  readonly isAsync: boolean;
}

/** Top-level `fn` items with their line ranges (attributes such as `#[tokio::test]` included). */
export async function functionRanges(source: string): Promise<RustFunctionRange[]> {
  const tree = await parseRust(source);
  try {
    const out: RustFunctionRange[] = [];
    const items = tree.rootNode.namedChildren.filter((n): n is Node => n !== null);
    for (let i = 0; i < items.length; i++) {
      const n = items[i]!;
      if (n.type !== "function_item") continue;
      let start = n.startPosition.row;
      let isTest = false;
      for (let j = i - 1; j >= 0; j--) {
        const prev = items[j]!;
        if (prev.type !== "attribute_item" && prev.type !== "line_comment") break;
        if (prev.endPosition.row < start - 1) break;
        if (prev.type === "attribute_item" && /\btest\b/.test(prev.text)) isTest = true;
        start = prev.startPosition.row;
      }
      const name = n.childForFieldName("name")?.text ?? "";
      const isAsync = n.children.some((c) => c?.type === "function_modifiers" && c.text.includes("async"));
      out.push({ name, startLine: start + 1, endLine: n.endPosition.row + 1, isTest, isAsync });
    }
    return out;
  } finally {
    tree.delete();
  }
}
