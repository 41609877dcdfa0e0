/** pytest idioms: `pytest.raises`, `@pytest.mark.parametrize`, decorators. */
import { testPatch } from "./test-patches.js";
import type { Expr, ExpectedException, Parametrize, ParametrizeCase } from "@moto2rust/ir";
import type { Scope } from "./context.js";
import { callArgs } from "./call-args.js";
import { literalString } from "./error-response.js";
import { fail, isFailure, type Failure } from "./failure.js";
import { lowerExpr } from "./lower-expression.js";
import { dottedName, field, namedChildren, unparen, type Node } from "./parser.js";

// ---------------------------------------------------------------------------------------------
// pytest.raises
// ---------------------------------------------------------------------------------------------

/** Is `call` a `pytest.raises(...)` call? */
export function isPytestRaises(call: Node): boolean {
  const n = unparen(call);
  if (n.type !== "call") return false;
  const fn = field(n, "function");
  return fn !== null && dottedName(fn) === "pytest.raises";
}

export interface RaisesSpec {
  readonly expected: ExpectedException;
  readonly match: Expr | null;
}

export function expectedException(scope: Scope, node: Node): ExpectedException | Failure {
  const n = unparen(node);
  if (n.type === "tuple") return fail("pytest.raises with a tuple of exceptions", n);
  const d = dottedName(n);
  if (d === null) return fail("pytest.raises with a computed exception", n);
  const parts = d.split(".");
  const last = parts[parts.length - 1]!;
  const rootImport = scope.importOf(parts[0]!);
  // botocore.exceptions.ClientError, exceptions.ClientError (an imported module)
  if (last === "ClientError" && parts.length > 1 && rootImport !== undefined && rootImport.name === null)
    return { kind: "client-error" };
  // client.exceptions.ResourceNotFoundException
  if (parts.length === 3 && parts[1] === "exceptions") {
    const client = parts[0]!;
    if (scope.isLocal(client) && scope.clients.has(client)) return { kind: "modelled", client, name: last };
    if (client === scope.selfName) return fail(`instance attribute ${parts.slice(0, 2).join(".")}`, n);
    return fail(`exceptions of a non-client value ${client}`, n);
  }
  if (parts.length > 3 && parts[parts.length - 2] === "exceptions" && parts[0] === scope.selfName) {
    return fail(`instance attribute ${parts.slice(0, 2).join(".")}`, n);
  }
  if (
    parts.length === 1 &&
    (rootImport?.kind === "client-error" || (last === "ClientError" && rootImport === undefined))
  ) {
    return { kind: "client-error" };
  }
  if (parts.length === 1 && scope.importOf(last)?.kind === "moto-internal") {
    return fail(`${last} from ${scope.importOf(last)!.module}`, n, "moto-internal");
  }
  return { kind: "other", name: d };
}

/** The expected exception and `match=` of `pytest.raises(E, match=...)`. */
export function lowerRaises(scope: Scope, call: Node): RaisesSpec | Failure {
  const { positional, keywords, splat } = callArgs(unparen(call));
  if (splat !== null) return fail("argument unpacking in pytest.raises()", splat);
  if (positional.length !== 1)
    return fail(`pytest.raises() with ${positional.length} positional arguments`, call);
  const expected = expectedException(scope, positional[0]!);
  if (isFailure(expected)) return expected;
  let match: Expr | null = null;
  for (const kw of keywords) {
    if (kw.name !== "match") return fail(`pytest.raises(${kw.name}=...)`, kw.node);
    const m = lowerExpr(scope, kw.value);
    if (isFailure(m)) return m;
    match = m;
  }
  return { expected, match };
}

// ---------------------------------------------------------------------------------------------
// Decorators
// ---------------------------------------------------------------------------------------------

export interface DecoratorInfo {
  /** As written, without arguments: `mock_aws`, `pytest.mark.parametrize`. */
  readonly name: string;
  /** The decorator node (`@...`). */
  readonly node: Node;
  /** The call, when the decorator has arguments. */
  readonly call: Node | null;
}

export function decoratorInfo(decorator: Node): DecoratorInfo {
  const expr = namedChildren(decorator)[0];
  if (expr === undefined) return { name: decorator.text.replace(/^@\s*/, ""), node: decorator, call: null };
  const e = unparen(expr);
  if (e.type === "call") {
    const fn = field(e, "function");
    const name = (fn === null ? null : dottedName(fn)) ?? e.text;
    return { name, node: decorator, call: e };
  }
  return { name: dottedName(e) ?? e.text, node: decorator, call: null };
}

/** How a decorator affects a test. */
export type DecoratorRole =
  | { readonly kind: "harmless" }
  | { readonly kind: "parametrize" }
  | { readonly kind: "skipif" }
  | { readonly kind: "fixture" }
  | { readonly kind: "moto-internal"; readonly construct: string }
  | { readonly kind: "unsupported"; readonly construct: string }
  /** A patch the translation does not apply (`freeze_time`, `mock.patch.dict(os.environ, ...)`). */
  | { readonly kind: "approximated"; readonly patch: "clock" | "environment"; readonly note: string };

const HARMLESS = new Set([
  "mock_aws",
  "aws_verified",
  "staticmethod",
  "classmethod",
  "pytest.mark.skip",
  "pytest.mark.xfail",
]);

export function decoratorRole(scope: Scope, d: DecoratorInfo): DecoratorRole {
  const name = d.name;
  if (name === "pytest.mark.parametrize") return { kind: "parametrize" };
  if (name === "pytest.mark.skipif") return { kind: "skipif" };
  if (name === "pytest.fixture") return { kind: "fixture" };
  if (name === "pytest.mark.usefixtures")
    return { kind: "unsupported", construct: "decorator pytest.mark.usefixtures" };
  if (HARMLESS.has(name) || name.startsWith("pytest.mark.")) return { kind: "harmless" };
  const root = name.split(".")[0]!;
  const imp = scope.importOf(root);
  if (imp?.kind === "mock-aws") return { kind: "harmless" };
  if (imp?.kind === "moto-internal")
    return { kind: "moto-internal", construct: `decorator ${name} from ${imp.module}` };
  const patch = d.call === null ? null : testPatch(scope, d.call, null);
  if (patch !== null)
    return patch.kind === "approximated"
      ? patch
      : { kind: "unsupported", construct: `decorator ${patch.construct}` };
  if (/_aws_verified$/.test(name))
    return { kind: "unsupported", construct: `decorator ${name} (creates resources for the test)` };
  return { kind: "unsupported", construct: `decorator ${name}` };
}

// ---------------------------------------------------------------------------------------------
// @pytest.mark.parametrize
// ---------------------------------------------------------------------------------------------

function argNames(node: Node): string[] | null {
  const s = literalString(node);
  if (s !== null) {
    const names = s
      .split(",")
      .map((x) => x.trim())
      .filter((x) => x !== "");
    return names.length > 0 ? names : null;
  }
  const n = unparen(node);
  if (n.type !== "tuple" && n.type !== "list") return null;
  const names: string[] = [];
  for (const c of namedChildren(n)) {
    const v = literalString(c);
    if (v === null) return null;
    names.push(v.trim());
  }
  return names.length > 0 ? names : null;
}

/** `pytest.param(a, b, id=..., marks=...)` → its positional argument nodes. */
export function pytestParamArgs(node: Node): Node[] | null {
  const n = unparen(node);
  if (n.type !== "call") return null;
  const fn = field(n, "function");
  if (fn === null || dottedName(fn) !== "pytest.param") return null;
  return [...callArgs(n).positional];
}

function caseFromExpr(e: Expr, arity: number, node: Node): Expr[] | Failure {
  if (arity === 1) return [e];
  if (e.kind === "List" && e.elements.length === arity) return [...e.elements];
  return fail(`parametrize case that is not a ${arity}-tuple`, node);
}

/** One `@pytest.mark.parametrize(names, values, ids=...)` decorator. */
export function lowerParametrize(scope: Scope, d: DecoratorInfo): Parametrize | Failure {
  if (d.call === null) return fail("pytest.mark.parametrize without arguments", d.node);
  const { positional, keywords, splat } = callArgs(d.call);
  if (splat !== null) return fail("argument unpacking in parametrize", splat);
  let namesNode: Node | null = positional[0] ?? null;
  let valuesNode: Node | null = positional[1] ?? null;
  for (const kw of keywords) {
    if (kw.name === "argnames" && namesNode === null) namesNode = kw.value;
    else if (kw.name === "argvalues" && valuesNode === null) valuesNode = kw.value;
    else if (kw.name !== "ids" && kw.name !== "scope") return fail(`parametrize(${kw.name}=...)`, kw.node);
  }
  if (namesNode === null || valuesNode === null) return fail("parametrize without names or values", d.node);
  const names = argNames(namesNode);
  if (names === null) return fail("parametrize with computed argument names", namesNode);
  const cases: ParametrizeCase[] = [];
  const values = unparen(valuesNode);
  if (values.type === "list" || values.type === "tuple") {
    for (const el of namedChildren(values)) {
      const paramArgs = pytestParamArgs(el);
      if (paramArgs !== null) {
        if (paramArgs.length !== names.length)
          return fail(`pytest.param with ${paramArgs.length} values for ${names.length} names`, el);
        const vs: Expr[] = [];
        for (const a of paramArgs) {
          const v = lowerExpr(scope, a);
          if (isFailure(v)) return v;
          vs.push(v);
        }
        cases.push({ values: vs, span: scope.mod.span(el) });
        continue;
      }
      const e = lowerExpr(scope, el);
      if (isFailure(e)) return e;
      const vs = caseFromExpr(e, names.length, el);
      if (isFailure(vs)) return vs;
      cases.push({ values: vs, span: scope.mod.span(el) });
    }
  } else {
    // A module constant holding the list of cases.
    const e = lowerExpr(scope, values);
    if (isFailure(e)) return e;
    const constant = e.kind === "Const" ? scope.mod.constants.get(e.name) : undefined;
    if (constant === undefined || constant.kind !== "List")
      return fail("parametrize values that are not a literal list", values);
    for (const el of constant.elements) {
      const vs = caseFromExpr(el, names.length, values);
      if (isFailure(vs)) return vs;
      cases.push({ values: vs, span: el.span });
    }
  }
  return { names, cases, span: scope.mod.span(d.node) };
}

/** Stacked parametrize decorators: the cartesian product, outermost decorator first. */
export function combineParametrize(list: readonly Parametrize[]): Parametrize | null {
  if (list.length === 0) return null;
  let acc = list[0]!;
  for (const next of list.slice(1)) {
    const cases: ParametrizeCase[] = [];
    for (const a of acc.cases)
      for (const b of next.cases) cases.push({ values: [...a.values, ...b.values], span: a.span });
    acc = { names: [...acc.names, ...next.names], cases, span: acc.span };
  }
  return acc;
}
