/** `moto2rust report MOTO_TESTS_DIR [--models DIR] [--json|--markdown]`: whole-suite coverage. */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { totals, type ReportTotals, type TestReport } from "@moto2rust/ir";
import { openModels } from "@moto2rust/sdk-shapes";
import { EXIT_OK, UsageError, type CliIO } from "../io.js";
import { parseCommandArgs } from "../args.js";
import { resolveModelsDir } from "../models.js";
import { collectPythonFiles } from "../files.js";
import { transpile } from "../transpile.js";
import { progressBar } from "../progress.js";
import { boto3ForMotoDir } from "../port/names.js";

const HELP = `usage: moto2rust report MOTO_TESTS_DIR [--models DIR] [--json|--markdown]

Translate every moto test directory (test_*/) in memory and report coverage per service and per reason.
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
  const repo = openModels(resolveModelsDir(opts.models, io.env, io.cwd));

  const work = dirs.map((dir) => ({ dir, files: collectPythonFiles([join(root, dir)]).files }));
  const fileCount = work.reduce((n, w) => n + w.files.length, 0);
  const bar = io.isTTY ? progressBar(fileCount, io) : null;
  const all: TestReport[] = [];
  const services: ServiceCoverage[] = [];
  for (const { dir, files } of work) {
    const reports: TestReport[] = [];
    // The directory names the service under test; files that create no client (fixtures,
    // resources) still belong to it. Without a rule or a model, each file's clients decide.
    const dirService = boto3ForMotoDir(dir);
    const service = dirService && repo.service(dirService) ? dirService : undefined;
    for (const path of files) {
      const label = relative(root, path);
      bar?.tick(label);
      let source: string;
      try {
        source = readFileSync(path, "utf8");
      } catch {
        continue;
      }
      const result = await transpile(source, {
        file: label,
        models: repo,
        rustfmt: false,
        ...(service ? { service } : {}),
      });
      reports.push(...result.tests);
    }
    all.push(...reports);
    services.push({ dir, files: files.length, totals: totals(reports) });
  }
  bar?.done();
  const overall = totals(all);
  if (opts.json) io.stdout(JSON.stringify({ tests: all, totals: overall, services }, null, 2) + "\n");
  else io.stdout(renderTable(services, overall, Boolean(opts.markdown)));
  return EXIT_OK;
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
