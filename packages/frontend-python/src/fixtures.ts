/**
 * pytest fixtures as setup helpers (issue 8): a test parameter naming a fixture becomes, at the
 * top of the test, a call of the fixture's function (itself translated once as a helper) bound
 * to the parameter's name, after the fixtures it takes in turn (a client fixture is a client
 * declaration). Autouse fixtures are called the same way before every test.
 */
import { FRONTEND, type Expr, type Stmt } from "@moto2rust/ir";
import type { Scope } from "./context.js";
import { fail, type Failure } from "./failure.js";
import { finalReturnOf } from "./helper-calls.js";
import { field, type Node } from "./parser.js";

/** The statements that provide fixture `name` to a test, appended to `out`; a failure when it cannot be provided. */
export function fixtureSetup(
  scope: Scope,
  name: string,
  at: Node,
  resolved: Set<string>,
  out: Stmt[],
  chain: readonly string[] = [],
): Failure | null {
  const mod = scope.mod;
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
  if (fn === undefined || def === undefined) return fail(`fixture parameter ${name}`, at);
  if (def.params.some((p) => p.name === "request"))
    return fail(`fixture ${name} that reads request (params=/request.param)`, at);
  const args: { param: string; value: Expr }[] = [];
  for (const p of def.params) {
    if (p.splat !== null) return fail(`fixture ${name} with ${p.splat}${p.name}`, at);
    const f = fixtureSetup(scope, p.name, at, resolved, out, [...chain, name]);
    if (f !== null) return f;
    args.push({ param: p.name, value: { kind: "Name", id: p.name, span } });
  }
  const call: Expr = { kind: "HelperCall", name: fn, args, span };
  if (returnsValue(def.node)) out.push({ kind: "Assign", target: name, value: call, span });
  else out.push({ kind: "ExprStmt", expr: call, span });
  resolved.add(name);
  return null;
}

function returnsValue(def: Node): boolean {
  const r = finalReturnOf(field(def, "body"));
  return r !== null && r.namedChildren.length > 0;
}
