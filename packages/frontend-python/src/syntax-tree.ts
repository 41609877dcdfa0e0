/**
 * web-tree-sitter `Tree` → plain `SyntaxNode` tree, in one TreeCursor walk. Every property read
 * through the JS binding marshals the node into WASM memory and back, so each node is visited
 * exactly once and asked only what cannot be derived in JS: its type, field, start and end.
 * Text is sliced from the source string and row/column computed from the offsets on demand.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Language, Tree, TreeCursor } from "web-tree-sitter";
import { ERROR, HAS_ERROR, MISSING, NAMED, PlainNode, SourceText, type SyntaxNode } from "./syntax-node.js";

/** tree-sitter's ERROR symbol (`ts_builtin_sym_error`). */
const ERROR_SYMBOL = 65535;

interface LanguageTables {
  /** Type name by type id, as `Node.type` spells it. */
  readonly types: readonly string[];
  readonly fields: readonly (string | null)[];
  /** Is a type id named: unknown (0), no (1), yes (2). Learnt from the cursor, once per id. */
  readonly named: Uint8Array;
  /** Node types whose children never fill a field: their children's field is not asked. */
  readonly fieldless: ReadonlySet<string>;
}

/**
 * The node types of tree-sitter-python that have no fields, from the grammar's `node-types.json`
 * (generated with the WASM; fields that hidden children pass on to their parent are listed
 * there too). ERROR nodes are never in it: recovery may put anything below them.
 */
function fieldlessTypes(): Set<string> {
  const require = createRequire(import.meta.url);
  const out = new Set<string>();
  let entries: unknown;
  try {
    entries = JSON.parse(readFileSync(require.resolve("tree-sitter-python/src/node-types.json"), "utf8"));
  } catch {
    return out; // no shortcut: every field is asked
  }
  if (!Array.isArray(entries)) return out;
  const withFields = new Set<string>();
  for (const e of entries as unknown[]) {
    if (typeof e !== "object" || e === null) continue;
    const { type, fields, subtypes } = e as { type?: unknown; fields?: unknown; subtypes?: unknown };
    if (typeof type !== "string") continue;
    // Supertypes (`expression`, …) are hidden: never a node's type.
    if (subtypes !== undefined) continue;
    if (typeof fields === "object" && fields !== null && Object.keys(fields).length > 0) withFields.add(type);
    else out.add(type);
  }
  for (const t of withFields) out.delete(t);
  out.delete("ERROR");
  return out;
}

/**
 * The same string, as V8's unique copy: the binding decodes names from WASM memory, and lowering
 * compares node types and field names with literals all the time (a pointer compare when both
 * sides are unique, a character compare otherwise).
 */
function interned(s: string): string {
  return s === "" ? s : (Object.keys({ [s]: 0 })[0] ?? s);
}

const tablesByLanguage = new WeakMap<Language, LanguageTables>();

function tablesOf(language: Language): LanguageTables {
  let t = tablesByLanguage.get(language);
  if (t === undefined) {
    t = {
      types: language.types.map((name) => (typeof name === "string" ? interned(name) : name)),
      fields: language.fields.map((name) => (typeof name === "string" ? interned(name) : name)),
      named: new Uint8Array(ERROR_SYMBOL + 1),
      fieldless: fieldlessTypes(),
    };
    tablesByLanguage.set(language, t);
  }
  return t;
}

/**
 * Convert a parsed tree. The tree is left intact (the caller deletes it). Iterative: safe at
 * any nesting depth.
 */
export function toSyntaxTree(tree: Tree, source: string): SyntaxNode {
  const tables = tablesOf(tree.language);
  const src = new SourceText(source);
  // `hasError` is a subtree property tree-sitter keeps (hidden MISSING tokens count too); it is
  // asked per node only for the rare tree that has an error at all.
  const anyError = tree.rootNode.hasError;
  const cursor = tree.walk();
  try {
    const root = nodeAt(cursor, src, tables, null, anyError);
    // The open nodes from the root down (`current`'s parent last), and the children found so far
    // of all of them in one stack (`firstChild`: where each open node's children start).
    const open: PlainNode[] = [];
    const firstChild: number[] = [];
    const found: SyntaxNode[] = [];
    let current = root;
    for (;;) {
      if (cursor.gotoFirstChild()) {
        open.push(current);
        firstChild.push(found.length);
        current = nodeAt(cursor, src, tables, current, anyError);
        found.push(current);
        continue;
      }
      for (;;) {
        const parent = open[open.length - 1];
        if (parent === undefined) return root;
        if (cursor.gotoNextSibling()) {
          current = nodeAt(cursor, src, tables, parent, anyError);
          found.push(current);
          break;
        }
        // Every child of `parent` is done.
        cursor.gotoParent();
        open.pop();
        const from = firstChild.pop()!;
        parent.close(found.slice(from));
        found.length = from;
      }
    }
  } finally {
    cursor.delete();
  }
}

function nodeAt(
  cursor: TreeCursor,
  src: SourceText,
  tables: LanguageTables,
  parent: PlainNode | null,
  anyError: boolean,
): PlainNode {
  const typeId = cursor.nodeTypeId;
  const fieldId = parent === null || tables.fieldless.has(parent.type) ? 0 : cursor.currentFieldId;
  const start = cursor.startIndex;
  const end = cursor.endIndex;
  let named = tables.named[typeId];
  if (named === 0) {
    named = cursor.nodeIsNamed ? 2 : 1;
    tables.named[typeId] = named;
  }
  let flags = named === 2 ? NAMED : 0;
  if (typeId === ERROR_SYMBOL) flags |= ERROR;
  // MISSING nodes are always zero-width.
  if (start === end && cursor.nodeIsMissing) flags |= MISSING;
  if (anyError && cursor.currentNode.hasError) flags |= HAS_ERROR;
  return new PlainNode(
    src,
    tables.types[typeId] || "ERROR",
    flags,
    fieldId === 0 ? null : (tables.fields[fieldId] ?? null),
    start,
    end,
    parent,
  );
}
