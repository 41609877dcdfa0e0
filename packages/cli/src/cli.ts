/** Command dispatch. Each command lives in `commands/<name>.ts` and exports `spec` and `run(argv, io)`. */
import { createRequire } from "node:module";
import { EXIT_INTERNAL, EXIT_USAGE, UsageError, type CliIO } from "./io.js";
import { helpText, type CommandSpec, type OptionTable } from "./args.js";
import { fileSystemError } from "./fs-errors.js";

interface CommandModule {
  readonly spec: CommandSpec<OptionTable>;
  run(argv: string[], io: CliIO): Promise<number>;
}

const COMMANDS: Record<string, { summary: string; load: () => Promise<CommandModule> }> = {
  transpile: {
    summary: "translate moto test files to Rust",
    load: () => import("./commands/transpile.js"),
  },
  report: {
    summary: "whole-suite coverage per service and reason",
    load: () => import("./commands/report.js"),
  },
  port: {
    summary: "port moto tests into a winterbaume checkout",
    load: () => import("./commands/port.js"),
  },
  api: {
    summary: "the aws-sdk-rust API surface of a service",
    load: () => import("./commands/api.js"),
  },
  check: {
    summary: "type-check emitted Rust against a model facade",
    load: () => import("./commands/check.js"),
  },
};

interface PackageJson {
  readonly version: string;
  readonly bugs?: { readonly url?: string };
}
const pkg = createRequire(import.meta.url)("../package.json") as PackageJson;
export const VERSION = pkg.version;
const BUGS = pkg.bugs?.url ?? "the moto2rust issue tracker";

export const USAGE = `usage: moto2rust <command> [options]

commands:
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`)
  .join("\n")}

options:
  -h, --help     show this help ('moto2rust help <command>' or 'moto2rust <command> --help' for a command's options)
  -V, --version  print the version

exit status: 0 success, 1 problems found (error diagnostics, --strict findings, failed checks),
2 usage or input error, 70 internal error (a moto2rust bug).
`;

/** An error no input should cause: one line and where to report it; the stack only with --debug. */
export function internalError(e: unknown, io: CliIO, debug: boolean): number {
  const message = e instanceof Error ? e.message.split("\n")[0] : String(e);
  io.stderr(`moto2rust: internal error: ${message}\n`);
  if (debug && e instanceof Error && e.stack) io.stderr(`${e.stack}\n`);
  io.stderr(
    `This is a bug in moto2rust ${VERSION}; please report it at ${BUGS} with the command you ran` +
      (debug ? ".\n" : " (--debug prints the stack trace).\n"),
  );
  return EXIT_INTERNAL;
}

export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const debug = argv.includes("--debug") || Boolean(io.env.MOTO2RUST_DEBUG);
  try {
    return await dispatch(argv, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`moto2rust: error: ${e.message}\n`);
      return EXIT_USAGE;
    }
    const fsError = fileSystemError(e);
    if (fsError !== null) {
      io.stderr(`moto2rust: error: ${fsError}\n`);
      return EXIT_USAGE;
    }
    return internalError(e, io, debug);
  }
}

async function dispatch(argv: string[], io: CliIO): Promise<number> {
  // `--debug` before the command is global; after it, the command's option table takes it.
  const [name, ...rest] = argv[0] === "--debug" ? argv.slice(1) : argv;
  if (name === "--version" || name === "-V" || name === "version") {
    io.stdout(`moto2rust ${VERSION}\n`);
    return 0;
  }
  if (name === undefined) {
    io.stderr(USAGE);
    return EXIT_USAGE;
  }
  if (name === "--help" || name === "-h") {
    io.stdout(USAGE);
    return 0;
  }
  if (name === "help") {
    const topic = rest[0];
    if (topic === undefined) {
      io.stdout(USAGE);
      return 0;
    }
    const target = COMMANDS[topic];
    if (!target) throw new UsageError(`unknown command '${topic}'\n${USAGE}`);
    io.stdout(helpText((await target.load()).spec));
    return 0;
  }
  const cmd = COMMANDS[name];
  if (!cmd) throw new UsageError(`unknown command '${name}'\n${USAGE}`);
  return (await cmd.load()).run(rest, io);
}
