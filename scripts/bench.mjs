#!/usr/bin/env node
// Benchmarks (wall time and peak RSS of whole CLI runs). Usage: npm run bench [-- --runs N]
// Optional: MOTO_TESTS=/path/to/moto/tests adds the whole-suite `report` run.
// Figures go into the README with this command line; timed tests are not used anywhere.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
const cli = join(root, "packages/cli/dist/main.js");
const models = resolve(root, "../shared/api-models-aws");
const runsFlag = process.argv.indexOf("--runs");
const runs = runsFlag > 0 ? Number(process.argv[runsFlag + 1]) : 3;

if (!existsSync(cli)) {
  console.error("build first: npm run build");
  process.exit(2);
}

function measure(args, env = {}) {
  // A row runs the CLI unless its first argument is a script of this repository.
  const command = args[0]?.endsWith(".mjs") ? args : [cli, ...args];
  const r = spawnSync("/usr/bin/time", ["-f", "%e %M", process.execPath, ...command], {
    cwd: root,
    env: { ...process.env, ...env },
    encoding: "utf8",
    maxBuffer: 1 << 30,
  });
  const last = r.stderr.trim().split("\n").pop() ?? "";
  const [secs, kb] = last.split(" ").map(Number);
  return { secs, mb: kb / 1024, status: r.status };
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function bench(name, args, { env = {}, n = runs, before } = {}) {
  const samples = [];
  for (let i = 0; i < n; i++) {
    before?.();
    samples.push(measure(args, env));
  }
  const bad = samples.find((s) => s.status !== 0 && s.status !== 1);
  const row = {
    name,
    secs: median(samples.map((s) => s.secs)),
    mb: Math.max(...samples.map((s) => s.mb)),
    runs: n,
    ok: !bad,
  };
  console.log(
    `${row.name.padEnd(48)} ${row.secs.toFixed(2).padStart(7)} s  ${row.mb.toFixed(0).padStart(6)} MiB  (median of ${n}${row.ok ? "" : ", FAILED"})`,
  );
  return row;
}

console.log(`node ${process.version}, ${runs} runs each\n`);
bench("transpile bundled example", [
  "transpile",
  "examples/test_ecs_example.py",
  "--models",
  "examples/models",
]);
bench("api s3 --json", ["api", "s3", "--models", models, "--json"]);
bench("api sagemaker --json (largest model)", ["api", "sagemaker", "--models", models, "--json"]);

const golden = join(root, "packages/backend-rust/test/fixtures");
const ecsGolden = existsSync(golden)
  ? readdirSync(golden)
      .filter((d) => d.startsWith("ecs"))
      .map((d) => join(golden, d, "expected.rs"))
      .find(existsSync)
  : undefined;
if (ecsGolden) {
  const cache = mkdtempSync(join(tmpdir(), "moto2rust-bench-"));
  bench(
    "check ecs golden, cold (fresh facade + target)",
    ["check", ecsGolden, "--service", "ecs", "--models", models],
    {
      env: { MOTO2RUST_CACHE: cache },
      n: 1,
    },
  );
  bench("check ecs golden, warm", ["check", ecsGolden, "--service", "ecs", "--models", models], {
    env: { MOTO2RUST_CACHE: cache },
  });
  rmSync(cache, { recursive: true, force: true });
}
if (process.env.MOTO_TESTS && existsSync(process.env.MOTO_TESTS)) {
  // The baseline of issue 9's budget (report <= 4x parse-only), measured in the same run so that
  // the machine's load weighs on both: the same files, the same parser, nothing else.
  const parse = bench(
    "parse-only: the same files, same parser, 1 thread",
    [join(root, "scripts/parse-only.mjs"), process.env.MOTO_TESTS],
    { n: 1 },
  );
  const report = bench(
    "report: whole moto suite, default --jobs",
    ["report", process.env.MOTO_TESTS, "--models", models, "--json"],
    { n: 1 },
  );
  console.log(`${"report / parse-only".padEnd(48)} ${(report.secs / parse.secs).toFixed(2).padStart(7)} x`);
  bench(
    "report: whole moto suite, --jobs 1",
    ["report", process.env.MOTO_TESTS, "--models", models, "--json", "--jobs", "1"],
    { n: 1 },
  );
}
