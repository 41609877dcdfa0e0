/** The `moto2rust check` command: arguments, exit codes, text and JSON output. */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { run } from "../../cli/src/commands/check.js";
import { memoryIO } from "../../cli/src/io.js";
import { cargoAvailable } from "../src/check/index.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const modelsRoot = path.resolve(here, "../../../../shared/api-models-aws");
const wrong = path.join(here, "check-fixtures", "iam_wrong.rs");
const cacheDir = process.env["MOTO2RUST_CACHE"] ?? path.join(os.tmpdir(), "moto2rust-cache");
const hasCargo = await cargoAvailable();
if (!hasCargo) console.warn("cargo not on PATH: the `moto2rust check` result tests are skipped");

function cli(args: string[], env: Record<string, string | undefined> = {}) {
  const m = memoryIO(
    { MOTO2RUST_MODELS: modelsRoot, MOTO2RUST_CACHE: cacheDir, PATH: process.env["PATH"], ...env },
    here,
  );
  return { m, code: run(args, m.io) };
}

describe("moto2rust check: usage", () => {
  it("prints help", async () => {
    const { m, code } = cli(["--help"]);
    expect(await code).toBe(0);
    expect(m.stdout()).toContain("usage: moto2rust check");
  });

  it.each([
    [[], /give a Rust file/],
    [["x.rs"], /--service NAME is required/],
    [["no-such.rs", "--service", "ecs"], /no such file/],
    [[wrong, "--service", "no-such-service"], /no-such-service/],
    [[wrong, "--service", "iam", "--bogus"], /Unknown option/],
  ])("exits 2 on %j", async (args, message) => {
    const { m, code } = cli(args as string[]);
    expect(await code).toBe(2);
    expect(m.stderr()).toMatch(message as RegExp);
  });

  it("exits 2 when no models are configured", async () => {
    const { m, code } = cli([wrong, "--service", "iam"], { MOTO2RUST_MODELS: undefined });
    expect(await code).toBe(2);
    expect(m.stderr()).toMatch(/models/);
  });

  it("exits 2 with a clear message when cargo is not on PATH", async () => {
    const { m, code } = cli([wrong, "--service", "iam"], { PATH: "/nonexistent" });
    expect(await code).toBe(2);
    expect(m.stderr()).toMatch(/cargo' was not found on PATH/);
  });
});

describe.skipIf(!hasCargo)("moto2rust check: results", () => {
  it("exits 1 and lists failing tests with file:line:col errors", async () => {
    const { m, code } = cli(["check-fixtures/iam_wrong.rs", "--service", "iam"]);
    expect(await code).toBe(1);
    const out = m.stdout();
    expect(out).toContain("FAIL test test_wrong_accessor (check-fixtures/iam_wrong.rs:");
    expect(out).toMatch(/check-fixtures\/iam_wrong\.rs:\d+:\d+: error\[E0599\]: no method named `name`/);
    expect(out).toContain("FAIL fn helper_with_error (not a test)");
    expect(out).toMatch(/1\/4 tests compile in 1 file; 1 error outside tests/);
  }, 600_000);

  it("prints JSON and exits 0 when everything compiles", async () => {
    const { m, code } = cli(["check-fixtures/sqs.rs", "--service", "sqs", "--json"]);
    expect(await code).toBe(0);
    const json = JSON.parse(m.stdout()) as {
      tests: { test: string; compiles: boolean }[];
      totals: { fails: number };
    };
    expect(json.totals.fails).toBe(0);
    expect(json.tests.map((t) => t.test)).toContain("test_send_and_receive");
  }, 600_000);

  it("reports every file of a directory where each file has one type error", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "m2r-eight-"));
    try {
      for (let i = 1; i <= 8; i++) {
        writeFileSync(
          path.join(dir, `broken_${i}.rs`),
          [
            "#[tokio::test]",
            `async fn test_broken_${i}() {`,
            `    let n: u32 = "${i}";`,
            "    assert_eq!(n, 0);",
            "}",
            "",
          ].join("\n"),
        );
      }
      const { m, code } = cli([dir, "--service", "sqs", "--json"]);
      expect(await code).toBe(1);
      const json = JSON.parse(m.stdout()) as {
        tests: { file: string; test: string; compiles: boolean; errors: { code: string | null }[] }[];
        totals: { tests: number; fails: number };
      };
      expect(json.totals).toMatchObject({ tests: 8, fails: 8 });
      expect(new Set(json.tests.map((t) => path.basename(t.file))).size).toBe(8);
      // Each failure is the file's own type error, not a file cargo never got to.
      for (const t of json.tests) expect(t.errors.map((e) => e.code)).toEqual(["E0308"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 600_000);
});
