/**
 * pytest fixtures across a small moto tree (`fixtures/fixture-program/`): client fixtures and a
 * literal fixture in a `conftest.py` two levels above the input, a nearer `conftest.py` that
 * shadows one of them, a client fixture imported from the package (`from .. import
 * fixture_west_logs`), a yield fixture with teardown, a `params=` fixture combined with
 * `parametrize`, and the fixtures that stay unsupported (a value fixture of another file, a
 * teardown reading a setup local, a pytest builtin). Rust and report are golden
 * (`UPDATE_GOLDEN=1` rewrites them; review the diff).
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { openModels } from "@moto2rust/sdk-shapes";
import { transpile } from "../src/index.js";

const tree = fileURLToPath(new URL("./fixtures/fixture-program", import.meta.url));
const input = join(tree, "tests/test_logs/nested/test_fixture_program.py");
const modelsDir = fileURLToPath(new URL("../../../../shared/api-models-aws", import.meta.url));
const haveModels = existsSync(join(modelsDir, "cloudwatch-logs"));
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

describe.skipIf(!haveModels)("fixtures from the whole moto tree", () => {
  it("translates conftest, imported, yield and params= fixtures (golden Rust and report)", async () => {
    const models = openModels(modelsDir);
    const source = readFileSync(input, "utf8");
    const r = await transpile(source, { file: relative(tree, input), path: input, models, service: "logs" });
    golden("expected.rs", r.rust);
    golden("expected.report.json", JSON.stringify({ tests: r.tests, totals: r.totals }, null, 2) + "\n");
    const status = new Map(r.tests.map((t) => [t.test, t.status]));
    for (const t of [
      "test_client_and_account_from_the_root_conftest",
      "test_client_fixture_imported_from_the_package",
      "test_nearest_conftest_wins",
      "test_client_fixture_with_a_region_fixture",
      "test_yield_fixture_with_teardown",
      "test_params_fixture_and_parametrize",
    ])
      expect(status.get(t), t).toBe("ported");
    for (const t of [
      "test_value_fixture_of_a_conftest",
      "test_teardown_reading_a_setup_local",
      "test_builtin_fixture",
    ])
      expect(status.get(t), t).toBe("skipped");
    // The teardown runs after the body, with the yielded value.
    const body = /async fn test_yield_fixture_with_teardown\(\) \{([\s\S]*?)\n\}/.exec(r.rust)?.[1] ?? "";
    expect(body.trim().split("\n").at(-1)?.trim()).toMatch(
      /^log_group_name_teardown\(&logs, log_group_name_2\.as_str\(\)\)\.await;$/,
    );
    // One Rust test per fixture param and parametrize case: 3 × 2.
    expect(r.rust.match(/async fn test_params_fixture_and_parametrize_\d\(\)/g)?.length).toBe(6);
    // The nearest conftest.py's fixture wins over the root one.
    expect(r.rust).toContain('let stream_prefix = "nearest-prefix";');
  });
});
