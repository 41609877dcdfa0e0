/** The SPEC's worked example is the quality bar: the output must be exactly the SPEC's Rust. */
import { existsSync, readFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runFixture } from "./pipeline.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const specFile = path.resolve(here, "../../../../shared/SPEC.md");
const hasRustfmt = spawnSync("rustfmt", ["--version"]).status === 0;
if (!hasRustfmt) console.warn("rustfmt not on PATH: the SPEC worked example (rustfmt output) is skipped");

function specBlocks(): { python: string; rust: string } {
  const spec = readFileSync(specFile, "utf8");
  const section = spec.slice(spec.indexOf("## One worked example"));
  const python = /```python\n([\s\S]*?)```/.exec(section)![1]!;
  const rust = /```rust\n([\s\S]*?)```/.exec(section)![1]!;
  return { python, rust };
}

describe.skipIf(!existsSync(specFile) || !hasRustfmt)("SPEC worked example", () => {
  it("the fixture input is the SPEC's Python", () => {
    const input = readFileSync(path.join(here, "fixtures/ecs-spec-example/input.py"), "utf8");
    expect(input).toBe(specBlocks().python);
  });
  it("translates to exactly the SPEC's Rust", async () => {
    const { rust, report } = await runFixture(path.join(here, "fixtures/ecs-spec-example"));
    expect(rust.code).toBe(specBlocks().rust);
    expect(report.tests.map((t) => t.status)).toEqual(["ported", "ported"]);
  });
});
