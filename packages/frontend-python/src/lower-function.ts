/** One `def` (module-level function or class method) → `FunctionDef`. */
import { FRONTEND, type FunctionDef, type Message, type Parametrize, type Stmt } from "@moto2rust/ir";
import { failureMessage, Scope, type ModuleContext } from "./context.js";
import { moduleScope } from "./module-scope.js";
import { callArgs } from "./call-args.js";
import { fail, isFailure, type Failure } from "./failure.js";
import { boundNames, parameters } from "./locals.js";
import { field, snippet, type Node } from "./parser.js";
import { deeperThan, MAX_TREE_DEPTH } from "./depth.js";
import { combineParametrize, decoratorRole, lowerParametrize, type DecoratorInfo } from "./pytest-idioms.js";
import { lowerBlock, lowerStatements, unsupported } from "./lower-statement.js";
import { lowerExpr } from "./lower-expression.js";
import { scanMotoInternals, skipConditionKind } from "./skip-reasons.js";
import { literalString } from "./error-response.js";
import { stableNames } from "./stable-names.js";
import { singleBlockNames } from "./literal-mutations.js";
import { clientParams, finalReturnOf } from "./helper-calls.js";
import { builtinFixture, fixtureSetup, fixtureUses, teardownName, yieldSplit } from "./fixtures.js";
import { assignedAttributes, selfLocal } from "./instance-attributes.js";
import { mergedKwargs, type HelperVariant } from "./helper-shapes.js";
import { resourceDecorator, type DecoratorSetup } from "./resource-decorators.js";

export interface ClassInfo {
  readonly name: string;
  readonly decorators: readonly DecoratorInfo[];
  /** pytest collects its `test*` methods (`Test*` classes, `unittest.TestCase` subclasses). */
  readonly isTestClass: boolean;
}

export interface FunctionSource {
  /** The `function_definition` node. */
  readonly def: Node;
  /** The `decorated_definition` around it, or the `def` itself. */
  readonly outer: Node;
  readonly decorators: readonly DecoratorInfo[];
  readonly classInfo: ClassInfo | null;
  /** Setup hooks pytest runs before a test here (`setup_method`, autouse fixtures), by name. */
  readonly setupHooks: readonly string[];
  /** The class's setup hook (`setup_method`, `setUp`, ...) `def`, run first in each test method. */
  readonly classSetup?: Node | null;
  /** Class-level attributes bound to `mock_aws()`. */
  readonly classMocks?: readonly string[];
  /** Lower the statements after a fixture's `yield` as its teardown helper (see fixtures.ts). */
  readonly teardown?: boolean;
  /** A helper variant's call shape (helper-shapes.ts). */
  readonly variant?: HelperVariant;
}

interface DecoratorUse {
  readonly info: DecoratorInfo;
  /** Inherited from a class decorator: diagnostics point at the method name instead. */
  readonly fromClass: boolean;
}

function lowerFunction(mod: ModuleContext, src: FunctionSource): FunctionDef {
  const { def, outer, classInfo } = src;
  const nameNode = field(def, "name");
  const name = nameNode?.text ?? "<anonymous>";
  const anchor = nameNode ?? def;
  if (deeperThan(outer)) return tooDeep(mod, src, name, anchor);
  const isStatic = src.decorators.some((d) => d.name === "staticmethod");
  let params = parameters(field(def, "parameters"));
  let selfName: string | null = null;
  if (classInfo !== null && !isStatic && params.length > 0 && params[0]!.splat === null) {
    selfName = params[0]!.name;
    params = params.slice(1);
  }
  const role = name.startsWith("test") && (classInfo === null || classInfo.isTestClass) ? "test" : "helper";
  const body = field(def, "body");
  const locals = boundNames(mod, body);
  const assignedInBody = new Set(locals);
  for (const p of params) locals.add(p.name);
  if (selfName !== null) locals.add(selfName);
  // Test classes: the setup hook's locals and the instance attributes it and the method assign.
  const setup = role === "test" && selfName !== null ? (src.classSetup ?? null) : null;
  const setupBody = setup === null ? null : field(setup, "body");
  const setupSelf = setup === null ? null : (parameters(field(setup, "parameters"))[0]?.name ?? null);
  const attrs =
    selfName === null
      ? []
      : [
          ...(setupSelf === null ? [] : assignedAttributes(setupBody, setupSelf)),
          ...assignedAttributes(body, selfName),
        ];
  for (const a of attrs) locals.add(selfLocal(a));
  if (setupBody !== null) for (const n of boundNames(mod, setupBody)) locals.add(n);
  const scope = new Scope(mod, role, locals, classInfo?.name ?? null, selfName);
  for (const a of attrs) scope.selfAttrs.add(a);
  for (const m of src.classMocks ?? []) scope.mockAttrs.add(m);
  if (src.variant !== undefined) {
    scope.shape = new Map(src.variant.shape);
    scope.literalParams = new Map(src.variant.literals);
    const h = mod.helperDefs.get(name);
    const merged = h === undefined ? null : mergedKwargs(h);
    if (src.variant.kwargKeys !== null && merged !== null)
      scope.kwargsMerge = { dict: merged, keys: src.variant.kwargKeys };
  }
  scope.stable = stableNames(
    body,
    params.map((p) => p.name),
  );
  scope.singleBlock = singleBlockNames(
    body,
    params.map((p) => p.name),
  );
  const atModule = moduleScope(mod);
  // A helper a test may call: its final `return` is its result; receivers of method calls are clients.
  const isHelper = role === "helper" && classInfo === null && mod.helperDefs.get(name)?.node === def;
  let clients: string[] = [];
  const isFixture = src.decorators.some((d) => d.name === "pytest.fixture");
  const split = isHelper && isFixture ? yieldSplit(def) : null;
  if (isHelper && isFixture && params.some((p) => p.name === "request")) scope.requestParam = "request";
  if (isHelper) {
    scope.finalReturn =
      split === null ? finalReturnOf(body) : src.teardown === true ? null : split.setup.at(-1)!;
    clients = clientParams(
      def,
      params.map((p) => p.name),
      assignedInBody,
      mod,
    );
    for (const c of mod.helperDefs.get(name)?.ownClients ?? []) {
      scope.ownClients.add(c.name);
      clients.unshift(c.name);
    }
    // A fixture's client-fixture parameters are clients the test passes in.
    for (const p of params)
      if (mod.clientFixtures.has(p.name) && !clients.includes(p.name)) clients.push(p.name);
    for (const c of clients) scope.clients.set(c, "");
  }

  const prelude: Stmt[] = [];
  const reject = (stmtNode: Node, f: Failure): void => {
    prelude.push(unsupported(scope, stmtNode, f));
  };
  /** A class decorator problem, reported at the method name (inside the method's span). */
  const rejectInherited = (d: DecoratorInfo, f: Failure): void => {
    const at = mod.span(anchor);
    mod.report(failureMessage(f, " (class decorator)"), at);
    prelude.push({ kind: "Unsupported", construct: f.construct, source: d.node.text, span: at });
  };

  const uses: DecoratorUse[] = [
    ...(classInfo?.decorators ?? []).map((info) => ({ info, fromClass: true })),
    ...src.decorators.map((info) => ({ info, fromClass: false })),
  ];
  const parametrizes: Parametrize[] = [];
  let parametrizeFailed = false;
  const resources: DecoratorSetup[] = [];
  let decoratorFailed = false;
  for (const { info, fromClass } of uses) {
    const r = decoratorRole(atModule, info);
    const problem = (f: Failure): void => (fromClass ? rejectInherited(info, f) : reject(info.node, f));
    switch (r.kind) {
      case "harmless":
      case "fixture":
        break;
      case "parametrize": {
        const p = lowerParametrize(atModule, info);
        if (isFailure(p)) {
          parametrizeFailed = true;
          problem(p);
        } else parametrizes.push(p);
        break;
      }
      case "skipif": {
        const cond = info.call === null ? null : (callArgs(info.call).positional[0] ?? null);
        if (
          cond !== null &&
          literalString(cond) === null &&
          skipConditionKind(atModule, cond) === "skipped"
        ) {
          const f = fail("test skipped unless TEST_SERVER_MODE", info.node, "server-mode-only");
          if (fromClass) mod.report(failureMessage(f, " (class decorator)"), mod.span(anchor));
          else mod.reportFailure(f);
        }
        break;
      }
      case "moto-internal":
        problem(fail(r.construct, info.node, "moto-internal"));
        break;
      case "unsupported": {
        // A decorator defined in the moto tree: evaluated around the test (resource-decorators.ts).
        const res =
          role === "test"
            ? resourceDecorator(scope, info, params, name, fromClass ? anchor : info.node)
            : null;
        if (res !== null && !isFailure(res)) resources.push(res);
        else {
          decoratorFailed = true;
          problem(res ?? fail(r.construct, info.node));
        }
        break;
      }
      case "approximated":
        prelude.push({
          kind: "Approximated",
          patch: r.patch,
          note: r.note,
          source: info.node.text.replace(/^@\s*/, ""),
          span: mod.span(fromClass ? anchor : info.node),
        });
        break;
    }
  }
  const fixtures = fixtureUses();
  const { resolved, teardown } = fixtures;
  /** Provide a fixture: its setup goes to the prelude, or nothing of it when it fails. */
  const provide = (fixture: string, at: Node): Failure | null => {
    const cases = fixtures.params.length;
    const f = fixtureSetup(scope, fixture, at, fixtures);
    const setupStmts = fixtures.setup.splice(0);
    if (f !== null) fixtures.params.splice(cases);
    else prelude.push(...setupStmts);
    return f;
  };
  const provided = new Set(resources.flatMap((res) => [...res.provided]));
  if (role === "test") {
    for (const hook of src.setupHooks) {
      // An autouse fixture: called before the test like any fixture.
      const autouse = [...mod.fixtureFunctions].find(([, fn]) => fn === hook)?.[0];
      if (autouse !== undefined) {
        const f = provide(autouse, anchor);
        if (f !== null) reject(anchor, f);
        continue;
      }
      const f = fail(`setup hook ${hook}() that runs before the test`, anchor);
      mod.reportFailure(f);
      prelude.push({ kind: "Unsupported", construct: f.construct, source: hook, span: mod.span(anchor) });
    }
  }
  const testParametrize = parametrizeFailed ? null : combineParametrize(parametrizes);
  const paramNames = new Set(testParametrize?.names ?? []);
  for (const p of params) {
    const clientFixture = mod.clientFixtures.get(p.name);
    const web = role === "test" ? mod.webLayerUsers.get(p.name) : undefined;
    if (provided.has(p.name)) continue;
    if (web !== undefined)
      reject(p.node, fail(`fixture ${p.name} that uses ${web}`, p.node, "moto-internal"));
    else if (p.splat === "**" && isHelper) scope.kwargsParam = p.name;
    else if (p.splat !== null) reject(p.node, fail(`variadic parameter ${p.splat}${p.name}`, p.node));
    else if (
      role === "test" &&
      !paramNames.has(p.name) &&
      !parametrizeFailed &&
      clientFixture === undefined &&
      (mod.fixtureFunctions.has(p.name) || mod.fixtures.has(p.name))
    ) {
      const f = provide(p.name, p.node);
      if (f !== null) reject(p.node, f);
    } else if (
      (role === "test" || (isFixture && !isHelper)) &&
      clientFixture !== undefined &&
      !paramNames.has(p.name)
    ) {
      if (resolved.has(p.name)) continue;
      resolved.add(p.name);
      // A fixture that only builds a client: the parameter is a client declaration.
      scope.clients.set(p.name, clientFixture.service);
      prelude.push({
        kind: "ClientDecl",
        name: p.name,
        service: clientFixture.service,
        region: clientFixture.region,
        span: mod.span(p.node),
      });
      if (clientFixture.service === "cloudformation") {
        mod.report(FRONTEND.usesCloudFormation("client"), p.node);
      }
    } else if (role === "test" && p.hasDefault && !paramNames.has(p.name) && !parametrizeFailed) {
      // pytest passes nothing for a parameter with a default (`table_name=None` that a decorator
      // may set): it is its default value.
      const d = field(p.node, "value");
      const value = d === null || decoratorFailed ? null : lowerExpr(atModule, d);
      if (value !== null && !isFailure(value))
        prelude.push({ kind: "Assign", target: p.name, value, span: mod.span(p.node) });
      else if (value !== null) reject(p.node, value);
      else if (!decoratorFailed) reject(p.node, fail(`test parameter ${p.name} with a default`, p.node));
    } else if (role === "test" && !paramNames.has(p.name) && !parametrizeFailed) {
      reject(
        p.node,
        builtinFixture(p.name, p.node) ??
          fail(
            mod.fixtures.has(p.name)
              ? `fixture parameter ${p.name}`
              : `test parameter ${p.name} (a fixture or decorator-injected value)`,
            p.node,
          ),
      );
    }
  }

  if (setup !== null && setupBody !== null) {
    const hookName = field(setup, "name")?.text ?? "setup";
    if (setupSelf === null) reject(anchor, fail(`setup hook ${hookName}() without a receiver`, anchor));
    else {
      if (setupSelf !== selfName) scope.setupSelf = setupSelf;
      scanMotoInternals(scope, setupBody);
      prelude.push(...lowerBlock(scope, setupBody));
      scope.setupSelf = null;
    }
  }
  // The decorators run after fixtures and setup hooks, around the body: outermost first, teardown last.
  for (const res of resources) prelude.push(...res.prelude);
  if (body !== null) scanMotoInternals(scope, body);
  const stmts =
    split === null
      ? [...lowerBlock(scope, body), ...resources.toReversed().flatMap((res) => res.teardown)]
      : lowerStatements(scope, src.teardown === true ? split.teardown : split.setup);
  const yielded = src.teardown === true && split?.yielded != null ? [split.yielded] : [];
  // `params=` fixtures: the test runs once per value, after its own parametrize cases.
  const parametrize = parametrizeFailed ? null : combineParametrize([...parametrizes, ...fixtures.params]);
  const fixtureParams = fixtures.params.flatMap((c) => c.names);
  return {
    kind: "Function",
    name: src.teardown === true ? teardownName(name) : name,
    role,
    className: classInfo?.name ?? null,
    params: [...params.map((p) => `${p.splat ?? ""}${p.name}`), ...yielded, ...fixtureParams],
    decorators: uses.map((u) => u.info.name),
    parametrize,
    body: [...prelude, ...stmts, ...teardown],
    span: mod.span(outer),
    ...(isHelper ? { clientParams: clients } : {}),
  };
}

/**
 * Lower a function, turning an unexpected exception (a frontend bug) into an Unsupported
 * statement and a diagnostic, so one bad function never loses the whole module.
 */
export function lowerFunctionSafely(mod: ModuleContext, src: FunctionSource): FunctionDef {
  try {
    return lowerFunction(mod, src);
  } catch (e) {
    const name = field(src.def, "name")?.text ?? "<anonymous>";
    const message = e instanceof Error ? e.message : String(e);
    const anchor = field(src.def, "name") ?? src.def;
    return placeholder(
      mod,
      src,
      name,
      anchor,
      `${INTERNAL_ERROR}: ${message}`,
      FRONTEND.internalError(message),
    );
  }
}

/** The construct of the placeholder a frontend bug leaves (its diagnostic is an `internal-error`). */
const INTERNAL_ERROR = "internal frontend error";

/** A function whose code nests deeper than lowering can safely recurse: reported, not lowered. */
function tooDeep(mod: ModuleContext, src: FunctionSource, name: string, anchor: Node): FunctionDef {
  const construct = `code nested deeper than ${MAX_TREE_DEPTH} levels`;
  return placeholder(mod, src, name, anchor, construct, failureMessage(fail(construct, anchor)));
}

function placeholder(
  mod: ModuleContext,
  src: FunctionSource,
  name: string,
  anchor: Node,
  construct: string,
  problem: Message,
): FunctionDef {
  mod.report(problem, anchor);
  const role =
    name.startsWith("test") && (src.classInfo === null || src.classInfo.isTestClass) ? "test" : "helper";
  return {
    kind: "Function",
    name,
    role,
    className: src.classInfo?.name ?? null,
    params: [],
    decorators: [...(src.classInfo?.decorators ?? []), ...src.decorators].map((d) => d.name),
    parametrize: null,
    body: [{ kind: "Unsupported", construct, source: snippet(src.outer), span: mod.span(src.outer) }],
    span: mod.span(src.outer),
  };
}
