/**
 * One option table per command drives both argument parsing (node:util's parseArgs) and the
 * command's `--help` text, so the two cannot drift apart. Parse errors are usage errors (exit 2).
 */
import { parseArgs } from "node:util";
import { UsageError } from "./io.js";

export interface OptionSpec {
  readonly type: "string" | "boolean";
  readonly short?: string;
  /** Placeholder of a string option's value in the help text (`DIR`, `N`). */
  readonly value?: string;
  /** Help text; `\n` starts a continuation line. */
  readonly help: string;
}

export type OptionTable = Readonly<Record<string, OptionSpec>>;

export interface CommandSpec<O extends OptionTable> {
  readonly name: string;
  /** The arguments after the command name in the usage line (`FILE.py|DIR... [options]`). */
  readonly usage: string;
  /** Paragraphs after the usage line. */
  readonly description: string;
  readonly options: O;
  /** Text after the options (exit status, examples). */
  readonly epilogue?: string;
}

/** Options every command takes. */
export const COMMON_OPTIONS = {
  help: { type: "boolean", short: "h", help: "show this help and exit" },
  debug: { type: "boolean", help: "print the stack trace of an internal error" },
} as const satisfies OptionTable;

type Config<O extends OptionTable> = {
  -readonly [K in keyof O]: { type: O[K]["type"]; short?: string };
};
type Parsed<O extends OptionTable> = ReturnType<
  typeof parseArgs<{
    args: string[];
    allowPositionals: true;
    options: Config<O & typeof COMMON_OPTIONS>;
  }>
>;

function optionLabel(name: string, spec: OptionSpec): string {
  const long = `--${name}${spec.type === "string" ? ` ${spec.value ?? "VALUE"}` : ""}`;
  return spec.short ? `-${spec.short}, ${long}` : `    ${long}`;
}

/** The `--help` text of a command, generated from its option table. */
export function helpText<O extends OptionTable>(spec: CommandSpec<O>): string {
  const rows = Object.entries({ ...spec.options, ...COMMON_OPTIONS } as OptionTable).map(
    ([name, o]) => [optionLabel(name, o), o.help] as const,
  );
  const width = Math.max(...rows.map(([label]) => label.length)) + 2;
  const lines = rows.flatMap(([label, help]) =>
    help.split("\n").map((h, i) => `  ${(i === 0 ? label : "").padEnd(width)}${h}`),
  );
  return (
    `usage: moto2rust ${spec.name} ${spec.usage}\n\n${spec.description.trimEnd()}\n\n` +
    `options:\n${lines.join("\n")}\n` +
    (spec.epilogue ? `\n${spec.epilogue.trimEnd()}\n` : "")
  );
}

/** Parses a command's arguments against its option table (plus `--help` and `--debug`). */
export function parseCommandArgs<const O extends OptionTable>(
  argv: string[],
  spec: CommandSpec<O>,
): Parsed<O> {
  const table: OptionTable = { ...spec.options, ...COMMON_OPTIONS };
  const options = Object.fromEntries(
    Object.entries(table).map(([name, o]) => [
      name,
      o.short ? { type: o.type, short: o.short } : { type: o.type },
    ]),
  ) as Config<O & typeof COMMON_OPTIONS>;
  try {
    return parseArgs({ args: argv, allowPositionals: true, options });
  } catch (e) {
    throw new UsageError(`${(e as Error).message}\nRun 'moto2rust ${spec.name} --help' for its options.`);
  }
}
