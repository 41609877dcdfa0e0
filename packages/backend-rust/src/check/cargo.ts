/** Running `cargo check --message-format=json` and reading its compiler messages. */
import { spawn } from "node:child_process";

/** cargo is not installed (or not on PATH): an environment problem, exit 2 in the CLI. */
export class CargoNotFoundError extends Error {
  constructor(cargo: string) {
    super(
      `'${cargo}' was not found on PATH: moto2rust check needs a Rust toolchain (cargo, rustc >= 1.85; ` +
        "https://rustup.rs). No network access is needed: the facade workspace has path dependencies only.",
    );
    this.name = "CargoNotFoundError";
  }
}

export interface RustcSpan {
  readonly file_name: string;
  readonly line_start: number;
  readonly line_end: number;
  readonly column_start: number;
  readonly column_end: number;
  readonly is_primary: boolean;
  readonly label: string | null;
  readonly expansion: { readonly span: RustcSpan; readonly macro_decl_name: string } | null;
}

export interface RustcDiagnostic {
  readonly message: string;
  readonly code: { readonly code: string } | null;
  readonly level: string;
  readonly spans: readonly RustcSpan[];
  readonly children: readonly RustcDiagnostic[];
  readonly rendered: string | null;
}

export interface CompilerMessage {
  readonly packageId: string;
  readonly targetName: string;
  readonly targetKind: readonly string[];
  readonly srcPath: string;
  readonly diagnostic: RustcDiagnostic;
}

export interface CargoRun {
  readonly exitCode: number;
  readonly messages: readonly CompilerMessage[];
  /** Source paths of the targets cargo finished (`compiler-artifact`, fresh or rebuilt). */
  readonly artifacts: readonly string[];
  readonly stderr: string;
  readonly ms: number;
}

interface CargoJsonLine {
  readonly reason?: string;
  readonly package_id?: string;
  readonly target?: { readonly name?: string; readonly kind?: readonly string[]; readonly src_path?: string };
  readonly message?: RustcDiagnostic;
}

/** The JSON objects of cargo's `--message-format=json` stream (one per line; other lines ignored). */
function cargoJsonLines(stdout: string): CargoJsonLine[] {
  const out: CargoJsonLine[] = [];
  for (const line of stdout.split("\n")) {
    if (!line.startsWith("{")) continue;
    try {
      out.push(JSON.parse(line) as CargoJsonLine);
    } catch {
      continue;
    }
  }
  return out;
}

/** Parse cargo's JSON stream into its compiler messages. */
export function parseCargoJson(stdout: string): CompilerMessage[] {
  return cargoJsonLines(stdout).flatMap((obj) =>
    obj.reason === "compiler-message" && obj.message
      ? [
          {
            packageId: obj.package_id ?? "",
            targetName: obj.target?.name ?? "",
            targetKind: obj.target?.kind ?? [],
            srcPath: obj.target?.src_path ?? "",
            diagnostic: obj.message,
          },
        ]
      : [],
  );
}

/** Source paths of the targets cargo's JSON stream reports as built (`compiler-artifact`). */
export function parseCargoArtifacts(stdout: string): string[] {
  return cargoJsonLines(stdout).flatMap((obj) =>
    obj.reason === "compiler-artifact" && obj.target?.src_path ? [obj.target.src_path] : [],
  );
}

/** Run `cargo <args>` in `cwd`, collecting stdout (JSON) and stderr. */
export function runCargo(
  cargo: string,
  args: readonly string[],
  cwd: string,
  env: Readonly<Record<string, string | undefined>>,
): Promise<CargoRun> {
  const start = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(cargo, [...args], {
      cwd,
      env: { ...env } as NodeJS.ProcessEnv,
      stdio: ["ignore", "pipe", "pipe"],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (b: Buffer) => out.push(b));
    child.stderr.on("data", (b: Buffer) => err.push(b));
    child.on("error", (e: NodeJS.ErrnoException) => {
      if (e.code === "ENOENT") reject(new CargoNotFoundError(cargo));
      else reject(e);
    });
    child.on("close", (code) => {
      const stdout = Buffer.concat(out).toString("utf8");
      resolve({
        exitCode: code ?? 1,
        messages: parseCargoJson(stdout),
        artifacts: parseCargoArtifacts(stdout),
        stderr: Buffer.concat(err).toString("utf8"),
        ms: Date.now() - start,
      });
    });
  });
}

/** Whether `cargo --version` runs. */
export async function cargoAvailable(
  cargo = "cargo",
  env: Readonly<Record<string, string | undefined>> = process.env,
): Promise<boolean> {
  try {
    const r = await runCargo(cargo, ["--version"], process.cwd(), env);
    return r.exitCode === 0;
  } catch {
    return false;
  }
}
