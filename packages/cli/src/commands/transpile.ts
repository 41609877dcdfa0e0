/** `moto2rust transpile FILE.py|DIR...|- [--models DIR] [--service NAME] [--target winterbaume|endpoint] [--out DIR] [--json] [--strict]` */
import { existsSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import { CLI, diagnostic, formatDiagnostic, totals, type TestReport } from "@moto2rust/ir";
import { openModels, type ModelRepository } from "@moto2rust/sdk-shapes";
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, UsageError, type CliIO } from "../io.js";
import { helpText, parseCommandArgs, type CommandSpec, type OptionTable } from "../args.js";
import { malformedModelLines, resolveModelsDir, resolveServiceName } from "../models.js";
import { collectPythonFiles, fileSystemReader, writeFileAtomic } from "../files.js";
import { ProgramLoader } from "@moto2rust/frontend-python";
import { transpile } from "../transpile.js";
import { boto3ForMotoDir } from "../port/names.js";

/** The input name that means standard input, and its name in diagnostics. */
const STDIN = "-";
const STDIN_LABEL = "<stdin>";

export const spec = {
  name: "transpile",
  usage: "FILE.py|DIR...|- [options]",
  description: `Translate moto test files (pytest + boto3) into Rust integration tests for aws-sdk-rust.
'-' reads one file from standard input (named <stdin> in diagnostics).`,
  options: {
    models: {
      type: "string",
      value: "DIR",
      help: "Smithy models (api-models-aws layout); default $MOTO2RUST_MODELS",
    },
    service: {
      type: "string",
      value: "NAME",
      help: "the service under test: boto3 name, api-models-aws folder or aws-sdk crate,\nin any case (default: the tests/test_<svc>/ directory, else inferred per file)",
    },
    target: { type: "string", value: "T", help: "winterbaume (default) or endpoint" },
    out: {
      type: "string",
      value: "DIR",
      help: "write one .rs per input into DIR, keeping the inputs' directory structure\n(atomic; existing files are kept unless --force)",
    },
    force: { type: "boolean", help: "with --out: replace existing output files" },
    json: { type: "boolean", help: 'print the JSON report {"tests":[...],"totals":{...}} on stdout' },
    strict: { type: "boolean", help: "exit 1 when any test is not fully ported" },
  },
  epilogue: `exit status: 0 success, 1 error diagnostics (a skipped test, a syntax error) or, with --strict, a
test not fully ported, 2 usage or input error (unreadable input, missing or malformed model,
unwritable output).`,
} as const satisfies CommandSpec<OptionTable>;

/**
 * The service a moto directory is about (`tests/test_dynamodb/` → `dynamodb`), as `report` and
 * `port` take it: files that create no client of their own still belong to it.
 */
function serviceOfDirectory(file: string, repo: ModelRepository): string | undefined {
  for (let dir = dirname(file); dir !== dirname(dir); dir = dirname(dir)) {
    const service = boto3ForMotoDir(basename(dir));
    if (service) return repo.service(service) ? service : undefined;
  }
  return undefined;
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  const { values: opts, positionals } = parseCommandArgs(argv, spec);
  if (opts.help) {
    io.stdout(helpText(spec));
    return EXIT_OK;
  }
  if (positionals.length === 0) throw new UsageError(`no input files\n${helpText(spec)}`);
  const target = opts.target ?? "winterbaume";
  if (target !== "winterbaume" && target !== "endpoint") {
    throw new UsageError(`--target must be winterbaume or endpoint, not '${target}'`);
  }
  const fromStdin = positionals.includes(STDIN);
  if (fromStdin && positionals.length > 1) {
    throw new UsageError("'-' (standard input) cannot be combined with other inputs");
  }
  if (fromStdin && opts.out) {
    throw new UsageError("--out needs file inputs: with '-' the Rust is printed on standard output");
  }
  const outDir = opts.out ? resolve(io.cwd, opts.out) : null;
  if (outDir && existsSync(outDir) && !statSync(outDir).isDirectory()) {
    throw new UsageError(`--out ${outDir} is not a directory`);
  }
  const repo = openModels(resolveModelsDir(opts.models, io.env, io.cwd));
  const service = opts.service ? resolveServiceName(opts.service, repo) : undefined;
  let files: string[] = [STDIN];
  if (!fromStdin) {
    const found = collectPythonFiles(positionals.map((p) => resolve(io.cwd, p)));
    if (found.missing.length > 0)
      throw new UsageError(`no such file or directory: ${found.missing.join(", ")}`);
    files = found.files;
  }
  if (files.length === 0) throw new UsageError(`no test_*.py files in ${positionals.join(", ")}`);
  if (files.length > 1 && !opts.out && !opts.json) {
    throw new UsageError("several input files: give --out DIR (one .rs per file) or --json");
  }

  // Outputs keep the inputs' layout below the arguments' common directory, so two inputs with
  // the same file name in different directories never map to one output.
  const base = outDir
    ? commonDirectory(
        positionals.map((p) => {
          const abs = resolve(io.cwd, p);
          return statSync(abs).isDirectory() ? abs : dirname(abs);
        }),
      )
    : io.cwd;
  const loader = new ProgramLoader(fileSystemReader);
  const reports: TestReport[] = [];
  const outputs: { file: string; output: string | null; rust: string }[] = [];
  let inputErrors = 0;
  let errors = 0;
  for (const path of files) {
    const label = path === STDIN ? STDIN_LABEL : relative(io.cwd, path) || basename(path);
    let source: Uint8Array;
    try {
      source = path === STDIN ? await io.readStdin() : readFileSync(path);
    } catch (e) {
      const at = { file: label, line: 1, col: 1, endLine: 1, endCol: 1 };
      io.stderr(formatDiagnostic(diagnostic(CLI.cannotRead((e as Error).message), at)) + "\n");
      inputErrors++;
      continue;
    }
    const fileService = service ?? (path === STDIN ? undefined : serviceOfDirectory(path, repo));
    const result = await transpile(source, {
      file: label,
      path,
      loader,
      models: repo,
      target,
      ...(fileService ? { service: fileService } : {}),
    });
    // A model file that exists but cannot be read as a model is an input error, not a skipped test.
    const broken = malformedModelLines(repo);
    if (broken !== "") {
      io.stderr(broken);
      return EXIT_USAGE;
    }
    for (const d of result.diagnostics) io.stderr(formatDiagnostic(d) + "\n");
    // A file that cannot be read as Python at all has no test to skip: its error counts itself.
    errors += result.diagnostics.filter((d) => d.severity === "error").length;
    reports.push(...result.tests);
    let output: string | null = null;
    if (outDir && result.rust) {
      output = join(outDir, relative(base, path).replace(/\.py$/, ".rs"));
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
  if (errors > 0 || (opts.strict && t.ported < t.tests)) return EXIT_PROBLEMS;
  return EXIT_OK;
}

/** The deepest directory containing every one of `dirs` (absolute paths). */
function commonDirectory(dirs: readonly string[]): string {
  let common = dirs[0]!.split(sep);
  for (const d of dirs.slice(1)) {
    const parts = d.split(sep);
    let i = 0;
    while (i < common.length && i < parts.length && common[i] === parts[i]) i++;
    common = common.slice(0, i);
  }
  return common.join(sep) || sep;
}
