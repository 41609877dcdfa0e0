/**
 * Whole-program translation across files: a small moto tree (`fixtures/program/`, with
 * `tests/__init__.py`, a `conftest.py` two levels above the input, a sibling `helpers.py`, a
 * constant module of a fake `moto/`) read through the program loader. The input's Rust and report
 * are golden (`UPDATE_GOLDEN=1` rewrites them; review the diff).
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { openModels } from "@moto2rust/sdk-shapes";
import { ProgramLoader, transpile, type SourceReader } from "../src/index.js";
import { spawnSync } from "node:child_process";

const root = fileURLToPath(new URL("../../..", import.meta.url));
const tree = fileURLToPath(new URL("./fixtures/program", import.meta.url));
const input = join(tree, "tests/test_sqs/nested/test_program.py");
const modelsDir = fileURLToPath(new URL("../../../../shared/api-models-aws", import.meta.url));
const haveModels = existsSync(join(modelsDir, "sqs"));
const builtCli = join(root, "packages/cli/dist/main.js");
const update = process.env["UPDATE_GOLDEN"] === "1";

function golden(name: string, actual: string): void {
  const path = join(tree, name);
  if (update || !existsSync(path)) {
    writeFileSync(path, actual);
    if (!update) throw new Error(`wrote missing ${path}; review it and run again`);
    return;
  }
  expect(actual).toBe(readFileSync(path, "utf8"));
}

/** Every file of the fixture tree, in memory, with a count of reads per path. */
function memoryReader(): { reader: SourceReader; reads: Map<string, number> } {
  const files = new Map<string, string>();
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir).sort()) {
      const p = join(dir, e);
      if (statSync(p).isDirectory()) walk(p);
      else if (p.endsWith(".py")) files.set(p, readFileSync(p, "utf8"));
    }
  };
  walk(tree);
  const reads = new Map<string, number>();
  return {
    reads,
    reader: {
      readFile: (path) => {
        reads.set(path, (reads.get(path) ?? 0) + 1);
        return files.get(path) ?? null;
      },
    },
  };
}

describe.skipIf(!haveModels)("names from the whole moto tree", () => {
  const models = haveModels ? openModels(modelsDir) : null!;
  const source = readFileSync(input, "utf8");
  const label = relative(tree, input);

  it("resolves imported constants and module values (golden Rust and report)", async () => {
    const r = await transpile(source, { file: label, path: input, models, service: "sqs" });
    golden("expected.rs", r.rust);
    golden("expected.report.json", JSON.stringify({ tests: r.tests, totals: r.totals }, null, 2) + "\n");
    const byName = new Map(r.tests.map((t) => [t.test, t]));
    for (const t of [
      "test_create_queue_with_imported_names",
      "test_set_policy_from_a_folded_constant",
      "test_missing_queue_in_the_default_region",
      // A helper of a sibling module taking a conftest fixture's value (the account id).
      "test_helper_from_a_sibling_module",
    ])
      expect(byName.get(t)?.status).toBe("ported");
    expect(r.rust).toContain('const TEST_REGION: &str = "us-west-2";');
    expect(r.rust).toContain('const QUEUE_NAME: &str = "fixture-q-shared";');
  });

  it("reads through an injected reader, each file at most once, with the same result", async () => {
    const { reader, reads } = memoryReader();
    const loader = new ProgramLoader(reader);
    const viaMemory = await transpile(source, { file: label, path: input, loader, models, service: "sqs" });
    const viaDisk = await transpile(source, { file: label, path: input, models, service: "sqs" });
    expect(viaMemory.rust).toBe(viaDisk.rust);
    expect(viaMemory.tests).toEqual(viaDisk.tests);
    expect([...reads.values()].every((n) => n === 1)).toBe(true);
    expect(reads.has(join(tree, "moto/sqs/constants.py"))).toBe(true);
    expect(reads.has(join(tree, "tests/conftest.py"))).toBe(true);
    // A second file of the same run parses nothing again.
    const before = new Map(reads);
    await transpile(source, { file: label, path: input, loader, models, service: "sqs" });
    expect(reads).toEqual(before);
  });

  it("resolves nothing for a bare string and says so", async () => {
    const r = await transpile(source, { file: label, models, service: "sqs" });
    expect(r.diagnostics.some((d) => d.severity === "note" && /no file path was given/.test(d.message))).toBe(
      true,
    );
    const t = r.tests.find((x) => x.test === "test_create_queue_with_imported_names");
    expect(t?.status).toBe("skipped");
    expect(t?.reasons.some((x) => /imported name TEST_REGION from \.test_shared/.test(x.message))).toBe(true);
  });

  it.skipIf(!existsSync(builtCli))(
    "report over the tree gives the same bytes on worker threads (built CLI)",
    () => {
      const run = (jobs: string) =>
        spawnSync(
          process.execPath,
          [builtCli, "report", join(tree, "tests"), "--models", modelsDir, "--json", "--jobs", jobs],
          {
            encoding: "utf8",
          },
        );
      const one = run("1");
      expect(one.status).toBe(0);
      const json = JSON.parse(one.stdout);
      expect(json.totals.ported).toBeGreaterThanOrEqual(4);
      expect(run("2").stdout).toBe(one.stdout);
    },
  );
});
