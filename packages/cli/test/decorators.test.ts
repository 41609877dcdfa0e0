/**
 * Resource-creating decorators (issue 8): decorators of a package `__init__.py`
 * (`fixtures/decorators/tests/test_dynamodb/__init__.py`) and of the test module itself are
 * partially evaluated around each test: what they create comes before the body, what they pass
 * binds the test's parameters, what they delete comes after it. The input's Rust and report are
 * golden (`UPDATE_GOLDEN=1` rewrites them; review the diff) and the Rust type-checks against the
 * DynamoDB facade.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { openModels } from "@moto2rust/sdk-shapes";
import { checkRust } from "@moto2rust/backend-rust";
import { transpile } from "../src/index.js";

const tree = fileURLToPath(new URL("./fixtures/decorators", import.meta.url));
const input = join(tree, "tests/test_dynamodb/test_decorated.py");
const modelsDir = fileURLToPath(new URL("../../../../shared/api-models-aws", import.meta.url));
const haveModels = existsSync(join(modelsDir, "dynamodb"));
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

/** The Rust function `name`'s text (up to the next item). */
function rustFn(rust: string, name: string): string {
  const start = rust.indexOf(`async fn ${name}(`);
  expect(start).toBeGreaterThanOrEqual(0);
  const next = rust.indexOf("\n}\n", start);
  return rust.slice(start, next);
}

describe.skipIf(!haveModels)("resource-creating decorators", () => {
  const models = haveModels ? openModels(modelsDir) : null!;
  const source = readFileSync(input, "utf8");
  const label = relative(tree, input);
  const run = () => transpile(source, { file: label, path: input, models, service: "dynamodb" });

  it("translates what the decorators create, pass and delete (golden Rust and report)", async () => {
    const r = await run();
    golden("expected.rs", r.rust);
    golden("expected.report.json", JSON.stringify({ tests: r.tests, totals: r.totals }, null, 2) + "\n");
    const status = new Map(r.tests.map((t) => [t.test, t.status]));
    expect(status.get("test_put_and_get_item")).toBe("ported");
    expect(status.get("test_range_key_from_the_decorator")).toBe("ported");
    expect(status.get("test_without_a_table")).toBe("ported");
    expect(status.get("test_local_decorator_passes_a_client")).toBe("ported");
    // The decorator's waiter is the SDK's waiter.
    expect(status.get("test_waits_for_the_table")).toBe("ported");
    expect(r.rust).toContain(".wait_until_table_exists()");
    expect(r.rust).toContain("use aws_sdk_dynamodb::client::Waiters;");
    // A decorator applied inside a decorator (to a nested function) is evaluated the same way.
    expect(status.get("test_decorator_stacked_inside_a_decorator")).toBe("ported");
    // A cleanup that loops over a response is left out, and said so.
    expect(status.get("test_backup_teardown_is_left_out")).toBe("partial");
    // A decision on a response cannot be made while translating: skipped, naming the place.
    const limits = r.tests.find((t) => t.test === "test_decorator_reads_a_response");
    expect(limits?.status).toBe("skipped");
    expect(limits?.reasons[0]?.message).toMatch(
      /decorator limits_verified: comparison .* known only at run time at tests\/test_dynamodb\/__init__\.py:90:16/,
    );
  });

  it("puts the setup before the body, the injected name in the test, and the teardown last", async () => {
    const { rust } = await run();
    const body = rustFn(rust, "test_range_key_from_the_decorator");
    const create = body.indexOf(".create_table()");
    const bind = body.search(/let table_name = "tbl-[0-9a-f]{8}";/);
    const read = body.indexOf(".describe_table()");
    const teardown = body.indexOf(".delete_table()");
    expect(create).toBeGreaterThanOrEqual(0);
    expect(create < bind && bind < read && read < teardown).toBe(true);
    // The key schema the decorator built by appending to a dict's list.
    expect(body).toContain('.attribute_name("sk")');
    // One fixed name per test: the same on every run, different between tests.
    const names = [...rust.matchAll(/let table_name = "(tbl-[0-9a-f]{8})";/g)].map((m) => m[1]);
    expect(new Set(names).size).toBe(names.length);
    expect((await run()).rust).toBe(rust);
  });

  it.skipIf(!hasCargo)("emits Rust that type-checks against the model facade", async () => {
    const result = await checkRust([{ file: join(tree, "expected.rs") }], {
      service: "dynamodb",
      repo: models,
    });
    expect(result.tests.filter((t) => !t.compiles).map((t) => t.test)).toEqual([]);
    expect(result.totals.otherErrors).toBe(0);
    expect(result.totals.tests).toBeGreaterThan(0);
  });
});
