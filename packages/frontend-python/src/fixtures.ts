/**
 * pytest fixtures as setup helpers (issue 8): a test parameter naming a fixture becomes, at the
 * top of the test, a call of the fixture's function (itself translated once as a helper) bound
 * to the parameter's name, after the fixtures it takes in turn (a client fixture is a client
 * declaration). Autouse fixtures are called the same way before every test.
 *
 * A fixture with statements after its `yield` is two helpers: the setup (up to the `yield`,
 * whose value is its result) and `<fixture>_teardown`, called at the end of the test with the
 * fixture's parameters and the yielded variable. pytest runs a teardown even when the test
 * fails; the Rust test does not (a failed assertion panics before it), which changes nothing
 * observable: the teardown only cleans the test's own MockAws, which is dropped with the test.
 */
import { FRONTEND, type Expr, type Parametrize, type Stmt } from "@moto2rust/ir";
import type { Scope } from "./context.js";
import { callArgs } from "./call-args.js";
import { fail, isFailure, type Failure } from "./failure.js";
import { lowerExpr } from "./lower-expression.js";
import { moduleScope } from "./module-scope.js";
import { decoratorInfo, pytestParamArgs } from "./pytest-idioms.js";
import { finalReturnOf } from "./helper-calls.js";
import { field, namedChildren, unparen, type Node } from "./parser.js";

/** What the fixtures of one test add to it. */
export interface FixtureUses {
  /** Statements at the top of the test (client declarations, setup calls). */
  readonly setup: Stmt[];
  /** Teardown calls at the end of the test, last fixture first. */
  readonly teardown: Stmt[];
  /** Fixtures with `params=`: the test runs once per value (like `parametrize`). */
  readonly params: Parametrize[];
  /** The fixtures provided so far. */
  readonly resolved: Set<string>;
}

export function fixtureUses(): FixtureUses {
  return { setup: [], teardown: [], params: [], resolved: new Set() };
}

/**
 * pytest's builtin fixtures, which patch or observe the running Python process or pytest
 * itself: nothing in a Rust test stands for them.
 */
const BUILTIN_FIXTURES: ReadonlyMap<string, string> = new Map([
  ["monkeypatch", "patches the running Python process"],
  ["tmp_path", "a temporary directory on disk"],
  ["tmpdir", "a temporary directory on disk"],
  ["tmp_path_factory", "temporary directories on disk"],
  ["caplog", "captures Python logging"],
  ["capsys", "captures the process's output"],
  ["capfd", "captures the process's output"],
  ["recwarn", "records Python warnings"],
  ["request", "pytest's view of the running test"],
  ["pytestconfig", "pytest's configuration"],
]);

/** The failure for a parameter naming a pytest builtin fixture, or null. */
export function builtinFixture(name: string, at: Node): Failure | null {
  const what = BUILTIN_FIXTURES.get(name);
  return what === undefined ? null : fail(`pytest builtin fixture ${name} (${what})`, at);
}

/** Provide fixture `name` to a test (appending to `uses`); a failure when it cannot be provided. */
export function fixtureSetup(
  scope: Scope,
  name: string,
  at: Node,
  uses: FixtureUses,
  chain: readonly string[] = [],
): Failure | null {
  const mod = scope.mod;
  const { resolved, setup: out, teardown } = uses;
  if (resolved.has(name)) return null;
  if (chain.includes(name)) return fail(`fixture ${name} that depends on itself`, at);
  const span = mod.span(at);
  const clientFixture = mod.clientFixtures.get(name);
  if (clientFixture !== undefined) {
    scope.clients.set(name, clientFixture.service);
    out.push({
      kind: "ClientDecl",
      name,
      service: clientFixture.service,
      region: clientFixture.region,
      span,
    });
    if (clientFixture.service === "cloudformation") mod.report(FRONTEND.usesCloudFormation("client"), at);
    resolved.add(name);
    return null;
  }
  const fn = mod.fixtureFunctions.get(name);
  const def = fn === undefined ? undefined : mod.helperDefs.get(fn);
  const literal = mod.literalFixtures.get(name);
  if (def === undefined && literal !== undefined) {
    // A fixture of another file that only gives a literal: the value itself.
    out.push({ kind: "Assign", target: name, value: { ...structuredClone(literal), span }, span });
    resolved.add(name);
    return null;
  }
  if (fn === undefined || def === undefined) {
    const builtin = builtinFixture(name, at);
    if (builtin !== null) return builtin;
    if (mod.foreign.has(name))
      return fail(
        `fixture ${name} of another file (only fixtures giving a client or a literal cross files)`,
        at,
      );
    return fail(`fixture parameter ${name}`, at);
  }
  const args: { param: string; value: Expr }[] = [];
  for (const p of def.params) {
    if (p.splat !== null) return fail(`fixture ${name} with ${p.splat}${p.name}`, at);
    if (p.name === "request") {
      // `request.param` of a `params=` fixture: one value per case of the test.
      const cases = fixtureParams(scope, name, def.node, at);
      if (isFailure(cases)) return cases;
      uses.params.push(cases);
      args.push({ param: p.name, value: { kind: "Name", id: cases.names[0]!, span } });
      continue;
    }
    const f = fixtureSetup(scope, p.name, at, uses, [...chain, name]);
    if (f !== null) return f;
    args.push({ param: p.name, value: { kind: "Name", id: p.name, span } });
  }
  const split = yieldSplit(def.node);
  if (split !== null && split.setupLocals.length > 0)
    return fail(
      `fixture ${name} whose teardown reads ${split.setupLocals.join(", ")} of its setup (not the yielded variable)`,
      at,
    );
  const call: Expr = { kind: "HelperCall", name: fn, args, span };
  const gives = split !== null ? split.hasValue : returnsValue(def.node);
  if (gives) out.push({ kind: "Assign", target: name, value: call, span });
  else out.push({ kind: "ExprStmt", expr: call, span });
  if (split !== null) {
    const given = [...args];
    if (split.yielded !== null) given.push({ param: split.yielded, value: { kind: "Name", id: name, span } });
    // Fixtures are torn down in the reverse order of their setup.
    const td: Expr = { kind: "HelperCall", name: teardownName(fn), args: given, span };
    teardown.unshift({ kind: "ExprStmt", expr: td, span });
  }
  resolved.add(name);
  return null;
}

/** The name a `params=` fixture's value takes in the test (a parametrized name). */
function fixtureParamName(fixture: string): string {
  return `${fixture}_param`;
}

/**
 * The cases of a fixture's `params=[...]` (a literal list, or a module constant holding one;
 * `pytest.param(v, ...)` gives `v`), when its body reads `request` only as `request.param`.
 */
function fixtureParams(scope: Scope, name: string, def: Node, at: Node): Parametrize | Failure {
  const mod = scope.mod;
  const outer = def.parent?.type === "decorated_definition" ? def.parent : null;
  const decorator = (outer === null ? [] : namedChildren(outer))
    .filter((c) => c.type === "decorator")
    .map(decoratorInfo)
    .find((d) => d.name === "pytest.fixture");
  const kw =
    decorator?.call == null ? undefined : callArgs(decorator.call).keywords.find((k) => k.name === "params");
  if (decorator === undefined || kw === undefined)
    return fail(`fixture ${name} that takes request without params=`, at);
  const other = otherRequestUse(field(def, "body"));
  if (other !== null) return fail(`fixture ${name} that uses ${other.text}`, at);
  const atModule = moduleScope(mod);
  const list = unparen(kw.value);
  let elements: Expr[];
  if (list.type === "list" || list.type === "tuple") {
    elements = [];
    for (const el of namedChildren(list)) {
      const v = lowerExpr(atModule, pytestParamArgs(el)?.[0] ?? el);
      if (isFailure(v)) return v;
      elements.push(v);
    }
  } else {
    const e = lowerExpr(atModule, list);
    if (isFailure(e)) return e;
    const constant = e.kind === "Const" ? mod.constants.get(e.name) : undefined;
    if (constant === undefined || constant.kind !== "List")
      return fail(`fixture ${name} whose params= is not a literal list`, kw.value);
    elements = [...constant.elements];
  }
  return {
    names: [fixtureParamName(name)],
    cases: elements.map((v) => ({ values: [v], span: v.span })),
    span: mod.span(decorator.node),
  };
}

/** A use of `request` other than `request.param` in a fixture body, or null. */
function otherRequestUse(n: Node | null): Node | null {
  if (n === null) return null;
  if (n.type === "attribute") {
    const obj = field(n, "object");
    const attr = field(n, "attribute");
    if (obj?.type === "identifier" && obj.text === "request") return attr?.text === "param" ? null : n;
  }
  if (n.type === "identifier" && n.text === "request") return n;
  for (const c of namedChildren(n)) {
    const o = otherRequestUse(c);
    if (o !== null) return o;
  }
  return null;
}

/** The helper that runs the statements after a fixture's `yield`. */
export function teardownName(fn: string): string {
  return `${fn}_teardown`;
}

export interface YieldSplit {
  /** The statements before the `yield` and the `yield` statement itself. */
  readonly setup: readonly Node[];
  /** The statements after it. */
  readonly teardown: readonly Node[];
  /** The variable the `yield` gives (`yield name`), which the teardown takes as a parameter. */
  readonly yielded: string | null;
  /** Whether the `yield` gives a value. */
  readonly hasValue: boolean;
  /** Other names the setup binds and the teardown reads (then the fixture is not translated). */
  readonly setupLocals: readonly string[];
}

/** A fixture body with statements after its one top-level `yield`, split there; else null. */
export function yieldSplit(def: Node): YieldSplit | null {
  const body = field(def, "body");
  const stmts = body === null ? [] : namedChildren(body).filter((s) => s.type !== "comment");
  const isYield = (s: Node): boolean =>
    s.type === "expression_statement" &&
    namedChildren(s).length === 1 &&
    namedChildren(s)[0]!.type === "yield";
  const at = stmts.findIndex(isYield);
  if (at < 0 || at === stmts.length - 1 || stmts.slice(at + 1).some(isYield)) return null;
  const value = namedChildren(namedChildren(stmts[at]!)[0]!)[0];
  const yielded = value !== undefined && value.type === "identifier" ? value.text : null;
  const setup = stmts.slice(0, at + 1);
  const teardown = stmts.slice(at + 1);
  const bound = new Set<string>();
  for (const s of setup) assignedNames(s, bound);
  const read = new Set<string>();
  for (const s of teardown) identifiers(s, read);
  const setupLocals = [...read].filter((n) => bound.has(n) && n !== yielded).sort();
  return { setup, teardown, yielded, hasValue: value !== undefined, setupLocals };
}

/** Names a statement assigns (`x = ...`, `for x in`, `with ... as x`), not inside nested defs. */
function assignedNames(n: Node, out: Set<string>): void {
  if (n.type === "function_definition" || n.type === "class_definition" || n.type === "lambda") return;
  const target =
    n.type === "assignment" || n.type === "augmented_assignment"
      ? field(n, "left")
      : n.type === "for_statement"
        ? field(n, "left")
        : n.type === "as_pattern"
          ? (namedChildren(n).at(-1) ?? null)
          : null;
  if (target !== null) identifiers(target, out);
  for (const c of namedChildren(n)) assignedNames(c, out);
}

function identifiers(n: Node, out: Set<string>): void {
  if (n.type === "identifier") out.add(n.text);
  else if (n.type === "attribute") {
    const obj = field(n, "object");
    if (obj !== null) identifiers(obj, out);
  } else if (n.type === "keyword_argument") {
    const v = field(n, "value");
    if (v !== null) identifiers(v, out);
  } else for (const c of namedChildren(n)) identifiers(c, out);
}

function returnsValue(def: Node): boolean {
  const r = finalReturnOf(field(def, "body"));
  return r !== null && r.namedChildren.length > 0;
}
