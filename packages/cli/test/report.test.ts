/** `report`: per-directory coverage, the same bytes for any number of worker threads. */
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { memoryIO } from "../src/io.js";
import { runCli } from "../src/cli.js";

const root = fileURLToPath(new URL("../../..", import.meta.url));
const motoTests = fileURLToPath(new URL("./fixtures/moto/tests", import.meta.url));
const models = fileURLToPath(new URL("../../../../shared/api-models-aws", import.meta.url));
const builtCli = `${root}/packages/cli/dist/main.js`;

describe("report", () => {
  it("reports every test of every directory with the service taken from the directory", async () => {
    const m = memoryIO({}, root);
    expect(await runCli(["report", motoTests, "--models", models, "--json", "--jobs", "1"], m.io)).toBe(0);
    const json = JSON.parse(m.stdout());
    expect(json.services.map((s: { dir: string }) => s.dir)).toEqual(["test_ecs", "test_sqs"]);
    expect(json.totals.tests).toBe(json.tests.length);
    expect(json.totals.tests).toBeGreaterThan(0);
    expect(json.totals.ported).toBeGreaterThan(0);
  });

  it("rejects a bad --jobs value and a directory without test_*/ folders", async () => {
    for (const [argv, message] of [
      [["report", motoTests, "--models", models, "--jobs", "0"], /--jobs takes a whole number/],
      [["report", `${motoTests}/test_ecs`, "--models", models], /has no test_\*\/ directories/],
    ] as const) {
      const m = memoryIO({}, root);
      expect(await runCli([...argv], m.io)).toBe(2);
      expect(m.stderr()).toMatch(message);
    }
  });

  it.skipIf(!existsSync(builtCli))(
    "gives the same bytes on worker threads as in one thread (built CLI)",
    () => {
      const run = (jobs: string) =>
        spawnSync(
          process.execPath,
          [builtCli, "report", motoTests, "--models", models, "--json", "--jobs", jobs],
          {
            encoding: "utf8",
          },
        );
      const one = run("1");
      const two = run("2");
      expect(one.status).toBe(0);
      expect(two.status).toBe(0);
      expect(two.stdout).toBe(one.stdout);
    },
  );
});
