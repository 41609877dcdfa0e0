/** What a command may touch of the outside world; tests pass a recording implementation. */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** The whole of standard input (for `transpile -`). */
  readStdin(): Promise<Buffer>;
  /** Whether stderr is a terminal (progress output is drawn only there; see `showProgress`). */
  readonly isTTY: boolean;
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
}

export const EXIT_OK = 0;
/** Problems found: error diagnostics, `--strict` findings, failed checks. */
export const EXIT_PROBLEMS = 1;
/** Usage or input error. */
export const EXIT_USAGE = 2;
/** Internal error (a bug): sysexits' EX_SOFTWARE. */
export const EXIT_INTERNAL = 70;

/** A usage or input error: printed as `moto2rust: error: ...`, exit 2. */
export class UsageError extends Error {}

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

export function processIO(): CliIO {
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    readStdin: () => readAll(process.stdin),
    isTTY: Boolean(process.stderr.isTTY),
    cwd: process.cwd(),
    env: process.env,
  };
}

/** A CliIO that records output, for tests. */
export function memoryIO(
  env: Record<string, string | undefined> = {},
  cwd = process.cwd(),
  options: { readonly stdin?: string | Buffer; readonly isTTY?: boolean } = {},
) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = {
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    readStdin: async () => Buffer.from(options.stdin ?? ""),
    isTTY: options.isTTY ?? false,
    cwd,
    env,
  };
  return { io, stdout: () => out.join(""), stderr: () => err.join("") };
}
