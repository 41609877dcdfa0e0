/**
 * Inventory of a Rust integration test file (winterbaume's `tests/integration_test.rs`): tests,
 * client helpers, other helpers, constants, `use` items, `// Ported from moto:` markers and
 * section headers, with the line positions a merge needs. Read with tree-sitter-rust only.
 */
import type { Node } from "web-tree-sitter";
import { syntaxErrors } from "../read/rust-parser.js";
import { children, commentBody, endLineOf, isComment, lineOf, namedChildren, withRustTree } from "./tree.js";
import { boundName, useDeclarationEntries, useDeclarationKey, type UseEntry, type UseKey } from "./uses.js";

export interface RustParam {
  readonly name: string;
  readonly type: string;
}

export interface RustFnInfo {
  readonly name: string;
  /** Enclosing inline modules (`mod blob_backed { ... }`), outermost first; empty at top level. */
  readonly modulePath: readonly string[];
  /** 1-based, inclusive; `startLine` includes attributes and comments directly above. */
  readonly startLine: number;
  readonly itemLine: number;
  readonly endLine: number;
  readonly isTest: boolean;
  readonly isAsync: boolean;
  readonly params: readonly RustParam[];
  /** Return type as written, or null for `()`. */
  readonly returnType: string | null;
  /** The item's text (attributes and comments above excluded). */
  readonly text: string;
}

export interface RustConstInfo {
  readonly name: string;
  readonly kind: "const" | "static";
  readonly type: string;
  readonly value: string;
  readonly startLine: number;
  readonly endLine: number;
  readonly text: string;
}

export interface RustUseInfo {
  readonly text: string;
  readonly startLine: number;
  readonly endLine: number;
  readonly entries: readonly UseEntry[];
  readonly key: UseKey;
  /** `pub use` etc. */
  readonly visibility: string | null;
}

/** A run of top-level `use` declarations with no blank line or other item between them. */
export interface RustUseGroup {
  readonly startLine: number;
  readonly endLine: number;
  readonly uses: readonly RustUseInfo[];
}

/** `// Ported from moto: test_x.py::test_y` (also `/// Translated from moto: test_y`). */
export interface PortedMarker {
  /** The moto file's base name, or null when the comment names only the test. */
  readonly file: string | null;
  readonly test: string;
  readonly line: number;
}

/** A `// ====` / `// <label>` / `// ====` comment block. */
export interface SectionHeader {
  readonly label: string;
  readonly startLine: number;
  readonly endLine: number;
}

export interface TestFileInventory {
  readonly lineCount: number;
  readonly endsWithNewline: boolean;
  readonly uses: readonly RustUseInfo[];
  readonly useGroups: readonly RustUseGroup[];
  /** Every fn item, nested modules included, in file order. */
  readonly functions: readonly RustFnInfo[];
  readonly tests: readonly RustFnInfo[];
  /** Top-level async fns returning a `…Client` (SDK client factories). */
  readonly clientHelpers: readonly RustFnInfo[];
  /** Top-level fns that are neither tests nor client helpers. */
  readonly helpers: readonly RustFnInfo[];
  readonly constants: readonly RustConstInfo[];
  readonly portedMarkers: readonly PortedMarker[];
  readonly sectionHeaders: readonly SectionHeader[];
  /** Last line of the leading `//!` comments and `#![...]` attributes (0 when none). */
  readonly preambleEndLine: number;
  /** 1-based line of every top-level item's first line (comments/attributes above included). */
  readonly topLevelItems: readonly {
    readonly kind: string;
    readonly startLine: number;
    readonly endLine: number;
  }[];
  readonly syntaxErrors: readonly { readonly line: number; readonly col: number; readonly text: string }[];
}

const PORTED = /^\/?\s*(?:Ported|Translated) from moto:\s*(?:(\S+?\.py)::)?(test_\w+)/;

/** Parses a `Ported from moto` comment body. */
export function parsePortedMarker(body: string, line: number): PortedMarker | null {
  const m = PORTED.exec(body.trim().replace(/^[/!]\s*/, ""));
  if (!m) return null;
  const file = m[1] ? (m[1].split(/[\\/]/).pop() ?? m[1]) : null;
  return { file, test: m[2]!, line };
}

function fnInfo(n: Node, items: readonly Node[], index: number, modulePath: readonly string[]): RustFnInfo {
  let start = n.startPosition.row;
  let isTest = false;
  for (let j = index - 1; j >= 0; j--) {
    const prev = items[j]!;
    if (prev.type !== "attribute_item" && !isComment(prev)) break;
    if (prev.endPosition.row < start - 1) break;
    if (prev.type === "attribute_item" && /^#\[\s*(?:[\w:]+::)?test\b/.test(prev.text)) isTest = true;
    start = prev.startPosition.row;
  }
  const name = n.childForFieldName("name")?.text ?? "";
  const mods = children(n).find((c) => c.type === "function_modifiers");
  const isAsync = mods ? children(mods).some((c) => c.type === "async") : false;
  const paramsNode = n.childForFieldName("parameters");
  const params: RustParam[] = [];
  for (const p of paramsNode ? namedChildren(paramsNode) : []) {
    if (p.type !== "parameter") continue;
    params.push({
      name: p.childForFieldName("pattern")?.text ?? "",
      type: p.childForFieldName("type")?.text ?? "",
    });
  }
  const ret = n.childForFieldName("return_type");
  return {
    name,
    modulePath,
    startLine: start + 1,
    itemLine: lineOf(n),
    endLine: endLineOf(n),
    isTest,
    isAsync,
    params,
    returnType: ret?.text ?? null,
    text: n.text,
  };
}

function isClientHelper(f: RustFnInfo): boolean {
  if (f.isTest || !f.isAsync || f.modulePath.length > 0 || f.returnType === null) return false;
  return /(^|::)Client$/.test(f.returnType.replace(/\s+/g, ""));
}

/** Reads the inventory of a Rust test file. Never throws on bad Rust: see `syntaxErrors`. */
export async function readTestFile(source: string): Promise<TestFileInventory> {
  return withRustTree(source, (root) => {
    const lines = source.split("\n");
    const endsWithNewline = source.endsWith("\n");
    const lineCount = endsWithNewline ? lines.length - 1 : lines.length;
    const uses: RustUseInfo[] = [];
    const functions: RustFnInfo[] = [];
    const constants: RustConstInfo[] = [];
    const portedMarkers: PortedMarker[] = [];
    const sectionHeaders: SectionHeader[] = [];
    const topLevelItems: { kind: string; startLine: number; endLine: number }[] = [];
    let preambleEndLine = 0;
    let preambleOpen = true;

    const visitItems = (container: Node, modulePath: readonly string[]): void => {
      const items = namedChildren(container);
      for (let i = 0; i < items.length; i++) {
        const n = items[i]!;
        if (n.type === "function_item") functions.push(fnInfo(n, items, i, modulePath));
        else if (n.type === "mod_item") {
          const body = n.childForFieldName("body");
          const name = n.childForFieldName("name")?.text ?? "";
          if (body) visitItems(body, [...modulePath, name]);
        }
      }
    };

    const top = namedChildren(root);
    for (let i = 0; i < top.length; i++) {
      const n = top[i]!;
      const isInnerDoc = isComment(n) && /^\/\/!|^\/\*!/.test(n.text);
      if (preambleOpen && (isInnerDoc || n.type === "inner_attribute_item")) preambleEndLine = endLineOf(n);
      else if (!isComment(n)) preambleOpen = false;
      if (!isComment(n) && n.type !== "attribute_item") {
        let start = n.startPosition.row;
        for (let j = i - 1; j >= 0; j--) {
          const prev = top[j]!;
          if (prev.type !== "attribute_item" && !(isComment(prev) && !/^\/\/!/.test(prev.text))) break;
          if (prev.endPosition.row < start - 1) break;
          start = prev.startPosition.row;
        }
        topLevelItems.push({ kind: n.type, startLine: start + 1, endLine: endLineOf(n) });
      }
      if (n.type === "use_declaration") {
        const vis = children(n).find((c) => c.type === "visibility_modifier");
        uses.push({
          text: n.text,
          startLine: lineOf(n),
          endLine: endLineOf(n),
          entries: useDeclarationEntries(n),
          key: useDeclarationKey(n),
          visibility: vis?.text ?? null,
        });
      } else if (n.type === "const_item" || n.type === "static_item") {
        constants.push({
          name: n.childForFieldName("name")?.text ?? "",
          kind: n.type === "const_item" ? "const" : "static",
          type: n.childForFieldName("type")?.text ?? "",
          value: n.childForFieldName("value")?.text ?? "",
          startLine: lineOf(n),
          endLine: endLineOf(n),
          text: n.text,
        });
      }
    }
    visitItems(root, []);

    // Comments anywhere (tests may sit in modules): ported markers and section headers.
    const comments: Node[] = [];
    const collect = (n: Node): void => {
      if (isComment(n)) comments.push(n);
      for (const c of children(n)) collect(c);
    };
    collect(root);
    for (let i = 0; i < comments.length; i++) {
      const c = comments[i]!;
      const body = commentBody(c);
      const marker = parsePortedMarker(body, lineOf(c));
      if (marker) portedMarkers.push(marker);
      const rule = /^\s*[=\-─]{10,}\s*$/;
      if (rule.test(body)) {
        const mid = comments[i + 1];
        const close = comments[i + 2];
        if (
          mid &&
          close &&
          lineOf(mid) === lineOf(c) + 1 &&
          lineOf(close) === lineOf(mid) + 1 &&
          rule.test(commentBody(close)) &&
          !rule.test(commentBody(mid))
        ) {
          sectionHeaders.push({
            label: commentBody(mid).trim(),
            startLine: lineOf(c),
            endLine: lineOf(close),
          });
          i += 2;
        }
      }
    }

    const useGroups: RustUseGroup[] = [];
    for (const u of uses) {
      const last = useGroups[useGroups.length - 1];
      if (last && u.startLine === last.endLine + 1) {
        useGroups[useGroups.length - 1] = {
          startLine: last.startLine,
          endLine: u.endLine,
          uses: [...last.uses, u],
        };
      } else {
        useGroups.push({ startLine: u.startLine, endLine: u.endLine, uses: [u] });
      }
    }

    const tests = functions.filter((f) => f.isTest);
    const clientHelpers = functions.filter(isClientHelper);
    const helpers = functions.filter(
      (f) => !f.isTest && f.modulePath.length === 0 && !clientHelpers.includes(f),
    );
    return {
      lineCount,
      endsWithNewline,
      uses,
      useGroups,
      functions,
      tests,
      clientHelpers,
      helpers,
      constants,
      portedMarkers,
      sectionHeaders,
      preambleEndLine,
      topLevelItems,
      syntaxErrors: syntaxErrors(root),
    };
  });
}

/** Every name a file's top-level `use` items bring into scope. */
export function importedNames(inv: TestFileInventory): Set<string> {
  const out = new Set<string>();
  for (const u of inv.uses)
    for (const e of u.entries) {
      const n = boundName(e);
      if (n) out.add(n);
    }
  return out;
}

/**
 * The client helpers of a file for one SDK crate (`aws_sdk_ecs`): the no-argument factory
 * (`make_ecs_client`), the one taking a region (`make_ecs_client_with_region(region: &str)`),
 * the one deriving a client from a shared mock (`fn(mock: &MockAws, region: &str) -> Client`),
 * and the mock factory (`fn make_mock() -> MockAws`).
 */
export function pickClientHelpers(
  inv: TestFileInventory,
  sdkCrate: string,
  /** The mock factory must register this service (`EcsService`), when given. */
  serviceStruct?: string,
): {
  base: RustFnInfo | null;
  region: RustFnInfo | null;
  mock: RustFnInfo | null;
  mockClient: RustFnInfo | null;
} {
  const mine = inv.clientHelpers.filter((f) => {
    const ret = (f.returnType ?? "").replace(/\s+/g, "");
    return (
      ret === `${sdkCrate}::Client` || (ret === "Client" && inv.uses.some((u) => u.text.includes(sdkCrate)))
    );
  });
  const score = (f: RustFnInfo): number =>
    (/client/i.test(f.name) ? 0 : 1) + (f.name.startsWith("make_") ? 0 : 1);
  const base = mine.filter((f) => f.params.length === 0).sort((a, b) => score(a) - score(b))[0] ?? null;
  const region =
    mine
      .filter((f) => f.params.length === 1 && /^&\s*(?:'\w+\s+)?str$/.test(f.params[0]!.type.trim()))
      .sort(
        (a, b) => score(a) - score(b) + (/region/.test(a.name) ? -2 : 0) - (/region/.test(b.name) ? -2 : 0),
      )[0] ?? null;
  const isMockType = (t: string): boolean => /^(?:winterbaume_core::)?MockAws$/.test(t.replace(/\s+/g, ""));
  const isMockRef = (t: string): boolean => /^&\s*(?:winterbaume_core::)?MockAws$/.test(t.trim());
  const mockClient =
    mine
      .filter(
        (f) =>
          f.params.length === 2 &&
          isMockRef(f.params[0]!.type) &&
          /^&\s*(?:'\w+\s+)?str$/.test(f.params[1]!.type.trim()),
      )
      .sort((a, b) => score(a) - score(b))[0] ?? null;
  const mock =
    inv.functions
      .filter(
        (f) =>
          !f.isTest &&
          !f.isAsync &&
          f.modulePath.length === 0 &&
          f.params.length === 0 &&
          isMockType(f.returnType ?? "") &&
          (serviceStruct === undefined || new RegExp(`\\b${serviceStruct}\\b`).test(f.text)),
      )
      .sort((a, b) => score(a) - score(b))[0] ?? null;
  return { base, region, mock, mockClient };
}
