/** `moto2rust report MOTO_TESTS_DIR [--models DIR] [--json|--markdown]`: whole-suite coverage. */
import { readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { totals, type ReportTotals } from "@moto2rust/ir";
import { openModels } from "@moto2rust/sdk-shapes";
import { EXIT_OK, EXIT_USAGE, UsageError, type CliIO } from "../io.js";
import { helpText, parseCommandArgs, type CommandSpec, type OptionTable } from "../args.js";
import { resolveModelsDir } from "../models.js";
import { collectPythonFiles } from "../files.js";
import { progressBar, showProgress } from "../progress.js";
import { reportDirectory, type DirectoryReport, type FileProblem } from "../report-dir.js";
import { defaultJobs, reportInWorkers, workersAvailable } from "../report-pool.js";

export const spec = {
  name: "report",
  usage: "MOTO_TESTS_DIR [--models DIR] [--json|--markdown] [--jobs N]",
  description: `Translate every moto test directory (test_*/) in memory and report coverage per service and per
reason. Files that cannot be read or parsed are listed with the reason.`,
  options: {
    models: {
      type: "string",
      value: "DIR",
      help: "Smithy models (api-models-aws layout); default $MOTO2RUST_MODELS",
    },
    json: {
      type: "boolean",
      help: 'the JSON report {"tests":[...],"totals":{...},"services":[...],"problems":[...]}',
    },
    markdown: { type: "boolean", help: "Markdown tables" },
    jobs: {
      type: "string",
      short: "j",
      value: "N",
      help: "worker threads (default: the number of CPUs); the output is the same for any N",
    },
  },
  epilogue: `A progress bar is drawn on a terminal (not when CI is set or TERM=dumb).

exit status: 0 success, 2 usage or input error (no test directories, missing or malformed model).`,
} as const satisfies CommandSpec<OptionTable>;

export interface ServiceCoverage {
  readonly dir: string;
  readonly files: number;
  readonly totals: ReportTotals;
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  const { values: opts, positionals } = parseCommandArgs(argv, spec);
  if (opts.help) {
    io.stdout(helpText(spec));
    return EXIT_OK;
  }
  if (positionals.length !== 1)
    throw new UsageError(`give exactly one moto tests directory\n${helpText(spec)}`);
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
  const bar = showProgress(io) ? progressBar(fileCount, io) : null;
  const jobs = opts.jobs === undefined ? defaultJobs() : Number(opts.jobs);
  if (!Number.isInteger(jobs) || jobs < 1)
    throw new UsageError(`--jobs takes a whole number ≥ 1, not '${opts.jobs}'`);
  const tick = (label: string) => bar?.tick(label);
  let perDir: DirectoryReport[];
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
  bar?.done();
  // A model file that exists but cannot be read as a model is an input error, not a skipped service.
  const malformed = new Map(perDir.flatMap((d) => d.malformed).map((m) => [m.path, m]));
  if (malformed.size > 0) {
    for (const m of [...malformed.values()].sort((a, b) => a.path.localeCompare(b.path))) {
      io.stderr(`${m.path}:${m.line}:${m.col}: error: ${m.message}\n`);
    }
    return EXIT_USAGE;
  }
  const all = perDir.flatMap((d) => d.tests);
  const problems = perDir.flatMap((d) => d.problems);
  const services: ServiceCoverage[] = work.map((w, i) => ({
    dir: w.dir,
    files: w.files.length,
    totals: totals(perDir[i]!.tests),
  }));
  const overall = totals(all);
  if (opts.json)
    io.stdout(JSON.stringify({ tests: all, totals: overall, services, problems }, null, 2) + "\n");
  else
    io.stdout(
      renderTable(services, overall, Boolean(opts.markdown)) +
        renderProblems(problems, Boolean(opts.markdown)),
    );
  return EXIT_OK;
}

/** Files that could not be read or parsed, with the reason (empty when there are none). */
export function renderProblems(problems: readonly FileProblem[], markdown: boolean): string {
  if (problems.length === 0) return "";
  const head = `${problems.length} file${problems.length === 1 ? "" : "s"} could not be read or parsed completely:`;
  const lines = problems.map((p) => `${p.file}:${p.line}:${p.col}: ${p.reason}`);
  return markdown
    ? [`${head}`, "", ...lines.map((l) => `- \`${l}\``), ""].join("\n")
    : [head, ...lines.map((l) => `  ${l}`), ""].join("\n");
}

function pct(n: number, of: number): string {
  return of === 0 ? "-" : `${((100 * n) / of).toFixed(1)}%`;
}

export function renderTable(
  services: readonly ServiceCoverage[],
  overall: ReportTotals,
  markdown: boolean,
): string {
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
