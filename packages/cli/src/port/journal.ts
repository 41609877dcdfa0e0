/** The `.agents/docs/JOURNAL.md` entry a port run appends when the checkout keeps a journal. */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { ReportTotals } from "@moto2rust/ir";
import { writeFileAtomic } from "../files.js";

const JOURNAL_PATH = join(".agents", "docs", "JOURNAL.md");

export interface JournalFacts {
  readonly date: Date;
  readonly service: string;
  readonly cargoPackage: string;
  readonly testFile: string;
  readonly motoFiles: readonly string[];
  readonly totals: ReportTotals;
  readonly added: number;
  readonly missingOperations: readonly string[];
  readonly fixTests: readonly string[];
  readonly fixOperations: readonly string[];
}

export function journalEntry(f: JournalFacts): string {
  const day = f.date.toISOString().slice(0, 10);
  const reasons = Object.entries(f.totals.byReason)
    .map(([k, v]) => `${k} ${v}`)
    .join(", ");
  const lines = [
    `## ${day} — Port moto tests: ${f.service} (moto2rust)`,
    "",
    `Ported ${f.added} tests from moto's ${f.motoFiles.map((m) => `\`${m}\``).join(", ")} into ` +
      `\`${f.testFile}\` with \`moto2rust port ${f.service}\`.`,
    `- Tests added: ${f.added} (ported ${f.totals.ported}, partial ${f.totals.partial})`,
    `- Tests skipped: ${f.totals.skipped}${reasons ? ` (${reasons})` : ""}`,
    `- Missing operations: ${f.missingOperations.length > 0 ? f.missingOperations.join(", ") : "none"}`,
  ];
  if (f.fixOperations.length > 0) {
    lines.push(
      `- FIX(terraform-e2e) coverage: ${f.fixTests.length} tests added for ${f.fixOperations.join(", ")}` +
        (f.fixTests.length > 0 ? ` (${f.fixTests.join(", ")})` : ""),
    );
  }
  return lines.join("\n") + "\n";
}

/** Appends the entry when `<checkout>/.agents/docs/JOURNAL.md` exists; returns its path or null. */
export function appendJournal(checkout: string, entry: string): string | null {
  const path = join(checkout, JOURNAL_PATH);
  if (!existsSync(path)) return null;
  const old = readFileSync(path, "utf8");
  const sep = old === "" ? "" : old.endsWith("\n\n") ? "" : old.endsWith("\n") ? "\n" : "\n\n";
  writeFileAtomic(path, old + sep + entry);
  return path;
}
