/** Shared paths and TSV reading for sdk-shapes tests. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
export const sharedDir = path.resolve(repoRoot, "../shared");
export const modelsRoot = path.resolve(sharedDir, "api-models-aws");
const oracleDir = path.resolve(sharedDir, "oracle");

export type Row = Readonly<Record<string, string>>;

/** Rows of a tab-separated file with a header line. */
export function readTsv(file: string): Row[] {
  const lines = readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "");
  const header = lines[0]!.split("\t");
  return lines.slice(1).map((line) => {
    const cells = line.split("\t");
    return Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ""]));
  });
}

export function oracle(name: string): Row[] {
  return readTsv(path.join(oracleDir, name));
}
