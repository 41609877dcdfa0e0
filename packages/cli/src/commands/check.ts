/**
 * `moto2rust check RUST_FILE|DIR... --service NAME [--models DIR] [--cache DIR] [--json]`: type-check
 * emitted Rust tests with `cargo check --offline` against API facades generated from the models.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { isAbsolute, join, relative, resolve } from "node:path";
import {
  CargoNotFoundError,
  CheckInputError,
  checkRust,
  type CheckResult,
  type CheckTestResult,
} from "@moto2rust/backend-rust";
import { openModels } from "@moto2rust/sdk-shapes";
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, UsageError, type CliIO } from "../io.js";
import { helpText, parseCommandArgs, type CommandSpec, type OptionTable } from "../args.js";
import { resolveModelsDir } from "../models.js";
import { showProgress } from "../progress.js";

export const spec = {
  name: "check",
  usage: "RUST_FILE|DIR... --service NAME [--models DIR] [--cache DIR] [--json]",
  description: `Type-check Rust test files (or every .rs file under DIR) with 'cargo check --offline' against API
facades generated from the Smithy models: aws-sdk-<service> with the exact public signatures of
aws-sdk-rust, plus aws-config, aws-smithy-types, tokio, serde_json, uuid and winterbaume facades.
No crates.io access and no SDK build: a warm check takes seconds. Every rustc error is attributed
to the test function it is in; errors outside tests (imports, helpers) are listed separately.`,
  options: {
    service: {
      type: "string",
      value: "NAME",
      help:
        "boto3 client name of the service under test (ecs, logs, s3); comma-separate\n" +
        "several; other aws_sdk_* crates the files use are added when they have a model",
    },
    models: {
      type: "string",
      value: "DIR",
      help: "Smithy models (api-models-aws layout); default $MOTO2RUST_MODELS",
    },
    cache: {
      type: "string",
      value: "DIR",
      help: "facade + cargo target cache; default $MOTO2RUST_CACHE, else <tmp>/moto2rust-cache",
    },
    json: { type: "boolean", help: 'print {"tests":[...],"totals":{...}} as JSON' },
  },
  epilogue: `exit status: 0 every test compiles, 1 some test (or code outside tests) does not, 2 usage or
input error (no cargo, unknown service, unreadable file, unwritable cache, facade failure).`,
} as const satisfies CommandSpec<OptionTable>;

/** `.rs` files under the given files/directories (skipping target/ and hidden folders), sorted. */
function collectRustFiles(paths: readonly string[], cwd: string): string[] {
  const out = new Set<string>();
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = join(dir, e.name);
      if (e.isDirectory()) {
        if (e.name !== "target" && !e.name.startsWith(".")) walk(p);
      } else if (e.isFile() && e.name.endsWith(".rs")) out.add(p);
    }
  };
  for (const raw of paths) {
    const p = resolve(cwd, raw);
    let st;
    try {
      st = statSync(p);
    } catch {
      throw new UsageError(`no such file or directory: ${raw}`);
    }
    if (st.isDirectory()) walk(p);
    else out.add(p);
  }
  if (out.size === 0) throw new UsageError(`no .rs files under ${paths.join(", ")}`);
  return [...out].sort();
}

function indent(text: string): string {
  return text
    .trimEnd()
    .split("\n")
    .map((l) => `    ${l}`)
    .join("\n");
}

function describe(entry: CheckTestResult): string {
  if (entry.test !== null) return `test ${entry.test}`;
  return entry.scope ? `fn ${entry.scope} (not a test)` : "items outside functions";
}

function textReport(r: CheckResult, files: number): string {
  const lines: string[] = [];
  for (const t of r.tests) {
    if (t.compiles) continue;
    lines.push(`FAIL ${describe(t)} (${t.file}:${t.line})`);
    for (const e of t.errors) {
      lines.push(`  ${e.file}:${e.line}:${e.col}: error${e.code ? `[${e.code}]` : ""}: ${e.message}`);
      const body = e.rendered.split("\n").slice(1).join("\n");
      if (body.trim() !== "") lines.push(indent(body));
    }
  }
  const t = r.totals;
  const cache = r.warm ? "warm facade cache" : "facade generated";
  lines.push(
    `${t.compiles}/${t.tests} tests compile in ${files} file${files === 1 ? "" : "s"}` +
      (t.otherErrors > 0 ? `; ${t.otherErrors} error${t.otherErrors === 1 ? "" : "s"} outside tests` : "") +
      ` (${cache}, cargo ${(r.timings.cargoMs / 1000).toFixed(1)} s)`,
  );
  return `${lines.join("\n")}\n`;
}

async function runCommand(argv: string[], io: CliIO): Promise<number> {
  const { values: opts, positionals } = parseCommandArgs(argv, spec);
  if (opts.help) {
    io.stdout(helpText(spec));
    return EXIT_OK;
  }
  if (positionals.length === 0)
    throw new UsageError(`give a Rust file or directory to check\n${helpText(spec)}`);
  if (!opts.service) throw new UsageError(`--service NAME is required\n${helpText(spec)}`);
  const services = opts.service
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
  const files = collectRustFiles(positionals, io.cwd).map((abs) => {
    const rel = relative(io.cwd, abs);
    let source: string;
    try {
      source = readFileSync(abs, "utf8");
    } catch (e) {
      throw new UsageError(`cannot read ${abs}: ${(e as Error).message}`);
    }
    return { file: rel !== "" && !rel.startsWith("..") && !isAbsolute(rel) ? rel : abs, source };
  });
  const repo = openModels(resolveModelsDir(opts.models, io.env, io.cwd));
  let result: CheckResult;
  try {
    result = await checkRust(files, {
      service: services,
      repo,
      env: io.env,
      ...(opts.cache ? { cacheDir: resolve(io.cwd, opts.cache) } : {}),
      onProgress: showProgress(io) ? (m) => io.stderr(`moto2rust: ${m}\n`) : undefined,
    });
  } catch (e) {
    if (e instanceof CargoNotFoundError || e instanceof CheckInputError) throw new UsageError(e.message);
    throw e;
  }
  if (result.facadeErrors.length > 0 || result.cargoFailure !== null) {
    const detail = result.cargoFailure ?? result.facadeErrors.slice(0, 5).join("\n");
    io.stderr(
      `moto2rust: error: the API facade did not build (a moto2rust bug); workspace ${result.workspace}\n${detail}\n`,
    );
    return EXIT_USAGE;
  }
  io.stdout(
    opts.json
      ? `${JSON.stringify({ tests: result.tests, totals: result.totals }, null, 2)}\n`
      : textReport(result, files.length),
  );
  return result.totals.fails > 0 || result.totals.otherErrors > 0 ? EXIT_PROBLEMS : EXIT_OK;
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  try {
    return await runCommand(argv, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`moto2rust: error: ${e.message}\n`);
      return EXIT_USAGE;
    }
    throw e;
  }
}
