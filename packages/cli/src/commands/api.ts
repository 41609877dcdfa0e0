/** `moto2rust api SERVICE [--models DIR] [--json]`: the aws-sdk-rust API surface of one service. */
import { apiSurface, openModels, type ApiSurfaceJson } from "@moto2rust/sdk-shapes";
import { EXIT_OK, EXIT_USAGE, UsageError, type CliIO } from "../io.js";
import { helpText, parseCommandArgs, type CommandSpec, type OptionTable } from "../args.js";
import { resolveModelsDir } from "../models.js";

export const spec = {
  name: "api",
  usage: "SERVICE [--models DIR] [--json]",
  description: `Print the aws-sdk-rust API surface of SERVICE (a boto3 client name such as ecs, logs, s3; an
api-models-aws folder or an aws-sdk crate name also works, in any case) as smithy-rs generates it
from the model: client methods, Input/Output types, accessors with their return types, builder
fallibility, error helpers, waiters.`,
  options: {
    models: {
      type: "string",
      value: "DIR",
      help: "Smithy models (api-models-aws layout, https://github.com/aws/api-models-aws);\ndefault $MOTO2RUST_MODELS",
    },
    json: { type: "boolean", help: "print the surface as JSON (types sorted by path, operations by name)" },
  },
  epilogue: "exit status: 0 success, 2 usage or input error (unknown service, missing or malformed model).",
} as const satisfies CommandSpec<OptionTable>;

function summary(s: ApiSurfaceJson, modelsRoot: string): string {
  const lines: string[] = [];
  const prims = Object.entries(s.primitives)
    .filter(([, on]) => on)
    .map(([name]) => name);
  lines.push(`${s.crate} (${s.cargoCrate}): boto3 '${s.service}', sdkId '${s.sdkId}', models ${modelsRoot}`);
  lines.push(
    `${s.operations.length} operations, ${s.types.length} types, ${s.waiters.length} waiters; ` +
      `primitives: ${prims.length > 0 ? prims.join(", ") : "none"}`,
  );
  lines.push("", "operations (boto3 method -> client method -> output):");
  for (const op of s.operations) {
    const extra = op.paginator ? " [paginated]" : "";
    lines.push(`  ${op.boto3} -> client.${op.method}() -> ${op.output}${extra}`);
    if (op.errorHelpers.length > 0) lines.push(`      errors: ${op.errorHelpers.join(", ")}`);
  }
  lines.push("", "types:");
  for (const t of s.types) {
    switch (t.kind) {
      case "structure":
        lines.push(
          `  ${t.path} (${t.role}, ${t.members.length} members, build() -> ${t.buildReturnsResult ? "Result" : "value"})`,
        );
        break;
      case "enum":
        lines.push(`  ${t.path} (enum, ${t.variants.length} variants)`);
        break;
      case "union":
        lines.push(`  ${t.path} (union: ${t.variants.map((v) => v.variant).join(", ")})`);
        break;
    }
  }
  if (s.waiters.length > 0) {
    lines.push("", "waiters (use aws_sdk_x::client::Waiters):");
    for (const w of s.waiters) lines.push(`  client.${w.method}() (${w.operation})`);
  }
  return `${lines.join("\n")}\n`;
}

async function runCommand(argv: string[], io: CliIO): Promise<number> {
  const { values: opts, positionals } = parseCommandArgs(argv, spec);
  if (opts.help) {
    io.stdout(helpText(spec));
    return EXIT_OK;
  }
  if (positionals.length !== 1) throw new UsageError(`give exactly one service name\n${helpText(spec)}`);
  const name = positionals[0]!;
  const repo = openModels(resolveModelsDir(opts.models, io.env, io.cwd));
  const service = repo.service(name);
  if (!service) {
    const available = repo.available();
    const hint = available.length > 0 ? ` (services with a model there: ${available.join(", ")})` : "";
    throw new UsageError(`${repo.problem(name) ?? `unknown service '${name}'`}${hint}`);
  }
  const surface = apiSurface(service);
  io.stdout(opts.json ? `${JSON.stringify(surface, null, 2)}\n` : summary(surface, repo.root));
  return EXIT_OK;
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
