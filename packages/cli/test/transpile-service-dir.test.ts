/** `transpile` takes the service under test from moto's `tests/test_<svc>/` directory, as `report` and `port` do. */
import { afterAll, describe, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { memoryIO } from "../src/io.js";
import { runCli } from "../src/cli.js";

const models = fileURLToPath(new URL("../../../examples/models", import.meta.url));
const root = mkdtempSync(join(tmpdir(), "moto2rust-svcdir-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

// A file that creates no client of its own: only its directory says which service it tests.
const NO_CLIENT = [
  "from moto import mock_aws",
  "",
  "",
  "@mock_aws",
  "def test_region_constant():",
  '    assert "us-east-1".startswith("us-")',
  "",
].join("\n");

async function transpileJson(
  dir: string,
  exitCode = 0,
): Promise<{ tests: { status: string; reasons: { code: string }[] }[] }> {
  const m = memoryIO({}, root);
  const code = await runCli(["transpile", dir, "--models", models, "--json"], m.io);
  expect(code).toBe(exitCode);
  return JSON.parse(m.stdout());
}

describe("transpile: service from the moto directory", () => {
  it("a file in tests/test_ecs/ without a client is an ECS test", async () => {
    const dir = join(root, "tests", "test_ecs");
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "test_constants.py"), NO_CLIENT);
    const json = await transpileJson(dir);
    expect(json.tests.map((t) => t.status)).toEqual(["ported"]);
  });

  it("outside a service directory the file's own clients decide (none here: unknown-service)", async () => {
    const dir = join(root, "elsewhere");
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "test_constants.py"), NO_CLIENT);
    // An error diagnostic (the skipped test) makes transpile exit 1.
    const json = await transpileJson(dir, 1);
    expect(json.tests.flatMap((t) => t.reasons.map((r) => r.code))).toEqual(["unknown-service"]);
  });
});
