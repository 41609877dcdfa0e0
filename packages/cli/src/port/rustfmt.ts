/**
 * Formatting the added items as the target crate's `cargo fmt` would: rustfmt with the crate's
 * edition, run from the test file's directory so the checkout's rustfmt.toml applies.
 */
import { spawnSync } from "node:child_process";
import { rustfmtTimeoutMs, splitItems } from "@moto2rust/backend-rust";
import { UsageError } from "../io.js";

export interface RustfmtRun {
  readonly ok: boolean;
  readonly stdout: string;
  readonly stderr: string;
  readonly error?: string;
}

function rustfmtStdin(code: string, args: readonly string[], cwd: string): RustfmtRun {
  const timeout = rustfmtTimeoutMs();
  const r = spawnSync("rustfmt", [...args], {
    input: code,
    cwd,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    timeout,
    killSignal: "SIGKILL",
  });
  if (r.error) {
    const timedOut = (r.error as NodeJS.ErrnoException).code === "ETIMEDOUT";
    return {
      ok: false,
      stdout: "",
      stderr: "",
      error: timedOut ? `rustfmt timed out after ${timeout / 1000} s` : r.error.message,
    };
  }
  return { ok: r.status === 0, stdout: r.stdout ?? "", stderr: r.stderr ?? "" };
}

/**
 * Formats top-level items in one rustfmt run and returns them in order. Without a usable rustfmt
 * (missing, failing, timed out) `port` stops: it never writes code `cargo fmt --check` rejects.
 */
export async function formatItems(
  items: readonly string[],
  edition: string,
  cwd: string,
): Promise<readonly string[]> {
  if (items.length === 0) return items;
  const r = rustfmtStdin(
    items.join("\n\n") + "\n",
    ["--edition", edition, "--emit", "stdout", "--quiet"],
    cwd,
  );
  if (!r.ok) {
    const why = r.error ?? (r.stderr.trim().split("\n")[0] || "rustfmt failed");
    throw new UsageError(
      `cannot format the new tests with rustfmt --edition ${edition}: ${why}; nothing written ` +
        `(port needs a working rustfmt on the PATH)`,
    );
  }
  const out = await splitItems(r.stdout);
  if (out.length !== items.length) {
    throw new UsageError(
      `rustfmt changed the number of items (${items.length} → ${out.length}); nothing written`,
    );
  }
  return out.map((i) => i.text);
}

/** `rustfmt --check` on text (stdin): rustfmt exits 0 even when it prints a diff, so look at the output. */
export function rustfmtCheck(
  code: string,
  edition: string,
  cwd: string,
): { status: "passed" | "failed" | "skipped"; detail: string } {
  const r = rustfmtStdin(code, ["--edition", edition, "--check"], cwd);
  if (r.error) return { status: "skipped", detail: `rustfmt not available (${r.error})` };
  const diff = /^Diff in /m.test(r.stdout);
  if (r.ok && !diff) return { status: "passed", detail: "" };
  return { status: "failed", detail: (r.stdout + r.stderr).replace(/^Warning: can't set .*\n/gm, "") };
}
