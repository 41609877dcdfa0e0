/**
 * Functions that only build a client: `def make_client(): return boto3.client("rds", ...)` and
 * fixtures such as `@pytest.fixture(name="client") def f(): with mock_aws(): yield boto3.client(...)`.
 * A call to such a helper (or a test parameter naming such a fixture) is a client declaration.
 */
import type { Expr } from "@moto2rust/ir";
import { Scope, type ModuleContext } from "./context.js";
import { boto3CallKind, lowerClientCall, type ClientCall } from "./boto3-calls.js";
import { isFailure } from "./failure.js";
import { dottedName, field, namedChildren, unparen, type Node } from "./parser.js";
import { parameters } from "./locals.js";
import { moduleScope } from "./module-scope.js";
import { moduleCondition } from "./module-values.js";

/** Statements of a block that do something (no docstrings, comments or `pass`). */
export function effectiveStatements(block: Node): Node[] {
  return namedChildren(block).filter((s) => {
    if (s.type === "pass_statement") return false;
    if (s.type !== "expression_statement") return true;
    const only = namedChildren(s);
    return !(only.length === 1 && (only[0]!.type === "string" || only[0]!.type === "concatenated_string"));
  });
}

/** The `boto3.client(...)` call a factory body returns or yields, or null. */
function factoryCall(mod: ModuleContext, block: Node): Node | null {
  const stmts = effectiveStatements(block);
  // client = boto3.client(...); return client
  if (
    stmts.length === 2 &&
    stmts[0]!.type === "expression_statement" &&
    stmts[1]!.type === "return_statement"
  ) {
    const assign = namedChildren(stmts[0]!)[0];
    const left = assign?.type === "assignment" ? field(assign, "left") : null;
    const right = assign?.type === "assignment" ? field(assign, "right") : null;
    const returned = namedChildren(stmts[1]!)[0];
    if (
      left !== null &&
      right !== null &&
      left.type === "identifier" &&
      returned !== undefined &&
      unparen(returned).type === "identifier" &&
      unparen(returned).text === left.text &&
      boto3CallKind(moduleScope(mod), right) === "client"
    )
      return unparen(right);
    return null;
  }
  if (stmts.length !== 1) return null;
  const s = stmts[0]!;
  let value: Node | null = null;
  if (s.type === "return_statement") value = namedChildren(s)[0] ?? null;
  else if (s.type === "expression_statement") {
    const y = namedChildren(s)[0];
    if (y !== undefined && y.type === "yield") value = namedChildren(y)[0] ?? null;
  } else if (s.type === "with_statement") {
    // with mock_aws(): yield boto3.client(...)
    const clause = namedChildren(s).find((c) => c.type === "with_clause");
    const items = clause === undefined ? [] : namedChildren(clause);
    const item = items.length === 1 ? field(items[0]!, "value") : null;
    const manager = item === null ? null : unparen(item);
    const fn = manager !== null && manager.type === "call" ? field(manager, "function") : manager;
    const d = fn === null ? null : dottedName(fn);
    const body = field(s, "body");
    if (d !== null && mod.imports.get(d)?.kind === "mock-aws" && body !== null) return factoryCall(mod, body);
    return null;
  } else if (s.type === "if_statement") {
    // if allow_aws_request(): yield boto3.client(...) else: with mock_aws(): yield boto3.client(...)
    const alternatives = namedChildren(s).filter((c) => c.type === "elif_clause" || c.type === "else_clause");
    const then = field(s, "consequence");
    const otherwise =
      alternatives.length === 1 && alternatives[0]!.type === "else_clause"
        ? field(alternatives[0]!, "body")
        : null;
    if (then === null || otherwise === null) return null;
    const cond = field(s, "condition");
    const taken = cond === null ? null : moduleCondition(mod, cond);
    if (taken !== null) return factoryCall(mod, taken ? then : otherwise);
    // Either way the same client: the condition does not matter.
    const a = factoryCall(mod, then);
    const b = factoryCall(mod, otherwise);
    return a !== null && b !== null && a.text === b.text ? a : null;
  }
  if (value === null) return null;
  return boto3CallKind(moduleScope(mod), value) === "client" ? unparen(value) : null;
}

/**
 * The client a function definition builds, when it is a client factory taking no arguments, or a
 * client fixture whose parameters are fixtures with a literal value (`constants`, by fixture
 * name): `def iot_client(region_name): yield boto3.client("iot", region_name=region_name)`.
 */
export function clientFactory(
  mod: ModuleContext,
  def: Node,
  constants: ReadonlyMap<string, Expr> = new Map(),
): ClientCall | null {
  const params = parameters(field(def, "parameters"));
  if (params.some((p) => !p.hasDefault && p.splat === null && !constants.has(p.name))) return null;
  const body = field(def, "body");
  if (body === null) return null;
  const call = factoryCall(mod, body);
  if (call === null) return null;
  const given = params.filter((p) => constants.has(p.name)).map((p) => p.name);
  const scope = given.length === 0 ? moduleScope(mod) : new Scope(mod, "module", new Set(given), null, null);
  const c = lowerClientCall(scope, call);
  if (isFailure(c)) return null;
  if (c.region?.kind !== "Name") return c;
  const value = given.includes(c.region.id) ? constants.get(c.region.id) : undefined;
  return value === undefined ? c : { ...c, region: value };
}

/**
 * The clients a function returns as a tuple, when it takes no arguments and only returns
 * `(boto3.client(...), boto3.client(...), ...)`: `ec2, iam = _get_clients()` declares each.
 */
export function clientTupleFactory(mod: ModuleContext, def: Node): ClientCall[] | null {
  const params = parameters(field(def, "parameters"));
  if (params.some((p) => !p.hasDefault && p.splat === null)) return null;
  const body = field(def, "body");
  const stmts = body === null ? [] : effectiveStatements(body);
  if (stmts.length !== 1 || stmts[0]!.type !== "return_statement") return null;
  const value = namedChildren(stmts[0]!)[0];
  const tuple = value === undefined ? null : unparen(value);
  if (tuple === null || (tuple.type !== "tuple" && tuple.type !== "expression_list")) return null;
  const out: ClientCall[] = [];
  for (const el of namedChildren(tuple)) {
    if (boto3CallKind(moduleScope(mod), el) !== "client") return null;
    const c = lowerClientCall(moduleScope(mod), unparen(el));
    if (isFailure(c)) return null;
    out.push(c);
  }
  return out.length > 0 ? out : null;
}
