/**
 * `checkRust`: type-check Rust test files against generated API facades with
 * `cargo check --offline`, and attribute every rustc error to the test function it sits in.
 *
 * Cache: `<cacheDir>/ws-<services>-<key>/` holds the facade workspace and cargo's `target/`. The key
 * hashes the generator version, the support crates and each service's model file, so a warm run
 * reuses both the generated facade and the compiled `.rmeta`s; only the harness is re-checked.
 *
 * Errors outside any `#[test]`/`#[tokio::test]` function (imports, consts, helper functions) are
 * reported as entries with `test: null` (and `scope`: the helper's name, or null at item level).
 * They do not flip the `compiles` flag of the tests, but they count in `totals.otherErrors` and make
 * the check fail. A file that does not parse is not type-checked at all: every test in it is
 * reported as not compiling. cargo runs with `--keep-going`, so one broken file does not stop the
 * others; a file cargo neither built nor reported errors for was never checked, and its tests are
 * reported as not compiling, with a diagnostic saying so.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { findServiceRow, type ModelRepository, type ServiceApi } from "@moto2rust/sdk-shapes";
import { functionRanges, parseRust, syntaxErrors, type RustFunctionRange } from "../read/rust-parser.js";
import {
  FACADE_GENERATOR_VERSION,
  findModelFile,
  generateFacade,
  HARNESS_PACKAGE,
  scanWinterbaumeUses,
  supportCrates,
  winterbaumeCrates,
  workspaceFiles,
  writeFilesIfChanged,
  type FacadeCrate,
} from "./facade/index.js";
import { runCargo, type CargoRun, type RustcDiagnostic, type RustcSpan } from "./cargo.js";
import { withLock } from "./lock.js";

export {
  CargoNotFoundError,
  cargoAvailable,
  parseCargoArtifacts,
  parseCargoJson,
  runCargo,
} from "./cargo.js";
export type { CargoRun, CompilerMessage, RustcDiagnostic, RustcSpan } from "./cargo.js";

/** A service or input problem (unknown service, unreadable file): exit 2 in the CLI. */
export class CheckInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CheckInputError";
  }
}

export interface CheckError {
  /** The input file as given. */
  readonly file: string;
  readonly line: number;
  readonly col: number;
  /** rustc error code (`E0308`), when it has one. */
  readonly code: string | null;
  readonly message: string;
  /** rustc's rendered text (paths point into the harness copy). */
  readonly rendered: string;
}

export interface CheckTestResult {
  readonly file: string;
  /** The test function, or null for errors outside any test function. */
  readonly test: string | null;
  /** For `test: null`: the enclosing non-test function, or null at item level. */
  readonly scope?: string | null;
  /** First line of the function (attributes included), or of the first error for item-level entries. */
  readonly line: number;
  readonly compiles: boolean;
  readonly errors: readonly CheckError[];
}

export interface CheckResult {
  readonly tests: readonly CheckTestResult[];
  readonly totals: {
    readonly tests: number;
    readonly compiles: number;
    readonly fails: number;
    /** Errors outside test functions. */
    readonly otherErrors: number;
  };
  /** Errors inside the facade crates themselves (a moto2rust bug), rendered. */
  readonly facadeErrors: readonly string[];
  /** cargo failed without compiler errors (manifest problem, ...): its stderr. */
  readonly cargoFailure: string | null;
  readonly workspace: string;
  /** The facade was already generated (warm cache). */
  readonly warm: boolean;
  readonly timings: { readonly generateMs: number; readonly cargoMs: number };
}

export interface CheckInputFile {
  /** Path as reported back (and read from, unless `source` is given). */
  readonly file: string;
  readonly source?: string;
}

export interface CheckOptions {
  /** boto3 name(s) of the service(s) the tests use (`ecs`); more are added from `aws_sdk_*` paths in the files. */
  readonly service: string | readonly string[];
  readonly repo: ModelRepository;
  /** Default: `$MOTO2RUST_CACHE`, else `<os tmp>/moto2rust-cache`. */
  readonly cacheDir?: string;
  /** Environment for cargo and for `MOTO2RUST_CACHE` (default `process.env`). */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** cargo executable (default `cargo`). */
  readonly cargo?: string;
  /** Progress messages (generation, cargo start). */
  readonly onProgress?: (message: string) => void;
}

/** The cache directory: `$MOTO2RUST_CACHE`, else `<os tmp>/moto2rust-cache`. */
export function defaultCacheDir(env: Readonly<Record<string, string | undefined>> = process.env): string {
  const v = env["MOTO2RUST_CACHE"];
  return v !== undefined && v !== "" ? path.resolve(v) : path.join(os.tmpdir(), "moto2rust-cache");
}

function sha256(data: string | Buffer): string {
  return createHash("sha256").update(data).digest("hex");
}

let supportHash: string | undefined;
function supportCratesHash(): string {
  if (supportHash === undefined) {
    const h = createHash("sha256");
    for (const c of supportCrates()) {
      h.update(c.name);
      for (const k of Object.keys(c.files).sort()) h.update(k).update(c.files[k]!);
    }
    supportHash = h.digest("hex");
  }
  return supportHash;
}

/** Rust identifiers of `aws_sdk_*` crates a source refers to. */
export function scanSdkCrates(source: string): Set<string> {
  const out = new Set<string>();
  for (const m of source.matchAll(/\baws_sdk_([a-z0-9_]+)::/g)) out.add(`aws_sdk_${m[1]!}`);
  return out;
}

interface LoadedFile {
  readonly file: string;
  readonly source: string;
  readonly target: string;
}

function targetNames(files: readonly { file: string }[]): string[] {
  const used = new Set<string>();
  return files.map((f) => {
    let base = path
      .basename(f.file)
      .replace(/\.rs$/, "")
      .replace(/[^A-Za-z0-9_]/g, "_");
    if (!/^[A-Za-z_]/.test(base)) base = `t_${base}`;
    let name = base;
    for (let i = 2; used.has(name); i++) name = `${base}_${i}`;
    used.add(name);
    return name;
  });
}

function resolveServices(
  requested: readonly string[],
  sources: readonly string[],
  repo: ModelRepository,
): ServiceApi[] {
  const out = new Map<string, ServiceApi>();
  for (const name of requested) {
    const row = findServiceRow(name);
    const svc =
      repo.service(name) ?? (row ? repo.service(row.boto3 !== "" ? row.boto3 : row.modelsDir) : undefined);
    if (!svc)
      throw new CheckInputError(
        repo.problem(name) ?? `unknown service '${name}': no model under ${repo.root}`,
      );
    out.set(svc.info.crate, svc);
  }
  const crates = new Set<string>();
  for (const s of sources) for (const c of scanSdkCrates(s)) crates.add(c);
  for (const c of [...crates].sort()) {
    if ([...out.values()].some((s) => s.info.crate === c)) continue;
    const row = findServiceRow(c);
    // A service the table lacks (EC2) is found by its crate suffix, which is its boto3 name.
    const svc = row
      ? repo.service(row.boto3 !== "" ? row.boto3 : row.modelsDir)
      : repo.service(c.replace(/^aws_sdk_/, ""));
    if (svc && svc.info.crate === c) out.set(c, svc);
  }
  return [...out.values()].sort((a, b) => (a.info.crate < b.info.crate ? -1 : 1));
}

/** Where the error is in the test file: the primary span, or the macro call site inside the file. */
function locate(diag: RustcDiagnostic, ws: string, harnessRel: string): RustcSpan | undefined {
  const target = path.resolve(ws, harnessRel);
  const inFile = (s: RustcSpan): boolean => path.resolve(ws, s.file_name) === target;
  const primaries = diag.spans.filter((s) => s.is_primary);
  for (const s of [...primaries, ...diag.spans]) {
    let cur: RustcSpan | undefined = s;
    while (cur) {
      if (inFile(cur)) return cur;
      cur = cur.expansion?.span;
    }
  }
  return undefined;
}

function enclosing(ranges: readonly RustFunctionRange[], line: number): RustFunctionRange | undefined {
  return ranges.find((r) => line >= r.startLine && line <= r.endLine);
}

/** Type-check Rust test files against facades of their services. */
export async function checkRust(
  inputs: readonly (string | CheckInputFile)[],
  options: CheckOptions,
): Promise<CheckResult> {
  const env = options.env ?? process.env;
  const cargo = options.cargo ?? "cargo";
  const progress = options.onProgress ?? (() => {});
  if (inputs.length === 0) throw new CheckInputError("no Rust files to check");
  const loaded0 = inputs.map((i) => (typeof i === "string" ? { file: i } : i));
  const files: LoadedFile[] = [];
  const names = targetNames(loaded0);
  loaded0.forEach((f, i) => {
    let source = f.source;
    if (source === undefined) {
      try {
        source = readFileSync(f.file, "utf8");
      } catch (e) {
        throw new CheckInputError(`cannot read ${f.file}: ${(e as Error).message}`);
      }
    }
    files.push({ file: f.file, source, target: names[i]! });
  });

  const requested = typeof options.service === "string" ? [options.service] : [...options.service];
  const services = resolveServices(
    requested,
    files.map((f) => f.source),
    options.repo,
  );

  // Cache key: generator version, support crates, each service's model file.
  const keyParts = [`gen=${FACADE_GENERATOR_VERSION}`, `support=${supportCratesHash()}`];
  const modelFiles = new Map<string, string | undefined>();
  for (const svc of services) {
    const mf = findModelFile(options.repo.root, svc.info.modelsDir);
    modelFiles.set(svc.info.crate, mf);
    keyParts.push(`${svc.info.crate}=${mf ? sha256(readFileSync(mf)) : "none"}`);
  }
  const key = sha256(keyParts.join("\n")).slice(0, 16);
  const cacheDir = options.cacheDir ?? defaultCacheDir(env);
  const label = services.map((s) => s.info.crate.replace(/^aws_sdk_/, "")).join("+") || "none";
  const ws = path.join(cacheDir, `ws-${label.slice(0, 80)}-${key}`);
  mkdirSync(ws, { recursive: true });

  return withLock(path.join(ws, ".lock"), async () => {
    const genStart = Date.now();
    const stampFile = path.join(ws, ".facade-stamp");
    let stamp: string | undefined;
    try {
      stamp = readFileSync(stampFile, "utf8");
    } catch {
      stamp = undefined;
    }
    const warm = stamp === key;
    const wbUses = new Map<string, Set<string>>();
    for (const f of files) scanWinterbaumeUses(f.source, wbUses);
    let serviceCrates: FacadeCrate[];
    if (warm) {
      // Reuse the generated service crates: only their manifests are needed to lay out the workspace.
      serviceCrates = services.map((s) => cachedCrate(ws, s, modelFiles.get(s.info.crate)));
    } else {
      progress(`generating facades for ${services.map((s) => s.info.cargoCrate).join(", ")}`);
      serviceCrates = services.map((s) => generateFacade(s, { modelFile: modelFiles.get(s.info.crate) }));
    }
    const crates = [...supportCrates(), ...serviceCrates, ...winterbaumeCrates(wbUses)];
    // Warm: service crate sources are already on disk (cachedCrate gives no files, only the manifest).
    writeFilesIfChanged(ws, workspaceFiles(crates));
    if (!warm) writeFileSync(stampFile, key);
    // Harness tests: exactly the files under check.
    const testsDir = path.join(ws, "harness", "tests");
    mkdirSync(testsDir, { recursive: true });
    const wanted = new Set(files.map((f) => `${f.target}.rs`));
    for (const old of readdirSync(testsDir))
      if (!wanted.has(old)) rmSync(path.join(testsDir, old), { force: true });
    writeFilesIfChanged(testsDir, Object.fromEntries(files.map((f) => [`${f.target}.rs`, f.source])));
    const generateMs = Date.now() - genStart;

    progress(`cargo check (${warm ? "warm" : "cold"} facade cache at ${ws})`);
    const run = await runCargo(
      cargo,
      [
        "check",
        "--offline",
        "--keep-going",
        "--tests",
        "-p",
        HARNESS_PACKAGE,
        "--message-format=json",
        "--quiet",
      ],
      ws,
      { ...env, CARGO_TERM_COLOR: "never", CARGO_TARGET_DIR: path.join(ws, "target") },
    );
    const facadeErrors = run.messages
      .filter((m) => !m.packageId.includes(HARNESS_PACKAGE) && m.diagnostic.level.startsWith("error"))
      .map((m) => m.diagnostic.rendered ?? m.diagnostic.message);
    const result = await attribute(files, run, ws, facadeErrors.length > 0);
    const anyError = run.messages.some((m) => m.diagnostic.level.startsWith("error"));
    const cargoFailure =
      run.exitCode !== 0 && !anyError ? run.stderr.trim() || `cargo exited with ${run.exitCode}` : null;
    return {
      ...result,
      facadeErrors,
      cargoFailure,
      workspace: ws,
      warm,
      timings: { generateMs, cargoMs: run.ms },
    };
  });
}

/** A service crate already on disk (warm cache): name and deps only, no files to rewrite. */
function cachedCrate(ws: string, svc: ServiceApi, modelFile: string | undefined): FacadeCrate {
  const dir = path.join(ws, "crates", svc.info.cargoCrate);
  try {
    statSync(path.join(dir, "src", "lib.rs"));
  } catch {
    // Half-written cache: fall back to generating.
    return generateFacade(svc, { modelFile });
  }
  const manifest = readFileSync(path.join(dir, "Cargo.toml"), "utf8");
  const deps = [...manifest.matchAll(/^([A-Za-z0-9_-]+) = \{ path = /gm)].map((m) => m[1]!);
  return { name: svc.info.cargoCrate, lib: svc.info.crate, deps, files: {} };
}

async function attribute(
  files: readonly LoadedFile[],
  run: Pick<CargoRun, "messages" | "artifacts">,
  ws: string,
  facadeBroken: boolean,
): Promise<Pick<CheckResult, "tests" | "totals">> {
  const messages = run.messages;
  const built = new Set(run.artifacts.map((p) => path.resolve(ws, p)));
  const tests: CheckTestResult[] = [];
  let nTests = 0;
  let nCompiles = 0;
  let otherErrors = 0;
  for (const f of files) {
    const harnessRel = path.join("harness", "tests", `${f.target}.rs`);
    const ranges = await functionRanges(f.source);
    const errs = messages.filter(
      (m) =>
        m.diagnostic.level.startsWith("error") &&
        m.diagnostic.spans.length > 0 &&
        path.resolve(ws, m.srcPath) === path.resolve(ws, harnessRel),
    );
    let parses = true;
    let notChecked: string | undefined;
    if (facadeBroken) notChecked = "not type-checked: a facade crate failed to compile (a moto2rust bug)";
    else if (errs.length === 0 && !built.has(path.resolve(ws, harnessRel)))
      notChecked = "not type-checked: cargo reported no result for this file";
    if (errs.length > 0) {
      const tree = await parseRust(f.source);
      try {
        parses = syntaxErrors(tree.rootNode).length === 0;
      } finally {
        tree.delete();
      }
      if (!parses) notChecked = "not type-checked: the file does not parse";
    }
    const perFn = new Map<RustFunctionRange | null, CheckError[]>();
    const firstLine = new Map<RustFunctionRange | null, number>();
    for (const m of errs) {
      const span = locate(m.diagnostic, ws, harnessRel);
      const line = span?.line_start ?? 1;
      const err: CheckError = {
        file: f.file,
        line,
        col: span?.column_start ?? 1,
        code: m.diagnostic.code?.code ?? null,
        message: m.diagnostic.message,
        rendered: (m.diagnostic.rendered ?? m.diagnostic.message).replaceAll(harnessRel, f.file),
      };
      const fn = span ? (enclosing(ranges, line) ?? null) : null;
      const list = perFn.get(fn) ?? [];
      list.push(err);
      perFn.set(fn, list);
      if (!firstLine.has(fn)) firstLine.set(fn, line);
    }
    for (const r of ranges) {
      if (!r.isTest) continue;
      nTests++;
      const own = perFn.get(r) ?? [];
      const compiles = own.length === 0 && notChecked === undefined;
      if (compiles) nCompiles++;
      const errors: CheckError[] = [...own];
      if (notChecked !== undefined && own.length === 0) {
        errors.push({
          file: f.file,
          line: r.startLine,
          col: 1,
          code: null,
          message: notChecked,
          rendered: `${f.file}:${r.startLine}:1: ${notChecked}`,
        });
      }
      tests.push({ file: f.file, test: r.name, line: r.startLine, compiles, errors });
    }
    const others = [...perFn.entries()].filter(([fn]) => fn === null || !fn.isTest);
    others.sort((a, b) => (firstLine.get(a[0]) ?? 0) - (firstLine.get(b[0]) ?? 0));
    for (const [fn, errors] of others) {
      otherErrors += errors.length;
      tests.push({
        file: f.file,
        test: null,
        scope: fn?.name ?? null,
        line: fn?.startLine ?? firstLine.get(fn) ?? 1,
        compiles: false,
        errors,
      });
    }
  }
  return { tests, totals: { tests: nTests, compiles: nCompiles, fails: nTests - nCompiles, otherErrors } };
}
