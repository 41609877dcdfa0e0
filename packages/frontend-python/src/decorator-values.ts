/**
 * The values a resource-creating decorator is partially evaluated with (see decorator-eval.ts):
 * Python values known while translating (literals, lists and dicts built by mutation, the
 * deterministic stand-in of `uuid4()`), values only known when the Rust test runs (a response
 * read, `runtime`), and the objects the decorator handles (its functions, the test it wraps, a
 * boto3 client, a no-op context manager).
 */
import type { Expr, Span } from "@moto2rust/ir";
import type { Node } from "./parser.js";
import type { EvalModule } from "./decorator-modules.js";

/** Variables of one function activation; `parent` is the enclosing function's (closures). */
export class Env {
  readonly vars = new Map<string, PyVal>();
  constructor(readonly parent: Env | null) {}

  lookup(name: string): PyVal | undefined {
    return this.vars.get(name) ?? this.parent?.lookup(name);
  }
}

export type PyVal =
  | { readonly k: "none" }
  | { readonly k: "bool"; readonly v: boolean }
  | { readonly k: "int"; readonly v: number }
  | { readonly k: "str"; readonly v: string }
  /** Lists and dicts are mutable, as in Python (`db_kwargs["KeySchema"].append(...)`). */
  | { readonly k: "list"; readonly items: PyVal[] }
  | { readonly k: "dict"; readonly entries: Map<string, PyVal> }
  /** `uuid4()`: a fixed UUID derived from the test (each Rust test has its own backend). */
  | { readonly k: "uuid"; readonly text: string }
  /** A `def` of the decorator's module, or a nested one (with the variables it closes over). */
  | { readonly k: "func"; readonly def: Node; readonly module: EvalModule; readonly closure: Env | null }
  /** A library function or module the evaluator knows (`str`, `uuid4`, `os.environ.get`, `boto3`). */
  | { readonly k: "builtin"; readonly name: string }
  /** A method bound to its receiver (`kwargs.get`, `client.create_table`, `waiter.wait`). */
  | { readonly k: "method"; readonly name: string; readonly self: PyVal }
  /** A boto3 client of the translated test: `name` is its variable in the residual statements. */
  | { readonly k: "client"; readonly name: string; readonly service: string; readonly region: string | null }
  | { readonly k: "waiter"; readonly client: string; readonly name: string }
  /** A value the Rust test computes (a response, a read of one). */
  | { readonly k: "runtime"; readonly expr: Expr }
  /** The decorated test function. */
  | { readonly k: "test" }
  /** An argument pytest passes to the test itself (a parametrize value), passed through unchanged. */
  | { readonly k: "param"; readonly name: string }
  /** `mock_aws()`, `nullcontext()`: entering it changes nothing in a translated test. */
  | { readonly k: "context" };

export const NONE: PyVal = { k: "none" };

/** Python truthiness, or null when it depends on a value only known at run time. */
export function truthy(v: PyVal): boolean | null {
  switch (v.k) {
    case "none":
      return false;
    case "bool":
      return v.v;
    case "int":
      return v.v !== 0;
    case "str":
      return v.v !== "";
    case "list":
      return v.items.length > 0;
    case "dict":
      return v.entries.size > 0;
    case "runtime":
    case "param":
      return null;
    case "uuid":
    case "func":
    case "builtin":
    case "method":
    case "client":
    case "waiter":
    case "test":
    case "context":
      return true;
  }
}

/** Python `==` on known values, or null when either side is only known at run time. */
export function equal(a: PyVal, b: PyVal): boolean | null {
  if (a.k === "runtime" || b.k === "runtime" || a.k === "param" || b.k === "param") return null;
  if (a.k === "list" && b.k === "list")
    return a.items.length === b.items.length && a.items.every((x, i) => equal(x, b.items[i]!) === true);
  if (a.k === "dict" && b.k === "dict")
    return (
      a.entries.size === b.entries.size &&
      [...a.entries].every(([key, x]) => {
        const y = b.entries.get(key);
        return y !== undefined && equal(x, y) === true;
      })
    );
  const sa = scalar(a);
  const sb = scalar(b);
  if (sa === undefined || sb === undefined) return a === b;
  return sa === sb;
}

function scalar(v: PyVal): string | number | boolean | null | undefined {
  if (v.k === "none") return null;
  if (v.k === "bool") return v.v ? 1 : 0;
  if (v.k === "int" || v.k === "str") return v.v;
  return undefined;
}

/** The IR expression of a value the residual statements pass to the SDK, or why there is none. */
export function toExpr(v: PyVal, span: Span): Expr | string {
  switch (v.k) {
    case "none":
      return { kind: "None", span };
    case "bool":
      return { kind: "Bool", value: v.v, span };
    case "int":
      return { kind: "Int", value: String(v.v), span };
    case "str":
      return { kind: "Str", value: v.v, span };
    case "list": {
      const elements: Expr[] = [];
      for (const item of v.items) {
        const e = toExpr(item, span);
        if (typeof e === "string") return e;
        elements.push(e);
      }
      return { kind: "List", elements, tuple: false, span };
    }
    case "dict": {
      const entries = [];
      for (const [key, item] of v.entries) {
        const e = toExpr(item, span);
        if (typeof e === "string") return e;
        entries.push({ key: { kind: "Str", value: key, span } as const, value: e, span });
      }
      return { kind: "Dict", entries, span };
    }
    case "runtime":
      return v.expr;
    case "client":
      return { kind: "Name", id: v.name, span };
    case "param":
      return { kind: "Name", id: v.name, span };
    case "uuid":
      return "a UUID object (not its str())";
    case "func":
    case "builtin":
    case "method":
    case "waiter":
    case "test":
    case "context":
      return `a ${describe(v)} used as a value`;
  }
}

/** A short name for a value's kind, for messages. */
export function describe(v: PyVal): string {
  switch (v.k) {
    case "func":
      return "function";
    case "builtin":
      return v.name;
    case "method":
      return `method ${v.name}()`;
    case "client":
      return "boto3 client";
    case "runtime":
      return "value only known at run time";
    case "param":
      return `test argument ${v.name}`;
    case "context":
      return "context manager";
    case "test":
      return "test function";
    case "uuid":
      return "UUID";
    case "waiter":
      return "waiter";
    case "none":
    case "bool":
    case "int":
    case "str":
    case "list":
    case "dict":
      return v.k === "none" ? "None" : v.k;
  }
}

/** A known IR literal (a folded module constant) as a value, or null when it is not one. */
export function fromExpr(e: Expr): PyVal | null {
  if (e.kind === "None") return NONE;
  if (e.kind === "Bool") return { k: "bool", v: e.value };
  if (e.kind === "Str") return { k: "str", v: e.value };
  if (e.kind === "Int") {
    const n = Number(e.value);
    return Number.isSafeInteger(n) ? { k: "int", v: n } : null;
  }
  if (e.kind === "List") {
    const items: PyVal[] = [];
    for (const x of e.elements) {
      const v = fromExpr(x);
      if (v === null) return null;
      items.push(v);
    }
    return { k: "list", items };
  }
  if (e.kind === "Dict") {
    const entries = new Map<string, PyVal>();
    for (const en of e.entries) {
      if (en.key.kind !== "Str") return null;
      const v = fromExpr(en.value);
      if (v === null) return null;
      entries.set(en.key.value, v);
    }
    return { k: "dict", entries };
  }
  // The account id stays a reference to the well-known constant.
  if (e.kind === "Const" && e.wellKnown === "account-id") return { k: "runtime", expr: e };
  return null;
}
