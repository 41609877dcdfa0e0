/** rustfmt, when it is on PATH: the emitted text is formatted exactly as `rustfmt --check` wants. */
import { spawnSync } from "node:child_process";

export interface FormatResult {
  readonly code: string;
  readonly formatted: boolean;
  readonly error?: string;
}

/**
 * How long one rustfmt run may take (deeply nested input can make it run for minutes):
 * `$MOTO2RUST_RUSTFMT_TIMEOUT_MS`, default 10 s.
 */
export function rustfmtTimeoutMs(): number {
  const v = Number(process.env.MOTO2RUST_RUSTFMT_TIMEOUT_MS);
  return Number.isFinite(v) && v > 0 ? v : 10_000;
}

/** Format with rustfmt; on failure or timeout the input comes back unformatted, with the reason. */
export function formatRust(code: string, timeoutMs: number = rustfmtTimeoutMs()): FormatResult {
  let r;
  try {
    r = spawnSync("rustfmt", ["--edition", "2021", "--emit", "stdout", "--quiet"], {
      input: code,
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
      timeout: timeoutMs,
      killSignal: "SIGKILL",
    });
  } catch (e) {
    return { code, formatted: false, error: e instanceof Error ? e.message : String(e) };
  }
  if (r.error) {
    const timedOut = (r.error as NodeJS.ErrnoException).code === "ETIMEDOUT";
    return {
      code,
      formatted: false,
      error: timedOut ? `rustfmt timed out after ${timeoutMs / 1000} s` : r.error.message,
    };
  }
  if (r.status !== 0)
    return { code, formatted: false, error: (r.stderr || `rustfmt exited with ${r.status}`).trim() };
  return { code: r.stdout, formatted: true };
}
