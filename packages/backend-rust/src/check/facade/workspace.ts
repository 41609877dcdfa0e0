/**
 * Lays out a path-only Cargo workspace: the facade crates under `crates/<name>/` and a harness
 * package (`harness/`) whose `tests/` receive the Rust test files to type-check. No registry
 * dependency anywhere, so `cargo check --offline` works without a crates.io index.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";

export interface FacadeCrate {
  /** Cargo package name. */
  readonly name: string;
  /** Library crate name. */
  readonly lib: string;
  readonly deps: readonly string[];
  readonly procMacro?: boolean;
  /** Paths relative to the crate root → content. */
  readonly files: Readonly<Record<string, string>>;
}

export const HARNESS_PACKAGE = "moto2rust-check-harness";
/** Edition of the harness (the tests), as winterbaume's workspace uses. */
export const HARNESS_EDITION = "2024";

function toml(s: string): string {
  return JSON.stringify(s);
}

function crateManifest(c: FacadeCrate, known: ReadonlySet<string>): string {
  const lines = [
    "[package]",
    `name = ${toml(c.name)}`,
    'version = "1.0.0"',
    'edition = "2021"',
    "publish = false",
    "",
    "[lib]",
    `name = ${toml(c.lib)}`,
    'path = "src/lib.rs"',
    "doctest = false",
    "test = false",
  ];
  if (c.procMacro) lines.push("proc-macro = true");
  lines.push("", "[dependencies]");
  for (const d of [...c.deps].sort()) {
    if (!known.has(d)) throw new Error(`facade crate ${c.name} depends on unknown crate ${d}`);
    lines.push(`${d} = { path = ${toml(`../${d}`)} }`);
  }
  return lines.join("\n") + "\n";
}

/** Files of the workspace (relative paths), crates sorted by name; deterministic. */
export function workspaceFiles(crates: readonly FacadeCrate[]): Record<string, string> {
  const sorted = [...crates].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const names = new Set(sorted.map((c) => c.name));
  if (names.size !== sorted.length) throw new Error("duplicate facade crate names");
  const files: Record<string, string> = {};
  files["Cargo.toml"] = [
    "# moto2rust check workspace: API facades (signatures only) + a harness for the tests under check.",
    "[workspace]",
    'resolver = "2"',
    `members = [${[...sorted.map((c) => toml(`crates/${c.name}`)), toml("harness")].join(", ")}]`,
    "",
    "# Facade crates never change once generated: no incremental state for them (it is most of the",
    "# target dir); the harness, re-checked on every run, keeps it.",
    "[profile.dev]",
    "debug = 0",
    "incremental = false",
    "",
    `[profile.dev.package.${HARNESS_PACKAGE}]`,
    "incremental = true",
    "",
  ].join("\n");
  for (const c of sorted) {
    files[`crates/${c.name}/Cargo.toml`] = crateManifest(c, names);
    for (const [rel, content] of Object.entries(c.files)) files[`crates/${c.name}/${rel}`] = content;
  }
  const harness = [
    "[package]",
    `name = ${toml(HARNESS_PACKAGE)}`,
    'version = "0.0.0"',
    `edition = ${toml(HARNESS_EDITION)}`,
    "publish = false",
    "",
    "[lib]",
    'path = "src/lib.rs"',
    "doctest = false",
    "test = false",
    "",
    "[dev-dependencies]",
    ...sorted.filter((c) => !c.procMacro).map((c) => `${c.name} = { path = ${toml(`../crates/${c.name}`)} }`),
    "",
  ];
  files["harness/Cargo.toml"] = harness.join("\n");
  files["harness/src/lib.rs"] = "// moto2rust check harness: the tests live in tests/.\n";
  return files;
}

/**
 * Write files under `root`, leaving unchanged files untouched (cargo's fingerprints use mtimes, so a
 * rewrite of identical content would force a rebuild). Returns how many files were written.
 */
export function writeFilesIfChanged(root: string, files: Readonly<Record<string, string>>): number {
  let written = 0;
  for (const rel of Object.keys(files).sort()) {
    const content = files[rel]!;
    const abs = path.join(root, rel);
    let old: string | undefined;
    try {
      old = readFileSync(abs, "utf8");
    } catch {
      old = undefined;
    }
    if (old === content) continue;
    mkdirSync(path.dirname(abs), { recursive: true });
    const tmp = `${abs}.tmp-${process.pid}`;
    writeFileSync(tmp, content);
    renameSync(tmp, abs);
    written++;
  }
  return written;
}
