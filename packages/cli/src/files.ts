/** File-system helpers shared by the commands: input discovery and atomic writes. */
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync, rmSync } from "node:fs";
import type { SourceReader } from "@moto2rust/frontend-python";
import { dirname, join, basename } from "node:path";
import { randomBytes } from "node:crypto";

/** `test_*.py` files under the given files/directories, sorted, without duplicates. */
export function collectPythonFiles(paths: readonly string[]): { files: string[]; missing: string[] } {
  const files = new Set<string>();
  const missing: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const p = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== "__pycache__" && !entry.name.startsWith(".")) walk(p);
      } else if (entry.isFile() && /^test_.*\.py$/.test(entry.name)) files.add(p);
    }
  };
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch {
      missing.push(p);
      continue;
    }
    if (st.isDirectory()) walk(p);
    else files.add(p);
  }
  return { files: [...files].sort(), missing };
}

/** Write a file so that readers see the old or the new content, never a half-written one. */
export function writeFileAtomic(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    writeFileSync(tmp, content);
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

/** The real file system, for reading the moto tree around an input (UTF-8; null when unreadable). */
export const fileSystemReader: SourceReader = {
  readFile: (path: string): string | null => {
    try {
      return readFileSync(path, "utf8");
    } catch {
      return null;
    }
  },
};
