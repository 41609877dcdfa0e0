/** Argument parsing shared by the commands: node:util's parseArgs, with errors as usage errors (exit 2). */
import { parseArgs, type ParseArgsConfig } from "node:util";
import { UsageError } from "./io.js";

type Options = NonNullable<ParseArgsConfig["options"]>;
type Parsed<O extends Options> = ReturnType<
  typeof parseArgs<{ args: string[]; allowPositionals: true; options: O }>
>;

export function parseCommandArgs<const O extends Options>(
  argv: string[],
  options: O,
  help: string,
): Parsed<O> {
  try {
    return parseArgs({ args: argv, allowPositionals: true, options });
  } catch (e) {
    throw new UsageError(`${(e as Error).message}\n${help}`);
  }
}
