/**
 * What `port` knows about one winterbaume crate before translating: its files, the service
 * struct it exports, the operations its handlers implement, its FIX(terraform-e2e) markers and
 * the inventory of the test file the tests go into.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import {
  FIX_MARKER,
  operationCoverage,
  readMarkers,
  readServiceStructs,
  readTestFile,
  scanHandlers,
  type OperationCoverage,
  type SourceMarker,
  type TestFileInventory,
} from "@moto2rust/backend-rust";
import type { ServiceApi } from "@moto2rust/sdk-shapes";
import { parse as parseToml, TomlError } from "smol-toml";
import { UsageError } from "../io.js";
import { namesForCrate, type ServiceNames } from "./names.js";

export interface CrateMarker extends SourceMarker {
  /** Crate-relative (`src/state.rs`). */
  readonly file: string;
}

export interface CrateInfo {
  readonly dir: string;
  readonly serviceStruct: string;
  /** Where the struct name came from (`src/lib.rs: pub use handlers::EcsService`). */
  readonly serviceStructFrom: string;
  readonly coverage: OperationCoverage;
  readonly implemented: ReadonlySet<string>;
  readonly markers: readonly CrateMarker[];
  /** Absolute path of the file tests are merged into. */
  readonly testFile: string;
  /** Checkout-relative path of that file. */
  readonly testFileLabel: string;
  /** Current content ("" for a new endpoint file). */
  readonly source: string;
  readonly exists: boolean;
  readonly inventory: TestFileInventory;
  /** `edition` of the crate (workspace-inherited editions resolved), for rustfmt. */
  readonly edition: string;
}

export function crateDir(checkout: string, names: ServiceNames): string {
  return join(checkout, "crates", names.cargoPackage);
}

/** Crate suffixes of a checkout's `crates/winterbaume-*` that have a `src/handlers.rs`. */
export function serviceCrates(checkout: string): string[] {
  const dir = join(checkout, "crates");
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    throw new UsageError(`--winterbaume ${checkout}: not a winterbaume checkout (no crates/ directory)`);
  }
  return entries
    .filter((e) => e.startsWith("winterbaume-") && existsSync(join(dir, e, "src", "handlers.rs")))
    .map((e) => e.slice("winterbaume-".length))
    .sort();
}

function rustFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile() && e.name.endsWith(".rs")) out.push(p);
    }
  };
  walk(dir);
  return out;
}

function readText(path: string, what: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch (e) {
    throw new UsageError(`cannot read ${what} ${path}: ${(e as Error).message}`);
  }
}

/** A Cargo.toml, parsed; null when absent. A file that is not valid TOML is an input error. */
function readToml(path: string): Record<string, unknown> | null {
  if (!existsSync(path)) return null;
  const text = readText(path, "manifest");
  try {
    return parseToml(text) as Record<string, unknown>;
  } catch (e) {
    const m = e instanceof TomlError ? `${e.line}:${e.column}: ${e.message.split("\n")[0]}` : String(e);
    throw new UsageError(`${path}:${m}`);
  }
}

function table(v: unknown): Record<string, unknown> | null {
  return typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
}

/**
 * The edition `cargo fmt` uses for the crate: `package.edition`, or the workspace's
 * `workspace.package.edition` when the crate says `edition.workspace = true`, else Cargo's
 * default 2015. Read with a TOML parser (any quoting, comments, dotted keys).
 */
export function crateEdition(checkout: string, dir: string): string {
  const pkg = table(readToml(join(dir, "Cargo.toml"))?.["package"]);
  const edition = pkg?.["edition"];
  if (typeof edition === "string") return edition;
  if (table(edition)?.["workspace"] === true) {
    const ws = table(table(readToml(join(checkout, "Cargo.toml"))?.["workspace"])?.["package"]);
    const inherited = ws?.["edition"];
    if (typeof inherited === "string") return inherited;
    throw new UsageError(
      `${join(dir, "Cargo.toml")}: edition.workspace = true, but ${join(checkout, "Cargo.toml")} has no [workspace.package] edition`,
    );
  }
  return "2015";
}

/** The file `port` merges into: tests/integration_test.rs, or the endpoint target's own file. */
export function testFilePath(dir: string, names: ServiceNames, target: "winterbaume" | "endpoint"): string {
  return target === "endpoint"
    ? join(dir, "tests", `moto_${names.crateSuffix}_endpoint.rs`)
    : join(dir, "tests", "integration_test.rs");
}

/** Service struct: `pub use handlers::XService;` in lib.rs, else `pub struct XService` in handlers.rs. */
async function serviceStructOf(
  dir: string,
  handlersSource: () => string,
): Promise<{ readonly name: string; readonly from: string } | null> {
  const libPath = join(dir, "src", "lib.rs");
  if (existsSync(libPath)) {
    const lib = await readServiceStructs(readText(libPath, "crate root"));
    const name = lib.reexported[0] ?? lib.structs[0];
    if (name)
      return {
        name,
        from: `src/lib.rs (${lib.reexported[0] ? "pub use handlers::" : "pub struct "}${name})`,
      };
  }
  const name = (await readServiceStructs(handlersSource())).structs[0];
  return name ? { name, from: `src/handlers.rs (pub struct ${name})` } : null;
}

/**
 * The checkout's service crates by the aws-sdk crate they serve (`aws_sdk_sns` →
 * `winterbaume_sns` / `SnsService`): what a test of another service can register besides the
 * tested one (several services in one test). Crates without a service struct are left out.
 */
export async function checkoutServiceCrates(
  checkout: string,
): Promise<Map<string, { readonly crate: string; readonly serviceStruct: string }>> {
  const out = new Map<string, { readonly crate: string; readonly serviceStruct: string }>();
  for (const suffix of serviceCrates(checkout)) {
    const names = namesForCrate(suffix);
    if (names === null || out.has(names.sdkCrate)) continue;
    const dir = crateDir(checkout, names);
    const found = await serviceStructOf(dir, () => readText(join(dir, "src", "handlers.rs"), "handlers"));
    if (found) out.set(names.sdkCrate, { crate: names.crateIdent, serviceStruct: found.name });
  }
  return out;
}

export async function readCrate(
  checkout: string,
  names: ServiceNames,
  api: ServiceApi,
  target: "winterbaume" | "endpoint",
): Promise<CrateInfo> {
  const dir = crateDir(checkout, names);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new UsageError(
      `no crate ${names.cargoPackage} in ${join(checkout, "crates")}: the service must exist in winterbaume first`,
    );
  }
  const handlersPath = join(dir, "src", "handlers.rs");
  if (!existsSync(handlersPath)) throw new UsageError(`${names.cargoPackage} has no src/handlers.rs`);

  const handlersSource = readText(handlersPath, "handlers");
  const found = await serviceStructOf(dir, () => handlersSource);
  const serviceStruct = found?.name ?? null;
  const serviceStructFrom = found?.from ?? "";
  if (!serviceStruct) {
    throw new UsageError(
      `${names.cargoPackage}: no service struct found (no \`pub use handlers::…Service\` in src/lib.rs)`,
    );
  }

  const operations = api.operations().map((o) => ({ name: o.name, http: o.http }));
  const coverage = operationCoverage(await scanHandlers(handlersSource), operations);
  const implemented = new Set(coverage.implemented.map((i) => i.operation));

  const markers: CrateMarker[] = [];
  const opNames = operations.map((o) => o.name);
  for (const path of rustFiles(join(dir, "src"))) {
    const text = readText(path, "source");
    if (!text.includes(FIX_MARKER)) continue;
    for (const m of await readMarkers(text, opNames))
      markers.push({ ...m, file: relative(dir, path).split(/[\\/]/).join("/") });
  }

  const testFile = testFilePath(dir, names, target);
  const exists = existsSync(testFile);
  if (!exists && target === "winterbaume") {
    throw new UsageError(
      `${relative(checkout, testFile)} does not exist: create the crate's integration test file (with its client helper) first`,
    );
  }
  const source = exists ? readText(testFile, "test file") : "";
  const inventory = await readTestFile(source);
  if (inventory.syntaxErrors.length > 0) {
    const e = inventory.syntaxErrors[0]!;
    throw new UsageError(
      `${relative(checkout, testFile)}:${e.line}:${e.col}: cannot parse (tree-sitter-rust ERROR node near '${e.text.split("\n")[0]}'); ` +
        `fix the file before porting (${inventory.syntaxErrors.length} error${inventory.syntaxErrors.length > 1 ? "s" : ""})`,
    );
  }
  return {
    dir,
    serviceStruct,
    serviceStructFrom,
    coverage,
    implemented,
    markers,
    testFile,
    testFileLabel: relative(checkout, testFile).split(/[\\/]/).join("/"),
    source,
    exists,
    inventory,
    edition: crateEdition(checkout, dir),
  };
}
