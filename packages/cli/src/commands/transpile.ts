/** `moto2rust transpile FILE.py|DIR... [--models DIR] [--service NAME] [--target winterbaume|endpoint] [--out DIR] [--json]` */
import { existsSync, readFileSync } from "node:fs";
import { basename, join, relative, resolve } from "node:path";
import { formatDiagnostic, totals, type TestReport } from "@moto2rust/ir";
import { openModels } from "@moto2rust/sdk-shapes";
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, UsageError, type CliIO } from "../io.js";
import { parseCommandArgs } from "../args.js";
import { resolveModelsDir } from "../models.js";
import { collectPythonFiles, fileSystemReader, writeFileAtomic } from "../files.js";
import { ProgramLoader } from "@moto2rust/frontend-python";
import { transpile } from "../transpile.js";

const HELP = `usage: moto2rust transpile FILE.py|DIR... [options]

Translate moto test files (pytest + boto3) into Rust integration tests for aws-sdk-rust.

options:
  --models DIR      Smithy models (api-models-aws layout); default $MOTO2RUST_MODELS
  --service NAME    boto3 name of the service under test (default: inferred per file)
  --target T        winterbaume (default) or endpoint
  --out DIR         write <file stem>.rs per input into DIR (atomic; existing files are kept unless --force)
  --force           with --out: replace existing output files
  --json            print the JSON report {"tests":[...],"totals":{...}} on stdout
  --strict          exit 1 when any test is not fully ported
`;

export async function run(argv: string[], io: CliIO): Promise<number> {
  const { values: opts, positionals } = parseCommandArgs(
    argv,
    {
      models: { type: "string" },
      service: { type: "string" },
      target: { type: "string" },
      out: { type: "string" },
      force: { type: "boolean" },
      json: { type: "boolean" },
      strict: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
    HELP,
  );
  if (opts.help) {
    io.stdout(HELP);
    return EXIT_OK;
  }
  if (positionals.length === 0) throw new UsageError(`no input files\n${HELP}`);
  const target = opts.target ?? "winterbaume";
  if (target !== "winterbaume" && target !== "endpoint") {
    throw new UsageError(`--target must be winterbaume or endpoint, not '${target}'`);
  }
  const repo = openModels(resolveModelsDir(opts.models, io.env, io.cwd));
  if (opts.service && !repo.service(opts.service)) {
    throw new UsageError(`unknown service '${opts.service}': no model for it under ${repo.root}`);
  }
  const { files, missing } = collectPythonFiles(positionals.map((p) => resolve(io.cwd, p)));
  if (missing.length > 0) throw new UsageError(`no such file or directory: ${missing.join(", ")}`);
  if (files.length === 0) throw new UsageError(`no test_*.py files in ${positionals.join(", ")}`);
  if (files.length > 1 && !opts.out && !opts.json) {
    throw new UsageError("several input files: give --out DIR (one .rs per file) or --json");
  }

  const loader = new ProgramLoader(fileSystemReader);
  const reports: TestReport[] = [];
  const outputs: { file: string; output: string | null; rust: string }[] = [];
  let inputErrors = 0;
  for (const path of files) {
    const label = relative(io.cwd, path) || basename(path);
    let source: string;
    try {
      source = readFileSync(path, "utf8");
    } catch (e) {
      io.stderr(`${label}:1:1: error: cannot read: ${(e as Error).message}\n`);
      inputErrors++;
      continue;
    }
    const result = await transpile(source, {
      file: label,
      path,
      loader,
      models: repo,
      target,
      ...(opts.service ? { service: opts.service } : {}),
    });
    for (const d of result.diagnostics) io.stderr(formatDiagnostic(d) + "\n");
    reports.push(...result.tests);
    let output: string | null = null;
    if (opts.out && result.rust) {
      output = join(resolve(io.cwd, opts.out), basename(path).replace(/\.py$/, ".rs"));
      if (existsSync(output) && !opts.force && readFileSync(output, "utf8") !== result.rust) {
        io.stderr(
          `moto2rust: error: ${output} exists; not overwritten (use --force, or 'moto2rust port' to merge)\n`,
        );
        inputErrors++;
        output = null;
      } else {
        writeFileAtomic(output, result.rust);
      }
    }
    outputs.push({ file: label, output, rust: result.rust });
  }

  if (opts.json) {
    const json = {
      tests: reports,
      totals: totals(reports),
      files: outputs.map((o) => (opts.out ? { file: o.file, output: o.output } : o)),
    };
    io.stdout(JSON.stringify(json, null, 2) + "\n");
  } else if (!opts.out) {
    io.stdout(outputs[0]?.rust ?? "");
  }
  const t = totals(reports);
  io.stderr(
    `${t.tests} tests: ${t.ported} ported, ${t.partial} partial, ${t.skipped} skipped` +
      (Object.keys(t.byReason).length
        ? ` (${Object.entries(t.byReason)
            .map(([k, v]) => `${k}: ${v}`)
            .join(", ")})`
        : "") +
      "\n",
  );
  if (inputErrors > 0) return EXIT_USAGE;
  if (opts.strict && t.ported < t.tests) return EXIT_PROBLEMS;
  return EXIT_OK;
}
