/** The per-test report: SPEC's JSON contract (`transpile`, `report`, `port`). */
import type { DiagnosticCode } from "./diagnostic.js";

export type TestStatus = "ported" | "partial" | "skipped";

export interface Reason {
  readonly code: DiagnosticCode;
  readonly message: string;
  readonly line: number;
  readonly col: number;
}

export interface TestReport {
  readonly file: string;
  /** The moto test name; parametrized cases keep the moto name (the Rust names add a suffix). */
  readonly test: string;
  readonly line: number;
  readonly status: TestStatus;
  readonly reasons: readonly Reason[];
  /** boto3 method names called, in call order, without duplicates. */
  readonly operations: readonly string[];
  readonly asserts: { readonly python: number; readonly rust: number };
  /** Rust test function names emitted for this moto test (several for parametrize). */
  readonly rustTests: readonly string[];
}

export interface ReportTotals {
  readonly tests: number;
  readonly ported: number;
  readonly partial: number;
  readonly skipped: number;
  readonly byReason: Readonly<Record<string, number>>;
  readonly asserts: { readonly python: number; readonly rust: number };
}

export function totals(tests: readonly TestReport[]): ReportTotals {
  const byReason: Record<string, number> = {};
  let ported = 0;
  let partial = 0;
  let skipped = 0;
  let py = 0;
  let rs = 0;
  for (const t of tests) {
    if (t.status === "ported") ported++;
    else if (t.status === "partial") partial++;
    else skipped++;
    py += t.asserts.python;
    rs += t.asserts.rust;
    if (t.status !== "ported") {
      for (const code of new Set(t.reasons.map((r) => r.code))) byReason[code] = (byReason[code] ?? 0) + 1;
    }
  }
  const sorted: Record<string, number> = {};
  for (const k of Object.keys(byReason).sort()) sorted[k] = byReason[k]!;
  return {
    tests: tests.length,
    ported,
    partial,
    skipped,
    byReason: sorted,
    asserts: { python: py, rust: rs },
  };
}
