/** What belongs to the process (exit status, standard streams, a closed pipe), checked on the built CLI. */
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../..", import.meta.url));
const builtCli = join(root, "packages", "cli", "dist", "main.js");
const example = join(root, "examples", "test_ecs_example.py");
const exampleModels = join(root, "examples", "models");
const expected = readFileSync(join(root, "examples", "test_ecs_example.expected.rs"), "utf8");
const sharedModels = join(root, "..", "shared", "api-models-aws");

function run(args: string[], options: { input?: string; nodeArgs?: string[] } = {}) {
  const r = spawnSync(process.execPath, [...(options.nodeArgs ?? []), builtCli, ...args], {
    cwd: root,
    encoding: "utf8",
    input: options.input ?? "",
    env: { ...process.env, MOTO2RUST_DEBUG: "" },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe.skipIf(!existsSync(builtCli))("the moto2rust process", () => {
  it("exit 0 on success, 1 on error diagnostics, 2 on a usage error", () => {
    expect(run(["transpile", example, "--models", exampleModels]).status).toBe(0);
    const dir = mkdtempSync(join(tmpdir(), "moto2rust-proc-"));
    const bad = join(dir, "test_bad.py");
    writeFileSync(
      bad,
      'import boto3\n\ndef test_a():\n    c = boto3.client("ecs", region_name="us-east-1")\n    c.nope()\n',
    );
    const r = run(["transpile", bad, "--models", exampleModels]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/test_bad\.py:5:5: error\[unknown-operation\]: /);
    expect(run(["transpile", "--nope"]).status).toBe(2);
  });

  it("transpile - reads standard input", () => {
    const r = run(["transpile", "-", "--models", exampleModels], { input: readFileSync(example, "utf8") });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(expected.replaceAll("test_ecs_example.py::", "<stdin>::"));
    expect(r.stderr).toBe("2 tests: 2 ported, 0 partial, 0 skipped\n");
  });

  it("an internal error: one line plus where to report it, exit 70; the stack only with --debug", () => {
    // Make the process's stdout fail the way no input can: a bug stand-in.
    const inject = [
      "--import",
      `data:text/javascript,process.stdout.write = () => { throw new RangeError("injected failure"); };`,
    ];
    const plain = run(["api", "ecs", "--models", exampleModels], { nodeArgs: inject });
    expect(plain.status).toBe(70);
    expect(plain.stderr).toMatch(
      /^moto2rust: internal error: injected failure\nThis is a bug in moto2rust \S+; please report it at /,
    );
    expect(plain.stderr.trimEnd().split("\n")).toHaveLength(2);
    const debug = run(["api", "ecs", "--models", exampleModels, "--debug"], { nodeArgs: inject });
    expect(debug.status).toBe(70);
    expect(debug.stderr).toMatch(/RangeError: injected failure\n\s+at /);
  });

  it("an error escaping the command (thrown from a callback) is an internal error too, never exit 1", () => {
    // Thrown from a timer after the CLI has started: no command code is on the stack to catch it.
    const inject = [
      "--import",
      `data:text/javascript,setTimeout(() => { throw new Error("escaped"); }, 1500);`,
    ];
    const r = run(["--version"], { nodeArgs: inject });
    expect(r.stdout).toMatch(/^moto2rust /);
    expect(r.stderr).toMatch(/^moto2rust: internal error: escaped\nThis is a bug in moto2rust /);
    expect(r.status).toBe(70);
  });

  it("a file-system error is one line naming the path, exit 2", () => {
    const dir = mkdtempSync(join(tmpdir(), "moto2rust-proc-"));
    writeFileSync(join(dir, "file"), "");
    const cache = join(dir, "file", "cache");
    const r = run([
      "check",
      join(root, "examples", "test_ecs_example.expected.rs"),
      "--service",
      "ecs",
      "--models",
      exampleModels,
      "--cache",
      cache,
    ]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(
      new RegExp(`^moto2rust: error: cannot create directory ${cache}\\S*: .*\\(ENOTDIR\\)\\n$`),
    );
  });

  it.skipIf(!existsSync(sharedModels))(
    "a closed pipe ends the run quietly (api sagemaker --json | head)",
    () => {
      const err = join(mkdtempSync(join(tmpdir(), "moto2rust-proc-")), "stderr");
      const r = spawnSync(
        "bash",
        [
          "-c",
          'set -o pipefail; "$0" "$1" api sagemaker --models "$2" --json 2>"$3" | head -c 100 >/dev/null',
          process.execPath,
          builtCli,
          sharedModels,
          err,
        ],
        { cwd: root, encoding: "utf8" },
      );
      expect(readFileSync(err, "utf8")).toBe("");
      expect(r.status).toBe(0);
    },
  );
});
