/**
 * End-to-end golden tests: fixtures/<service>-<case>/input.py → parsePython → typeModule →
 * emitModule → renderUnit → formatRust, compared with expected.rs and expected.report.json.
 * `UPDATE_GOLDEN=1 npx vitest run packages/backend-rust` rewrites the expectations; a missing
 * expected file fails the test otherwise.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { modelsDir, runFixture } from "./pipeline.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const fixturesDir = path.join(here, "fixtures");
const update = process.env.UPDATE_GOLDEN === "1";
const hasRustfmt = spawnSync("rustfmt", ["--version"]).status === 0;
if (!hasRustfmt) console.warn("rustfmt not on PATH: golden Rust is not compared (the reports still are)");

const cases = existsSync(fixturesDir)
  ? readdirSync(fixturesDir)
      .filter((d) => existsSync(path.join(fixturesDir, d, "input.py")))
      .sort()
  : [];

describe.skipIf(!existsSync(modelsDir))("golden fixtures", () => {
  for (const name of cases) {
    it(name, async () => {
      const dir = path.join(fixturesDir, name);
      const { rust, report } = await runFixture(dir);
      if (hasRustfmt) expect(rust.formatted, rust.error).toBe(true);
      const rsFile = path.join(dir, "expected.rs");
      const reportFile = path.join(dir, "expected.report.json");
      const reportText = JSON.stringify(report, null, 2) + "\n";
      if (update) {
        writeFileSync(rsFile, rust.code);
        writeFileSync(reportFile, reportText);
      }
      for (const f of [rsFile, reportFile]) {
        if (!existsSync(f)) throw new Error(`${f} is missing: write it with UPDATE_GOLDEN=1 and review it`);
      }
      // Without rustfmt the Rust is valid but unformatted, so only the report can be compared.
      if (hasRustfmt) expect(rust.code).toBe(readFileSync(rsFile, "utf8"));
      expect(reportText).toBe(readFileSync(reportFile, "utf8"));
      if (hasRustfmt) {
        const check = spawnSync("rustfmt", ["--edition", "2021", "--check", rsFile], { encoding: "utf8" });
        expect(check.status, check.stdout + check.stderr).toBe(0);
      }
    });
  }
});
