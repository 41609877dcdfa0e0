/**
 * The Rust the facades are made of: `facade-runtime/` at the package root (shipped with the
 * package, rustfmt- and clippy-checked by `test/facade-runtime.test.ts`), read at run time.
 * `crates/<name>/` holds the hand-written support crates, `templates/` the fixed parts of the
 * generated crates.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** `<package>/facade-runtime/`: four levels up from `src/check/facade/runtime/` and from `dist/check/facade/runtime/`. */
export const FACADE_RUNTIME_DIR = fileURLToPath(new URL("../../../../facade-runtime/", import.meta.url));

const cache = new Map<string, string>();

/** A file under `facade-runtime/` (path relative to it, `/`-separated). */
export function runtimeFile(rel: string): string {
  let text = cache.get(rel);
  if (text === undefined) {
    text = readFileSync(path.join(FACADE_RUNTIME_DIR, ...rel.split("/")), "utf8");
    cache.set(rel, text);
  }
  return text;
}
