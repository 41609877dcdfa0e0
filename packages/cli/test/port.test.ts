/**
 * The port workflow on the fixture checkout, with a stand-in translator (the real one is
 * exercised by port-golden.test.ts): classification, ordering, placement, idempotence,
 * insert-only edits, dry-run/diff, journal, endpoint target, and every input error.
 */
import { afterEach, describe, expect, it } from "vitest";
import fc from "fast-check";
import { mkdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { memoryIO } from "../src/io.js";
import { runPort } from "../src/commands/port.js";
import { port, type PortOptions } from "../src/port/port.js";
import { splitLines } from "../src/port/text-edit.js";
import { fakeTranslate, models, modelsDir, sandbox, snapshot, type Sandbox } from "./port-helpers.js";

const NOW = new Date("2026-07-05T12:00:00Z");
const hasRustfmt = spawnSync("rustfmt", ["--version"]).status === 0;
let boxes: Sandbox[] = [];
afterEach(() => {
  for (const b of boxes) b.cleanup();
  boxes = [];
});
function box(): Sandbox {
  const b = sandbox();
  boxes.push(b);
  return b;
}

function options(b: Sandbox, service: string, extra: Partial<PortOptions> = {}): PortOptions {
  return {
    service,
    filters: [],
    winterbaume: b.winterbaume,
    moto: b.moto,
    models: models(),
    mode: "write",
    verify: false,
    target: "winterbaume",
    now: NOW,
    translate: fakeTranslate,
    ...extra,
  };
}

const testFile = (b: Sandbox, svc: string, name = "integration_test.rs"): string =>
  join(b.winterbaume, "crates", `winterbaume-${svc}`, "tests", name);

/** `before`'s lines appear, in order and unchanged, in `after` (only insertions happened). */
function onlyInsertions(before: string, after: string): boolean {
  const a = splitLines(before);
  const b = splitLines(after);
  let i = 0;
  for (const line of b) if (i < a.length && line === a[i]) i++;
  return i === a.length;
}

async function cli(b: Sandbox, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const m = memoryIO({ MOTO2RUST_MODELS: modelsDir }, b.root);
  const code = await runPort(
    ["--winterbaume", b.winterbaume, "--moto", b.moto, "--models", modelsDir, ...args],
    m.io,
    { translate: fakeTranslate, now: NOW },
  );
  return { code, stdout: m.stdout(), stderr: m.stderr() };
}

describe("port (stand-in translator)", () => {
  it("classifies, orders FIX-marker tests first and appends under a section header", async () => {
    const b = box();
    const before = readFileSync(testFile(b, "ecs"), "utf8");
    const r = await port(options(b, "ecs"));
    const after = readFileSync(testFile(b, "ecs"), "utf8");
    expect(r.written).toBe(true);
    expect(onlyInsertions(before, after)).toBe(true);
    expect(after.startsWith(before)).toBe(false); // the import went into the header block
    const status = Object.fromEntries(
      r.tests.map((t) => [t.test, `${t.status}:${t.reasons.map((x) => x.code).join(",")}`]),
    );
    expect(status).toEqual({
      test_create_cluster: "skipped:already-ported",
      test_tag_cluster_by_arn: "ported:",
      test_describe_clusters: "ported:",
      test_list_clusters_in_region: "ported:",
      test_clusters_stay_in_their_region: "ported:",
      test_update_missing_cluster_message: "ported:",
      test_delete_cluster: "ported:",
      test_update_cluster_settings: "ported:",
      test_delete_cluster_not_found: "ported:",
      test_execute_command: "skipped:unimplemented-operation",
      test_put_cluster_capacity_providers: "skipped:unimplemented-operation",
      test_cluster_lands_in_backend: "skipped:moto-internal",
      test_create_named_cluster: "ported:",
    });
    // FIX markers: TagResource (state.rs tag_resource) and DeleteCluster (in delete_cluster).
    expect(r.fixMarkers.map((m) => [m.file, m.line, m.operations])).toEqual([
      ["src/state.rs", 10, ["TagResource"]],
      ["src/state.rs", 18, ["DeleteCluster"]],
    ]);
    expect(r.fixMarkers[1]!.tests.map((t) => t.test)).toEqual([
      "test_ecs.py::test_delete_cluster",
      "test_ecs.py::test_delete_cluster_not_found",
    ]);
    const appended = r.added.tests.map((t) => t.rustName);
    expect(appended.slice(0, 3)).toEqual([
      "test_delete_cluster",
      "test_delete_cluster_not_found",
      "test_tag_cluster_by_arn",
    ]);
    expect(appended).toContain("test_create_named_cluster_case_2");
    expect(r.missingOperations.map((m) => [m.operation, m.why])).toEqual([
      ["ExecuteCommand", "STUB[no-engine]"],
      ["PutClusterCapacityProviders", "501"],
    ]);
    // The helper the tests need lands after the client helper; ACCOUNT_ID is reused, not duplicated.
    expect(r.added.helpers).toEqual(["create_cluster"]);
    expect(r.added.constants).toEqual([]);
    expect(r.added.uses).toEqual(["aws_sdk_ecs::error::ProvideErrorMetadata"]);
    const lines = splitLines(after);
    expect(lines[1]).toBe("use aws_sdk_ecs::error::ProvideErrorMetadata;");
    const helperAt = lines.indexOf("async fn create_cluster(client: &aws_sdk_ecs::Client) {");
    expect(lines[helperAt - 2]).toBe("}");
    expect(lines.filter((l) => l === "// Ported from moto: tests/test_ecs/test_ecs.py")).toHaveLength(1);
    expect(after).toContain(
      "// Ported from moto: test_ecs.py::test_delete_cluster\n#[tokio::test]\nasync fn test_delete_cluster()",
    );
    if (hasRustfmt) {
      const fmt = spawnSync("rustfmt", ["--edition", "2021", "--check", testFile(b, "ecs")], {
        encoding: "utf8",
      });
      expect(fmt.stdout + fmt.stderr).toBe("");
    }
  });

  it("adds a missing region helper after the fixed-region one and honours Ported-from markers", async () => {
    const b = box();
    const r = await port(options(b, "sqs"));
    const byName = Object.fromEntries(r.tests.map((t) => [t.test, t]));
    expect(byName["test_get_queue_url"]!.reasons[0]!.message).toMatch(
      /integration_test\.rs:42 says it was ported/,
    );
    expect(byName["test_purge_queue"]!.reasons[0]!.message).toMatch(/PurgeQueue \(501\)/);
    expect(byName["test_start_message_move_task"]!.reasons[0]!.message).toMatch(
      /StartMessageMoveTask \(STUB\[no-engine\]\)/,
    );
    expect(r.added.clientHelpers).toEqual(["make_sqs_client_with_region"]);
    const after = readFileSync(testFile(b, "sqs"), "utf8");
    expect(after).toMatch(
      /fn make_mock\(\) -> MockAws \{\n.*\n\}\n\nasync fn make_sqs_client_with_region\(region: &str\)/,
    );
    expect(r.fixMarkers.map((m) => m.operations)).toEqual([["CreateQueue"]]);
  });

  it("is idempotent: a second run adds nothing and leaves the bytes alone", async () => {
    const b = box();
    await port(options(b, "ecs"));
    const once = readFileSync(testFile(b, "ecs"), "utf8");
    const journal = readFileSync(join(b.winterbaume, ".agents/docs/JOURNAL.md"), "utf8");
    const r2 = await port(options(b, "ecs"));
    expect(r2.changed).toBe(false);
    expect(r2.added.tests).toEqual([]);
    expect(readFileSync(testFile(b, "ecs"), "utf8")).toBe(once);
    expect(readFileSync(join(b.winterbaume, ".agents/docs/JOURNAL.md"), "utf8")).toBe(journal);
    expect(r2.tests.filter((t) => t.status !== "skipped")).toEqual([]);
  });

  it("appends one journal entry when the checkout keeps a journal", async () => {
    const b = box();
    const r = await port(options(b, "ecs"));
    expect(r.journal).toBe(".agents/docs/JOURNAL.md");
    const j = readFileSync(join(b.winterbaume, ".agents/docs/JOURNAL.md"), "utf8");
    expect(j).toContain("## 2026-07-05 — Port moto tests: ecs (moto2rust)");
    expect(j).toMatch(/- Tests skipped: 4 \(already-ported 1, moto-internal 1, unimplemented-operation 2\)/);
    expect(j).toContain("- Missing operations: ExecuteCommand, PutClusterCapacityProviders");
    expect(j).toMatch(/- FIX\(terraform-e2e\) coverage: 3 tests added for DeleteCluster, TagResource/);
  });

  it("--dry-run writes nothing; --diff prints a patch that reproduces the write", async () => {
    const b = box();
    const snap = snapshot(b.root);
    const dry = await cli(b, ["ecs", "--dry-run"]);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(/not written \(dry run\)/);
    expect(snapshot(b.root)).toEqual(snap);
    const diff = await cli(b, ["ecs", "--diff"]);
    expect(diff.code).toBe(0);
    expect(snapshot(b.root)).toEqual(snap);
    expect(diff.stdout).toMatch(/^--- a\/crates\/winterbaume-ecs\/tests\/integration_test.rs\n\+\+\+ b\//);
    const patched = join(b.root, "patched.rs");
    writeFileSync(patched, readFileSync(testFile(b, "ecs"), "utf8"));
    const p = spawnSync("patch", ["-s", "-p0", patched], { input: diff.stdout, encoding: "utf8" });
    if (p.error) return; // no `patch` on this machine
    expect(p.status).toBe(0);
    await port(options(b, "ecs"));
    expect(readFileSync(patched, "utf8")).toBe(readFileSync(testFile(b, "ecs"), "utf8"));
  });

  it("prints the JSON report", async () => {
    const b = box();
    const out = await cli(b, ["sqs", "--json", "--dry-run"]);
    expect(out.code).toBe(0);
    const json = JSON.parse(out.stdout) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(
      expect.arrayContaining(["tests", "totals", "missingOperations", "fixMarkers", "verify"]),
    );
    const tests = json["tests"] as {
      test: string;
      status: string;
      reasons: unknown[];
      operations: string[];
    }[];
    expect(tests.find((t) => t.test === "test_purge_queue")).toMatchObject({
      status: "skipped",
      reasons: [{ code: "unimplemented-operation", col: 1 }],
    });
    expect(json["missingOperations"]).toEqual([
      { operation: "PurgeQueue", boto3: "purge_queue", why: "501", tests: ["test_sqs.py::test_purge_queue"] },
      {
        operation: "StartMessageMoveTask",
        boto3: "start_message_move_task",
        why: "STUB[no-engine]",
        tests: ["test_sqs.py::test_start_message_move_task"],
      },
    ]);
  });

  it("takes FILTERs: files, FILE::TEST and test globs", async () => {
    const b = box();
    const r = await port(options(b, "ecs", { filters: ["test_ecs_tags.py"], mode: "dry-run" }));
    expect(r.motoFiles).toEqual(["tests/test_ecs/test_ecs_tags.py"]);
    expect(r.tests.map((t) => t.test).sort()).toEqual(["test_list_clusters_in_region", "test_untag_cluster"]);
    const r2 = await port(
      options(b, "ecs", { filters: ["test_ecs.py::test_delete_*", "test_ecs_tags"], mode: "dry-run" }),
    );
    expect(r2.tests.map((t) => t.test).sort()).toEqual([
      "test_delete_cluster",
      "test_delete_cluster_not_found",
      "test_list_clusters_in_region",
      "test_untag_cluster",
    ]);
    const r3 = await port(options(b, "ecs", { filters: ["test_describe_*"], mode: "dry-run" }));
    expect(r3.tests.map((t) => t.test)).toEqual(["test_describe_clusters"]);
  });

  it("renames a test that two moto files both define", async () => {
    const b = box();
    const r = await port(options(b, "ecs", { filters: ["test_ecs.py", "test_ecs_tags.py"] }));
    expect(r.renamed).toContainEqual({
      from: "test_list_clusters_in_region",
      to: "test_list_clusters_in_region_moto",
      file: "tests/test_ecs/test_ecs_tags.py",
    });
    const after = readFileSync(testFile(b, "ecs"), "utf8");
    expect(after).toContain("async fn test_list_clusters_in_region_moto()");
    expect(after).toContain("// Ported from moto: tests/test_ecs/test_ecs_tags.py");
    const again = await port(options(b, "ecs", { filters: ["test_ecs.py", "test_ecs_tags.py"] }));
    expect(again.changed).toBe(false);
  });

  it("--target endpoint writes a standalone file", async () => {
    const b = box();
    const r = await port(options(b, "sqs", { target: "endpoint" }));
    expect(r.testFile).toBe("crates/winterbaume-sqs/tests/moto_sqs_endpoint.rs");
    const text = readFileSync(testFile(b, "sqs", "moto_sqs_endpoint.rs"), "utf8");
    expect(text.split("\n")[0]).toBe("use aws_sdk_sqs::config::BehaviorVersion;");
    expect(text).toContain("async fn make_client() -> aws_sdk_sqs::Client {");
    expect(text).toContain("async fn test_create_queue()");
    const again = await port(options(b, "sqs", { target: "endpoint" }));
    expect(again.changed).toBe(false);
  });
});

describe("port merge details (stand-in translator)", () => {
  it("renames a helper the file defines differently, reuses one it defines identically", async () => {
    const b = box();
    const path = testFile(b, "ecs");
    writeFileSync(
      path,
      readFileSync(path, "utf8") +
        "\nasync fn create_cluster(client: &aws_sdk_ecs::Client) -> String {\n    let _ = client;\n    String::new()\n}\n",
    );
    const before = readFileSync(path, "utf8");
    const r = await port(options(b, "ecs", { filters: ["test_describe_clusters"] }));
    expect(r.renamed).toEqual([
      { from: "create_cluster", to: "create_cluster_moto", file: "tests/test_ecs/test_ecs.py" },
    ]);
    const after = readFileSync(path, "utf8");
    expect(onlyInsertions(before, after)).toBe(true);
    expect(after).toContain("async fn create_cluster_moto(client: &aws_sdk_ecs::Client) {");
    expect(after).toContain("    create_cluster_moto(&client).await;");

    const c = box();
    const same = testFile(c, "ecs");
    writeFileSync(
      same,
      readFileSync(same, "utf8") +
        "\nasync fn create_cluster(client: &aws_sdk_ecs::Client) {\n    let _ = client;\n}\n",
    );
    const r2 = await port(options(c, "ecs", { filters: ["test_describe_clusters"] }));
    expect(r2.renamed).toEqual([]);
    expect(r2.added.helpers).toEqual([]);
    expect(readFileSync(same, "utf8")).toContain("    create_cluster(&client).await;");
  });

  it("adds later tests to the file's existing section for that moto file", async () => {
    const b = box();
    await port(options(b, "ecs", { filters: ["test_delete_cluster"] }));
    await port(options(b, "ecs", { filters: ["test_update_cluster_settings"] }));
    await port(options(b, "ecs", { filters: ["test_ecs_tags.py"] }));
    const lines = splitLines(readFileSync(testFile(b, "ecs"), "utf8"));
    const header = lines.indexOf("// Ported from moto: tests/test_ecs/test_ecs.py");
    expect(lines.filter((l) => l === "// Ported from moto: tests/test_ecs/test_ecs.py")).toHaveLength(1);
    const tagsHeader = lines.indexOf("// Ported from moto: tests/test_ecs/test_ecs_tags.py");
    const update = lines.indexOf("async fn test_update_cluster_settings() {");
    expect(header).toBeLessThan(update);
    expect(update).toBeLessThan(tagsHeader);
  });
});

describe("port --verify", () => {
  const ok = { status: 0, stdout: "", stderr: "" };
  it("runs cargo build/clippy/fmt/test when cargo resolves the workspace offline, exit 1 on failure", async () => {
    const b = box();
    const calls: string[] = [];
    const m = memoryIO({}, b.root);
    const code = await runPort(
      ["ecs", "--winterbaume", b.winterbaume, "--moto", b.moto, "--models", modelsDir, "--verify"],
      m.io,
      {
        translate: fakeTranslate,
        now: NOW,
        verifyRun: (cmd, args) => {
          calls.push(`${cmd} ${args.join(" ")}`);
          return args[0] === "clippy" ? { status: 101, stdout: "", stderr: "error: unused variable" } : ok;
        },
      },
    );
    expect(code).toBe(1);
    expect(calls).toEqual([
      "cargo --version",
      "cargo metadata --offline --format-version 1",
      "cargo build --offline -p winterbaume-ecs --tests",
      "cargo clippy --offline -p winterbaume-ecs --all-targets -- -D warnings",
      "cargo fmt -p winterbaume-ecs -- --check",
      "cargo test --offline -p winterbaume-ecs",
    ]);
    expect(m.stdout()).toMatch(/cargo clippy +failed\n +error: unused variable/);
  });

  it("falls back to rustfmt and the offline check when dependencies are not reachable", async () => {
    const b = box();
    const r = await port(
      options(b, "ecs", {
        verify: true,
        verifyRun: (_cmd, args) =>
          args[0] === "metadata"
            ? { status: 101, stdout: "", stderr: "error: no matching package named `chrono` found" }
            : ok,
        offlineCheck: async (inputs) => {
          expect(inputs[0]!.source).toContain("async fn test_delete_cluster()");
          return {
            tests: [
              {
                test: "test_delete_cluster",
                compiles: false,
                errors: [{ line: 70, message: "mismatched types" }],
              },
              { test: "test_create_cluster", compiles: false, errors: [{ line: 30, message: "old code" }] },
              { test: "test_tag_cluster_by_arn", compiles: true, errors: [] },
            ],
            facadeErrors: [],
            cargoFailure: null,
          };
        },
      }),
    );
    const steps = Object.fromEntries(r.verify.map((v) => [v.step, v]));
    expect(steps["cargo build"]).toMatchObject({
      status: "skipped",
      detail: expect.stringMatching(/chrono/),
    });
    expect(steps["rustfmt"]!.status).toBe(hasRustfmt ? "passed" : "skipped");
    expect(steps["offline check"]).toMatchObject({ status: "failed" });
    expect(steps["offline check"]!.detail).toMatch(
      /^1\/2 added tests compile; 1 errors in the file's existing code/,
    );
    expect(steps["offline check"]!.detail).toContain("test_delete_cluster:70: mismatched types");
  });
});

describe("port input errors: exit 2, nothing changed", () => {
  const cases: [string, (b: Sandbox) => string[], RegExp][] = [
    ["unknown service", () => ["nosuchservice"], /unknown service 'nosuchservice'/],
    ["missing crate", () => ["kms"], /no crate winterbaume-kms .*known service/],
    [
      "unparsable integration_test.rs",
      (b) => {
        writeFileSync(testFile(b, "ecs"), readFileSync(testFile(b, "ecs"), "utf8") + "\nfn broken( {\n");
        return ["ecs"];
      },
      /integration_test\.rs:\d+:\d+: cannot parse/,
    ],
    [
      "missing test file",
      (b) => {
        const p = testFile(b, "sqs");
        writeFileSync(p, "");
        spawnSync("rm", [p]);
        return ["sqs"];
      },
      /integration_test\.rs does not exist/,
    ],
    [
      "unreadable moto file",
      (b) => {
        mkdirSync(join(b.moto, "test_ecs", "test_ecs_dir.py"));
        return ["ecs", "test_ecs_dir.py"];
      },
      /cannot read moto file/,
    ],
    ["filter matching nothing", () => ["ecs", "test_nothing_*"], /filter 'test_nothing_\*' matches no test/],
    ["filter naming no file", () => ["ecs", "test_nope.py"], /no such moto file/],
    ["no moto directory", () => ["ecs", "--moto", "/nonexistent/moto"], /--moto .*no such directory/],
  ];
  for (const [name, setup, message] of cases) {
    it(name, async () => {
      const b = box();
      const args = setup(b);
      const snap = snapshot(b.root);
      const out = await cli(b, args);
      expect(out.code).toBe(2);
      expect(out.stderr).toMatch(message);
      expect(snapshot(b.root)).toEqual(snap);
    });
  }
});

describe("port properties", () => {
  const ecsTests = [
    "test_create_cluster",
    "test_tag_cluster_by_arn",
    "test_describe_clusters",
    "test_list_clusters_in_region",
    "test_delete_cluster",
    "test_update_cluster_settings",
    "test_delete_cluster_not_found",
    "test_execute_command",
    "test_create_named_cluster",
  ];
  const filters = fc.subarray(ecsTests, { minLength: 1 });

  it("port twice = port once, and every run only inserts lines", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(filters, { minLength: 1, maxLength: 3 }), async (runs) => {
        const b = sandbox();
        try {
          for (const f of runs) {
            const before = readFileSync(testFile(b, "ecs"), "utf8");
            await port(options(b, "ecs", { filters: f }));
            const once = readFileSync(testFile(b, "ecs"), "utf8");
            expect(onlyInsertions(before, once)).toBe(true);
            const again = await port(options(b, "ecs", { filters: f }));
            expect(again.changed).toBe(false);
            expect(readFileSync(testFile(b, "ecs"), "utf8")).toBe(once);
          }
        } finally {
          b.cleanup();
        }
      }),
      { numRuns: 12 },
    );
  });

  it("tests the file already has (by name or by marker) are skipped, and the rest only inserted", async () => {
    const existing = fc
      .subarray(ecsTests)
      .chain((names) =>
        fc.tuple(
          fc.constant(names),
          fc.array(fc.boolean(), { minLength: names.length, maxLength: names.length }),
        ),
      );
    await fc.assert(
      fc.asyncProperty(existing, async ([names, byMarker]) => {
        const b = sandbox();
        try {
          const path = testFile(b, "ecs");
          const extra = names
            .map((n, i) =>
              byMarker[i]
                ? `// Ported from moto: test_ecs.py::${n}\n#[tokio::test]\nasync fn ported_${i}() {}\n`
                : `#[tokio::test]\nasync fn ${n}() {}\n`,
            )
            .join("\n");
          if (extra) writeFileSync(path, readFileSync(path, "utf8") + "\n" + extra);
          const before = readFileSync(path, "utf8");
          const r = await port(options(b, "ecs"));
          const after = readFileSync(path, "utf8");
          expect(onlyInsertions(before, after)).toBe(true);
          for (const n of names) {
            expect(r.tests.find((t) => t.test === n)!.reasons.map((x) => x.code)).toEqual(["already-ported"]);
          }
          expect((await port(options(b, "ecs"))).changed).toBe(false);
        } finally {
          b.cleanup();
        }
      }),
      { numRuns: 10 },
    );
  });

  it("--dry-run and --diff write nothing", async () => {
    await fc.assert(
      fc.asyncProperty(filters, fc.constantFrom("dry-run" as const, "diff" as const), async (f, mode) => {
        const b = sandbox();
        try {
          const snap = snapshot(b.root);
          const r = await port(options(b, "ecs", { filters: f, mode }));
          expect(r.written).toBe(false);
          expect(snapshot(b.root)).toEqual(snap);
          expect(existsSync(join(b.root, "winterbaume"))).toBe(true);
        } finally {
          b.cleanup();
        }
      }),
      { numRuns: 8 },
    );
  });
});
