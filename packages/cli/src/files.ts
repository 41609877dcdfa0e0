/** File-system helpers shared by the commands: input discovery and atomic writes. */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { decodePythonSource, type SourceReader } from "@moto2rust/frontend-python";
import { join } from "node:path";

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
      } else if ((entry.isFile() || entry.isSymbolicLink()) && /^test_.*\.py$/.test(entry.name)) {
        // A symlink is kept even when it dangles: reading it then says why, instead of a silent drop.
        files.add(p);
      }
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

export { writeFileAtomic } from "./safe-write.js";

/** The real file system, for reading the moto tree around an input (null when unreadable). */
export const fileSystemReader: SourceReader = {
  readFile: (path: string): string | null => {
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch {
      return null;
    }
    // Decoded as the input file is (PEP 263); an undecodable module lends no names.
    const decoded = decodePythonSource(bytes, path);
    return decoded.ok ? decoded.text : null;
  },
};
