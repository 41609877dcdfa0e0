/**
 * Every golden output must type-check against the facade generated from the real models
 * (`cargo check --offline`): a golden that does not compile is a wrong golden. Covers at
 * least 5 services, so CI also proves those services' facades compile.
 */
import { describe, expect, it } from "vitest";
import { readdirSync, existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";
import { openModels } from "@moto2rust/sdk-shapes";
import { spawnSync } from "node:child_process";
import { checkRust } from "@moto2rust/backend-rust";

const here = path.dirname(fileURLToPath(import.meta.url));
const fixtures = path.join(here, "fixtures");
const models = path.resolve(here, "../../../../shared/api-models-aws");

const byService = new Map<string, string[]>();
for (const dir of readdirSync(fixtures).sort()) {
  const rs = path.join(fixtures, dir, "expected.rs");
  if (!existsSync(rs)) continue;
  const service = dir.split("-")[0]!;
  byService.set(service, [...(byService.get(service) ?? []), rs]);
}

const hasCargo = spawnSync("cargo", ["--version"]).status === 0;
if (!hasCargo) console.warn("cargo not on PATH: golden type-checks skipped");

describe.skipIf(!hasCargo)("golden outputs type-check against the model facades", () => {
  it("covers at least five services", () => {
    expect(byService.size).toBeGreaterThanOrEqual(5);
  });
  const repo = openModels(models);
  for (const [service, files] of byService) {
    it(`${service}: ${files.length} golden file(s) compile`, async () => {
      const result = await checkRust(
        files.map((file) => ({ file })),
        { service, repo },
      );
      const failures = result.tests
        .filter((t) => !t.compiles)
        .map((t) => `${t.file}::${t.test}: ${t.errors.map((e) => e.rendered).join("\n")}`);
      expect(failures).toEqual([]);
      expect(result.totals.otherErrors).toBe(0);
      expect(result.facadeErrors).toEqual([]);
      expect(result.totals.tests).toBeGreaterThan(0);
    });
  }
});
