/**
 * Merging translated tests into an existing Rust test file, by insertion only:
 * - new `use` lines go into the file's leading import block at the place rustfmt sorts them to
 *   (style editions 2021 and 2024 agreeing; otherwise as a group of their own right after it),
 *   without duplicates and only when the added code uses them;
 * - constants, missing client helpers (`make_x_client_with_region`, `make_mock`,
 *   `make_x_client_with_mock`) and helpers go right after
 *   the file's client helper, only when an added test needs them; a name the file already
 *   defines is reused when its definition is the same, else the new item is renamed;
 * - tests are appended under a section header naming the moto file (or at the end of that
 *   file's existing section), each under a `// Ported from moto: <file>::<test>` line.
 * Existing lines are never changed or removed.
 */
import {
  boundName,
  compareUseKeys,
  importedNames,
  referencedNames,
  renameIdentifiers,
  sameTokens,
  useEntryKey,
  useEntryText,
  type SourceItem,
  type TestFileInventory,
  type UseEntry,
  type UseKey,
} from "@moto2rust/backend-rust";
import { applyInsertions, splitLines, type Insertion } from "./text-edit.js";

const SECTION_RULE = `// ${"=".repeat(76)}`;

export interface MergeTest {
  readonly motoTest: string;
  /** Rust test fns for this moto test (several for parametrize). */
  readonly rustNames: readonly string[];
  readonly partial: boolean;
}

export interface MergeBatch {
  /** `tests/test_ecs/test_ecs.py` */
  readonly label: string;
  /** `test_ecs.py` */
  readonly basename: string;
  /** Items of the translated (rustfmt-formatted) file. */
  readonly items: readonly SourceItem[];
  /** Tests to add, in the order to append them. */
  readonly tests: readonly MergeTest[];
}

export interface MergeInput {
  readonly source: string;
  readonly inventory: TestFileInventory;
  readonly batches: readonly MergeBatch[];
  /**
   * Client helper names the translation uses (the factories, the region variant, the mock
   * factory and the helper deriving a client from a mock): a file's own definition is kept.
   */
  readonly clientHelpers: readonly string[];
  /**
   * Formats the added items as the target crate's rustfmt would (its edition and rustfmt.toml);
   * one text per item in, one out. Identity when absent or when rustfmt is unavailable.
   */
  readonly format?: (items: readonly string[]) => Promise<readonly string[]>;
}

export interface AddedTest {
  readonly file: string;
  readonly motoTest: string;
  readonly rustName: string;
}

export interface MergeResult {
  readonly source: string;
  readonly insertions: readonly Insertion[];
  readonly added: {
    readonly tests: readonly AddedTest[];
    readonly helpers: readonly string[];
    readonly clientHelpers: readonly string[];
    readonly constants: readonly string[];
    readonly uses: readonly string[];
  };
  readonly renamed: readonly { readonly from: string; readonly to: string; readonly file: string }[];
  readonly notes: readonly string[];
}

/** Trait imports are used through methods, not their names. */
const TRAIT_METHODS: Readonly<Record<string, readonly string[]>> = {
  ProvideErrorMetadata: ["code", "message", "meta"],
  Engine: ["encode", "decode"],
  FromStr: ["from_str", "parse"],
  Read: ["read", "read_to_end", "read_to_string"],
  Write: ["write", "write_all", "flush"],
  StreamExt: ["next", "collect"],
  Digest: ["digest", "update", "finalize"],
  Hasher: ["finish", "write"],
  Hash: ["hash"],
};

interface Piece {
  kind: "test" | "fn" | "client" | "const";
  name: string;
  text: string;
  batch: MergeBatch;
  motoTest?: string;
  partial?: boolean;
}

function freeName(base: string, taken: (n: string) => boolean, upper: boolean): string {
  const stem = upper ? `${base}_MOTO` : `${base}_moto`;
  if (!taken(stem)) return stem;
  for (let i = 2; ; i++) if (!taken(`${stem}${i}`)) return `${stem}${i}`;
}

function isBlank(lines: readonly string[], line: number): boolean {
  return line >= 1 && line <= lines.length && lines[line - 1]!.trim() === "";
}

/** Wraps a block to insert after `afterLine` with exactly one blank line on either side. */
function padded(
  lines: readonly string[],
  afterLine: number,
  block: readonly string[],
  priority: number,
): Insertion {
  const out: string[] = [];
  if (afterLine > 0 && !isBlank(lines, afterLine)) out.push("");
  out.push(...block);
  if (afterLine < lines.length && !isBlank(lines, afterLine + 1)) out.push("");
  return { afterLine, lines: out, priority };
}

export async function mergeTests(input: MergeInput): Promise<MergeResult> {
  const { inventory: inv } = input;
  const lines = splitLines(input.source);
  const notes: string[] = [];
  const renamed: { from: string; to: string; file: string }[] = [];

  const fileFns = new Map<string, string>();
  for (const f of inv.functions) if (f.modulePath.length === 0) fileFns.set(f.name, f.text);
  const fileConsts = new Map<string, string>();
  for (const c of inv.constants) fileConsts.set(c.name, c.text);
  const addedNames = new Map<string, Piece>();
  const taken = (n: string): boolean => fileFns.has(n) || fileConsts.has(n) || addedNames.has(n);

  const pieces: Piece[] = [];
  const addedTests: AddedTest[] = [];
  for (const batch of input.batches) {
    const byName = new Map<string, SourceItem>();
    for (const it of batch.items)
      if (it.name && (it.kind === "fn" || it.kind === "const" || it.kind === "static"))
        byName.set(it.name, it);
    const renames = new Map<string, string>();
    const batchPieces: Piece[] = [];
    const testNames = new Set(batch.tests.flatMap((t) => t.rustNames));

    // Tests, renamed when an earlier batch already added the same name.
    for (const t of batch.tests) {
      for (const rustName of t.rustNames) {
        const item = byName.get(rustName);
        if (!item || item.kind !== "fn") {
          notes.push(`${batch.basename}::${t.motoTest}: the translation has no fn ${rustName}; not added`);
          continue;
        }
        const text = [
          ...item.leadingComments.filter((c) => !/(Ported|Translated) from moto:/.test(c)),
          item.itemText,
        ].join("\n");
        let name = rustName;
        if (taken(name)) {
          name = freeName(rustName, taken, false);
          renames.set(rustName, name);
          renamed.push({ from: rustName, to: name, file: batch.label });
        }
        const p: Piece = { kind: "test", name, text, batch, motoTest: t.motoTest, partial: t.partial };
        batchPieces.push(p);
        addedNames.set(name, p);
        addedTests.push({ file: batch.label, motoTest: t.motoTest, rustName: name });
      }
    }

    // Items the tests need, transitively.
    const needed: SourceItem[] = [];
    const seen = new Set<string>();
    const queue: string[] = [];
    const enqueueRefs = async (text: string): Promise<void> => {
      for (const n of await referencedNames(text)) if (!seen.has(n)) queue.push(n);
    };
    for (const p of batchPieces) await enqueueRefs(p.text);
    while (queue.length > 0) {
      const n = queue.shift()!;
      if (seen.has(n)) continue;
      seen.add(n);
      const item = byName.get(n);
      if (!item || testNames.has(n)) continue;
      needed.push(item);
      await enqueueRefs(item.itemText);
    }
    for (const item of needed) {
      const name = item.name!;
      const isClient = input.clientHelpers.includes(name);
      const kind: Piece["kind"] = item.kind === "fn" ? (isClient ? "client" : "fn") : "const";
      const existing = fileFns.get(name) ?? fileConsts.get(name);
      if (existing !== undefined) {
        if (isClient || (await sameTokens(existing, item.itemText))) continue;
      } else {
        const prev = addedNames.get(name);
        if (!prev) {
          const p: Piece = { kind, name, text: item.itemText, batch };
          batchPieces.push(p);
          addedNames.set(name, p);
          continue;
        }
        if (prev.kind !== "test" && (await sameTokens(prev.text, item.itemText))) continue;
      }
      const to = freeName(name, taken, kind === "const");
      renames.set(name, to);
      renamed.push({ from: name, to, file: batch.label });
      const p: Piece = { kind, name: to, text: item.itemText, batch };
      batchPieces.push(p);
      addedNames.set(to, p);
    }
    if (renames.size > 0) for (const p of batchPieces) p.text = await renameIdentifiers(p.text, renames);
    pieces.push(...batchPieces);
  }
  if (input.format && pieces.length > 0) {
    const formatted = await input.format(pieces.map((p) => p.text));
    if (formatted.length === pieces.length) pieces.forEach((p, i) => (p.text = formatted[i]!));
    else notes.push("rustfmt changed the number of items; the added code is left as translated");
  }

  // Uses the added code needs and the file lacks.
  const usedNames = new Set<string>();
  for (const p of pieces) for (const n of await referencedNames(p.text)) usedNames.add(n);
  const haveEntries = new Set(inv.uses.flatMap((u) => u.entries.map(useEntryText)));
  const haveNames = importedNames(inv);
  const newUses: UseEntry[] = [];
  const newUseTexts = new Set<string>();
  for (const batch of input.batches) {
    for (const item of batch.items) {
      if (item.kind !== "use") continue;
      for (const e of item.useEntries) {
        const text = useEntryText(e);
        if (haveEntries.has(text) || newUseTexts.has(text) || e.glob) continue;
        const bound = boundName(e);
        const last = e.path[e.path.length - 1] ?? "";
        const methods = TRAIT_METHODS[last];
        const used =
          (bound !== null && usedNames.has(bound)) ||
          (methods !== undefined && methods.some((m) => usedNames.has(m)));
        if (!used) continue;
        if (bound !== null && haveNames.has(bound)) {
          notes.push(`not importing ${text}: the file already imports another \`${bound}\``);
          continue;
        }
        newUses.push(e);
        newUseTexts.add(text);
        if (bound !== null) haveNames.add(bound);
      }
    }
  }

  const insertions: Insertion[] = [];

  // 1. Uses.
  const useLines = (es: readonly UseEntry[]): string[] => es.map((e) => `use ${useEntryText(e)};`);
  const group = inv.useGroups[0];
  let usesEndLine = inv.preambleEndLine;
  if (newUses.length > 0) {
    const sortedNew = [...newUses].sort((a, b) => compareUseKeys(useEntryKey(a), useEntryKey(b), "2021"));
    if (!group) {
      insertions.push(padded(lines, inv.preambleEndLine, useLines(sortedNew), 0));
    } else {
      const keys: UseKey[] = group.uses.map((u) => u.key);
      const position = (k: UseKey, style: "2021" | "2024"): number => {
        const i = keys.findIndex((x) => compareUseKeys(k, x, style) < 0);
        return i < 0 ? keys.length : i;
      };
      const inGroup = new Map<number, UseEntry[]>();
      const apart: UseEntry[][] = [];
      for (const e of sortedNew) {
        const k = useEntryKey(e);
        const p = position(k, "2021");
        const others = inGroup.get(p) ?? [];
        const agrees =
          p === position(k, "2024") && others.every((o) => compareUseKeys(useEntryKey(o), k, "2024") < 0);
        if (agrees) inGroup.set(p, [...others, e]);
        else apart.push([e]);
      }
      for (const [p, es] of inGroup) {
        const afterLine = p === 0 ? group.startLine - 1 : group.uses[p - 1]!.endLine;
        insertions.push({ afterLine, lines: useLines(es), priority: 0 });
      }
      for (const es of apart)
        insertions.push({ afterLine: group.endLine, lines: ["", ...useLines(es)], priority: 1 });
    }
    usesEndLine = group ? group.endLine : inv.preambleEndLine;
  } else if (group) usesEndLine = group.endLine;

  // 2. Constants, client helpers, helpers: after the file's client helper(s).
  const anchorFns = inv.functions.filter(
    (f) => f.modulePath.length === 0 && input.clientHelpers.includes(f.name),
  );
  const anchor = anchorFns.length > 0 ? Math.max(...anchorFns.map((f) => f.endLine)) : usesEndLine;
  const support = [
    ...pieces.filter((p) => p.kind === "const"),
    ...pieces.filter((p) => p.kind === "client"),
    ...pieces.filter((p) => p.kind === "fn"),
  ];
  if (support.length > 0) {
    const block: string[] = [];
    let prev: Piece | null = null;
    for (const p of support) {
      // Consts sit together (one per line, as rustfmt leaves them); everything else apart.
      if (block.length > 0 && !(prev?.kind === "const" && p.kind === "const")) block.push("");
      block.push(...splitLines(p.text));
      prev = p;
    }
    // A file with no uses yet gets them and the support items in one block.
    const afterUses = anchorFns.length === 0 && newUses.length > 0 && !group;
    insertions.push(
      afterUses ? { afterLine: anchor, lines: ["", ...block], priority: 2 } : padded(lines, anchor, block, 2),
    );
  }

  // 3. Tests, per moto file: at the end of its existing section, else under a new header at the end.
  for (const batch of input.batches) {
    const tests = pieces.filter((p) => p.kind === "test" && p.batch === batch);
    if (tests.length === 0) continue;
    const block: string[] = [];
    for (const t of tests) {
      if (block.length > 0) block.push("");
      block.push(`// Ported from moto: ${batch.basename}::${t.motoTest}${t.partial ? " (partial)" : ""}`);
      block.push(...splitLines(t.text));
    }
    const headerLabel = `Ported from moto: ${batch.label}`;
    const header = inv.sectionHeaders.find((h) => h.label === headerLabel);
    if (header) {
      const next = inv.sectionHeaders.find((h) => h.startLine > header.endLine);
      const limit = next ? next.startLine : Number.POSITIVE_INFINITY;
      const inside = inv.topLevelItems.filter((it) => it.startLine > header.endLine && it.startLine < limit);
      const afterLine = inside.length > 0 ? Math.max(...inside.map((it) => it.endLine)) : header.endLine;
      insertions.push(padded(lines, afterLine, block, 3));
    } else {
      const full = [SECTION_RULE, `// ${headerLabel}`, SECTION_RULE, "", ...block];
      const fresh = lines.length === 0 && insertions.length > 0;
      insertions.push(padded(lines, lines.length, fresh ? ["", ...full] : full, 3));
    }
  }

  return {
    source: applyInsertions(input.source, insertions),
    insertions,
    added: {
      tests: addedTests.filter((t) => pieces.some((p) => p.kind === "test" && p.name === t.rustName)),
      helpers: pieces.filter((p) => p.kind === "fn").map((p) => p.name),
      clientHelpers: pieces.filter((p) => p.kind === "client").map((p) => p.name),
      constants: pieces.filter((p) => p.kind === "const").map((p) => p.name),
      uses: newUses.map(useEntryText),
    },
    renamed,
    notes,
  };
}
