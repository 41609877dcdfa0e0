/**
 * `moto2rust port SERVICE [FILTER...] --winterbaume DIR --moto DIR [--models DIR] [--dry-run|--diff]
 *  [--verify] [--target winterbaume|endpoint] [--json]`
 */
import { resolve } from "node:path";
import { formatDiagnostic } from "@moto2rust/ir";
import { openModels } from "@moto2rust/sdk-shapes";
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, UsageError, type CliIO } from "../io.js";
import { helpText, parseCommandArgs, type CommandSpec, type OptionTable } from "../args.js";
import { resolveModelsDir } from "../models.js";
import { port, type PortMode, type PortOptions } from "../port/port.js";
import { portJson, portText } from "../port/report.js";

export const spec = {
  name: "port",
  usage: "SERVICE [FILTER...] --winterbaume DIR --moto DIR [options]",
  description: `Port moto's tests for SERVICE into a winterbaume checkout: translate, classify, and append the new
tests to crates/winterbaume-SERVICE/tests/integration_test.rs (insertions only; a second run adds
nothing). SERVICE is the crate suffix (ecs, cloudwatchlogs, lambda); boto3 names (logs) work too.

FILTER: a moto file of the service (test_ecs_tasksets.py), FILE::TEST, or a test name/glob
(test_create_*). Default: the main test_<name>.py.`,
  options: {
    winterbaume: { type: "string", value: "DIR", help: "winterbaume checkout (required)" },
    moto: { type: "string", value: "DIR", help: "moto's tests/ directory or the moto repository (required)" },
    models: {
      type: "string",
      value: "DIR",
      help: "Smithy models; default $MOTO2RUST_MODELS, then DIR/vendor/api-models-aws",
    },
    "dry-run": { type: "boolean", help: "write nothing; print the report" },
    diff: { type: "boolean", help: "write nothing; print a unified diff of the change" },
    verify: {
      type: "boolean",
      help: "cargo build/clippy/fmt/test (or the offline fallbacks); exit 1 when one fails",
    },
    target: {
      type: "string",
      value: "T",
      help: "winterbaume (default) or endpoint (tests/moto_SERVICE_endpoint.rs, AWS_ENDPOINT_URL)",
    },
    json: { type: "boolean", help: "print the JSON report" },
  },
  epilogue: `exit status: 0 success, 1 a --verify step failed, 2 usage or input error (unknown service,
missing crate or moto file, malformed model, unwritable target).`,
} as const satisfies CommandSpec<OptionTable>;

export async function run(argv: string[], io: CliIO): Promise<number> {
  return runPort(argv, io, {});
}

/** `run` with injectable parts of the workflow (tests pass a translator, a clock, verify commands). */
export async function runPort(
  argv: string[],
  io: CliIO,
  deps: Pick<PortOptions, "translate" | "now" | "verifyRun" | "format">,
): Promise<number> {
  try {
    return await portCommand(argv, io, deps);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`moto2rust: error: ${e.message}\n`);
      return EXIT_USAGE;
    }
    throw e;
  }
}

async function portCommand(
  argv: string[],
  io: CliIO,
  deps: Pick<PortOptions, "translate" | "now" | "verifyRun" | "format">,
): Promise<number> {
  const { values: opts, positionals } = parseCommandArgs(argv, spec);
  if (opts.help) {
    io.stdout(helpText(spec));
    return EXIT_OK;
  }
  const [service, ...filters] = positionals;
  if (!service) throw new UsageError(`no SERVICE given\n${helpText(spec)}`);
  if (!opts.winterbaume) throw new UsageError("--winterbaume DIR is required (a winterbaume checkout)");
  if (!opts.moto) throw new UsageError("--moto DIR is required (moto's tests/ directory)");
  if (opts["dry-run"] && opts.diff) throw new UsageError("--dry-run and --diff cannot be combined");
  const target = opts.target ?? "winterbaume";
  if (target !== "winterbaume" && target !== "endpoint") {
    throw new UsageError(`--target must be winterbaume or endpoint, not '${target}'`);
  }
  const winterbaume = resolve(io.cwd, opts.winterbaume);
  const moto = resolve(io.cwd, opts.moto);
  const mode: PortMode = opts["dry-run"] ? "dry-run" : opts.diff ? "diff" : "write";
  const models = openModels(resolveModelsDir(opts.models, io.env, io.cwd, winterbaume));

  const result = await port({
    service,
    filters,
    winterbaume,
    moto,
    models,
    mode,
    verify: Boolean(opts.verify),
    target,
    ...deps,
  });
  for (const d of result.diagnostics) {
    if (d.severity === "error") io.stderr(formatDiagnostic(d) + "\n");
  }
  if (opts.json) io.stdout(JSON.stringify(portJson(result, { diff: mode === "diff" }), null, 2) + "\n");
  else if (mode === "diff") {
    io.stdout(result.diff);
    io.stderr(portText(result));
  } else io.stdout(portText(result));
  return result.verify.some((v) => v.status === "failed") ? EXIT_PROBLEMS : EXIT_OK;
}
