/** What a command may touch of the outside world; tests pass a recording implementation. */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  readonly isTTY: boolean;
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
}

export const EXIT_OK = 0;
/** Translation problems found where the command was asked to fail on them. */
export const EXIT_PROBLEMS = 1;
/** Usage or input error. */
export const EXIT_USAGE = 2;

/** A usage or input error: printed as `moto2rust: error: ...`, exit 2. */
export class UsageError extends Error {}

export function processIO(): CliIO {
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    isTTY: Boolean(process.stderr.isTTY),
    cwd: process.cwd(),
    env: process.env,
  };
}

/** A CliIO that records output, for tests. */
export function memoryIO(env: Record<string, string | undefined> = {}, cwd = process.cwd()) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = {
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    isTTY: false,
    cwd,
    env,
  };
  return { io, stdout: () => out.join(""), stderr: () => err.join("") };
}
