#!/usr/bin/env node
// The parse-only baseline of `npm run bench`: every file `report` translates under DIR, read and
// parsed with the frontend's own parser (web-tree-sitter + tree-sitter-python, converted into the
// plain tree that lowering reads), on one thread, and nothing else.
// Usage: node scripts/parse-only.mjs DIR
import { readFileSync } from "node:fs";
import { collectPythonFiles } from "../packages/cli/dist/files.js";
import { parseTree } from "../packages/frontend-python/dist/parser.js";

const dir = process.argv[2];
if (!dir) {
  console.error("usage: node scripts/parse-only.mjs DIR");
  process.exit(2);
}
let chars = 0;
let trees = 0;
const { files } = collectPythonFiles([dir]);
for (const f of files) {
  const source = readFileSync(f, "utf8");
  chars += source.length;
  if ((await parseTree(source)) !== null) trees++;
}
console.log(`${files.length} files, ${chars} characters, ${trees} trees`);
