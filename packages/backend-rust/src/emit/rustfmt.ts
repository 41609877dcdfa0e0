/** rustfmt, when it is on PATH: the emitted text is formatted exactly as `rustfmt --check` wants. */
import { spawnSync } from "node:child_process";

export interface FormatResult {
  readonly code: string;
  readonly formatted: boolean;
  readonly error?: string;
}

export function formatRust(code: string): FormatResult {
  let r;
  try {
    r = spawnSync("rustfmt", ["--edition", "2021", "--emit", "stdout", "--quiet"], {
      input: code,
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (e) {
    return { code, formatted: false, error: e instanceof Error ? e.message : String(e) };
  }
  if (r.error) return { code, formatted: false, error: r.error.message };
  if (r.status !== 0)
    return { code, formatted: false, error: (r.stderr || `rustfmt exited with ${r.status}`).trim() };
  return { code: r.stdout, formatted: true };
}
