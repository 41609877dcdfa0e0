/**
 * IR node definitions. One discriminated union per syntactic category; every node keeps the
 * span of the Python text it came from. Every node type takes the IR phase `P`: the frontend
 * builds the untyped tree (`Expr`, the default, = `Expr<Untyped>`), where the annotations are
 * absent; the sdk-shapes typing pass returns a new typed tree (`Expr<Typed>`), where `ty` /
 * `op` / `member` / `access` / `error` / `inlined` are required; the backend accepts only typed
 * trees. What the typer could not resolve is explicit there (`{ kind: "unknown" }` types, `null`
 * references) and always comes with a diagnostic of the typer that skips the test.
 */
import type { Span } from "./span.js";
import type { Diagnostic } from "./diagnostic.js";
import type { ErrorRef, MemberRef, OperationRef, SdkType } from "./types.js";

// ---------------------------------------------------------------------------------------------
// Phases
// ---------------------------------------------------------------------------------------------

/** The frontend's tree: nothing is typed yet. */
export interface Untyped {
  readonly phase: "untyped";
}
/** The typing pass's tree: every annotation is present. */
export interface Typed {
  readonly phase: "typed";
}
export type Phase = Untyped | Typed;

/**
 * Fields the typing pass adds: absent from the untyped tree, required in the typed one, so a
 * node the typer did not annotate fails to compile instead of being guessed at run time.
 */
export type Annotations<P extends Phase, F> = P extends Typed
  ? { readonly [K in keyof F]: F[K] }
  : { readonly [K in keyof F]?: undefined };

// ---------------------------------------------------------------------------------------------
// Expressions
// ---------------------------------------------------------------------------------------------

type ExprBase<P extends Phase> = {
  readonly span: Span;
} & Annotations<P, { ty: SdkType }>;

export type StrExpr<P extends Phase = Untyped> = ExprBase<P> & {
  readonly kind: "Str";
  readonly value: string;
};
/** `b"..."`; `value` holds one char per byte (latin1). */
export type BytesExpr<P extends Phase = Untyped> = ExprBase<P> & {
  readonly kind: "Bytes";
  readonly value: string;
};
/** Integer literal, kept as decimal text so no precision is lost. */
export type IntExpr<P extends Phase = Untyped> = ExprBase<P> & {
  readonly kind: "Int";
  readonly value: string;
};
export type FloatExpr<P extends Phase = Untyped> = ExprBase<P> & {
  readonly kind: "Float";
  readonly value: string;
};
export type BoolExpr<P extends Phase = Untyped> = ExprBase<P> & {
  readonly kind: "Bool";
  readonly value: boolean;
};
export type NoneExpr<P extends Phase = Untyped> = ExprBase<P> & {
  readonly kind: "None";
};
export type FStringPart<P extends Phase = Untyped> =
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "expr"; readonly expr: Expr<P>; readonly format: string | null };
export type FStringExpr<P extends Phase = Untyped> = ExprBase<P> & {
  readonly kind: "FString";
  readonly parts: readonly FStringPart<P>[];
};
/** A local variable (assigned in the same function, or a parameter). */
export type NameExpr<P extends Phase = Untyped> = ExprBase<P> & {
  readonly kind: "Name";
  readonly id: string;
};
/**
 * A module-level constant, or a well-known moto constant. `DEFAULT_ACCOUNT_ID` (under any
 * import alias) becomes `{ name: "ACCOUNT_ID", wellKnown: "account-id" }`.
 */
export type ConstExpr<P extends Phase = Untyped> = ExprBase<P> & {
  readonly kind: "Const";
  readonly name: string;
  readonly wellKnown: "account-id" | null;
};
export type DictEntry<P extends Phase = Untyped> = {
  readonly key: Expr<P>;
  readonly value: Expr<P>;
  readonly span: Span;
} & Annotations<
  P,
  {
    /** The member `key` names when the dict builds a structure; null for maps, unions, documents. */
    member: MemberRef | null;
  }
>;
export type DictExpr<P extends Phase = Untyped> = ExprBase<P> & {
  readonly kind: "Dict";
  readonly entries: readonly DictEntry<P>[];
};
export type ListExpr<P extends Phase = Untyped> = ExprBase<P> & {
  readonly kind: "List";
  readonly elements: readonly Expr<P>[];
  readonly tuple: boolean;
};
export type CallArg<P extends Phase = Untyped> = {
  readonly name: string;
  readonly value: Expr<P>;
  readonly span: Span;
} & Annotations<
  P,
  {
    /** The input member this keyword argument sets; null when the typer reported it unknown. */
    member: MemberRef | null;
  }
>;
/** `client.create_cluster(clusterName="c")`: a boto3 client method call. */
export type ApiCallExpr<P extends Phase = Untyped> = ExprBase<P> & {
  readonly kind: "ApiCall";
  /** The client variable. */
  readonly client: string;
  /** The boto3 method name (`create_cluster`). */
  readonly method: string;
  readonly args: readonly CallArg<P>[];
  /**
   * Inside a helper: `client.op(..., **kwargs)` where `kwargs` is the helper's `**` parameter;
   * each call of the helper sets its extra keywords (`HelperCallExpr.kwargs`) on this call.
   */
  readonly splat?: string;
} & Annotations<
    P,
    {
      /** The operation; null when the typer reported why there is none (unknown method or client). */
      op: OperationRef | null;
    }
  >;
/** `value[index]`: a response key, a list index or a map key. */
export type SubscriptExpr<P extends Phase = Untyped> = ExprBase<P> & {
  readonly kind: "Subscript";
  readonly value: Expr<P>;
  readonly index: Expr<P>;
} & Annotations<
    P,
    {
      /** The member `index` names when `value` is a structure; null for other reads. */
      access: MemberRef | null;
    }
  >;
/** `value.get("Key")` on a response dict: like a subscript that tolerates absence. */
export type GetExpr<P extends Phase = Untyped> = ExprBase<P> & {
  readonly kind: "Get";
  readonly value: Expr<P>;
  readonly key: Expr<P>;
  readonly fallback: Expr<P> | null;
} & Annotations<
    P,
    {
      /** As for `SubscriptExpr`. */
      access: MemberRef | null;
    }
  >;
/** `exc.value.response["Error"]["Code"]` and friends, for a `pytest.raises(...) as exc` binding. */
export type ErrorFieldExpr<P extends Phase = Untyped> = ExprBase<P> & {
  readonly kind: "ErrorField";
  readonly binding: string;
  /**
   * `operation`: `exc.value.operation_name` (the Smithy operation name); `text`: `str(exc.value)`
   * (botocore's "An error occurred (Code) when calling the Op operation: Message");
   * `request-id`: `exc.value.response["ResponseMetadata"]["RequestId"]` (the SDK's `request_id()`).
   */
  readonly field: "code" | "message" | "http-status" | "operation" | "text" | "request-id";
};
/** `len(x)` */
export type LenExpr<P extends Phase = Untyped> = ExprBase<P> & {
  readonly kind: "Len";
  readonly value: Expr<P>;
};
/** `a + b` etc. on literals / strings (string concatenation, arithmetic). */
export type BinOpExpr<P extends Phase = Untyped> = ExprBase<P> & {
  readonly kind: "BinOp";
  readonly op: "+" | "-" | "*" | "/" | "//" | "%";
  readonly left: Expr<P>;
  readonly right: Expr<P>;
};
/** `-1` */
export type NegExpr<P extends Phase = Untyped> = ExprBase<P> & {
  readonly kind: "Neg";
  readonly value: Expr<P>;
};
/**
 * `str.lower()` / `.upper()` / `.startswith()` etc. on strings, and `sorted(x)`, `set(x)`.
 * Also: `slice` for `x[a:b]` (receiver `x`, args `[a, b]` with `None` for an omitted bound; no
 * step), `range(n)` / `range(a, b)`, `uuid4()` (also `uuid.uuid4()`), `json.dumps(x)` and
 * `json.loads(s)` (no keyword arguments).
 */
export type BuiltinCallExpr<P extends Phase = Untyped> = ExprBase<P> & {
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
    | "json.loads"
    /** `enumerate(xs)` / `enumerate(xs, start=N)`: `args` is `[xs]` or `[xs, N]`. */
    | "enumerate"
    /** `zip(xs, ys)`: pairs, as long as the shorter (Rust's `Iterator::zip` too). */
    | "zip"
    // branch stdlib: `re.match(p, s)` / `re.search` / `re.fullmatch` (args `[pattern, string]`),
    // used as a condition (a match object's truthiness).
    | "re.match"
    | "re.search"
    | "re.fullmatch"
    // `next(x for x in xs if c)`: args `[Comprehension]` (form `generator`); its first element.
    | "next"
    // `time.sleep(seconds)` (also `from time import sleep`), as a statement.
    | "time.sleep"
    // `body.read()` of a streaming member (S3 `Body`) or a blob; `b.decode()` (UTF-8) to a str;
    // `s.encode()` (UTF-8), typed as its text: the SDK takes a string wherever bytes are wanted.
    | "read"
    | "decode"
    | "encode"
    // `datetime(2021, 2, 1, tzinfo=timezone.utc)` (args `[Int epoch seconds]`) and
    // `datetime.now(timezone.utc) - timedelta(days=1)` (args `[Int offset seconds]`).
    | "datetime"
    | "datetime.now"
    // `t + timedelta(...)` for any timestamp `t` (receiver): args `[Int seconds]`, signed.
    | "datetime.shift"
    // `s.replace(old, new)` on a string.
    | "replace";
  /** The receiver for methods (`x.lower()`), null for functions (`sorted(x)`). */
  readonly receiver: Expr<P> | null;
  readonly args: readonly Expr<P>[];
};

/**
 * `[element for target in iter if f1 if f2]` (`list`), `{...}` (`set`), and a generator passed to
 * a call (`sorted(x["Name"] for x in xs)`, `generator`). One `for` clause with a single name
 * target; `target` is bound only inside `element` and `filters`.
 */
export type ComprehensionExpr<P extends Phase = Untyped> = ExprBase<P> & {
  readonly kind: "Comprehension";
  readonly form: "list" | "set" | "generator";
  readonly element: Expr<P>;
  readonly target: string;
  readonly iter: Expr<P>;
  readonly filters: readonly Cond<P>[];
};

/**
 * `helper(a, b=1)`: a call of a helper function of the module (whole-program translation, issue
 * 8). The frontend matches the call's positional and keyword arguments to the helper's
 * parameters and fills omitted ones from the `def`'s defaults, so `args` has exactly one entry
 * per parameter, in the helper's order. A client argument is a `Name` bound to a client. The
 * typing pass sets `ty` to the helper's return type (see `HelperSignature`); the backend calls the
 * helper's one Rust `async fn` (`helper(&client, "a", 1).await`).
 */
export type HelperCallExpr<P extends Phase = Untyped> = ExprBase<P> & {
  readonly kind: "HelperCall";
  /** The Python name of the helper (a `FunctionDef` with role `helper` in the same module). */
  readonly name: string;
  readonly args: readonly HelperArg<P>[];
  /** Keywords for the helper's `**kwargs` parameter (typed as the input members of its splat call). */
  readonly kwargs?: readonly CallArg<P>[];
};
export interface HelperArg<P extends Phase = Untyped> {
  readonly param: string;
  readonly value: Expr<P>;
}

/**
 * `{key: value for target in iter if f}`: one `for` clause with a single name target, like
 * `ComprehensionExpr`. Typed as a map from the key's type to the value's; a later key replaces an
 * earlier one, as in Python.
 */
export type DictComprehensionExpr<P extends Phase = Untyped> = ExprBase<P> & {
  readonly kind: "DictComprehension";
  readonly key: Expr<P>;
  readonly value: Expr<P>;
  readonly target: string;
  readonly iter: Expr<P>;
  readonly filters: readonly Cond<P>[];
};

/**
 * `then if cond else otherwise`; also `a or b` (`a if a else b`) and `a and b` (`b if a else a`)
 * used as values, whose `a` the frontend only duplicates when reading it twice changes nothing.
 */
export type IfExprExpr<P extends Phase = Untyped> = ExprBase<P> & {
  readonly kind: "IfExpr";
  readonly cond: Cond<P>;
  readonly then: Expr<P>;
  readonly otherwise: Expr<P>;
};

export type Expr<P extends Phase = Untyped> =
  | StrExpr<P>
  | BytesExpr<P>
  | IntExpr<P>
  | FloatExpr<P>
  | BoolExpr<P>
  | NoneExpr<P>
  | FStringExpr<P>
  | NameExpr<P>
  | ConstExpr<P>
  | DictExpr<P>
  | ListExpr<P>
  | ApiCallExpr<P>
  | SubscriptExpr<P>
  | GetExpr<P>
  | ErrorFieldExpr<P>
  | LenExpr<P>
  | BinOpExpr<P>
  | NegExpr<P>
  | BuiltinCallExpr<P>
  | ComprehensionExpr<P>
  | HelperCallExpr<P>
  | DictComprehensionExpr<P>
  | IfExprExpr<P>;

export type ExprKind = Expr["kind"];

/**
 * An expression of either phase, for code that reads both (walkers, dumps, report facts). A typed
 * tree keeps use-typed literals untyped (see `AssignStmt`), so its walkers see both.
 */
export type AnyExpr = Expr<Phase>;

// ---------------------------------------------------------------------------------------------
// Conditions (the test of an `assert`)
// ---------------------------------------------------------------------------------------------

export type CompareOp = "==" | "!=" | "<" | "<=" | ">" | ">=";

export interface CompareCond<P extends Phase = Untyped> {
  readonly kind: "Compare";
  readonly op: CompareOp;
  readonly left: Expr<P>;
  readonly right: Expr<P>;
  readonly span: Span;
}
/** `needle in haystack` / `not in` */
export interface ContainsCond<P extends Phase = Untyped> {
  readonly kind: "Contains";
  readonly negated: boolean;
  readonly needle: Expr<P>;
  readonly haystack: Expr<P>;
  readonly span: Span;
}
/** `x is None` / `x is not None` */
export interface IsNoneCond<P extends Phase = Untyped> {
  readonly kind: "IsNone";
  readonly negated: boolean;
  readonly value: Expr<P>;
  readonly span: Span;
}
/** `assert x` / `assert not x`; `x is True` / `x is False` lower to Compare with a Bool. */
export interface TruthyCond<P extends Phase = Untyped> {
  readonly kind: "Truthy";
  readonly negated: boolean;
  readonly value: Expr<P>;
  readonly span: Span;
}
/** `a and b` (kept as separate Rust assertions), `a or b` (one `assert!(.. || ..)`). */
export interface BoolOpCond<P extends Phase = Untyped> {
  readonly kind: "BoolOp";
  readonly op: "and" | "or";
  readonly conds: readonly Cond<P>[];
  readonly span: Span;
}

/**
 * `any(cond for target in iter if f)` / `all(...)` (a list comprehension argument too).
 * `not any(c ...)` lowers to `all(not c ...)` and vice versa.
 */
export interface AnyAllCond<P extends Phase = Untyped> {
  readonly kind: "AnyAll";
  readonly op: "any" | "all";
  readonly target: string;
  readonly iter: Expr<P>;
  readonly filters: readonly Cond<P>[];
  readonly cond: Cond<P>;
  readonly span: Span;
}

/** A Python type `isinstance()` tests against, resolved through the imports (`datetime.datetime`). */
export type PyTypeName = "str" | "int" | "float" | "bool" | "list" | "dict" | "bytes" | "datetime";

/**
 * `isinstance(x, T)` / `isinstance(x, (T, U))`. The SDK type of `x` already fixes its type (the
 * typer checks that it is one of `types`); what the Python check can still fail on is presence.
 */
export interface IsInstanceCond<P extends Phase = Untyped> {
  readonly kind: "IsInstance";
  readonly negated: boolean;
  readonly value: Expr<P>;
  readonly types: readonly PyTypeName[];
  readonly span: Span;
}

export type Cond<P extends Phase = Untyped> =
  | CompareCond<P>
  | ContainsCond<P>
  | IsNoneCond<P>
  | TruthyCond<P>
  | BoolOpCond<P>
  | AnyAllCond<P>
  | IsInstanceCond<P>;

// ---------------------------------------------------------------------------------------------
// Statements
// ---------------------------------------------------------------------------------------------

/** `client = boto3.client("ecs", region_name="us-east-2")` */
export interface ClientDeclStmt<P extends Phase = Untyped> {
  readonly kind: "ClientDecl";
  readonly name: string;
  /** boto3 client name (`ecs`, `logs`, `lambda`). */
  readonly service: string;
  readonly region: Expr<P> | null;
  readonly span: Span;
}
/** `target = value` (single name target). */
export type AssignStmt<P extends Phase = Untyped> = {
  readonly kind: "Assign";
  readonly target: string;
  readonly span: Span;
} & (P extends Typed
  ? | { readonly value: Expr<Typed>; readonly inlined: false }
    /**
     * The value is a dict/list literal that the typer types and substitutes at each use (its
     * type depends on the use): it stays untyped here, and the assignment itself emits nothing.
     */
    | { readonly value: Expr<Untyped>; readonly inlined: true }
  : { readonly value: Expr<Untyped>; readonly inlined?: undefined });
/** A bare expression statement, typically an API call whose result is ignored. */
export interface ExprStmt<P extends Phase = Untyped> {
  readonly kind: "ExprStmt";
  readonly expr: Expr<P>;
  readonly span: Span;
}
export interface AssertStmt<P extends Phase = Untyped> {
  readonly kind: "Assert";
  readonly cond: Cond<P>;
  /** The Python source of the assertion, for comments and reports. */
  readonly source: string;
  readonly span: Span;
}
/** What a `pytest.raises(...)` expects. */
export type ExpectedException<P extends Phase = Untyped> =
  | { readonly kind: "client-error" }
  /**
   * `client.exceptions.ResourceNotFoundException`. `error`: the modelled error; null when the
   * client is not the target service's (reported at its declaration) or the model lacks it.
   */
  | ({ readonly kind: "modelled"; readonly client: string; readonly name: string } & Annotations<
      P,
      { error: ErrorRef | null }
    >)
  /** `ParamValidationError`, `ValueError`, … : not expressible against the SDK. */
  | { readonly kind: "other"; readonly name: string };

/** `with pytest.raises(E[, match=...]) as binding:` */
export interface RaisesStmt<P extends Phase = Untyped> {
  readonly kind: "Raises";
  readonly expected: ExpectedException<P>;
  readonly binding: string | null;
  readonly match: Expr<P> | null;
  readonly body: readonly Stmt<P>[];
  readonly span: Span;
}
/** `for target in iter:` */
export interface ForStmt<P extends Phase = Untyped> {
  readonly kind: "For";
  readonly target: string;
  readonly iter: Expr<P>;
  readonly body: readonly Stmt<P>[];
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
export interface ReturnStmt<P extends Phase = Untyped> {
  readonly kind: "Return";
  readonly value: Expr<P> | null;
  readonly span: Span;
}

/**
 * `if`/`elif`/`else` whose condition the in-process target decides before the test runs
 * (`settings.TEST_SERVER_MODE`, `allow_aws_request()`, `os.environ.get("MOTO_...")`, a boto3
 * version check): only the branch taken there is lowered (`body`, in place: Python blocks open
 * no scope); the other branch is not translated and its Python assertions (`droppedAsserts`,
 * counted in the source) make the test `partial`.
 */
export interface StaticIfStmt<P extends Phase = Untyped> {
  readonly kind: "StaticIf";
  /** The Python condition as written, for the report. */
  readonly condition: string;
  /** Whether the condition holds for the in-process target (`body` is then the `if` branch). */
  readonly holds: boolean;
  readonly body: readonly Stmt<P>[];
  readonly droppedAsserts: number;
  readonly span: Span;
}

/** `if cond: ... elif ...: ... else: ...` on values of the test (an `elif` is an `If` in `orelse`). */
export interface IfStmt<P extends Phase = Untyped> {
  readonly kind: "If";
  readonly cond: Cond<P>;
  readonly body: readonly Stmt<P>[];
  readonly orelse: readonly Stmt<P>[];
  readonly span: Span;
}

/** `break` / `continue` inside a `for` or `while` loop. */
export interface LoopJumpStmt {
  readonly kind: "LoopJump";
  readonly jump: "break" | "continue";
  readonly span: Span;
}

/** `while cond:` (no `else`). */
export interface WhileStmt<P extends Phase = Untyped> {
  readonly kind: "While";
  readonly cond: Cond<P>;
  readonly body: readonly Stmt<P>[];
  readonly span: Span;
}

/**
 * `try: body [except ClientError [as binding]: handler] [else: orelse] [finally: finalbody]`.
 * With a handler, the body's last statement is the boto3 call it guards (the backend matches on
 * its result); without one (`try/finally`), the body then the cleanup run in place.
 */
export interface TryStmt<P extends Phase = Untyped> {
  readonly kind: "Try";
  readonly body: readonly Stmt<P>[];
  readonly handler: { readonly binding: string | null; readonly body: readonly Stmt<P>[] } | null;
  readonly orelse: readonly Stmt<P>[];
  readonly finalbody: readonly Stmt<P>[];
  readonly span: Span;
}

/**
 * The target of tuple unpacking: a name, `_` (the value is dropped), a nested tuple
 * (`(a, b), c`), or `*_` (any number of values dropped; at most one per tuple). Other starred
 * targets are not lowered.
 */
export type UnpackTarget =
  | { readonly kind: "name"; readonly id: string; readonly span: Span }
  | { readonly kind: "discard"; readonly span: Span }
  | { readonly kind: "tuple"; readonly elements: readonly UnpackTarget[]; readonly span: Span }
  | { readonly kind: "rest"; readonly span: Span };

/**
 * `a, b = value` where `value` is not a tuple literal (those become one `Assign` per name): a
 * helper returning a tuple, or a list whose length Python checks at run time.
 */
export interface UnpackStmt<P extends Phase = Untyped> {
  readonly kind: "Unpack";
  readonly target: UnpackTarget & { readonly kind: "tuple" };
  readonly value: Expr<P>;
  readonly span: Span;
}

/** `for a, b in iter:` (`d.items()`, `enumerate(xs)`, `zip(xs, ys)`, a list of tuples). */
export interface ForUnpackStmt<P extends Phase = Untyped> {
  readonly kind: "ForUnpack";
  readonly target: UnpackTarget & { readonly kind: "tuple" };
  readonly iter: Expr<P>;
  readonly body: readonly Stmt<P>[];
  readonly span: Span;
}

/**
 * A step of the Python the translation leaves out on purpose, written as an `// approximated:`
 * comment in its place; the test is `partial`. Either a test-time patch the in-process target does
 * not apply (`freeze_time`, a `mock.patch.dict(os.environ, ...)` of a moto setting: `patch` says
 * which, `source` is the patch as written, the emitter reports it), or a step the frontend already
 * reported (a resource decorator's teardown that could not be evaluated: `patch` is null).
 */
export interface ApproximatedStmt {
  readonly kind: "Approximated";
  /** What is not applied: moto's clock (`freeze_time`) or its environment settings; null for a left-out step. */
  readonly patch: "clock" | "environment" | null;
  readonly note: string;
  readonly source: string;
  readonly span: Span;
}

/**
 * `client.get_waiter("table_exists").wait(TableName=t)` (a resource decorator's setup): wait until
 * the waiter's condition holds. The typer finds the waiter in the model and types `args` as the
 * input of the operation it polls (`poll`); the backend calls the SDK's `wait_until_*` builder.
 */
export type WaitStmt<P extends Phase = Untyped> = {
  readonly kind: "Wait";
  readonly client: string;
  /** boto3's waiter name (`table_exists`). */
  readonly waiter: string;
  readonly args: readonly CallArg<P>[];
  readonly span: Span;
} & Annotations<
  P,
  {
    /** The polled operation's call with `args`, and the SDK's `wait_until_*` method; null when unknown (reported). */
    poll: { readonly call: ApiCallExpr<Typed>; readonly method: string } | null;
  }
>;

export type Stmt<P extends Phase = Untyped> =
  | ClientDeclStmt<P>
  | AssignStmt<P>
  | ExprStmt<P>
  | AssertStmt<P>
  | RaisesStmt<P>
  | ForStmt<P>
  | UnsupportedStmt
  | ReturnStmt<P>
  | StaticIfStmt<P>
  | IfStmt<P>
  | LoopJumpStmt
  | WhileStmt<P>
  | TryStmt<P>
  | UnpackStmt<P>
  | ForUnpackStmt<P>
  | ApproximatedStmt
  | WaitStmt<P>;

export type StmtKind = Stmt["kind"];

export type AnyCond = Cond<Phase>;
export type AnyStmt = Stmt<Phase>;

// ---------------------------------------------------------------------------------------------
// Module level
// ---------------------------------------------------------------------------------------------

export interface ParametrizeCase<P extends Phase = Untyped> {
  /** Values, one per parameter name. */
  readonly values: readonly Expr<P>[];
  readonly span: Span;
}
export interface Parametrize<P extends Phase = Untyped> {
  readonly names: readonly string[];
  readonly cases: readonly ParametrizeCase<P>[];
  readonly span: Span;
}

export interface FunctionDef<P extends Phase = Untyped> {
  readonly kind: "Function";
  readonly name: string;
  /** `test`: a pytest test (name starts with `test`); `helper`: any other function. */
  readonly role: "test" | "helper";
  /** The enclosing class (`TestFoo`), or null. */
  readonly className: string | null;
  readonly params: readonly string[];
  /** Decorator names as written (`mock_aws`, `pytest.mark.parametrize`, …). */
  readonly decorators: readonly string[];
  readonly parametrize: Parametrize<P> | null;
  readonly body: readonly Stmt<P>[];
  readonly span: Span;
  /**
   * Helpers only: parameters that are boto3 clients (the body calls methods on them). Their
   * service comes from the call sites.
   */
  readonly clientParams?: readonly string[];
  /** Set by the typing pass on a helper that some test calls (a `TypedHelper`): its Rust signature. */
  readonly signature?: HelperSignature;
}

/** A helper some test calls, typed by the typing pass (body typed, signature known). */
export type TypedHelper = FunctionDef<Typed> & {
  readonly role: "helper";
  readonly signature: HelperSignature;
};

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

export type ConstantDef<P extends Phase = Untyped> = {
  readonly kind: "Constant";
  readonly name: string;
  readonly value: Expr<P>;
  readonly span: Span;
} & Annotations<
  P,
  {
    /**
     * A dict/list literal, substituted and typed at each use by the typer; its `value` here is
     * typed as a JSON document, the one form the backend reads it in (`json.dumps(NAME)`).
     */
    inlined: boolean;
  }
>;

export interface ImportDef {
  readonly kind: "Import";
  /** `boto3`, `moto`, `moto.core`, `botocore.exceptions`, … */
  readonly module: string;
  /** Imported names (`[{name:"DEFAULT_ACCOUNT_ID", alias:"ACCOUNT_ID"}]`); empty for `import x`. */
  readonly names: readonly { readonly name: string; readonly alias: string | null }[];
  readonly span: Span;
}

export type Module<P extends Phase = Untyped> = {
  readonly kind: "Module";
  readonly file: string;
  readonly imports: readonly ImportDef[];
  readonly constants: readonly ConstantDef<P>[];
  /**
   * Typed modules type tests and the helpers tests call (`TypedHelper`); a helper no test calls
   * (or whose call could not be typed) keeps its untyped body and has no signature.
   */
  readonly functions: readonly (P extends Typed
    ? | (FunctionDef<Typed> & { readonly role: "test" })
      | TypedHelper
      | (FunctionDef<Untyped> & { readonly role: "helper"; readonly signature?: undefined })
    : FunctionDef<Untyped>)[];
  /** Frontend diagnostics (syntax errors, unsupported constructs). */
  readonly diagnostics: readonly Diagnostic[];
};
