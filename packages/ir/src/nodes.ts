/**
 * IR node definitions. One discriminated union per syntactic category; every node keeps the
 * span of the Python text it came from. The frontend builds the untyped tree; the sdk-shapes
 * typing pass fills the optional `ty` / `op` / `member` / `access` annotations; the backend
 * reads only annotated trees (an annotation that is still missing is a typing failure that
 * the typing pass has already reported as a diagnostic).
 */
import type { Span } from "./span.js";
import type { Diagnostic } from "./diagnostic.js";
import type { ErrorRef, MemberRef, OperationRef, SdkType } from "./types.js";

// ---------------------------------------------------------------------------------------------
// Expressions
// ---------------------------------------------------------------------------------------------

interface ExprBase {
  readonly span: Span;
  /** Filled by the typing pass. */
  ty?: SdkType;
}

export interface StrExpr extends ExprBase {
  readonly kind: "Str";
  readonly value: string;
}
/** `b"..."`; `value` holds one char per byte (latin1). */
export interface BytesExpr extends ExprBase {
  readonly kind: "Bytes";
  readonly value: string;
}
/** Integer literal, kept as decimal text so no precision is lost. */
export interface IntExpr extends ExprBase {
  readonly kind: "Int";
  readonly value: string;
}
export interface FloatExpr extends ExprBase {
  readonly kind: "Float";
  readonly value: string;
}
export interface BoolExpr extends ExprBase {
  readonly kind: "Bool";
  readonly value: boolean;
}
export interface NoneExpr extends ExprBase {
  readonly kind: "None";
}
export type FStringPart =
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "expr"; readonly expr: Expr; readonly format: string | null };
export interface FStringExpr extends ExprBase {
  readonly kind: "FString";
  readonly parts: readonly FStringPart[];
}
/** A local variable (assigned in the same function, or a parameter). */
export interface NameExpr extends ExprBase {
  readonly kind: "Name";
  readonly id: string;
}
/**
 * A module-level constant, or a well-known moto constant. `DEFAULT_ACCOUNT_ID` (under any
 * import alias) becomes `{ name: "ACCOUNT_ID", wellKnown: "account-id" }`.
 */
export interface ConstExpr extends ExprBase {
  readonly kind: "Const";
  readonly name: string;
  readonly wellKnown: "account-id" | null;
}
export interface DictEntry {
  readonly key: Expr;
  readonly value: Expr;
  readonly span: Span;
  /** Filled by the typing pass when the dict builds a structure and `key` names a member. */
  member?: MemberRef;
}
export interface DictExpr extends ExprBase {
  readonly kind: "Dict";
  readonly entries: readonly DictEntry[];
}
export interface ListExpr extends ExprBase {
  readonly kind: "List";
  readonly elements: readonly Expr[];
  readonly tuple: boolean;
}
export interface CallArg {
  readonly name: string;
  readonly value: Expr;
  readonly span: Span;
  /** Filled by the typing pass: the input member this keyword argument sets. */
  member?: MemberRef;
}
/** `client.create_cluster(clusterName="c")`: a boto3 client method call. */
export interface ApiCallExpr extends ExprBase {
  readonly kind: "ApiCall";
  /** The client variable. */
  readonly client: string;
  /** The boto3 method name (`create_cluster`). */
  readonly method: string;
  readonly args: readonly CallArg[];
  /**
   * Inside a helper: `client.op(..., **kwargs)` where `kwargs` is the helper's `**` parameter;
   * each call of the helper sets its extra keywords (`HelperCallExpr.kwargs`) on this call.
   */
  readonly splat?: string;
  /** Filled by the typing pass. */
  op?: OperationRef;
}
/** `value[index]`: a response key, a list index or a map key. */
export interface SubscriptExpr extends ExprBase {
  readonly kind: "Subscript";
  readonly value: Expr;
  readonly index: Expr;
  /** Filled by the typing pass when `index` names a structure member. */
  access?: MemberRef;
}
/** `value.get("Key")` on a response dict: like a subscript that tolerates absence. */
export interface GetExpr extends ExprBase {
  readonly kind: "Get";
  readonly value: Expr;
  readonly key: Expr;
  readonly fallback: Expr | null;
  access?: MemberRef;
}
/** `exc.value.response["Error"]["Code"]` and friends, for a `pytest.raises(...) as exc` binding. */
export interface ErrorFieldExpr extends ExprBase {
  readonly kind: "ErrorField";
  readonly binding: string;
  /**
   * `operation`: `exc.value.operation_name` (the Smithy operation name); `text`: `str(exc.value)`
   * (botocore's "An error occurred (Code) when calling the Op operation: Message").
   */
  readonly field: "code" | "message" | "http-status" | "operation" | "text";
}
/** `len(x)` */
export interface LenExpr extends ExprBase {
  readonly kind: "Len";
  readonly value: Expr;
}
/** `a + b` etc. on literals / strings (string concatenation, arithmetic). */
export interface BinOpExpr extends ExprBase {
  readonly kind: "BinOp";
  readonly op: "+" | "-" | "*" | "/" | "//" | "%";
  readonly left: Expr;
  readonly right: Expr;
}
/** `-1` */
export interface NegExpr extends ExprBase {
  readonly kind: "Neg";
  readonly value: Expr;
}
/**
 * `str.lower()` / `.upper()` / `.startswith()` etc. on strings, and `sorted(x)`, `set(x)`.
 * Also: `slice` for `x[a:b]` (receiver `x`, args `[a, b]` with `None` for an omitted bound; no
 * step), `range(n)` / `range(a, b)`, `uuid4()` (also `uuid.uuid4()`), `json.dumps(x)` and
 * `json.loads(s)` (no keyword arguments).
 */
export interface BuiltinCallExpr extends ExprBase {
  readonly kind: "BuiltinCall";
  readonly name:
    | "str"
    | "int"
    | "sorted"
    | "set"
    | "list"
    | "lower"
    | "upper"
    | "startswith"
    | "endswith"
    | "strip"
    | "split"
    | "join"
    | "keys"
    | "values"
    | "items"
    | "slice"
    | "range"
    | "uuid4"
    | "json.dumps"
    | "json.loads";
  /** The receiver for methods (`x.lower()`), null for functions (`sorted(x)`). */
  readonly receiver: Expr | null;
  readonly args: readonly Expr[];
}

/**
 * `[element for target in iter if f1 if f2]` (`list`), `{...}` (`set`), and a generator passed to
 * a call (`sorted(x["Name"] for x in xs)`, `generator`). One `for` clause with a single name
 * target; `target` is bound only inside `element` and `filters`.
 */
export interface ComprehensionExpr extends ExprBase {
  readonly kind: "Comprehension";
  readonly form: "list" | "set" | "generator";
  readonly element: Expr;
  readonly target: string;
  readonly iter: Expr;
  readonly filters: readonly Cond[];
}

/**
 * `helper(a, b=1)`: a call of a helper function of the module (whole-program translation, issue
 * 8). The frontend matches the call's positional and keyword arguments to the helper's
 * parameters and fills omitted ones from the `def`'s defaults, so `args` has exactly one entry
 * per parameter, in the helper's order. A client argument is a `Name` bound to a client. The
 * typing pass sets `ty` to the helper's return type (see `HelperSignature`); the backend calls the
 * helper's one Rust `async fn` (`helper(&client, "a", 1).await`).
 */
export interface HelperCallExpr extends ExprBase {
  readonly kind: "HelperCall";
  /** The Python name of the helper (a `FunctionDef` with role `helper` in the same module). */
  readonly name: string;
  readonly args: readonly HelperArg[];
  /** Keywords for the helper's `**kwargs` parameter (typed as the input members of its splat call). */
  readonly kwargs?: readonly CallArg[];
}
export interface HelperArg {
  readonly param: string;
  readonly value: Expr;
}

export type Expr =
  | StrExpr
  | BytesExpr
  | IntExpr
  | FloatExpr
  | BoolExpr
  | NoneExpr
  | FStringExpr
  | NameExpr
  | ConstExpr
  | DictExpr
  | ListExpr
  | ApiCallExpr
  | SubscriptExpr
  | GetExpr
  | ErrorFieldExpr
  | LenExpr
  | BinOpExpr
  | NegExpr
  | BuiltinCallExpr
  | ComprehensionExpr
  | HelperCallExpr;

export type ExprKind = Expr["kind"];

// ---------------------------------------------------------------------------------------------
// Conditions (the test of an `assert`)
// ---------------------------------------------------------------------------------------------

export type CompareOp = "==" | "!=" | "<" | "<=" | ">" | ">=";

export interface CompareCond {
  readonly kind: "Compare";
  readonly op: CompareOp;
  readonly left: Expr;
  readonly right: Expr;
  readonly span: Span;
}
/** `needle in haystack` / `not in` */
export interface ContainsCond {
  readonly kind: "Contains";
  readonly negated: boolean;
  readonly needle: Expr;
  readonly haystack: Expr;
  readonly span: Span;
}
/** `x is None` / `x is not None` */
export interface IsNoneCond {
  readonly kind: "IsNone";
  readonly negated: boolean;
  readonly value: Expr;
  readonly span: Span;
}
/** `assert x` / `assert not x`; `x is True` / `x is False` lower to Compare with a Bool. */
export interface TruthyCond {
  readonly kind: "Truthy";
  readonly negated: boolean;
  readonly value: Expr;
  readonly span: Span;
}
/** `a and b` (kept as separate Rust assertions), `a or b` (one `assert!(.. || ..)`). */
export interface BoolOpCond {
  readonly kind: "BoolOp";
  readonly op: "and" | "or";
  readonly conds: readonly Cond[];
  readonly span: Span;
}

/**
 * `any(cond for target in iter if f)` / `all(...)` (a list comprehension argument too).
 * `not any(c ...)` lowers to `all(not c ...)` and vice versa.
 */
export interface AnyAllCond {
  readonly kind: "AnyAll";
  readonly op: "any" | "all";
  readonly target: string;
  readonly iter: Expr;
  readonly filters: readonly Cond[];
  readonly cond: Cond;
  readonly span: Span;
}

export type Cond = CompareCond | ContainsCond | IsNoneCond | TruthyCond | BoolOpCond | AnyAllCond;

// ---------------------------------------------------------------------------------------------
// Statements
// ---------------------------------------------------------------------------------------------

/** `client = boto3.client("ecs", region_name="us-east-2")` */
export interface ClientDeclStmt {
  readonly kind: "ClientDecl";
  readonly name: string;
  /** boto3 client name (`ecs`, `logs`, `lambda`). */
  readonly service: string;
  readonly region: Expr | null;
  readonly span: Span;
}
/** `target = value` (single name target). */
export interface AssignStmt {
  readonly kind: "Assign";
  readonly target: string;
  readonly value: Expr;
  readonly span: Span;
  /**
   * Filled by the typing pass: the value is a dict/list literal that is typed and substituted at
   * each use (its type depends on the use), so the assignment itself emits nothing.
   */
  inlined?: boolean;
}
/** A bare expression statement, typically an API call whose result is ignored. */
export interface ExprStmt {
  readonly kind: "ExprStmt";
  readonly expr: Expr;
  readonly span: Span;
}
export interface AssertStmt {
  readonly kind: "Assert";
  readonly cond: Cond;
  /** The Python source of the assertion, for comments and reports. */
  readonly source: string;
  readonly span: Span;
}
/** What a `pytest.raises(...)` expects. */
export type ExpectedException =
  | { readonly kind: "client-error" }
  /** `client.exceptions.ResourceNotFoundException` */
  | { readonly kind: "modelled"; readonly client: string; readonly name: string; error?: ErrorRef }
  /** `ParamValidationError`, `ValueError`, … : not expressible against the SDK. */
  | { readonly kind: "other"; readonly name: string };

/** `with pytest.raises(E[, match=...]) as binding:` */
export interface RaisesStmt {
  readonly kind: "Raises";
  readonly expected: ExpectedException;
  readonly binding: string | null;
  readonly match: Expr | null;
  readonly body: readonly Stmt[];
  readonly span: Span;
}
/** `for target in iter:` */
export interface ForStmt {
  readonly kind: "For";
  readonly target: string;
  readonly iter: Expr;
  readonly body: readonly Stmt[];
  readonly span: Span;
}
/** A construct the frontend cannot lower; makes the enclosing test `skipped`. */
export interface UnsupportedStmt {
  readonly kind: "Unsupported";
  /** Short name of the construct (`while loop`, `call to helper()`, `lambda`). */
  readonly construct: string;
  readonly source: string;
  readonly span: Span;
}

/**
 * `return value` as the last statement of a helper function (issue 8); the helper's Rust `async
 * fn` returns the value (owned). Anywhere else `return` stays `Unsupported`.
 */
export interface ReturnStmt {
  readonly kind: "Return";
  readonly value: Expr | null;
  readonly span: Span;
}

export type Stmt =
  ClientDeclStmt | AssignStmt | ExprStmt | AssertStmt | RaisesStmt | ForStmt | UnsupportedStmt | ReturnStmt;

export type StmtKind = Stmt["kind"];

// ---------------------------------------------------------------------------------------------
// Module level
// ---------------------------------------------------------------------------------------------

export interface ParametrizeCase {
  /** Values, one per parameter name. */
  readonly values: readonly Expr[];
  readonly span: Span;
}
export interface Parametrize {
  readonly names: readonly string[];
  readonly cases: readonly ParametrizeCase[];
  readonly span: Span;
}

export interface FunctionDef {
  readonly kind: "Function";
  readonly name: string;
  /** `test`: a pytest test (name starts with `test`); `helper`: any other function. */
  readonly role: "test" | "helper";
  /** The enclosing class (`TestFoo`), or null. */
  readonly className: string | null;
  readonly params: readonly string[];
  /** Decorator names as written (`mock_aws`, `pytest.mark.parametrize`, …). */
  readonly decorators: readonly string[];
  readonly parametrize: Parametrize | null;
  readonly body: readonly Stmt[];
  readonly span: Span;
  /**
   * Helpers only: parameters that are boto3 clients (the body calls methods on them). Their
   * service comes from the call sites.
   */
  readonly clientParams?: readonly string[];
  /** Filled by the typing pass for a helper that some test calls: its Rust signature. */
  signature?: HelperSignature;
}

/** The type of one helper parameter, from the call sites (issue 8). */
export type HelperParamType =
  { readonly kind: "client"; readonly service: string } | { readonly kind: "value"; readonly ty: SdkType };

/** A helper's signature as its call sites and body type it: parameter types and the return type. */
export interface HelperSignature {
  readonly params: readonly { readonly name: string; readonly type: HelperParamType }[];
  /** The type of the returned value, or null when the helper returns nothing. */
  readonly returns: SdkType | null;
  /** The helper's `**kwargs` parameter and the operation whose call it is spliced into. */
  readonly splat?: { readonly param: string; readonly operation: OperationRef };
}

export interface ConstantDef {
  readonly kind: "Constant";
  readonly name: string;
  readonly value: Expr;
  readonly span: Span;
}

export interface ImportDef {
  readonly kind: "Import";
  /** `boto3`, `moto`, `moto.core`, `botocore.exceptions`, … */
  readonly module: string;
  /** Imported names (`[{name:"DEFAULT_ACCOUNT_ID", alias:"ACCOUNT_ID"}]`); empty for `import x`. */
  readonly names: readonly { readonly name: string; readonly alias: string | null }[];
  readonly span: Span;
}

export interface Module {
  readonly kind: "Module";
  readonly file: string;
  readonly imports: readonly ImportDef[];
  readonly constants: readonly ConstantDef[];
  readonly functions: readonly FunctionDef[];
  /** Frontend diagnostics (syntax errors, unsupported constructs). */
  readonly diagnostics: readonly Diagnostic[];
}
