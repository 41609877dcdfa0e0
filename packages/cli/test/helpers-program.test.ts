/**
 * Helpers from other files of the moto tree (issue 8): `fixtures/helpers-program/` holds a test
 * module that calls helpers of a sibling `helpers.py` (`from . import helpers`) and of a module it
 * imports a function from (`from .utils import key_arn`), one of them inside `pytest.raises`, and
 * one that reads moto internals. The Rust and the report are golden (`UPDATE_GOLDEN=1` rewrites
 * them; review the diff), and the Rust type-checks against the KMS facade when cargo is present.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { openModels } from "@moto2rust/sdk-shapes";
import { checkRust } from "@moto2rust/backend-rust";
import { transpile } from "../src/index.js";

const tree = fileURLToPath(new URL("./fixtures/helpers-program", import.meta.url));
const input = join(tree, "tests/test_kms/test_shared_helpers.py");
const modelsDir = fileURLToPath(new URL("../../../../shared/api-models-aws", import.meta.url));
const haveModels = existsSync(join(modelsDir, "kms"));
const hasCargo = spawnSync("cargo", ["--version"]).status === 0;
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

describe.skipIf(!haveModels)("helpers from other files of the moto tree", () => {
  const models = haveModels ? openModels(modelsDir) : null!;
  const source = readFileSync(input, "utf8");
  const label = relative(tree, input);

  it("translates each helper once, under its own name, with its own file's constants", async () => {
    const r = await transpile(source, { file: label, path: input, models, service: "kms" });
    golden("expected.rs", r.rust);
    golden("expected.report.json", JSON.stringify({ tests: r.tests, totals: r.totals }, null, 2) + "\n");
    const status = new Map(r.tests.map((t) => [t.test, t.status]));
    expect(status.get("test_key_from_a_sibling_module")).toBe("ported");
    expect(status.get("test_alias_from_a_sibling_module")).toBe("ported");
    expect(status.get("test_delete_missing_alias_through_the_helper")).toBe("ported");
    // A sibling helper checking the test's ExceptionInfo: its assertions in place, each kept.
    expect(status.get("test_error_checked_by_a_sibling_helper")).toBe("ported");
    // The helper's own construct, at its own file and line, is its caller's reason.
    const internal = r.tests.find((t) => t.test === "test_helper_reading_moto_internals");
    expect(internal?.status).toBe("skipped");
    expect(internal?.reasons.some((x) => x.code === "moto-internal" && x.line === 23)).toBe(true);
    expect(
      r.diagnostics.some((d) => d.span.file === "tests/test_kms/helpers.py" && d.code === "moto-internal"),
    ).toBe(true);
    // The constant of helpers.py is folded into the helper, not emitted as an item of this file.
    expect(r.rust).toContain('format!("alias/shared-{suffix}")');
    expect(r.rust).not.toContain("DEFAULT_ALIAS_PREFIX");
    // One function per call shape of create_key, and the raising form of delete_alias.
    expect(r.rust).toContain("async fn create_key(");
    expect(r.rust).toContain("async fn create_key_2(");
    expect(r.rust).toContain("async fn try_delete_alias(");
  });

  it.skipIf(!hasCargo)("emits Rust that type-checks against the facade", async () => {
    const r = await transpile(source, { file: label, path: input, models, service: "kms" });
    const out = join(tree, "expected.rs");
    expect(readFileSync(out, "utf8")).toBe(r.rust);
    const result = await checkRust([{ file: out }], { service: "kms", repo: models });
    const failures = result.tests.filter((t) => !t.compiles).map((t) => t.errors.map((e) => e.rendered));
    expect(failures).toEqual([]);
    expect(result.totals.otherErrors).toBe(0);
    expect(result.facadeErrors).toEqual([]);
    expect(result.totals.tests).toBe(4);
  });
});
