/**
 * `use` declarations: flattening a use tree into imported paths, and the order rustfmt sorts
 * them in (so inserted lines land where `rustfmt --check` expects them).
 */
import type { Node } from "web-tree-sitter";
import { children, namedChildren } from "./tree.js";

/** One imported path of a use tree: `use a::{b, c as d}` gives `a::b` and `a::c as d`. */
export interface UseEntry {
  readonly path: readonly string[];
  readonly alias: string | null;
  readonly glob: boolean;
}

/** The name a use entry binds in scope (`null` for globs and `as _`). */
export function boundName(e: UseEntry): string | null {
  if (e.glob) return null;
  if (e.alias !== null) return e.alias === "_" ? null : e.alias;
  const last = e.path[e.path.length - 1];
  if (last === "self") return e.path[e.path.length - 2] ?? null;
  return last ?? null;
}

export function useEntryText(e: UseEntry): string {
  return `${e.path.join("::")}${e.glob ? "::*" : ""}${e.alias !== null ? ` as ${e.alias}` : ""}`;
}

function pathSegments(n: Node): string[] {
  switch (n.type) {
    case "scoped_identifier": {
      const path = n.childForFieldName("path");
      const name = n.childForFieldName("name");
      return [...(path ? pathSegments(path) : []), ...(name ? [name.text] : [])];
    }
    default:
      return [n.text];
  }
}

/** Flattens the argument of a `use_declaration`. */
export function flattenUseTree(n: Node, prefix: readonly string[] = []): UseEntry[] {
  switch (n.type) {
    case "use_as_clause": {
      const path = n.childForFieldName("path");
      const alias = n.childForFieldName("alias");
      return [
        { path: [...prefix, ...(path ? pathSegments(path) : [])], alias: alias?.text ?? null, glob: false },
      ];
    }
    case "use_wildcard": {
      const inner = namedChildren(n)[0];
      return [{ path: [...prefix, ...(inner ? pathSegments(inner) : [])], alias: null, glob: true }];
    }
    case "scoped_use_list": {
      const path = n.childForFieldName("path");
      const list = n.childForFieldName("list");
      const p = [...prefix, ...(path ? pathSegments(path) : [])];
      return list ? flattenUseTree(list, p) : [];
    }
    case "use_list":
      return namedChildren(n)
        .filter((c) => c.type !== "line_comment" && c.type !== "block_comment")
        .flatMap((c) => flattenUseTree(c, prefix));
    default:
      return [{ path: [...prefix, ...pathSegments(n)], alias: null, glob: false }];
  }
}

/** The entries of a `use_declaration` node. */
export function useDeclarationEntries(decl: Node): UseEntry[] {
  const arg =
    decl.childForFieldName("argument") ??
    children(decl).find((c) => c.isNamed && c.type !== "visibility_modifier");
  return arg ? flattenUseTree(arg) : [];
}

// ---------------------------------------------------------------------------------------------
// rustfmt ordering. A use is compared segment by segment; the last segment may carry an alias
// or be a glob. Two style editions differ: 2015/2018/2021 put snake_case < CamelCase <
// UPPER_SNAKE and compare bytes; 2024 uses "version sorting" (digits by value, `_` first).

type Segment =
  | { kind: "self" | "super" | "crate"; alias: string | null }
  | { kind: "ident"; name: string; alias: string | null }
  | { kind: "glob" }
  | { kind: "list"; items: UseKey[] };

/** A use tree as rustfmt sorts it: path segments, the last possibly a glob or a `{...}` list. */
export type UseKey = readonly Segment[];

export function useEntryKey(e: UseEntry): UseKey {
  const out: Segment[] = e.path.map((s, i): Segment => {
    const alias = i === e.path.length - 1 && !e.glob ? e.alias : null;
    if (s === "self" || s === "super" || s === "crate") return { kind: s, alias };
    return { kind: "ident", name: s, alias };
  });
  if (e.glob) out.push({ kind: "glob" });
  return out;
}

/** The sort key of a use tree node (the argument of a `use_declaration`). */
export function useTreeKey(n: Node): UseKey {
  switch (n.type) {
    case "scoped_use_list": {
      const path = n.childForFieldName("path");
      const list = n.childForFieldName("list");
      const prefix = path ? useEntryKey({ path: pathSegments(path), alias: null, glob: false }) : [];
      return [...prefix, ...(list ? useTreeKey(list) : [{ kind: "list" as const, items: [] }])];
    }
    case "use_list":
      return [
        {
          kind: "list",
          items: namedChildren(n)
            .filter((c) => c.type !== "line_comment" && c.type !== "block_comment")
            .map((c) => useTreeKey(c)),
        },
      ];
    default: {
      const entries = flattenUseTree(n);
      return entries.length === 1 ? useEntryKey(entries[0]!) : [];
    }
  }
}

/** The sort key of a `use_declaration` node. */
export function useDeclarationKey(decl: Node): UseKey {
  const arg =
    decl.childForFieldName("argument") ??
    children(decl).find((c) => c.isNamed && c.type !== "visibility_modifier");
  return arg ? useTreeKey(arg) : [];
}

export type StyleEdition = "2021" | "2024";

const isUpperSnake = (s: string): boolean =>
  [...s].every((c) => c === "_" || /[0-9]/.test(c) || c !== c.toLowerCase());
const startsUpper = (s: string): boolean => s.length > 0 && s[0] !== s[0]!.toLowerCase();
const startsLower = (s: string): boolean => s.length > 0 && s[0] !== s[0]!.toUpperCase();

function byteCmp(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, "utf8"), Buffer.from(b, "utf8"));
}

/** The Rust style guide's version sorting (style edition 2024). */
export function versionCmp(a: string, b: string): number {
  let i = 0;
  let j = 0;
  let tieBreak = 0;
  while (i < a.length && j < b.length) {
    const ca = a[i]!;
    const cb = b[j]!;
    const da = /[0-9]/.test(ca);
    const db = /[0-9]/.test(cb);
    if (da && db) {
      let ei = i;
      while (ei < a.length && /[0-9]/.test(a[ei]!)) ei++;
      let ej = j;
      while (ej < b.length && /[0-9]/.test(b[ej]!)) ej++;
      const na = a.slice(i, ei).replace(/^0+(?=\d)/, "");
      const nb = b.slice(j, ej).replace(/^0+(?=\d)/, "");
      if (na.length !== nb.length) return na.length - nb.length;
      if (na !== nb) return na < nb ? -1 : 1;
      if (tieBreak === 0) tieBreak = Math.sign(ej - j - (ei - i));
      i = ei;
      j = ej;
      continue;
    }
    if (ca !== cb) {
      if (ca === "_") return -1;
      if (cb === "_") return 1;
      return ca.codePointAt(0)! - cb.codePointAt(0)!;
    }
    i++;
    j++;
  }
  if (i < a.length) return 1;
  if (j < b.length) return -1;
  return tieBreak;
}

function identCmp(a: string, b: string, style: StyleEdition): number {
  const ia = a.replace(/^r#/, "");
  const ib = b.replace(/^r#/, "");
  if (style === "2024") return versionCmp(ia, ib);
  if (startsUpper(ia) && startsLower(ib)) return 1;
  if (startsLower(ia) && startsUpper(ib)) return -1;
  if (isUpperSnake(ia) && !isUpperSnake(ib)) return 1;
  if (!isUpperSnake(ia) && isUpperSnake(ib)) return -1;
  return byteCmp(ia, ib);
}

const RANK: Record<Segment["kind"], number> = { self: 0, super: 1, crate: 2, ident: 3, glob: 4, list: 5 };

function segmentCmp(a: Segment, b: Segment, style: StyleEdition, withAlias: boolean): number {
  if (a.kind !== b.kind) return RANK[a.kind] - RANK[b.kind];
  if (a.kind === "glob" || b.kind === "glob") return 0;
  if (a.kind === "list" && b.kind === "list") {
    for (let i = 0; i < Math.min(a.items.length, b.items.length); i++) {
      const c = compareUseKeys(a.items[i]!, b.items[i]!, style);
      if (c !== 0) return c;
    }
    return a.items.length - b.items.length;
  }
  if (a.kind === "ident" && b.kind === "ident") {
    const c = identCmp(a.name, b.name, style);
    if (c !== 0) return c;
  }
  if (a.kind === "list" || b.kind === "list" || !withAlias) return 0;
  if (a.alias === null && b.alias !== null) return -1;
  if (a.alias !== null && b.alias === null) return 1;
  if (a.alias !== null && b.alias !== null) return identCmp(a.alias, b.alias, style);
  return 0;
}

/** Compares two use trees as rustfmt's `reorder_imports` does (`UseTree::cmp`). */
export function compareUseKeys(a: UseKey, b: UseKey, style: StyleEdition = "2021"): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const ord = segmentCmp(a[i]!, b[i]!, style, true);
    if (ord !== 0 && segmentCmp(a[i]!, b[i]!, style, false) !== 0) return ord;
  }
  return a.length - b.length;
}

export function compareUseEntries(a: UseEntry, b: UseEntry, style: StyleEdition = "2021"): number {
  return compareUseKeys(useEntryKey(a), useEntryKey(b), style);
}
