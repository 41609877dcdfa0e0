/**
 * Decorators defined in the moto tree that create resources for a test (issue 8:
 * `@dynamodb_aws_verified(add_range=True)`, `@s3_aws_verified`, `@sqs_aws_verified()`): the
 * decorator's definition is partially evaluated around the test (decorator-eval.ts); what it
 * creates becomes statements before the test body, what it passes to the test binds the test's
 * parameters (`table_name`, `bucket_name`, a client), and what it deletes afterwards becomes
 * statements after the body. A decorator that cannot be evaluated skips the test with the
 * construct and its place in the decorator's file.
 */
import { FRONTEND, type Stmt } from "@moto2rust/ir";
import type { Scope } from "./context.js";
import { callArgs } from "./call-args.js";
import { fail, type Failure } from "./failure.js";
import type { Param } from "./locals.js";
import { field, type Node } from "./parser.js";
import type { DecoratorInfo } from "./pytest-idioms.js";
import { foreignModule, ownModule, type EvalModule } from "./decorator-modules.js";
import { evaluateDecorator } from "./decorator-eval.js";
import { toExpr } from "./decorator-values.js";

export interface DecoratorSetup {
  /** Statements before the test body: the decorator's setup, then the injected parameters. */
  readonly prelude: Stmt[];
  /** Statements after the test body. */
  readonly teardown: Stmt[];
  /** Test parameters the decorator provides. */
  readonly provided: ReadonlySet<string>;
}

/** The definition a decorator's name refers to: a function of this module or one it imports from the moto tree. */
function decoratorDefinition(scope: Scope, name: string): { module: EvalModule; def: Node } | null {
  const mod = scope.mod;
  const own = mod.helperDefs.get(name);
  if (own !== undefined) return { module: ownModule(mod), def: own.node };
  const foreign = mod.foreign.get(name);
  if (foreign === undefined) return null;
  const def = foreign.node.type === "decorated_definition" ? field(foreign.node, "definition") : foreign.node;
  const module = foreignModule(mod, foreign.file);
  if (def === null || def.type !== "function_definition" || module === null) return null;
  return { module, def };
}

/**
 * What decorator `d` of test `testName` does, or a failure saying why it cannot be translated;
 * null when `d` is not a function of the moto tree (the caller reports it as before). `at` is
 * where diagnostics go (the decorator, or the method name for a class decorator).
 */
export function resourceDecorator(
  scope: Scope,
  d: DecoratorInfo,
  params: readonly Param[],
  testName: string,
  at: Node,
): DecoratorSetup | Failure | null {
  const mod = scope.mod;
  const found = decoratorDefinition(scope, d.name);
  if (found === null) return null;
  let call: { positional: Node[]; keywords: { name: string; value: Node }[] } | null = null;
  if (d.call !== null) {
    const args = callArgs(d.call);
    if (args.splat !== null) return fail(`decorator ${d.name} with argument unpacking`, args.splat);
    call = {
      positional: [...args.positional],
      keywords: args.keywords.map((k) => ({ name: k.name, value: k.value })),
    };
  }
  const span = mod.span(at);
  const label = mod.location === null ? mod.file : mod.location.loader.label(mod.location.path);
  const effect = evaluateDecorator({
    module: found.module,
    def: found.def,
    call,
    testModule: ownModule(mod),
    testParams: params.filter((p) => p.splat === null).map((p) => p.name),
    passThrough: params.filter((p) => p.splat === null && !p.hasDefault).map((p) => p.name),
    prefix: d.name.split(".").pop()!,
    seed: `${label}::${scope.className === null ? "" : scope.className + "."}${testName}`,
    span,
  });
  if ("why" in effect) return fail(`decorator ${d.name}: ${effect.why}`, d.node, effect.code);
  const prelude: Stmt[] = [...effect.setup];
  const provided = new Set<string>();
  for (const [name, v] of effect.injected) {
    if (v.k === "param" && v.name === name) continue;
    const p = params.find((x) => x.name === name && x.splat === null);
    if (p === undefined)
      return fail(`decorator ${d.name} passes ${name}, which the test does not take`, d.node);
    provided.add(name);
    if (v.k === "client") {
      scope.clients.set(name, v.service);
      prelude.push({
        kind: "ClientDecl",
        name,
        service: v.service,
        region: v.region === null ? null : { kind: "Str", value: v.region, span },
        span,
      });
      continue;
    }
    const value = toExpr(v, span);
    if (typeof value === "string") return fail(`decorator ${d.name} passing ${name}: ${value}`, d.node);
    prelude.push({ kind: "Assign", target: name, value, span });
  }
  let teardown: Stmt[];
  if (effect.teardown !== null) teardown = effect.teardown;
  else {
    const why = effect.teardownWhy ?? "it could not be evaluated";
    mod.report(FRONTEND.decoratorTeardownLeftOut(d.name, why), at);
    teardown = [
      {
        kind: "Approximated",
        patch: null,
        note: `the teardown of decorator ${d.name} is not translated: ${why}`,
        source: d.name,
        span,
      },
    ];
  }
  return { prelude, teardown, provided };
}
