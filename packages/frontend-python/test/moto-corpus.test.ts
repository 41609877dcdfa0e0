/**
 * Runs the frontend over real moto test files when a moto checkout is present at
 * /work/ext/moto (skipped otherwise: CI has no checkout). Asserts no throw and well-formed
 * output; prints how many tests of the big files lower without any Unsupported statement.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { allStmts, type Module } from "@moto2rust/ir";
import { parsePython } from "@moto2rust/frontend-python";
import { invariantProblems } from "./invariants.js";

const MOTO_TESTS = process.env["MOTO_TESTS_DIR"] ?? "/work/ext/moto/tests";
const SERVICES = ["iam", "ecs", "secretsmanager", "route53", "sqs", "kms", "dynamodb"];
const BIG_FILES = SERVICES.map((s) => join(`test_${s}`, `test_${s}.py`));

function pythonFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir).sort()) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) out.push(...pythonFiles(p));
    else if (e.endsWith(".py")) out.push(p);
  }
  return out;
}

function summary(m: Module): string {
  const tests = m.functions.filter((f) => f.role === "test");
  const clean = tests.filter((t) => ![...allStmts(t.body)].some((s) => s.kind === "Unsupported"));
  const counts = new Map<string, number>();
  for (const t of tests) {
    for (const s of allStmts(t.body))
      if (s.kind === "Unsupported") counts.set(s.construct, (counts.get(s.construct) ?? 0) + 1);
  }
  const top = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 5);
  return `${m.functions.length} functions, ${tests.length} tests, ${clean.length} without Unsupported; top: ${top
    .map(([k, v]) => `${v}× ${k}`)
    .join("; ")}`;
}

describe.skipIf(!existsSync(MOTO_TESTS))("real moto test files", () => {
  for (const service of SERVICES) {
    const dir = join(MOTO_TESTS, `test_${service}`);
    it.skipIf(!existsSync(dir))(`lowers every file under test_${service} without throwing`, async () => {
      for (const file of pythonFiles(dir)) {
        const source = readFileSync(file, "utf8");
        const m = await parsePython(source, file);
        expect(invariantProblems(source, m), file).toEqual([]);
      }
    });
  }

  it("reports coverage of the big files", async () => {
    for (const rel of BIG_FILES) {
      const file = join(MOTO_TESTS, rel);
      if (!existsSync(file)) continue;
      const m = await parsePython(readFileSync(file, "utf8"), rel);
      console.log(`${rel}: ${summary(m)}`);
      expect(m.functions.length).toBeGreaterThan(0);
    }
  });
});
