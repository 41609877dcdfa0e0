/**
 * Emission state. `UnitCx` lives for one module (imports, constants, client helpers in use);
 * `FnCx` for one Rust function body (locals, lines, assertion count). A construct that cannot be
 * written as correct Rust throws `EmitFailure`, caught per test: the test is then skipped with a
 * diagnostic, and none of its Rust is kept.
 */
import {
  diagnostic,
  type Diagnostic,
  type DiagnosticCode,
  type Expr,
  type Message,
  type SdkType,
  type Span,
  type Typed,
} from "@moto2rust/ir";
import { ServiceSet, type ServiceApi } from "@moto2rust/sdk-shapes";
import type { EmitOptions } from "./unit.js";
import type { NameAllocator } from "./naming.js";
import type { Liveness } from "./liveness.js";
import type { EmittedHelper } from "./helper-fns.js";

export class EmitFailure extends Error {
  constructor(
    readonly code: DiagnosticCode,
    message: string,
    readonly span: Span,
  ) {
    super(message);
  }
}

/** Give up on the test being emitted, with a catalogued message (`EMIT` in `@moto2rust/ir`). */
export function fail(m: Message, at: Span): never {
  throw new EmitFailure(m.code, m.text, at);
}

export class UnitCx {
  /** The tested service's API; its type lookups reach every service of `services`. */
  readonly api: ServiceApi;
  /** The tested service and the others the tests make clients of. */
  readonly services: ServiceSet;
  /** Services other than the tested one that kept tests make clients of, by boto3 name. */
  readonly otherClients = new Map<string, ServiceApi>();
  /** `MockAws` factories kept tests call, each with the services it registers besides the tested one. */
  readonly mockFactories = new Map<string, readonly ServiceApi[]>();
  /** Rust crate identifier (`aws_sdk_ecs`). */
  readonly crate: string;
  readonly uses = new Set<string>();
  readonly devDependencies = new Set<string>();
  /** Module constants emitted as `const` items: Rust name → item code. */
  readonly constants = new Map<string, string>();
  usesDefaultClient = false;
  usesRegionClient = false;
  /** Some test builds one `MockAws` for several clients (`make_mock`, `make_client_with_mock`). */
  usesMock = false;
  /** Shared helper functions (`decode_policy_document`), by name. */
  readonly helperFns = new Map<string, string>();
  /** Nesting of constant expansion (guards against cycles). */
  constantDepth = 0;
  /** The module's helper functions called by tests, by Python name (issue 8). */
  readonly helpers = new Map<string, EmittedHelper>();
  /**
   * Helpers that make boto3 clients of their own (directly or through the helpers they call): on
   * the winterbaume target each takes the test's `MockAws` (`mock: &MockAws`) and draws its clients
   * from it, so they share the test's backend as moto's do under one `mock_aws`.
   */
  readonly mockHelpers = new Set<string>();

  constructor(
    readonly options: EmitOptions,
    /** The module's typed constants by Python name. */
    readonly moduleConstants: ReadonlyMap<string, Expr<Typed>>,
  ) {
    this.services = options.services ?? new ServiceSet(options.service);
    this.api = this.services.api;
    this.crate = options.service.info.crate;
  }

  /** `aws_sdk_sns::types::Tag`: a named type's path, in the crate of the service that models it. */
  typePath(t: { readonly shapeId: string; readonly path: string }): string {
    return `${this.services.ofShape(t.shapeId).info.crate}::${t.path}`;
  }
}

/** How a Rust expression holds its value (the type itself is the SdkType). */
export type Mode =
  /** An owned value: `String`, `Vec<T>`, `T`, a copy number/bool. */
  | "own"
  /** A canonical borrow: `&str`, `&[T]`, `&T`, or a copy value read by reference (`&i32`). */
  | "ref"
  /** A borrow of the owned form: `&String`, `&Vec<T>` (other types: same as `ref`). */
  | "sref"
  /** `Option<&str>`, `Option<&T>`, `Option<i32>` (copy types by value). */
  | "opt"
  /** A place expression of the owned type (`v[0]`, `m["k"]`): borrow it with `&`. */
  | "place";

export interface RVal {
  readonly code: string;
  readonly ty: SdkType;
  readonly mode: Mode;
  /** An owned value that is a fresh temporary (`format!(..)`), not a variable. */
  readonly temp?: boolean;
  /** A `usize` (from `.len()`), whatever `ty` says. */
  readonly usize?: boolean;
  /** An integer whose Rust type inference decides (a literal, or a local bound from one): never cast. */
  readonly flex?: boolean;
  /** A `serde_json::Value` (a decoded policy document, `json.loads`), not a Smithy `Document`. */
  readonly json?: boolean;
  /** A borrow of a temporary (`&format!(..)[0..6]`): valid within its statement only; bind an owned copy. */
  readonly borrowsTemp?: boolean;
  /**
   * A subscript of an optional list member (`resp["Tags"]`) read through its slice accessor, which
   * reads an absent list as empty where Python raises KeyError: the raw pub field
   * (`resp.tags`, an `Option<Vec<T>>`) that checks the presence too.
   */
  readonly presence?: string;
  /** `len(x)` of such a read: the raw field of `x`. */
  readonly lenPresence?: string;
}

/** A Python local as the Rust function holds it. */
export interface LocalVar {
  readonly rust: string;
  readonly ty: SdkType;
  readonly mode: Mode;
  /** Declared inside a `for` body (invisible after it in Rust). */
  readonly loopDepth: number;
  /** Holds a `usize` (a length). */
  readonly usize: boolean;
  /** Holds an integer whose type Rust infers from its uses. */
  readonly flex?: boolean;
  /** Where it is declared (`fx.lines` index), to drop or rename the binding if Rust never reads it. */
  readonly decl?: { readonly line: number; readonly kind: "let" | "for" | "param" };
  /** Set when an emitted expression reads it. */
  used?: boolean;
  /** Holds a `serde_json::Value`. */
  json?: boolean;
  /**
   * A `let mut` that a `while` loop assigns in place (a name the loop carries from one iteration
   * to the next): the block nesting (`FnCx.indent`) it is declared at.
   */
  mutableAt?: number;
  /** Bound from a subscript of an optional list (`RVal.presence`), declared at `line`. */
  presence?: { readonly code: string; readonly line: number };
}

export interface ErrorBinding {
  readonly rust: string;
  /** The local holding the HTTP status, when the test reads it. */
  readonly status: string | null;
  /** `SdkError` kept (no `.into_service_error()`), when nothing service-level is read. */
  readonly operation: string;
}

export class FnCx {
  readonly lines: string[] = [];
  readonly locals = new Map<string, LocalVar>();
  readonly clients = new Map<string, string>();
  /** Region key (`"us-east-1"` or a variable's Rust name) → Rust client variable. */
  readonly clientByRegion = new Map<string, string>();
  readonly errors = new Map<string, ErrorBinding>();
  readonly diagnostics: Diagnostic[] = [];
  /** Rust assertion macros emitted for Python `assert` statements. */
  rustAsserts = 0;
  loopDepth = 0;
  /** Inside a closure (comprehension, any/all): no `.await`, no hoisted statements. */
  inClosure = false;
  readonly devDependencies = new Set<string>();
  /** Helper functions this test needs (name → code), shared by the whole unit. */
  readonly helperFns = new Map<string, string>();
  /** Items this function needs; merged into the unit only if the test is kept. */
  readonly consts = new Map<string, string>();
  readonly uses = new Set<string>();
  usesDefaultClient = false;
  usesRegionClient = false;
  usesMock = false;
  /** The Rust local holding this test's one `MockAws`, when its clients share it. */
  mock: string | null = null;
  /** `mock` is a `&MockAws` parameter (a helper's), passed on as it is rather than borrowed. */
  mockIsRef = false;

  /** The test's `MockAws` as an argument: `&mock`, or a helper's `mock` parameter itself. */
  mockArg(): string {
    return this.mockIsRef ? this.mock! : `&${this.mock!}`;
  }
  /** In a helper with `**kwargs`: the Rust closure parameter that applies the caller's keywords. */
  kwargsFn: string | null = null;
  /** Names taken by temporaries of the statement being emitted. */
  statementTemps = new Set<string>();

  constructor(
    readonly unit: UnitCx,
    readonly names: NameAllocator,
    readonly live: Liveness,
  ) {}

  get api(): ServiceApi {
    return this.unit.api;
  }

  typePath(t: { readonly shapeId: string; readonly path: string }): string {
    return this.unit.typePath(t);
  }

  /** Services other than the tested one this function makes clients of. */
  readonly otherClients = new Map<string, ServiceApi>();
  /** The `MockAws` factory this function calls, with the other services it registers. */
  readonly mockFactories = new Map<string, readonly ServiceApi[]>();

  /** Block nesting of the lines being written (1 = function body). */
  indent = 1;

  line(code: string): void {
    this.lines.push("    ".repeat(this.indent) + code);
  }

  approximated(m: Message, at: Span): void {
    this.line(`// approximated: ${m.text}`);
    this.diagnostics.push(diagnostic(m, at));
  }

  errorMeta(): void {
    this.uses.add(`${this.unit.crate}::error::ProvideErrorMetadata`);
  }

  /** Every local bound so far (for the unused-binding pass). */
  readonly bound: LocalVar[] = [];
  /** Temporaries (`let list_clusters = ...`): line index and name, checked textually for use. */
  readonly temps: { readonly line: number; readonly name: string }[] = [];

  /**
   * Bindings no emitted line reads (their Python reads became comments, or were dead): a `let`
   * of a call becomes the bare call (it may fail, as the Python would), other `let`s disappear,
   * a loop variable gets `_`. Checked on the emitted text, so it sees exactly what Rust sees.
   */
  dropUnusedBindings(): void {
    const decls: { line: number; name: string; kind: "let" | "for" }[] = [
      ...this.temps.map((t) => ({ line: t.line, name: t.name, kind: "let" as const })),
      ...this.bound.flatMap((v) =>
        v.decl && v.decl.kind !== "param" ? [{ line: v.decl.line, name: v.rust, kind: v.decl.kind }] : [],
      ),
    ];
    for (const d of decls) {
      const line = this.lines[d.line];
      if (line === undefined || isRead(this.lines, d.line, d.name)) continue;
      if (d.kind === "for") {
        this.lines[d.line] = line.replace(`for ${d.name} in `, `for _${d.name} in `);
        continue;
      }
      const m = /^(\s*)let (\S+) = ([\s\S]*)$/.exec(line);
      if (!m || m[2] !== d.name) continue;
      // Keep a call (it may fail, as the Python would); drop pure expressions.
      this.lines[d.line] =
        /\.(unwrap|unwrap_err)\(\);$|\.await;$/.test(m[3]!) && !/^format!/.test(m[3]!)
          ? `${m[1]}${m[3]}`
          : "";
    }
  }

  /** Keep what this function needs (called once its Rust is kept). */
  commit(): void {
    for (const [k, v] of this.consts) this.unit.constants.set(k, v);
    for (const u of this.uses) {
      // Only when the kept lines call it (an expression whose line was dropped may have asked).
      if (
        u.endsWith("::error::ProvideErrorMetadata") &&
        !this.lines.some((l) => /\.(code|message)\(\)/.test(l))
      )
        continue;
      this.unit.uses.add(u);
    }
    for (const d of this.devDependencies) this.unit.devDependencies.add(d);
    for (const [k, v] of this.helperFns) this.unit.helperFns.set(k, v);
    this.unit.usesDefaultClient ||= this.usesDefaultClient;
    this.unit.usesRegionClient ||= this.usesRegionClient;
    this.unit.usesMock ||= this.usesMock;
    for (const [k, v] of this.otherClients) this.unit.otherClients.set(k, v);
    for (const [k, v] of this.mockFactories) this.unit.mockFactories.set(k, v);
  }
}

export type { Expr };

/** Whether a line after `from` reads `name` (before a `let`/`for` re-binds it). String literals are ignored, except `{name}` in format strings. */
export function isRead(lines: readonly string[], from: number, name: string): boolean {
  const word = new RegExp(`(?<![.\\w])${name}\\b`);
  const rebind = new RegExp(`^\\s*(let (mut )?${name} = |for ${name} in )`);
  for (let i = from + 1; i < lines.length; i++) {
    const l = lines[i]!;
    if (/^\s*\/\//.test(l)) continue;
    const code = l
      .replace(/^\s*let (mut )?\S+ = /, "")
      .replace(/^\s*for \S+ in /, "")
      .replace(/r#"[\s\S]*?"#|"(?:[^"\\]|\\.)*"/g, (lit) =>
        (lit.match(/\{[A-Za-z_][A-Za-z0-9_]*(?::[^}]*)?\}/g) ?? []).join(" "),
      );
    if (word.test(code.replace(/\.\./g, " .. "))) return true;
    if (rebind.test(l)) return false;
  }
  return false;
}
