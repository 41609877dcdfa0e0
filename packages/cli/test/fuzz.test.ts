/**
 * The fuzz suite: moto-shaped programs over random models, and their mutations (truncation,
 * token deletion and duplication, non-UTF-8 and NUL bytes, CRLF, deep nesting, huge literals),
 * plus broken and truncated models. For every input: no crash, no stack trace, no case over
 * 5 s, and either Rust that tree-sitter-rust parses without an error or a diagnostic; through the
 * CLI, nothing is written outside `--out`.
 *
 * Fixed seeds and 2,000 cases in CI; `npm run fuzz` runs a longer search (FUZZ_SCALE times as
 * many cases, FUZZ_SEED to explore other seeds).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { performance } from "node:perf_hooks";
import { parseRust, syntaxErrors } from "@moto2rust/backend-rust";
import { openModels, type ModelRepository } from "@moto2rust/sdk-shapes";
import { transpile } from "moto2rust";
import { runCli } from "../src/cli.js";
import { memoryIO } from "../src/io.js";
import { modelArb, modelJson, programArb, type GenModel } from "./random-programs.js";
import { brokenModelArb, mutatedArb, type Source } from "./fuzz-inputs.js";

const SCALE = Math.max(1, Number(process.env.FUZZ_SCALE ?? 1) || 1);
const SEED = Number(process.env.FUZZ_SEED ?? 20261207);
const RUNS = { mutations: 1500 * SCALE, models: 450 * SCALE, cli: 50 * SCALE };
const MAX_MS = 5_000;
const LONG = 1_800_000;

const root = mkdtempSync(join(tmpdir(), "moto2rust-fuzz-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

interface World {
  readonly model: GenModel;
  readonly json: string;
  readonly dir: string;
  readonly repo: ModelRepository;
}
const worlds: World[] = [];

function writeModel(dir: string, json: string): void {
  const svc = join(dir, "ecs", "service", "2014-11-13");
  mkdirSync(svc, { recursive: true });
  writeFileSync(join(svc, "ecs-2014-11-13.json"), json);
}

beforeAll(() => {
  // A few random models, written once; each case picks one.
  for (const [i, model] of fc.sample(modelArb, { seed: SEED, numRuns: 6 }).entries()) {
    const dir = join(root, `model-${i}`);
    const json = modelJson(model);
    writeModel(dir, json);
    worlds.push({ model, json, dir, repo: openModels(dir) });
  }
});

const worldIndex = fc.nat(5);

function lineCount(source: Source): number {
  const text = typeof source === "string" ? source : Buffer.from(source).toString("latin1");
  return text.split("\n").length;
}

/** The properties every translation must have, whatever its input. */
async function checkTranslation(source: Source, repo: ModelRepository, what: string): Promise<void> {
  const start = performance.now();
  let r: Awaited<ReturnType<typeof transpile>>;
  try {
    r = await transpile(source, { file: "test_fuzz.py", models: repo, service: "ecs", rustfmt: false });
  } catch (e) {
    throw new Error(`${what}: transpile threw ${(e as Error).stack ?? String(e)}`);
  }
  const ms = performance.now() - start;
  expect(ms, `${what}: took ${ms.toFixed(0)} ms`).toBeLessThan(MAX_MS);
  const lines = lineCount(source);
  for (const d of r.diagnostics) {
    expect(d.span.line, `${what}: ${d.message}`).toBeGreaterThanOrEqual(1);
    expect(d.span.col, `${what}: ${d.message}`).toBeGreaterThanOrEqual(1);
    expect(d.span.line, `${what}: ${d.message}`).toBeLessThanOrEqual(lines + 1);
    expect(d.message, what).not.toMatch(/\n\s+at /);
  }
  for (const t of r.tests)
    if (t.status === "skipped") expect(t.reasons.length, `${what}: ${t.test}`).toBeGreaterThan(0);
  const translated = r.tests.filter((t) => t.status !== "skipped");
  if (translated.length === 0 && r.tests.length > 0) {
    // Tests, none translated: the input must have said why.
    expect(r.diagnostics.length, `${what}: no Rust and no diagnostic`).toBeGreaterThan(0);
  }
  if (r.rust !== "") {
    expect(r.rust, `${what}: U+FFFD in the Rust`).not.toContain("\uFFFD");
    const tree = await parseRust(r.rust);
    try {
      expect(syntaxErrors(tree.rootNode), `${what}\n${r.rust}`).toEqual([]);
    } finally {
      tree.delete();
    }
    for (const t of translated) {
      for (const name of t.rustTests) expect(r.rust, `${what}: ${name}`).toContain(`fn ${name}(`);
    }
  } else {
    expect(translated, `${what}: tests reported translated but no Rust`).toEqual([]);
  }
}

const mutatedCase = worldIndex.chain((w) =>
  programArb(worlds[w]!.model).chain((prog) => mutatedArb(prog).map((m) => ({ w, ...m }))),
);

describe("fuzz: moto-shaped programs and their mutations", () => {
  it(
    `${RUNS.mutations} mutated programs: no crash, valid Rust or a diagnostic, under 5 s each`,
    async () => {
      await fc.assert(
        fc.asyncProperty(mutatedCase, async ({ w, source, steps }) => {
          await checkTranslation(source, worlds[w]!.repo, steps.join(" → "));
        }),
        { numRuns: RUNS.mutations, seed: SEED, endOnFailure: true },
      );
    },
    LONG,
  );

  it(
    `${RUNS.models} broken and truncated models: no crash, a diagnostic or a clean input error`,
    async () => {
      const brokenCase = worldIndex.chain((w) =>
        fc.record({
          w: fc.constant(w),
          prog: programArb(worlds[w]!.model),
          broken: brokenModelArb(worlds[w]!.json),
        }),
      );
      let n = 0;
      await fc.assert(
        fc.asyncProperty(brokenCase, async ({ w, prog, broken }) => {
          const dir = join(root, `broken-${n++}`);
          writeModel(dir, broken.text);
          try {
            let repo: ModelRepository;
            try {
              repo = openModels(dir);
            } catch (e) {
              // A malformed model may be refused when opened: a clean error naming it, never a crash.
              expect(e, broken.step).toBeInstanceOf(Error);
              expect(e, broken.step).not.toBeInstanceOf(TypeError);
              return;
            }
            try {
              await checkTranslation(prog.source, repo, broken.step);
            } catch (e) {
              const message = (e as Error).message;
              if (/transpile threw/.test(message) && !/TypeError|RangeError|ReferenceError/.test(message)) {
                // An input error about the model (the CLI prints it as one line, exit 2).
                expect(message, broken.step).toMatch(/ecs-2014-11-13\.json|model/i);
                return;
              }
              throw e;
            }
          } finally {
            rmSync(dir, { recursive: true, force: true });
          }
          void worlds[w];
        }),
        { numRuns: RUNS.models, seed: SEED + 1, endOnFailure: true },
      );
    },
    LONG,
  );
});

/** Every file below a directory (relative), with its size and mtime. */
function tree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else {
        const st = statSync(p);
        out.set(relative(dir, p), `${st.size}:${st.mtimeMs}`);
      }
    }
  };
  walk(dir);
  return out;
}

describe("fuzz: the CLI on hostile files", () => {
  // Deeply nested cases make rustfmt slow: bound it tighter than its 10 s default here.
  beforeAll(() => {
    process.env.MOTO2RUST_RUSTFMT_TIMEOUT_MS = "2000";
  });
  afterAll(() => {
    delete process.env.MOTO2RUST_RUSTFMT_TIMEOUT_MS;
  });
  it(
    `${RUNS.cli} runs of transpile --out: exit 0/1/2, no stack trace, nothing written outside --out`,
    async () => {
      let n = 0;
      await fc.assert(
        fc.asyncProperty(mutatedCase, async ({ w, source, steps }) => {
          const work = join(root, `cli-${n++}`);
          mkdirSync(join(work, "in", "sub"), { recursive: true });
          writeFileSync(join(work, "in", "sub", "test_fuzz.py"), source);
          writeFileSync(join(work, "in", "test_fuzz.py"), source);
          const before = tree(work);
          const m = memoryIO({}, work);
          const code = await runCli(
            [
              "transpile",
              join(work, "in"),
              "--out",
              join(work, "out"),
              "--models",
              worlds[w]!.dir,
              "--service",
              "ecs",
            ],
            m.io,
          );
          const what = steps.join(" → ");
          expect([0, 1, 2], `${what}: exit ${code}\n${m.stderr()}`).toContain(code);
          expect(m.stderr(), what).not.toMatch(/\n\s+at /);
          const after = tree(work);
          for (const [p, v] of after) {
            if (p.startsWith(`out/`)) continue;
            expect(before.get(p), `${what}: ${p} written outside --out`).toBe(v);
          }
          for (const p of after.keys()) {
            if (p.startsWith("out/")) expect(p, what).toMatch(/^out\/(sub\/)?test_fuzz\.rs$/);
          }
          rmSync(work, { recursive: true, force: true });
        }),
        { numRuns: RUNS.cli, seed: SEED + 2, endOnFailure: true },
      );
    },
    LONG,
  );
});
