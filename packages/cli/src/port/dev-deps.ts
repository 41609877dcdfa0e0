/**
 * The crates the added tests need (`regex` for `pytest.raises(match=...)`, `uuid`, `serde_json`,
 * ...) as `[dev-dependencies]` of the target crate, added by insertion only: a dependency the
 * crate already declares (in any dependency section) is left alone; one the workspace declares
 * in `[workspace.dependencies]` is inherited (`{ workspace = true }`); others get a version.
 */
import { splitLines, type Insertion } from "./text-edit.js";

/** Versions for crates the emitter may ask for, when the workspace does not pin them. */
const VERSIONS: Readonly<Record<string, string>> = {
  regex: '"1"',
  uuid: '{ version = "1", features = ["v4"] }',
  serde_json: '"1"',
  "aws-config": '"1"',
  tokio: '{ version = "1", features = ["macros", "rt-multi-thread"] }',
};

const HEADER = /^\s*\[([^\]]+)\]\s*(?:#.*)?$/;

/** Dependency names declared in `[section]` (keys and `[section.name]` tables). */
function declared(lines: readonly string[], sections: readonly string[]): Set<string> {
  const out = new Set<string>();
  let current: string | null = null;
  for (const raw of lines) {
    const h = HEADER.exec(raw);
    if (h) {
      const name = h[1]!.trim();
      current = sections.includes(name) ? name : null;
      for (const s of sections) if (name.startsWith(`${s}.`)) out.add(name.slice(s.length + 1).trim());
      continue;
    }
    if (current === null) continue;
    const key = /^\s*"?([A-Za-z0-9_-]+)"?\s*(?:\.|=)/.exec(raw);
    if (key) out.add(key[1]!);
  }
  return out;
}

function versionOf(dep: string): string {
  if (dep.startsWith("aws-sdk-")) return '"1"';
  if (dep.startsWith("winterbaume-")) return `{ path = "../${dep}" }`;
  return VERSIONS[dep] ?? '"*"';
}

export interface DevDependencyEdit {
  readonly insertions: readonly Insertion[];
  readonly added: readonly string[];
}

/**
 * Insertions into the crate's Cargo.toml (`manifest`) declaring each of `wanted` it lacks;
 * `workspace` is the root Cargo.toml (for `[workspace.dependencies]`), `own` the crate's package.
 */
export function devDependencyInsertions(
  manifest: string,
  workspace: string,
  wanted: readonly string[],
  own: string,
): DevDependencyEdit {
  const lines = splitLines(manifest);
  const have = declared(lines, ["dependencies", "dev-dependencies", "build-dependencies"]);
  const pinned = declared(splitLines(workspace), ["workspace.dependencies"]);
  const missing = [...new Set(wanted)].filter((d) => d !== own && !have.has(d)).sort();
  if (missing.length === 0) return { insertions: [], added: [] };
  const entries = missing.map((d) => `${d} = ${pinned.has(d) ? "{ workspace = true }" : versionOf(d)}`);
  // After the last entry of `[dev-dependencies]`, or a new section at the end.
  const start = lines.findIndex((l) => HEADER.exec(l)?.[1]?.trim() === "dev-dependencies");
  if (start < 0) {
    const blank = lines.length > 0 && lines[lines.length - 1]!.trim() !== "" ? [""] : [];
    return {
      insertions: [
        { afterLine: lines.length, lines: [...blank, "[dev-dependencies]", ...entries], priority: 0 },
      ],
      added: missing,
    };
  }
  let last = start;
  for (let i = start + 1; i < lines.length && !HEADER.test(lines[i]!); i++)
    if (lines[i]!.trim() !== "") last = i;
  return { insertions: [{ afterLine: last + 1, lines: entries, priority: 0 }], added: missing };
}
