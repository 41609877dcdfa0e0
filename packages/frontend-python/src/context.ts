/** Lowering state: the module being lowered (imports, constants, diagnostics) and one function scope. */
import {
  allExprs,
  diagnostic,
  type ConstantDef,
  FRONTEND,
  type Diagnostic,
  type DictExpr,
  type Expr,
  type ListExpr,
  type FunctionDef,
  type Message,
  type Span,
  type Stmt,
} from "@moto2rust/ir";
import { snippet, spanOf, type Node } from "./parser.js";
import type { Failure } from "./failure.js";
import type { ForeignDef, ProgramLoader } from "./program.js";
import type { ParamShape } from "./helper-shapes.js";

/** Where a module sits on disk, for resolving what it imports from the rest of the moto tree. */
export interface ModuleLocation {
  readonly loader: ProgramLoader;
  /** The module's path on disk (the loader's key), not the label used in diagnostics. */
  readonly path: string;
}

/** What an imported name is, as far as lowering cares. */
export type ImportKind =
  /** `DEFAULT_ACCOUNT_ID` under any alias. */
  | "account-id"
  /** `mock_aws` (and the old `mock_<svc>` decorators). */
  | "mock-aws"
  /** `from moto import settings`. */
  | "settings"
  /** `from moto.settings import TEST_SERVER_MODE`. */
  | "server-mode-flag"
  /** backends, `moto_api`, `state_manager`, `moto.<svc>.models`, moto functions and classes. */
  | "moto-internal"
  /** An ALL_CAPS name from a moto module that is not a models module. */
  | "moto-constant"
  /** `botocore.exceptions.ClientError`. */
  | "client-error"
  /** `boto3` itself. */
  | "boto3"
  | "other";

export interface ImportBinding {
  readonly module: string;
  /** The imported name, or null for `import a.b [as c]`. */
  readonly name: string | null;
  readonly kind: ImportKind;
}

/** A helper function callable from tests (issue 8): its parameters and their default values. */
export interface HelperDef {
  readonly name: string;
  readonly params: readonly HelperParam[];
  /**
   * Clients the helper builds itself (`client = boto3.client("rds", ...)` at its top level): in
   * Rust they are parameters too, so the helper shares the calling test's backend.
   */
  readonly ownClients: readonly {
    readonly name: string;
    readonly service: string;
    readonly region: Expr | null;
  }[];
  /** The `function_definition` node. */
  readonly node: Node;
  /**
   * The module the helper is defined in when it is another file of the moto tree (its body and
   * defaults resolve names there); absent for a helper of the module being translated.
   */
  readonly home?: ModuleContext;
}
export interface HelperParam {
  readonly name: string;
  readonly splat: "*" | "**" | null;
  /** The default value's expression, or null. */
  readonly default: Node | null;
}

export class ModuleContext {
  readonly diagnostics: Diagnostic[] = [];
  private readonly reported = new Set<string>();
  readonly imports = new Map<string, ImportBinding>();
  readonly constants = new Map<string, Expr>();
  /** Module-level names bound to something that is not a constant. */
  readonly moduleVars = new Set<string>();
  readonly functions = new Set<string>();
  /** pytest fixture names (the `name=` of `@pytest.fixture`, else the function name). */
  readonly fixtures = new Set<string>();
  /** Functions that only return a boto3 client, by function name. */
  readonly clientFactories = new Map<string, { readonly service: string; readonly region: Expr | null }>();
  /** Fixtures that only return or yield a boto3 client, by fixture name. */
  readonly clientFixtures = new Map<string, { readonly service: string; readonly region: Expr | null }>();
  readonly classes = new Set<string>();
  /**
   * Functions, fixtures and decorators defined in other files of the moto tree, by the name this
   * module uses for them: imported names (`create_registry`, `s3_aws_verified`), qualified names
   * of imported modules (`helpers.create_registry` after `from . import helpers`), and the
   * fixtures of every `conftest.py` above the file (by fixture name, nearest first, never
   * shadowing a definition of this module). Each is the `function_definition` or
   * `decorated_definition` node and the path of its file.
   */
  readonly foreign = new Map<string, ForeignDef>();
  /**
   * Functions of this module and fixtures (here or in a conftest.py) that drive moto's web layer,
   * by function or fixture name → what they call.
   */
  readonly webLayerUsers = new Map<string, string>();
  /** Constants imported from other modules, resolved on first use (see imported-names.ts). */
  readonly importedConstants: ConstantDef[] = [];
  /** Imported names already looked up: their value, or why they are not a constant. */
  readonly resolvedImports = new Map<string, Expr | string>();
  /** Module-level helper functions a test may call, fixtures' functions included (not client factories). */
  readonly helperDefs = new Map<string, HelperDef>();
  /** Fixture name → the function that provides it (a helper in `helperDefs`). */
  readonly fixtureFunctions = new Map<string, string>();
  /** Fixtures that only return or yield a literal (`return "us-east-1"`), by fixture name → the literal. */
  readonly literalFixtures = new Map<string, Expr>();
  /** Helpers (by the name their calls carry) returning a dict used as a record: its keys in order (record-returns.ts). */
  readonly recordHelpers = new Map<string, readonly string[]>();
  /**
   * Helpers from other files of the moto tree and helper variants (foreign-helpers.ts,
   * helper-shapes.ts): the module being translated keeps the other files' contexts (by path), the
   * helpers lowered on demand so far (by name) and their `FunctionDef`s; a context read for them
   * inlines its constants and points at that module.
   */
  readonly foreignModules = new Map<string, ModuleContext>();
  readonly loweredAdded = new Set<string>();
  readonly addedFunctions: FunctionDef[] = [];
  /**
   * While a helper is lowered for one call shape, its unsupported constructs are not reported
   * (they stay `Unsupported` statements, which skip the variant's callers only).
   */
  quietUnsupported = 0;
  inlineConstants = false;
  root: ModuleContext = this;
  /** Diagnostics of this (foreign) context already handed to the root module. */
  handedOver = 0;

  constructor(
    readonly file: string,
    readonly source: string,
    /** Null: a bare string with no path; imported names stay unresolved (a note says so). */
    readonly location: ModuleLocation | null = null,
  ) {}

  span(node: Node): Span {
    return spanOf(this.file, node);
  }

  /** Report once per code and position. */
  report(m: Message, at: Node | Span): void {
    if (this.quietUnsupported > 0 && m.code === "unsupported-syntax") return;
    const span = "file" in at ? at : this.span(at);
    const key = `${m.code}@${span.line}:${span.col}`;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    this.diagnostics.push(diagnostic(m, span));
  }

  reportFailure(f: Failure): void {
    this.report(failureMessage(f), f.node);
  }
}

/** The message for a lowering failure; `where` is appended (` (class decorator)`). */
export function failureMessage(f: Failure, where = ""): Message {
  switch (f.code) {
    case "unsupported-syntax":
      return FRONTEND.unsupportedConstruct(f.construct, snippet(f.node), where);
    case "moto-internal":
      return FRONTEND.motoInternal(f.construct, snippet(f.node), where);
    case "resource-api":
      return FRONTEND.resourceApi(f.construct, snippet(f.node), where);
    case "syntax-error":
      return FRONTEND.syntaxErrorConstruct(f.construct, where);
    case "server-mode-only":
      return FRONTEND.serverModeOnly(snippet(f.node), where);
  }
}

/**
 * A read of a `pytest.raises(...) as exc` binding: `exc.value` (stage `value`), or
 * `exc.value.response` followed by the keys read so far (`["Error"]`).
 */
export interface ErrorPath {
  readonly binding: string;
  readonly stage: "value" | "response";
  readonly keys: readonly string[];
}

export type ScopeKind = "test" | "helper" | "module";

/** One function being lowered (or the module level, for constants and parametrize values). */
export class Scope {
  /** Client variables → boto3 service name. */
  readonly clients = new Map<string, string>();
  /** Names bound by `pytest.raises(...) as name`. */
  readonly raisesBindings = new Set<string>();
  /** While a helper checking a pytest `ExceptionInfo` is inlined (inline-raises-checks.ts): its parameter → the binding. */
  readonly raisesAliases = new Map<string, string>();
  /** Names an inlined helper binds: locals of the test while its statements are lowered. */
  readonly inlinedVars: string[] = [];
  /** `err = exc.value.response["Error"]` and the like. */
  readonly errorAliases = new Map<string, ErrorPath>();
  /** Names bound to boto3 resource objects (or things obtained from them). */
  readonly resources = new Set<string>();
  /** Names imported inside the function. */
  readonly localImports = new Map<string, ImportBinding>();
  /** Comprehension variables in scope. */
  readonly comprehensionVars: string[] = [];
  /** Names bound once and never mutated (see stable-names.ts). */
  stable: ReadonlySet<string> = new Set();
  /** Stable names bound to a dict literal with string keys, for `client.op(**name)`. */
  readonly dictLiterals = new Map<string, DictExpr>();
  /** Names whose bindings and in-place changes all lie in one block (see literal-mutations.ts). */
  singleBlock: ReadonlySet<string> = new Set();
  /** Such names bound to a dict/list literal, as it stands after the mutations lowered so far. */
  readonly literalValues = new Map<string, DictExpr | ListExpr>();
  /** Such names forgotten because a variable their values read was re-bound. */
  readonly staleLiterals = new Set<string>();
  /** The `return` statement a helper may end with (lowered to `Return`), or null. */
  finalReturn: Node | null = null;
  /** A helper's `**kwargs` parameter: `client.op(**kwargs)` takes each caller's keywords. */
  kwargsParam: string | null = null;
  /** Client variables a helper builds itself: parameters in Rust (see `HelperDef.ownClients`). */
  readonly ownClients = new Set<string>();
  /** Statements to insert before the statement being lowered (a helper call's client). */
  readonly pending: Stmt[] = [];
  /** Instance attributes the test method and its class's setup hook assign (`self.x`). */
  readonly selfAttrs = new Set<string>();
  /** The setup hook's own receiver name when it differs from the method's (`cls` in `setup_class`). */
  setupSelf: string | null = null;
  /** Instance attributes bound to `mock_aws()` (their `.start()`/`.stop()` are no-ops). */
  readonly mockAttrs = new Set<string>();
  /** A `params=` fixture's `request` parameter: `request.param` is this parameter's value. */
  requestParam: string | null = null;
  /** Names bound to a record helper's result, with the record's keys in order (record-returns.ts). */
  readonly records = new Map<string, readonly string[]>();
  /**
   * A helper variant's call shape (helper-shapes.ts): what its calls give each tested parameter,
   * forgotten for a parameter once the helper assigns it. Null outside variants.
   */
  shape: Map<string, ParamShape> | null = null;
  /** A helper variant's literal parameters (helper-shapes.ts), until the helper assigns them. */
  literalParams: Map<string, { readonly node: Node; readonly mod: ModuleContext }> | null = null;
  /** A helper variant merging its `**kwargs` into a dict: that dict and the keys the call gives. */
  kwargsMerge: { readonly dict: string; readonly keys: readonly string[] } | null = null;
  /** A helper variant's folded `return` was lowered: the statements after it never run. */
  returned = false;
  /** `for`/`while` loops around the statement being lowered (for `break`/`continue`). */
  loopDepth = 0;
  /** `except ClientError as e` bindings: `e` is the exception (`e.response["Error"]`). */
  readonly exceptBindings = new Set<string>();

  constructor(
    readonly mod: ModuleContext,
    readonly kind: ScopeKind,
    /** Every name the function binds anywhere (Python's local scope rule), parameters included. */
    readonly locals: ReadonlySet<string>,
    /** The enclosing class, for methods. */
    readonly className: string | null,
    /** The receiver parameter of a method (`self`, `cls`), or null. */
    readonly selfName: string | null,
  ) {}

  isLocal(name: string): boolean {
    return this.comprehensionVars.includes(name) || this.inlinedVars.includes(name) || this.locals.has(name);
  }

  /** The import binding a name refers to in this scope (local imports first), if any. */
  importOf(name: string): ImportBinding | undefined {
    if (this.comprehensionVars.includes(name)) return undefined;
    const local = this.localImports.get(name);
    if (local !== undefined) return local;
    if (this.locals.has(name)) return undefined;
    return this.mod.imports.get(name);
  }

  /** A (re)assignment of `name`: forget what it was bound to before. */
  rebind(name: string): void {
    this.records.delete(name);
    this.clients.delete(name);
    this.errorAliases.delete(name);
    this.resources.delete(name);
    this.raisesBindings.delete(name);
    this.dictLiterals.delete(name);
    this.literalValues.delete(name);
    this.staleLiterals.delete(name);
    // A literal whose values read `name` no longer holds what Python stored: forget it.
    for (const [other, v] of this.literalValues) {
      if ([...allExprs(v)].some((e) => e.kind === "Name" && e.id === name)) {
        this.literalValues.delete(other);
        this.dictLiterals.delete(other);
        this.staleLiterals.add(other);
      }
    }
    this.shape?.delete(name);
    this.literalParams?.delete(name);
    this.exceptBindings.delete(name);
  }
}
