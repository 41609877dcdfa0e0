/**
 * The port workflow on a winterbaume checkout (SPEC "The port workflow"): resolve names,
 * inventory the crate, find FIX(terraform-e2e) markers, translate the selected moto files,
 * classify and order, merge into the test file by insertion only, write atomically, journal,
 * verify. Input problems throw `UsageError` before anything is written.
 */
import { existsSync, readFileSync, rmSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { formatDiagnostic, totals, type Diagnostic, type ReportTotals, type TestReport } from "@moto2rust/ir";
import { pickClientHelpers, referencedNames, splitItems, type SourceItem } from "@moto2rust/backend-rust";
import { SERVICE_TABLE, formatModelFileError, type ModelRepository } from "@moto2rust/sdk-shapes";
import { decodePythonSource } from "@moto2rust/frontend-python";
import { UsageError } from "../io.js";
import { unwritableReason, writeFileAtomic } from "../safe-write.js";
import { lockTarget } from "./lock.js";
import { fileSystemReader } from "../files.js";
import { ProgramLoader } from "@moto2rust/frontend-python";
import { transpile, type TranspileOptions, type TranspileResult } from "../transpile.js";
import { categorize, classifyTest, compareOrder, type OrderKey } from "./classify.js";
import {
  checkoutServiceCrates,
  crateDir,
  readCrate,
  serviceCrates,
  testFilePath,
  type CrateInfo,
} from "./crate.js";
import { appendJournal, journalEntry, JOURNAL_PATH, planJournal, type JournalAppend } from "./journal.js";
import { mergeTests, type MergeBatch, type MergeResult } from "./merge.js";
import { EXCEPTIONS, namesForCrate, resolveService, type ServiceNames } from "./names.js";
import { didYouMean, suggest } from "../did-you-mean.js";
import { motoTestsRoot, selectMotoFiles, testSelected, type MotoFile } from "./select.js";
import { applyInsertions, insertedLineNumbers, unifiedDiff } from "./text-edit.js";
import { formatItems } from "./rustfmt.js";
import { devDependencyInsertions } from "./dev-deps.js";
import { verifyPort, type CheckRust, type VerifyStep } from "./verify.js";

export type PortMode = "write" | "dry-run" | "diff";

export interface PortOptions {
  readonly service: string;
  readonly filters: readonly string[];
  /** Checkout root (absolute). */
  readonly winterbaume: string;
  /** moto's tests directory, or the moto repository root (absolute). */
  readonly moto: string;
  readonly models: ModelRepository;
  readonly mode: PortMode;
  readonly verify: boolean;
  readonly target: "winterbaume" | "endpoint";
  /** The journal date (default: now). */
  readonly now?: Date;
  /** Translation (default: `transpile`). */
  readonly translate?: (source: string, options: TranspileOptions) => Promise<TranspileResult>;
  /** Formats the added items (default: rustfmt with the crate's edition and rustfmt.toml). */
  readonly format?: (items: readonly string[]) => Promise<readonly string[]>;
  /** Test hook for `--verify`'s commands. */
  readonly verifyRun?: Parameters<typeof verifyPort>[0]["run"];
  /** The offline checker for `--verify` (default: backend-rust's `checkRust`). */
  readonly offlineCheck?: CheckRust | null;
  /** Told once when another run holds the target's lock and this one waits for it. */
  readonly onLockWait?: (message: string) => void;
}

export interface PortTestReport extends TestReport {
  /** The test calls an operation a FIX(terraform-e2e) marker touches. */
  readonly fixMarker: boolean;
}

export interface MissingOperation {
  readonly operation: string;
  readonly boto3: string;
  /** `STUB[no-engine]`, `501`, or `not handled`. */
  readonly why: string;
  readonly tests: readonly string[];
}

export interface FixMarkerReport {
  readonly file: string;
  readonly line: number;
  readonly text: string;
  readonly function: string | null;
  readonly operations: readonly string[];
  /** `test_x.py::test_y` with the status the port gave it. */
  readonly tests: readonly { readonly test: string; readonly status: string }[];
}

export interface PortResult {
  readonly names: ServiceNames;
  readonly serviceStruct: string;
  readonly crate: string;
  readonly testFile: string;
  readonly motoFiles: readonly string[];
  readonly selectionNote: string | null;
  readonly tests: readonly PortTestReport[];
  readonly totals: ReportTotals;
  readonly missingOperations: readonly MissingOperation[];
  readonly fixMarkers: readonly FixMarkerReport[];
  readonly added: MergeResult["added"];
  /** Crates added to the crate's `[dev-dependencies]` (by insertion) for the added tests. */
  readonly devDependencies: readonly string[];
  readonly renamed: MergeResult["renamed"];
  readonly notes: readonly string[];
  readonly diagnostics: readonly Diagnostic[];
  readonly original: string;
  readonly updated: string;
  readonly changed: boolean;
  readonly written: boolean;
  readonly diff: string;
  readonly journal: string | null;
  readonly verify: readonly VerifyStep[];
}

function resolveNames(input: string, checkout: string): ServiceNames {
  const crates = serviceCrates(checkout);
  const found = resolveService(input, crates);
  if (found.length === 1) return found[0]!;
  if (found.length > 1) {
    throw new UsageError(`service '${input}' is ambiguous: ${found.map((n) => n.cargoPackage).join(", ")}`);
  }
  const known = resolveService(input, [
    ...new Set([
      ...SERVICE_TABLE.map((r) => r.cargoCrate.replace(/^aws-sdk-/, "")),
      ...Object.keys(EXCEPTIONS),
    ]),
  ]);
  if (known.length > 0) {
    throw new UsageError(
      `no crate ${known[0]!.cargoPackage} in ${relative(process.cwd(), checkout) || "."}/crates: ` +
        `'${input}' is a known service but this checkout does not implement it`,
    );
  }
  const similar = suggest(
    input.replace(/^(winterbaume|aws[-_]sdk)[-_]/i, ""),
    crates.flatMap((c) => {
      const n = namesForCrate(c);
      return n ? [{ name: c, spellings: [c, n.boto3, n.motoDir.replace(/^test_/, "")] }] : [];
    }),
  );
  throw new UsageError(
    `unknown service '${input}': no winterbaume crate, aws-sdk crate, boto3 client or moto directory of that name ` +
      `(give the crate suffix, e.g. 'ecs' for crates/winterbaume-ecs)${didYouMean(similar)}`,
  );
}

interface FileWork {
  readonly file: MotoFile;
  readonly index: number;
  readonly result: TranspileResult;
  readonly items: readonly SourceItem[];
  readonly reports: TestReport[];
}

/**
 * Write the test file and append the journal entry: both or neither. Both are checked writable
 * first; when the journal append fails after the test file was written, the test file gets its
 * old bytes back and the error says so. Returns the journal's path (null without a journal).
 */
/**
 * Writes the changed files (the test file, and Cargo.toml when dev-dependencies were added), then
 * appends the journal: all or nothing. A failure restores the files already written.
 */
function writeAll(
  files: readonly { readonly path: string; readonly text: string }[],
  plan: JournalAppend | null,
): string | null {
  for (const p of [...files.map((f) => f.path), plan?.path]) {
    const why = p === undefined ? null : unwritableReason(p);
    if (why !== null) throw new UsageError(`${why}; nothing written`);
  }
  const written: { path: string; before: Buffer | null }[] = [];
  const restore = (why: string): never => {
    const failed: string[] = [];
    for (const w of written.reverse()) {
      try {
        if (w.before === null) rmSync(w.path, { force: true });
        else writeFileAtomic(w.path, w.before);
      } catch (e) {
        failed.push(`${w.path} (${(e as Error).message})`);
      }
    }
    if (failed.length > 0) {
      throw new UsageError(`${why}, and ${failed.join(", ")} could not be restored: it has the new content`);
    }
    const paths = written.map((w) => w.path).join(", ");
    throw new UsageError(
      `${why}; ${paths} ${written.length === 1 ? "was" : "were"} restored: nothing changed`,
    );
  };
  for (const f of files) {
    let before: Buffer | null = null;
    try {
      before = readFileSync(f.path);
    } catch {
      before = null; // a new file (endpoint target)
    }
    try {
      writeFileAtomic(f.path, f.text);
    } catch (e) {
      if (written.length === 0) throw e;
      restore(`cannot write ${f.path} (${(e as Error).message})`);
    }
    written.push({ path: f.path, before });
  }
  if (plan === null) return null;
  try {
    appendJournal(plan);
  } catch (e) {
    restore(`cannot append to the journal ${plan.path} (${(e as Error).message})`);
  }
  return plan.path;
}

/**
 * The port workflow. A run that writes holds the target file's lock from before it reads the
 * crate until after the journal, so two runs on one crate see each other's tests.
 */
export async function port(o: PortOptions): Promise<PortResult> {
  if (o.mode !== "write") return portLocked(o);
  const names = resolveNames(o.service, o.winterbaume);
  const target = testFilePath(crateDir(o.winterbaume, names), names, o.target);
  const lock = await lockTarget(target, o.onLockWait ? { onWait: o.onLockWait } : {});
  try {
    return await portLocked(o);
  } finally {
    lock.release();
  }
}

async function portLocked(o: PortOptions): Promise<PortResult> {
  const names = resolveNames(o.service, o.winterbaume);
  const api = o.models.service(names.boto3);
  if (!api) {
    const broken = o.models.malformed()[0];
    if (broken) {
      throw new UsageError(
        `the model of ${names.cargoPackage} is malformed: ${formatModelFileError(broken)}`,
      );
    }
    const empty = o.models.available().length === 0;
    throw new UsageError(
      `no Smithy model for ${names.cargoPackage} (boto3 '${names.boto3}') under ${o.models.root}` +
        (empty ? " (the directory has no models: is the api-models-aws submodule checked out?)" : "") +
        ": pass --models DIR",
    );
  }
  const crate: CrateInfo = await readCrate(o.winterbaume, names, api, o.target);
  // Services a test may use besides the tested one: those the checkout has a crate for.
  const otherCrates =
    o.target === "winterbaume"
      ? await checkoutServiceCrates(o.winterbaume)
      : new Map<string, { readonly crate: string; readonly serviceStruct: string }>();
  const motoRoot = motoTestsRoot(o.moto);
  const selection = selectMotoFiles(motoRoot, names, o.filters);

  const helpers = pickClientHelpers(crate.inventory, names.sdkCrate, crate.serviceStruct);
  const fnNames = new Set(crate.inventory.functions.map((f) => f.name));
  const baseName =
    helpers.base?.name ?? (helpers.region ? helpers.region.name.replace(/_with_region$/, "") : "make_client");
  let regionName = helpers.region?.name ?? `${baseName}_with_region`;
  if (!helpers.region && fnNames.has(regionName)) regionName = `${baseName}_in_region`;
  // One backend per test: reuse the file's mock factory and mock-taking client helper when it has them.
  let mockName = helpers.mock?.name ?? "make_mock";
  if (!helpers.mock && fnNames.has(mockName)) mockName = `${baseName}_mock`;
  let mockClientName = helpers.mockClient?.name ?? `${baseName}_with_mock`;
  if (!helpers.mockClient && fnNames.has(mockClientName)) mockClientName = `${baseName}_from_mock`;
  const clientHelper = { name: baseName, regionName, mockName, mockClientName };

  // Translate every selected file (nothing is written before all inputs are known good).
  const translate = o.translate ?? transpile;
  const loader = new ProgramLoader(fileSystemReader);
  const work: FileWork[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const [index, file] of selection.files.entries()) {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(file.path);
    } catch (e) {
      throw new UsageError(`cannot read moto file ${file.path}: ${(e as Error).message}`);
    }
    const decoded = decodePythonSource(bytes, file.label);
    if (!decoded.ok) throw new UsageError(formatDiagnostic(decoded.diagnostic).replace(": error: ", ": "));
    const source = decoded.text;
    const result = await translate(source, {
      file: file.label,
      path: file.path,
      loader,
      models: o.models,
      service: names.boto3,
      target: o.target,
      winterbaume: { crate: names.crateIdent, serviceStruct: crate.serviceStruct },
      winterbaumeCrateOf: (other) => otherCrates.get(other.info.crate) ?? null,
      clientHelper,
    });
    diagnostics.push(...result.diagnostics);
    const items = result.rust ? await splitItems(result.rust) : [];
    const reports = result.tests.filter((t) => testSelected(selection.testFilters, file, t.test));
    work.push({ file, index, result, items, reports });
  }
  for (const f of selection.testFilters) {
    const hit = work.some(
      (w) =>
        (f.file === null || f.file === w.file.basename) && w.result.tests.some((t) => f.pattern.test(t.test)),
    );
    if (!hit) {
      throw new UsageError(
        `filter '${f.raw}' matches no test in ${selection.files.map((m) => m.label).join(", ")}`,
      );
    }
  }

  // Classify.
  const existingFns = new Map<string, number>();
  for (const f of crate.inventory.functions)
    if (!existingFns.has(f.name)) existingFns.set(f.name, f.itemLine);
  const stubbed = new Map(crate.coverage.stubbed.map((s) => [s.operation, s.why]));
  const ctx = {
    existingFns,
    portedMarkers: crate.inventory.portedMarkers,
    operationOf: (m: string) => api.operationByBoto3(m)?.name,
    implemented: crate.implemented,
    stubbed,
    crateName: names.cargoPackage,
    testFileLabel: crate.testFileLabel,
  };
  const fixOps = new Set(crate.markers.flatMap((m) => m.operations));
  const ordered: PortTestReport[] = [];
  const batches: MergeBatch[] = [];
  const missing = new Map<string, { boto3: string; tests: string[] }>();
  const testOps = new Map<string, { ops: readonly string[]; status: string }>();
  for (const w of work) {
    const itemByName = new Map(w.items.filter((i) => i.kind === "fn" && i.name).map((i) => [i.name!, i]));
    const keyed: { report: PortTestReport; key: OrderKey }[] = [];
    const skipped: PortTestReport[] = [];
    for (const [position, r] of w.reports.entries()) {
      const c = classifyTest(r, w.file.basename, ctx);
      const id = `${w.file.basename}::${r.test}`;
      for (const op of c.missing) {
        const boto3 = r.operations.find((m) => api.operationByBoto3(m)?.name === op) ?? op;
        const entry = missing.get(op) ?? { boto3, tests: [] };
        if (!entry.tests.includes(id)) entry.tests.push(id);
        missing.set(op, entry);
      }
      const fix = c.operations.some((op) => fixOps.has(op));
      const report: PortTestReport = { ...c.report, fixMarker: fix };
      testOps.set(id, { ops: c.operations, status: report.status });
      if (report.status === "skipped") {
        skipped.push(report);
        continue;
      }
      const refs = new Set<string>();
      for (const n of report.rustTests) {
        const item = itemByName.get(n);
        if (item) for (const x of await referencedNames(item.itemText)) refs.add(x);
      }
      const { category, verb } = categorize(report, refs);
      keyed.push({ report, key: { fix, category, verb, fileIndex: w.index, position } });
    }
    keyed.sort((a, b) => compareOrder(a.key, b.key));
    ordered.push(...keyed.map((k) => k.report), ...skipped);
    batches.push({
      label: w.file.label,
      basename: w.file.basename,
      items: w.items,
      tests: keyed.map((k) => ({
        motoTest: k.report.test,
        rustNames: k.report.rustTests,
        partial: k.report.status === "partial",
      })),
    });
  }

  const merged = await mergeTests({
    source: crate.source,
    inventory: crate.inventory,
    batches,
    clientHelpers: [clientHelper.name, clientHelper.regionName, mockName, mockClientName],
    format: o.format ?? ((items) => formatItems(items, crate.edition, dirname(crate.testFile))),
  });
  // Dev-dependencies the added tests need (e.g. `regex`), inserted into the crate's Cargo.toml.
  const addedFiles = new Set(merged.added.tests.map((t) => t.file));
  const wantedDeps = work
    .filter((w) => addedFiles.has(w.file.label))
    .flatMap((w) => w.result.unit?.devDependencies ?? []);
  const manifestPath = join(crate.dir, "Cargo.toml");
  const manifest = existsSync(manifestPath) ? readFileSync(manifestPath, "utf8") : null;
  const rootManifest = join(o.winterbaume, "Cargo.toml");
  const deps =
    manifest === null
      ? { insertions: [], added: [] }
      : devDependencyInsertions(
          manifest,
          existsSync(rootManifest) ? readFileSync(rootManifest, "utf8") : "",
          wantedDeps,
          names.cargoPackage,
        );
  const manifestLabel = relative(o.winterbaume, manifestPath);

  const changed = merged.source !== crate.source || deps.added.length > 0;
  const diff = changed
    ? (merged.source !== crate.source
        ? unifiedDiff(crate.source, merged.insertions, `a/${crate.testFileLabel}`, `b/${crate.testFileLabel}`)
        : "") +
      (manifest !== null && deps.added.length > 0
        ? unifiedDiff(manifest, deps.insertions, `a/${manifestLabel}`, `b/${manifestLabel}`)
        : "")
    : "";

  const missingOperations: MissingOperation[] = [...missing.entries()]
    .map(([operation, m]) => ({
      operation,
      boto3: m.boto3,
      why: stubbed.get(operation) ?? "not handled",
      tests: m.tests,
    }))
    .sort((a, b) => b.tests.length - a.tests.length || a.operation.localeCompare(b.operation));
  const fixMarkers: FixMarkerReport[] = crate.markers.map((m) => ({
    file: m.file,
    line: m.line,
    text: m.text,
    function: m.function,
    operations: m.operations,
    tests: [...testOps.entries()]
      .filter(([, t]) => t.ops.some((op) => m.operations.includes(op)))
      .map(([test, t]) => ({ test, status: t.status })),
  }));
  const t = totals(ordered);

  let written = false;
  let journal: string | null = null;
  if (o.mode === "write" && changed) {
    const addedIds = new Set(merged.added.tests.map((a) => `${a.file.split("/").pop()}::${a.motoTest}`));
    const fixTests = ordered.filter(
      (r) => r.fixMarker && addedIds.has(`${r.file.split("/").pop()}::${r.test}`),
    );
    const entry = journalEntry({
      date: o.now ?? new Date(),
      service: names.crateSuffix,
      cargoPackage: names.cargoPackage,
      testFile: crate.testFileLabel,
      motoFiles: selection.files.map((f) => f.label),
      totals: t,
      added: addedIds.size,
      missingOperations: missingOperations.map((m) => m.operation),
      fixTests: fixTests.map((r) => r.test),
      fixOperations: [...fixOps].sort(),
    });
    // The journal is shared by every crate's runs: its own lock while it is appended to.
    const journalPath = join(o.winterbaume, JOURNAL_PATH);
    const journalLock = existsSync(journalPath)
      ? await lockTarget(journalPath, o.onLockWait ? { onWait: o.onLockWait } : {})
      : null;
    try {
      const files = [
        ...(merged.source !== crate.source ? [{ path: crate.testFile, text: merged.source }] : []),
        ...(manifest !== null && deps.added.length > 0
          ? [{ path: manifestPath, text: applyInsertions(manifest, deps.insertions) }]
          : []),
      ];
      journal = writeAll(files, planJournal(o.winterbaume, entry));
    } finally {
      journalLock?.release();
    }
    written = true;
  }

  const verify = o.verify
    ? await verifyPort({
        checkout: o.winterbaume,
        cargoPackage: names.cargoPackage,
        testFile: crate.testFile,
        text: merged.source,
        written,
        edition: crate.edition,
        service: names.boto3,
        models: o.models,
        addedTests: merged.added.tests.map((t) => t.rustName),
        addedLines: insertedLineNumbers(merged.insertions),
        ...(o.verifyRun ? { run: o.verifyRun } : {}),
        ...(o.offlineCheck !== undefined ? { check: o.offlineCheck } : {}),
      })
    : [];

  return {
    names,
    serviceStruct: crate.serviceStruct,
    crate: relative(o.winterbaume, crate.dir) || ".",
    testFile: crate.testFileLabel,
    motoFiles: selection.files.map((f) => f.label),
    selectionNote: selection.note,
    tests: ordered,
    totals: t,
    missingOperations,
    fixMarkers,
    added: merged.added,
    devDependencies: deps.added,
    renamed: merged.renamed,
    notes: merged.notes,
    diagnostics,
    original: crate.source,
    updated: merged.source,
    changed,
    written,
    diff,
    journal: journal ? relative(o.winterbaume, journal) : null,
    verify,
  };
}
