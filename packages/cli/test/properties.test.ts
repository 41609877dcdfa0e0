/**
 * Properties of the whole compiler over random valid models and random straight-line programs:
 * it never crashes, translates every test, the Rust parses without ERROR nodes, a second run is
 * byte-identical, rustfmt leaves it unchanged, each Python assert becomes one Rust assert, and
 * every test builds exactly one backend however many clients (regions, loops) it makes.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { parseRust, syntaxErrors } from "@moto2rust/backend-rust";
import { openModels } from "@moto2rust/sdk-shapes";
import { transpile } from "moto2rust";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { modelArb, modelJson, programArb, resourceProgramArb } from "./random-programs.js";

const sharedModels = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../../../shared/api-models-aws",
);

const hasRustfmt = spawnSync("rustfmt", ["--version"]).status === 0;

function withModel<T>(json: string, f: (dir: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), "moto2rust-prop-"));
  const svc = join(dir, "ecs", "service", "2014-11-13");
  mkdirSync(svc, { recursive: true });
  writeFileSync(join(svc, "ecs-2014-11-13.json"), json);
  return f(dir).finally(() => rmSync(dir, { recursive: true, force: true }));
}

function rustfmtCheck(code: string): boolean {
  const r = spawnSync("rustfmt", ["--edition", "2021", "--check"], { input: code, encoding: "utf8" });
  return r.status === 0;
}

/** Top-level `async fn` bodies of the emitted file (tests and case helpers), by name. */
function functionBodies(rust: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of rust.matchAll(/^async fn (\w+)\([^)]*\)[^{]*\{\n([\s\S]*?)^\}/gm)) {
    if (!/^make_client/.test(m[1]!)) out.set(m[1]!, m[2]!);
  }
  return out;
}

const program = modelArb.chain((model) => programArb(model).map((prog) => ({ model, prog })));

describe("random moto-style programs over random models", () => {
  it("translate completely into parseable, deterministic, rustfmt-stable Rust keeping every assert", async () => {
    await fc.assert(
      fc.asyncProperty(program, async ({ model, prog }) => {
        await withModel(modelJson(model), async (dir) => {
          const repo = openModels(dir);
          const first = await transpile(prog.source, { file: "test_fuzz.py", models: repo, service: "ecs" });
          const second = await transpile(prog.source, {
            file: "test_fuzz.py",
            models: openModels(dir),
            service: "ecs",
          });
          expect(second.rust).toBe(first.rust);

          const byName = new Map(first.tests.map((t) => [t.test, t]));
          for (const [name, n] of prog.asserts) {
            const t = byName.get(name);
            expect(t, `report for ${name}`).toBeDefined();
            expect(t!.status, `${name}: ${JSON.stringify(t!.reasons)}\n${prog.source}`).not.toBe("skipped");
            expect(t!.asserts).toEqual({ python: n, rust: n });
          }
          // Plus one `assert!` per `pytest.raises(..., match=...)` (a check, not a Python `assert`).
          const matches = prog.source.match(/pytest\.raises\([^)]*match=/g)?.length ?? 0;
          const expectedAsserts = [...prog.asserts.values()].reduce((a, b) => a + b, 0) + matches;
          const macros = first.rust.match(/\bassert(_eq|_ne)?!\(/g) ?? [];
          expect(macros.length).toBe(expectedAsserts);

          // A ported test keeps exactly one Rust assertion per Python assertion.
          for (const t of first.tests)
            if (t.status === "ported") expect(t.asserts.rust, t.test).toBe(t.asserts.python);
          // One backend per test, however many clients it makes.
          for (const [fn, body] of functionBodies(first.rust)) {
            if (!/\bmake_client\w*\(/.test(body)) continue;
            const backends = (body.match(/\bmake_mock\(\)|\bmake_client(_with_region)?\(/g) ?? []).length;
            expect(backends, `${fn}:\n${body}`).toBe(1);
            // A client helper that builds its own backend is never called once per loop iteration.
            expect(/^ {8,}.*\bmake_client(_with_region)?\(/m.test(body), `${fn}:\n${body}`).toBe(false);
          }

          const tree = await parseRust(first.rust);
          try {
            expect(syntaxErrors(tree.rootNode)).toEqual([]);
          } finally {
            tree.delete();
          }
          if (hasRustfmt) expect(rustfmtCheck(first.rust), first.rust).toBe(true);
        });
      }),
      { numRuns: 40, seed: 20261125 },
    );
  });

  it("never crash on random mutations of a valid program", async () => {
    const mutated = program.chain(({ model, prog }) =>
      fc
        .record({
          cut: fc.nat(prog.source.length),
          junk: fc.constantFrom("", ")", "[", '"', ":", "\n    x = ", "**kw", "lambda: 1"),
        })
        .map(({ cut, junk }) => ({
          model,
          source: prog.source.slice(0, cut) + junk + prog.source.slice(cut),
        })),
    );
    await fc.assert(
      fc.asyncProperty(mutated, async ({ model, source }) => {
        await withModel(modelJson(model), async (dir) => {
          const r = await transpile(source, { file: "test_fuzz.py", models: dir, service: "ecs" });
          for (const d of r.diagnostics) {
            expect(d.span.line).toBeGreaterThanOrEqual(1);
            expect(d.span.col).toBeGreaterThanOrEqual(1);
          }
          if (r.rust) {
            const tree = await parseRust(r.rust);
            try {
              expect(syntaxErrors(tree.rootNode)).toEqual([]);
            } finally {
              tree.delete();
            }
          }
        });
      }),
      { numRuns: 40, seed: 7 },
    );
  });

  it.skipIf(!existsSync(sharedModels))(
    "boto3 resource programs translate completely, deterministically and rustfmt-stable, keeping every assert",
    async () => {
      const repo = openModels(sharedModels);
      await fc.assert(
        fc.asyncProperty(resourceProgramArb, async (prog) => {
          const first = await transpile(prog.source, { file: "test_fuzz.py", models: repo, service: "sqs" });
          const second = await transpile(prog.source, { file: "test_fuzz.py", models: repo, service: "sqs" });
          expect(second.rust).toBe(first.rust);
          const byName = new Map(first.tests.map((t) => [t.test, t]));
          for (const [name, n] of prog.asserts) {
            const t = byName.get(name);
            expect(t, `report for ${name}`).toBeDefined();
            expect(t!.status, `${name}: ${JSON.stringify(t!.reasons)}\n${prog.source}`).toBe("ported");
            expect(t!.asserts).toEqual({ python: n, rust: n });
          }
          const tree = await parseRust(first.rust);
          try {
            expect(syntaxErrors(tree.rootNode)).toEqual([]);
          } finally {
            tree.delete();
          }
          if (hasRustfmt) expect(rustfmtCheck(first.rust), first.rust).toBe(true);
        }),
        { numRuns: 30, seed: 20261207 },
      );
    },
  );
});
