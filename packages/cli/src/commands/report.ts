/** `moto2rust report MOTO_TESTS_DIR [--models DIR] [--json|--markdown]`: whole-suite coverage. */
import { readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { totals, type ReportTotals, type TestReport } from "@moto2rust/ir";
import { openModels } from "@moto2rust/sdk-shapes";
import { EXIT_OK, UsageError, type CliIO } from "../io.js";
import { parseCommandArgs } from "../args.js";
import { resolveModelsDir } from "../models.js";
import { collectPythonFiles } from "../files.js";
import { progressBar } from "../progress.js";
import { reportDirectory } from "../report-dir.js";
import { defaultJobs, reportInWorkers, workersAvailable } from "../report-pool.js";

const HELP = `usage: moto2rust report MOTO_TESTS_DIR [--models DIR] [--json|--markdown] [--jobs N]

Translate every moto test directory (test_*/) in memory and report coverage per service and per reason.

options:
  --models DIR   Smithy models (api-models-aws layout); default $MOTO2RUST_MODELS
  --json         the JSON report {"tests":[...],"totals":{...},"services":[...]}
  --markdown     Markdown tables
  -j, --jobs N   worker threads (default: the number of CPUs); the output is the same for any N
`;

export interface ServiceCoverage {
  readonly dir: string;
  readonly files: number;
  readonly totals: ReportTotals;
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  const { values: opts, positionals } = parseCommandArgs(
    argv,
    {
      models: { type: "string" },
      json: { type: "boolean" },
      markdown: { type: "boolean" },
      jobs: { type: "string", short: "j" },
      help: { type: "boolean", short: "h" },
    },
    HELP,
  );
  if (opts.help) {
    io.stdout(HELP);
    return EXIT_OK;
  }
  if (positionals.length !== 1) throw new UsageError(`give exactly one moto tests directory\n${HELP}`);
  if (opts.json && opts.markdown) throw new UsageError("--json and --markdown exclude each other");
  const root = resolve(io.cwd, positionals[0]!);
  let dirs: string[];
  try {
    if (!statSync(root).isDirectory()) throw new Error("not a directory");
    dirs = readdirSync(root, { withFileTypes: true })
      .filter((d) => d.isDirectory() && d.name.startsWith("test_"))
      .map((d) => d.name)
      .sort();
  } catch (e) {
    throw new UsageError(`cannot read moto tests directory ${root}: ${(e as Error).message}`);
  }
  if (dirs.length === 0)
    throw new UsageError(`${root} has no test_*/ directories (give moto's tests/ folder)`);
  const modelsDir = resolveModelsDir(opts.models, io.env, io.cwd);
  const repo = openModels(modelsDir);

  const work = dirs.map((dir) => ({ dir, files: collectPythonFiles([join(root, dir)]).files }));
  const fileCount = work.reduce((n, w) => n + w.files.length, 0);
  const bar = io.isTTY ? progressBar(fileCount, io) : null;
  const jobs = opts.jobs === undefined ? defaultJobs() : Number(opts.jobs);
  if (!Number.isInteger(jobs) || jobs < 1)
    throw new UsageError(`--jobs takes a whole number ≥ 1, not '${opts.jobs}'`);
  const tick = (label: string) => bar?.tick(label);
  let perDir: TestReport[][];
  if (jobs > 1 && workersAvailable()) {
    perDir = await reportInWorkers(
      work.map((w) => ({ root, models: modelsDir, dir: w.dir, files: w.files })),
      jobs,
      tick,
    );
  } else {
    perDir = [];
    for (const { dir, files } of work) perDir.push(await reportDirectory(root, dir, files, repo, tick));
  }
  const all = perDir.flat();
  const services: ServiceCoverage[] = work.map((w, i) => ({
    dir: w.dir,
    files: w.files.length,
    totals: totals(perDir[i]!),
  }));
  bar?.done();
  const overall = totals(all);
  if (opts.json) io.stdout(JSON.stringify({ tests: all, totals: overall, services }, null, 2) + "\n");
  else io.stdout(renderTable(services, overall, Boolean(opts.markdown)));
  return EXIT_OK;
}

function pct(n: number, of: number): string {
  return of === 0 ? "-" : `${((100 * n) / of).toFixed(1)}%`;
}

function renderTable(services: readonly ServiceCoverage[], overall: ReportTotals, markdown: boolean): string {
  const head = [
    "service dir",
    "files",
    "tests",
    "ported",
    "partial",
    "skipped",
    "translated",
    "asserts kept",
  ];
  const row = (name: string, files: number, t: ReportTotals): string[] => [
    name,
    String(files),
    String(t.tests),
    String(t.ported),
    String(t.partial),
    String(t.skipped),
    pct(t.ported + t.partial, t.tests),
    `${t.asserts.rust}/${t.asserts.python}`,
  ];
  const rows = services.map((s) => row(s.dir, s.files, s.totals));
  rows.push(
    row(
      "TOTAL",
      services.reduce((n, s) => n + s.files, 0),
      overall,
    ),
  );
  const reasons = Object.entries(overall.byReason).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  if (markdown) {
    const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
    return [
      line(head),
      line(head.map(() => "---")),
      ...rows.map(line),
      "",
      "| reason (tests not fully ported) | tests |",
      "| --- | --- |",
      ...reasons.map(([k, v]) => `| ${k} | ${v} |`),
      "",
    ].join("\n");
  }
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const fmt = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  return [
    fmt(head),
    ...rows.map(fmt),
    "",
    "reasons:",
    ...reasons.map(([k, v]) => `  ${k.padEnd(26)} ${v}`),
    "",
  ].join("\n");
}
