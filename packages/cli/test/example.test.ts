/** The bundled example is the README's first command: it must give the SPEC's worked example exactly. */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { memoryIO } from "../src/io.js";
import { runCli } from "../src/cli.js";
import { transpile } from "moto2rust";

const root = fileURLToPath(new URL("../../..", import.meta.url));
const input = `${root}/examples/test_ecs_example.py`;
const expected = readFileSync(`${root}/examples/test_ecs_example.expected.rs`, "utf8");

// The expected text is rustfmt's output; without rustfmt the (valid) Rust is unformatted.
const hasRustfmt = spawnSync("rustfmt", ["--version"]).status === 0;
if (!hasRustfmt) console.warn("rustfmt not on PATH: the bundled example's byte comparison is skipped");

describe.skipIf(!hasRustfmt)("bundled example", () => {
  it("the CLI prints the expected Rust and a summary", async () => {
    const m = memoryIO({}, root);
    const code = await runCli(
      ["transpile", "examples/test_ecs_example.py", "--models", "examples/models"],
      m.io,
    );
    expect(code).toBe(0);
    expect(m.stdout()).toBe(expected);
    expect(m.stderr()).toBe("2 tests: 2 ported, 0 partial, 0 skipped\n");
  });

  it("the library gives the same bytes and report as the CLI", async () => {
    const r = await transpile(readFileSync(input, "utf8"), {
      file: "examples/test_ecs_example.py",
      models: `${root}/examples/models`,
    });
    expect(r.rust).toBe(expected);
    expect(r.tests.map((t) => [t.test, t.status, t.asserts])).toEqual([
      ["test_create_and_list_clusters", "ported", { python: 4, rust: 4 }],
      ["test_delete_missing_cluster", "ported", { python: 1, rust: 1 }],
    ]);
    const m = memoryIO({}, root);
    await runCli(
      ["transpile", "examples/test_ecs_example.py", "--models", "examples/models", "--json"],
      m.io,
    );
    const json = JSON.parse(m.stdout());
    expect(json.tests).toEqual(JSON.parse(JSON.stringify(r.tests)));
    expect(json.totals).toEqual(JSON.parse(JSON.stringify(r.totals)));
    expect(json.files[0].rust).toBe(expected);
  });

  it("usage and input errors exit 2 with a clear message", async () => {
    const cases: [string[], RegExp][] = [
      [["transpile"], /no input files/],
      [["transpile", "nope.py", "--models", "examples/models"], /no such file or directory: .*nope\.py/],
      [["transpile", "examples/test_ecs_example.py"], /no models found.*api-models-aws/],
      [
        ["transpile", "examples/test_ecs_example.py", "--models", "examples/models", "--service", "sqs"],
        /unknown service 'sqs'/,
      ],
      [
        ["transpile", "examples/test_ecs_example.py", "--models", "examples/models", "--target", "x"],
        /--target must be/,
      ],
      [["frobnicate"], /unknown command 'frobnicate'/],
    ];
    for (const [argv, message] of cases) {
      const m = memoryIO({}, root);
      expect(await runCli(argv, m.io), argv.join(" ")).toBe(2);
      expect(m.stderr()).toMatch(message);
    }
  });
});
