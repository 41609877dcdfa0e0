/**
 * The library entry: one moto test file in, Rust text and a per-test report out. The CLI's
 * `transpile` command is a thin loop over this function, so both give the same bytes.
 */
import {
  CLI,
  diagnostic,
  calledOperations,
  countAsserts,
  compareDiagnostics,
  totals,
  type Diagnostic,
  type Module,
  type ReportTotals,
  type Span,
  type TestReport,
} from "@moto2rust/ir";
import { resolve } from "node:path";
import { parsePython, ProgramLoader } from "@moto2rust/frontend-python";
import { fileSystemReader } from "./files.js";
import {
  formatModelFileError,
  openModels,
  typeModule,
  type ModelRepository,
  type ServiceApi,
} from "@moto2rust/sdk-shapes";
import { emitModule, formatRust, renderUnit, type RustUnit, type Target } from "@moto2rust/backend-rust";
import { toPascalCase } from "@moto2rust/sdk-shapes";

export interface TranspileOptions {
  /** File label used in diagnostics and `// Ported from moto:` comments. */
  readonly file?: string;
  /** A models directory (api-models-aws layout) or an already opened repository. */
  readonly models: string | ModelRepository;
  /** boto3 name of the service under test; inferred from the clients the file creates when absent. */
  readonly service?: string;
  /** `winterbaume` (default) or `endpoint`. */
  readonly target?: "winterbaume" | "endpoint";
  /** Override the winterbaume crate and service struct (port reads them from the checkout). */
  readonly winterbaume?: { readonly crate: string; readonly serviceStruct: string };
  /**
   * The winterbaume crate of another service a test also uses (several services in one test),
   * or null when the checkout has none (the test is then skipped, `cross-service`); default:
   * winterbaume's naming convention, as for the tested service.
   */
  readonly winterbaumeCrateOf?: (
    api: ServiceApi,
  ) => { readonly crate: string; readonly serviceStruct: string } | null;
  /** Client helper names; default `make_client` / `make_client_with_region`. */
  readonly clientHelper?: { readonly name: string; readonly regionName: string };
  /** Run rustfmt on the output (default true). */
  readonly rustfmt?: boolean;
  /**
   * The input's path on disk. Names it imports from the moto tree that holds it (the nearest
   * parent directory with `tests/__init__.py`) and the fixtures of the `conftest.py` files above
   * it are found by reading that tree. Without a path nothing is resolved, and a note says so.
   */
  readonly path?: string;
  /** Reads and caches the moto tree's modules (default: a new one over the file system); share one per run. */
  readonly loader?: ProgramLoader;
}

export interface TranspileResult {
  /** The whole Rust file. Empty when nothing could be translated (see diagnostics). */
  readonly rust: string;
  /** The same, as items, for tools that merge into an existing file. */
  readonly unit: RustUnit | null;
  readonly tests: readonly TestReport[];
  readonly totals: ReportTotals;
  readonly diagnostics: readonly Diagnostic[];
  /** The service the file was translated for (boto3 name), or null when none could be determined. */
  readonly service: string | null;
  readonly formatted: boolean;
}

const DEFAULT_HELPER = { name: "make_client", regionName: "make_client_with_region" } as const;

/** The boto3 service a moto file tests: the client created most often, ties to the first created. */
export function inferService(module: Module): string | null {
  const counts = new Map<string, number>();
  for (const f of module.functions) {
    for (const s of f.body) {
      if (s.kind === "ClientDecl") counts.set(s.service, (counts.get(s.service) ?? 0) + 1);
    }
  }
  let best: string | null = null;
  let bestCount = 0;
  for (const [svc, n] of counts) {
    if (n > bestCount) {
      best = svc;
      bestCount = n;
    }
  }
  return best;
}

/** The winterbaume crate and service struct for a service, by winterbaume's naming convention. */
export function defaultWinterbaume(api: ServiceApi): { crate: string; serviceStruct: string } {
  return {
    crate: api.info.crate.replace(/^aws_sdk_/, "winterbaume_"),
    serviceStruct: `${toPascalCase(api.info.sdkId)}Service`,
  };
}

/** Every test of a module, skipped for one reason (no model to translate against): none goes unreported. */
function skipAll(module: Module, error: Diagnostic): TestReport[] {
  return module.functions
    .filter((f) => f.role === "test")
    .map((f) => ({
      file: module.file,
      test: f.name,
      line: f.span.line,
      status: "skipped" as const,
      // What the frontend found in the test itself (moto internals, server mode, unsupported
      // constructs) stays its reason too: the file-level error is not the only thing wrong.
      reasons: [
        ...module.diagnostics
          .filter(
            (d) =>
              d.severity === "error" &&
              d.span.file === f.span.file &&
              d.span.line >= f.span.line &&
              d.span.line <= f.span.endLine,
          )
          .map((d) => ({ code: d.code, message: d.message, line: d.span.line, col: d.span.col })),
        { code: error.code, message: error.message, line: f.span.line, col: f.span.col },
      ],
      operations: calledOperations(f.body),
      asserts: { python: countAsserts(f.body), rust: 0 },
      rustTests: [],
    }));
}

/** Nothing translated: every test skipped for one reason. */
function failed(module: Module, error: Diagnostic, service: string | null): TranspileResult {
  const tests = skipAll(module, error);
  return {
    rust: "",
    unit: null,
    tests,
    totals: totals(tests),
    diagnostics: [...module.diagnostics, error].sort(compareDiagnostics),
    service,
    formatted: false,
  };
}

/**
 * Translate one moto test file. `source` is its text, or its bytes (decoded as CPython would:
 * PEP 263 declarations honoured, undecodable and binary input refused with a diagnostic).
 */
export async function transpile(
  source: string | Uint8Array,
  options: TranspileOptions,
): Promise<TranspileResult> {
  const file = options.file ?? "<input>.py";
  const repo = typeof options.models === "string" ? openModels(options.models) : options.models;
  const module = await parsePython(
    source,
    file,
    options.path === undefined
      ? undefined
      : { loader: options.loader ?? new ProgramLoader(fileSystemReader), path: resolve(options.path) },
  );
  if (module.functions.length === 0 && module.diagnostics.some((d) => d.severity === "error")) {
    // Nothing could be read from the file (binary, undecodable, no parse): its own error says why.
    return {
      rust: "",
      unit: null,
      tests: [],
      totals: totals([]),
      diagnostics: [...module.diagnostics].sort(compareDiagnostics),
      service: options.service ?? null,
      formatted: false,
    };
  }
  const requested = options.service ?? inferService(module);
  try {
    return translate(module, repo, requested, file, options);
  } catch (e) {
    // The pipeline boundary: an exception here is a bug of ours, never a problem of the input.
    const detail = e instanceof Error ? e.message : String(e);
    return failed(module, diagnostic(CLI.internalError(detail), firstLine(file)), requested);
  }
}

function firstLine(file: string): Span {
  return { file, line: 1, col: 1, endLine: 1, endCol: 1 };
}

function translate(
  module: Module,
  repo: ModelRepository,
  requested: string | null,
  file: string,
  options: TranspileOptions,
): TranspileResult {
  const api = requested ? repo.service(requested) : undefined;
  // Any alias of the service (`cloudwatch-logs`, `aws-sdk-ecs`, `ECS`) means its boto3 name.
  const serviceName = api ? api.info.boto3 : requested;
  const typed = serviceName && api ? typeModule(module, repo, { service: serviceName }) : null;
  if (!serviceName || !api || !typed?.module) {
    // At the construct: the client of the unknown service, else the first test that needs one.
    const at = module.functions
      .flatMap((f) => f.body)
      .find((st) => st.kind === "ClientDecl" && st.service === serviceName)?.span ??
      module.functions.find((f) => f.role === "test")?.span ?? {
        file,
        line: 1,
        col: 1,
        endLine: 1,
        endCol: 1,
      };
    const problem = serviceName ? repo.problem(serviceName) : undefined;
    const broken = repo.malformed().find((m) => formatModelFileError(m) === problem);
    const m = !serviceName
      ? CLI.noServiceGiven()
      : broken
        ? CLI.malformedModel(serviceName, formatModelFileError(broken))
        : CLI.unknownService(serviceName, repo.root);
    return failed(module, diagnostic(m, at), serviceName);
  }
  const target: Target =
    options.target === "endpoint"
      ? { kind: "endpoint" }
      : {
          kind: "winterbaume",
          ...(options.winterbaume ?? defaultWinterbaume(api)),
          crateOf: options.winterbaumeCrateOf ?? defaultWinterbaume,
        };
  const emitted = emitModule(typed.module, [...module.diagnostics, ...typed.diagnostics], {
    service: api,
    ...(typed.services ? { services: typed.services } : {}),
    target,
    clientHelper: options.clientHelper ?? DEFAULT_HELPER,
    fileLabel: file.split(/[\\/]/).pop() ?? file,
  });
  let rust = renderUnit(emitted.unit);
  let formatted = false;
  const diagnostics: Diagnostic[] = [...emitted.diagnostics];
  if (options.rustfmt !== false) {
    const f = formatRust(rust);
    rust = f.code;
    formatted = f.formatted;
    if (!f.formatted) {
      diagnostics.push(diagnostic(CLI.notFormatted(f.error ?? "rustfmt not found on PATH"), firstLine(file)));
    }
  }
  diagnostics.sort(compareDiagnostics);
  return {
    rust,
    unit: emitted.unit,
    tests: emitted.reports,
    totals: totals(emitted.reports),
    diagnostics,
    service: serviceName,
    formatted,
  };
}
