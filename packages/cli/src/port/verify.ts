/**
 * `port --verify`: cargo build, clippy (-D warnings), fmt --check and test for the crate when
 * cargo can resolve the workspace offline; otherwise (no cargo, or dependencies not reachable,
 * detected by a quick `cargo metadata --offline`) rustfmt --check on the file and the offline
 * type check against a models facade (`checkRust` of backend-rust) when it is available.
 */
import { spawnSync } from "node:child_process";
import { dirname } from "node:path";
import { CargoNotFoundError, checkRust, type CheckResult } from "@moto2rust/backend-rust";
import { rustfmtCheck } from "./rustfmt.js";
import type { ModelRepository } from "@moto2rust/sdk-shapes";

export type VerifyStatus = "passed" | "failed" | "skipped";

export interface VerifyStep {
  readonly step: string;
  readonly command: string;
  readonly status: VerifyStatus;
  readonly detail: string;
}

export interface VerifyOptions {
  readonly checkout: string;
  readonly cargoPackage: string;
  readonly testFile: string;
  /** The file's content after the port (checked from memory when nothing was written). */
  readonly text: string;
  readonly written: boolean;
  readonly edition: string;
  /** boto3 name and models for the offline check. */
  readonly service: string;
  readonly models: ModelRepository;
  /** Rust test fns the port added, and the inserted line numbers (the offline check reports on them). */
  readonly addedTests: readonly string[];
  readonly addedLines: ReadonlySet<number>;
  /** The offline checker (default: backend-rust's `checkRust` when exported). */
  readonly check?: CheckRust | null;
  /** Test hook: the commands to run instead of the real ones. */
  readonly run?: (
    cmd: string,
    args: readonly string[],
    opts: { cwd: string; input?: string; timeoutMs: number },
  ) => RunResult;
}

export interface RunResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly error?: string;
}

function realRun(
  cmd: string,
  args: readonly string[],
  opts: { cwd: string; input?: string; timeoutMs: number },
): RunResult {
  const r = spawnSync(cmd, args, {
    cwd: opts.cwd,
    input: opts.input,
    encoding: "utf8",
    timeout: opts.timeoutMs,
    maxBuffer: 64 * 1024 * 1024,
  });
  return {
    status: r.status,
    stdout: r.stdout ?? "",
    stderr: r.stderr ?? "",
    ...(r.error ? { error: r.error.message } : {}),
  };
}

function tail(text: string, lines = 12): string {
  const all = text.trimEnd().split("\n");
  return all.slice(-lines).join("\n");
}

function firstLine(text: string): string {
  return (
    text
      .split("\n")
      .map((l) => l.trim())
      .find((l) => l.length > 0) ?? ""
  );
}

/** The offline checker: backend-rust's `checkRust` (a facade crate + `cargo check --offline`). */
export type CheckRust = (
  inputs: readonly { readonly file: string; readonly source?: string }[],
  options: { readonly service: string; readonly repo: ModelRepository },
) => Promise<Pick<CheckResult, "tests" | "facadeErrors" | "cargoFailure">>;

export async function verifyPort(o: VerifyOptions): Promise<VerifyStep[]> {
  const run = o.run ?? realRun;
  const steps: VerifyStep[] = [];
  const cargoSteps: { step: string; args: string[] }[] = [
    { step: "cargo build", args: ["build", "--offline", "-p", o.cargoPackage, "--tests"] },
    {
      step: "cargo clippy",
      args: ["clippy", "--offline", "-p", o.cargoPackage, "--all-targets", "--", "-D", "warnings"],
    },
    { step: "cargo fmt", args: ["fmt", "-p", o.cargoPackage, "--", "--check"] },
    { step: "cargo test", args: ["test", "--offline", "-p", o.cargoPackage] },
  ];

  let cargoWhy: string | null = null;
  if (!o.written) cargoWhy = "nothing was written (--dry-run/--diff, or no change)";
  else {
    const v = run("cargo", ["--version"], { cwd: o.checkout, timeoutMs: 30_000 });
    if (v.error || v.status !== 0) cargoWhy = `cargo not available (${v.error ?? firstLine(v.stderr)})`;
    else {
      const m = run("cargo", ["metadata", "--offline", "--format-version", "1"], {
        cwd: o.checkout,
        timeoutMs: 120_000,
      });
      if (m.error || m.status !== 0) {
        cargoWhy = `dependencies not reachable offline (cargo metadata --offline: ${firstLine(m.error ?? m.stderr)})`;
      }
    }
  }
  if (cargoWhy === null) {
    for (const s of cargoSteps) {
      const r = run("cargo", s.args, { cwd: o.checkout, timeoutMs: 60 * 60_000 });
      steps.push({
        step: s.step,
        command: `cargo ${s.args.join(" ")}`,
        status: r.status === 0 && !r.error ? "passed" : "failed",
        detail: r.status === 0 && !r.error ? "" : tail((r.error ?? `${r.stdout}\n${r.stderr}`).trim()),
      });
    }
    return steps;
  }
  for (const s of cargoSteps)
    steps.push({ step: s.step, command: `cargo ${s.args.join(" ")}`, status: "skipped", detail: cargoWhy });

  // Fallback 1: rustfmt --check (crate edition, the checkout's rustfmt.toml) on the new content.
  const f = rustfmtCheck(o.text, o.edition, dirname(o.testFile));
  steps.push({
    step: "rustfmt",
    command: `rustfmt --edition ${o.edition} --check < ${o.testFile}`,
    status: f.status,
    detail: f.status === "failed" ? tail(f.detail, 30) : f.detail,
  });

  // Fallback 2: offline type check against a facade generated from the models.
  const check: CheckRust | null = o.check !== undefined ? o.check : checkRust;
  if (!check) {
    steps.push({
      step: "offline check",
      command: "moto2rust check",
      status: "skipped",
      detail: "disabled",
    });
  } else {
    const command = `moto2rust check ${o.testFile} --service ${o.service}`;
    try {
      const r = await check([{ file: o.testFile, source: o.text }], { service: o.service, repo: o.models });
      const added = new Set(o.addedTests);
      const mine = r.tests.filter((t) => t.test !== null && added.has(t.test));
      const failing = mine.filter((t) => !t.compiles);
      const outside = r.tests.filter((t) => !(t.test !== null && added.has(t.test))).flatMap((t) => t.errors);
      const ours = outside.filter((e) => o.addedLines.has(e.line));
      const elsewhere = outside.filter((e) => !o.addedLines.has(e.line));
      const problems: string[] = [];
      if (r.cargoFailure) problems.push(`cargo: ${r.cargoFailure}`);
      for (const e of r.facadeErrors) problems.push(`facade: ${firstLine(e)}`);
      for (const t of failing) for (const e of t.errors) problems.push(`${t.test}:${e.line}: ${e.message}`);
      for (const e of ours) problems.push(`line ${e.line}: ${e.message}`);
      const summary =
        `${mine.length - failing.length}/${mine.length} added tests compile` +
        (elsewhere.length > 0
          ? `; ${elsewhere.length} errors in the file's existing code (not checked by port)`
          : "");
      steps.push({
        step: "offline check",
        command,
        status: problems.length === 0 ? "passed" : "failed",
        detail: problems.length === 0 ? summary : `${summary}\n${tail(problems.join("\n"), 30)}`,
      });
    } catch (e) {
      const err = e as Error;
      const unavailable = err instanceof CargoNotFoundError;
      steps.push({
        step: "offline check",
        command,
        status: unavailable ? "skipped" : "failed",
        detail: err.message,
      });
    }
  }
  return steps;
}
