/** The `.agents/docs/JOURNAL.md` entry a port run appends when the checkout keeps a journal. */
import { closeSync, existsSync, fsyncSync, ftruncateSync, openSync, readFileSync, writeSync } from "node:fs";
import { join } from "node:path";
import type { ReportTotals } from "@moto2rust/ir";

export const JOURNAL_PATH = join(".agents", "docs", "JOURNAL.md");

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

/** An append to the journal, prepared before anything is written. */
export interface JournalAppend {
  readonly path: string;
  /** The bytes to append (a separating blank line, then the entry). */
  readonly bytes: Uint8Array;
  /** The journal's size before the append (to undo it). */
  readonly size: number;
}

/** The append for `<checkout>/.agents/docs/JOURNAL.md`, or null when the checkout keeps no journal. */
export function planJournal(checkout: string, entry: string): JournalAppend | null {
  const path = join(checkout, JOURNAL_PATH);
  if (!existsSync(path)) return null;
  // Bytes, never decoded: an existing line (in whatever encoding) is never rewritten.
  const old = readFileSync(path);
  const n = old.length;
  const nl = (k: number): boolean => n >= k && old[n - k] === 0x0a;
  const sep = n === 0 ? "" : nl(1) && nl(2) ? "" : nl(1) ? "\n" : "\n\n";
  return { path, bytes: Buffer.from(sep + entry, "utf8"), size: n };
}

/** Append the prepared bytes (fsynced); on failure the journal is cut back to its old size. */
export function appendJournal(plan: JournalAppend): void {
  const fd = openSync(plan.path, "a");
  try {
    try {
      let off = 0;
      while (off < plan.bytes.length) off += writeSync(fd, plan.bytes, off, plan.bytes.length - off);
      fsyncSync(fd);
    } catch (e) {
      try {
        ftruncateSync(fd, plan.size);
      } catch {
        // the error below says what failed
      }
      throw e;
    }
  } finally {
    closeSync(fd);
  }
}
