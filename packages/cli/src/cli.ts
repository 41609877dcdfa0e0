/** Command dispatch. Each command lives in `commands/<name>.ts` and exports `run(argv, io)`. */
import { EXIT_USAGE, UsageError, type CliIO } from "./io.js";

type Command = (argv: string[], io: CliIO) => Promise<number>;

const COMMANDS: Record<string, { summary: string; load: () => Promise<Command> }> = {
  transpile: {
    summary: "translate moto test files to Rust",
    load: async () => (await import("./commands/transpile.js")).run,
  },
  report: {
    summary: "whole-suite coverage per service and reason",
    load: async () => (await import("./commands/report.js")).run,
  },
  port: {
    summary: "port moto tests into a winterbaume checkout",
    load: async () => (await import("./commands/port.js")).run,
  },
  api: {
    summary: "the aws-sdk-rust API surface of a service",
    load: async () => (await import("./commands/api.js")).run,
  },
  check: {
    summary: "type-check emitted Rust against a model facade",
    load: async () => (await import("./commands/check.js")).run,
  },
};

const USAGE = `usage: moto2rust <command> [options]

commands:
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`)
  .join("\n")}

Run 'moto2rust <command> --help' for a command's options.
`;

export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    io.stdout(USAGE);
    return name === undefined ? EXIT_USAGE : 0;
  }
  const cmd = COMMANDS[name];
  if (!cmd) {
    io.stderr(`moto2rust: error: unknown command '${name}'\n${USAGE}`);
    return EXIT_USAGE;
  }
  try {
    return await (
      await cmd.load()
    )(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`moto2rust: error: ${e.message}\n`);
      return EXIT_USAGE;
    }
    throw e;
  }
}
