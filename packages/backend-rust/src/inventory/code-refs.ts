/**
 * Reading generated Rust as items and names: which identifiers a snippet refers to, renaming
 * an identifier everywhere it is used (format-string inline arguments included), and splitting
 * a file into its top-level items with the comments and attributes that belong to them.
 */
import type { Node } from "web-tree-sitter";
import { children, endLineOf, isComment, namedChildren, walk, withRustTree } from "./tree.js";
import { useDeclarationEntries, useDeclarationKey, type UseEntry, type UseKey } from "./uses.js";

export interface SourceItem {
  readonly kind: "use" | "const" | "static" | "fn" | "other";
  /** Item name (fn/const/static), or null. */
  readonly name: string | null;
  /** Attributes and comments directly above, then the item: the text as it stands in the file. */
  readonly text: string;
  /** The item without the comments above it (attributes kept). */
  readonly itemText: string;
  /** The comment lines directly above (attributes excluded), as written. */
  readonly leadingComments: readonly string[];
  readonly isTest: boolean;
  readonly startLine: number;
  readonly endLine: number;
  readonly useEntries: readonly UseEntry[];
  readonly useKey: UseKey | null;
}

/** Top-level items of a Rust source, with the attributes and comments attached above each. */
export async function splitItems(source: string): Promise<SourceItem[]> {
  const lines = source.split("\n");
  return withRustTree(source, (root) => {
    const top = namedChildren(root);
    const out: SourceItem[] = [];
    for (let i = 0; i < top.length; i++) {
      const n = top[i]!;
      if (isComment(n) || n.type === "attribute_item") continue;
      let start = n.startPosition.row;
      let itemStart = start;
      let seenComment = false;
      const comments: string[] = [];
      let isTest = false;
      for (let j = i - 1; j >= 0; j--) {
        const prev = top[j]!;
        if (prev.type !== "attribute_item" && !isComment(prev)) break;
        if (isComment(prev) && /^\/\/!/.test(prev.text)) break;
        if (prev.endPosition.row < start - 1) break;
        if (prev.type === "attribute_item") {
          if (/^#\[\s*(?:[\w:]+::)?test\b/.test(prev.text)) isTest = true;
          if (!seenComment) itemStart = prev.startPosition.row;
        } else {
          seenComment = true;
          comments.unshift(prev.text.replace(/\r?\n$/, ""));
        }
        start = prev.startPosition.row;
      }
      const endLine = endLineOf(n);
      const kind: SourceItem["kind"] =
        n.type === "use_declaration"
          ? "use"
          : n.type === "const_item"
            ? "const"
            : n.type === "static_item"
              ? "static"
              : n.type === "function_item"
                ? "fn"
                : "other";
      out.push({
        kind,
        name: n.childForFieldName("name")?.text ?? null,
        text: lines.slice(start, endLine).join("\n"),
        itemText: lines.slice(itemStart, endLine).join("\n"),
        leadingComments: comments,
        isTest,
        startLine: start + 1,
        endLine,
        useEntries: kind === "use" ? useDeclarationEntries(n) : [],
        useKey: kind === "use" ? useDeclarationKey(n) : null,
      });
    }
    return out;
  });
}

const INLINE_ARG = /\{([A-Za-z_][A-Za-z0-9_]*)(?=[}:])/g;

function inMacro(n: Node): boolean {
  for (let p = n.parent; p; p = p.parent)
    if (p.type === "token_tree" || p.type === "macro_invocation") return true;
  return false;
}

/**
 * Names a snippet refers to: identifiers, type names, method and field names, macro names and
 * inline format arguments (`{ACCOUNT_ID}`), minus nothing (callers compare with what they define).
 */
export async function referencedNames(code: string): Promise<Set<string>> {
  return withRustTree(code, (root) => {
    const out = new Set<string>();
    walk(root, (n) => {
      if (n.type === "identifier" || n.type === "type_identifier" || n.type === "field_identifier")
        out.add(n.text);
      else if ((n.type === "string_literal" || n.type === "raw_string_literal") && inMacro(n)) {
        for (const m of n.text.matchAll(INLINE_ARG)) out.add(m[1]!);
      }
    });
    return out;
  });
}

/**
 * Renames identifiers (`identifier` and `type_identifier` nodes, not fields or methods, not
 * the non-first segments of paths) and inline format arguments inside macros.
 */
export async function renameIdentifiers(code: string, renames: ReadonlyMap<string, string>): Promise<string> {
  if (renames.size === 0) return code;
  return withRustTree(code, (root) => {
    const edits: { start: number; end: number; text: string }[] = [];
    walk(root, (n) => {
      if (n.type === "identifier" || n.type === "type_identifier") {
        const to = renames.get(n.text);
        if (to === undefined) return;
        const parent = n.parent;
        // Inside macro token trees, `x.name` is a field/method and `a::name` a path segment.
        const prev = n.previousSibling;
        if (parent?.type === "token_tree" && prev && (prev.type === "." || prev.type === "::")) return;
        if (parent && (parent.type === "scoped_identifier" || parent.type === "scoped_type_identifier")) {
          if (parent.childForFieldName("name")?.id === n.id && parent.childForFieldName("path")) return;
        }
        edits.push({ start: n.startIndex, end: n.endIndex, text: to });
      } else if ((n.type === "string_literal" || n.type === "raw_string_literal") && inMacro(n)) {
        for (const m of n.text.matchAll(INLINE_ARG)) {
          const to = renames.get(m[1]!);
          if (to === undefined) continue;
          const at = n.startIndex + m.index! + 1;
          edits.push({ start: at, end: at + m[1]!.length, text: to });
        }
      }
    });
    edits.sort((a, b) => b.start - a.start);
    let out = code;
    for (const e of edits) out = out.slice(0, e.start) + e.text + out.slice(e.end);
    return out;
  });
}

/** The names a snippet defines at its top level (fns, consts, statics, structs …). */
export async function definedNames(code: string): Promise<string[]> {
  return withRustTree(code, (root) =>
    namedChildren(root)
      .map((n) => (n.type.endsWith("_item") ? (n.childForFieldName("name")?.text ?? null) : null))
      .filter((x): x is string => x !== null),
  );
}

/** Whether two snippets are the same Rust modulo whitespace and comments (token comparison). */
export async function sameTokens(a: string, b: string): Promise<boolean> {
  const tokens = async (code: string): Promise<string[]> =>
    withRustTree(code, (root) => {
      const out: string[] = [];
      walk(root, (n) => {
        if (isComment(n)) return false;
        if (children(n).length === 0) out.push(n.text);
      });
      return out;
    });
  const [ta, tb] = await Promise.all([tokens(a), tokens(b)]);
  return ta.length === tb.length && ta.every((t, i) => t === tb[i]);
}
