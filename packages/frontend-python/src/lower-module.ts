/** A parsed module → IR `Module`: imports, constants, tests and helpers (class methods included). */
import {
  allExprs,
  compareDiagnostics,
  type Expr,
  FRONTEND,
  type ConstantDef,
  type FunctionDef,
  type ImportDef,
  type Module,
} from "@moto2rust/ir";
import { ModuleContext, type ModuleLocation } from "./context.js";
import { isFailure } from "./failure.js";
import { lowerImport } from "./imports.js";
import { lowerFunctionSafely, type ClassInfo } from "./lower-function.js";
import { clientFactory, effectiveStatements } from "./client-factories.js";
import { literalFixtureValue } from "./fixture-values.js";
import { literalString } from "./error-response.js";
import { callArgs } from "./call-args.js";
import { field, namedChildren, snippet, unparen, type Node } from "./parser.js";
import { decoratorInfo, type DecoratorInfo } from "./pytest-idioms.js";
import { failureMessage } from "./context.js";
import { reportSyntaxErrors } from "./syntax-errors.js";
import { boundNames } from "./locals.js";
import { deeperThan, MAX_TREE_DEPTH } from "./depth.js";
import { firstSyntaxError } from "./lower-statement.js";
import { lowerModuleValue, moduleCondition } from "./module-values.js";
import { foldExpr } from "./const-fold.js";
import { usesWebLayer } from "./skip-reasons.js";
import type { Lowered } from "./lower-expression.js";
import { needsProgram, resolveImport } from "./imported-names.js";
import type { ForeignDef } from "./program.js";
import { yieldSplit } from "./fixtures.js";
import { registerHelper } from "./helper-calls.js";
import { isShapedHelper } from "./helper-shapes.js";
import { isMockAwsCall } from "./instance-attributes.js";
import { moduleScope } from "./module-scope.js";

export interface Definition {
  readonly node: Node;
  readonly outer: Node;
  readonly decorators: DecoratorInfo[];
}

/** `def`/`class`, possibly decorated, or null. */
export function definitionOf(node: Node): Definition | null {
  if (node.type === "function_definition" || node.type === "class_definition")
    return { node, outer: node, decorators: [] };
  if (node.type !== "decorated_definition") return null;
  const def = field(node, "definition");
  if (def === null) return null;
  const decorators = namedChildren(node)
    .filter((c) => c.type === "decorator")
    .map(decoratorInfo);
  return { node: def, outer: node, decorators };
}

function note(mod: ModuleContext, node: Node, what: string): void {
  mod.report(FRONTEND.ignoredAtModuleLevel(what, snippet(node)), node);
}

const STATEMENT_NAMES: Readonly<Record<string, string>> = {
  if_statement: "module-level if statement",
  try_statement: "module-level try statement",
  for_statement: "module-level for loop",
  while_statement: "module-level while loop",
  with_statement: "module-level with statement",
  expression_statement: "module-level expression",
};

function lowerAssignmentAtModule(
  mod: ModuleContext,
  stmt: Node,
  assign: Node,
  constants: ConstantDef[],
): void {
  const left = field(assign, "left");
  const right = field(assign, "right");
  const target = left === null ? null : unparen(left);
  if (target === null || target.type !== "identifier" || right === null || right.type === "assignment") {
    for (const name of boundNames(mod, stmt)) {
      mod.constants.delete(name);
      mod.moduleVars.add(name);
    }
    note(mod, stmt, "module-level assignment");
    return;
  }
  const name = target.text;
  const value = literalOrSelf(mod, lowerModuleValue(mod, right));
  if (isFailure(value)) {
    mod.constants.delete(name);
    mod.moduleVars.add(name);
    mod.report(FRONTEND.moduleVariableNotConstant(name, failureMessage(value).text), stmt);
    return;
  }
  // A constant has one value for the whole run: `str(uuid4())` is a module variable.
  if ([...allExprs(value)].some((e) => e.kind === "BuiltinCall" && e.name === "uuid4")) {
    mod.moduleVars.add(name);
    mod.report(FRONTEND.moduleVariableNotConstant(name, "its value is random"), stmt);
    return;
  }
  // `ACCOUNT_ID = DEFAULT_ACCOUNT_ID`: another alias of the well-known constant.
  if (value.kind === "Const" && value.wellKnown === "account-id") {
    mod.imports.set(name, { module: "<module>", name: "DEFAULT_ACCOUNT_ID", kind: "account-id" });
    return;
  }
  if (mod.constants.has(name) || mod.moduleVars.has(name)) {
    mod.constants.delete(name);
    mod.moduleVars.add(name);
    mod.report(FRONTEND.moduleVariableNotConstant(name, "it is assigned more than once"), stmt);
    return;
  }
  mod.constants.set(name, value);
  constants.push({ kind: "Constant", name, value, span: mod.span(stmt) });
}

/** A value that folds to a literal (`PREFIX + "-x"` with a string `PREFIX`) is that literal. */
function literalOrSelf(mod: ModuleContext, value: Lowered): Lowered {
  if (isFailure(value)) return value;
  const f = foldExpr(value, { lookup: (n) => mod.constants.get(n), at: null });
  return SCALAR_LITERALS.has(f.kind) ? f : value;
}
const SCALAR_LITERALS: ReadonlySet<Expr["kind"]> = new Set(["Str", "Bytes", "Int", "Float", "Bool"]);

function classInfoOf(def: Definition): ClassInfo {
  const name = field(def.node, "name")?.text ?? "<anonymous>";
  const supers = field(def.node, "superclasses")?.text ?? "";
  return {
    name,
    decorators: def.decorators,
    isTestClass: name.startsWith("Test") || /TestCase\b/.test(supers),
  };
}

const CLASS_SETUP_HOOKS = new Set(["setup_method", "setUp", "setup_class", "setUpClass", "setup"]);
const MODULE_SETUP_HOOKS = new Set(["setup_module", "setUpModule", "setup_function"]);

/** Is this function a setup hook that does something (`setup_method`, an autouse fixture, …)? */
function isSetupHook(mod: ModuleContext, d: Definition, hookNames: ReadonlySet<string>): boolean {
  const name = field(d.node, "name")?.text ?? "";
  // An autouse fixture that only builds a client does nothing a test can see (its mock_aws() is a no-op).
  const fixture = d.decorators.find((x) => x.name === "pytest.fixture");
  if (fixture !== undefined && mod.clientFixtures.has(fixtureNameOf(fixture, name))) return false;
  const autouse = d.decorators.some(
    (x) =>
      x.name === "pytest.fixture" &&
      x.call !== null &&
      callArgs(x.call).keywords.some((k) => k.name === "autouse" && k.value.text === "True"),
  );
  if (!autouse && !hookNames.has(name)) return false;
  const body = field(d.node, "body");
  return body !== null && effectiveStatements(body).length > 0;
}

function lowerClass(
  mod: ModuleContext,
  def: Definition,
  functions: FunctionDef[],
  moduleHooks: readonly string[],
): void {
  const info = classInfoOf(def);
  const members = namedChildren(field(def.node, "body") ?? def.node);
  const hooks = [...moduleHooks];
  // Class-level `mock = mock_aws()`: its `cls.mock.start()` / `.stop()` are no-ops.
  const classMocks: string[] = [];
  for (const member of members) {
    const assign = member.type === "expression_statement" ? namedChildren(member)[0] : undefined;
    const left = assign?.type === "assignment" ? field(assign, "left") : null;
    const right = assign?.type === "assignment" ? field(assign, "right") : null;
    if (
      left !== null &&
      right !== null &&
      left.type === "identifier" &&
      isMockAwsCall(mod, moduleScope(mod), right)
    ) {
      classMocks.push(left.text);
    }
  }
  // The class's setup hook runs first in each test method (instance-attributes.ts); a second one is unsupported.
  let classSetup: Node | null = null;
  for (const member of members) {
    const d = definitionOf(member);
    if (d !== null && d.node.type === "function_definition" && isSetupHook(mod, d, CLASS_SETUP_HOOKS)) {
      if (classSetup === null && d.decorators.every((x) => x.name === "classmethod")) classSetup = d.node;
      else hooks.push(`${info.name}.${field(d.node, "name")?.text ?? ""}`);
    }
  }
  for (const member of members) {
    if (member.parent !== null && member.parent.type !== "block") continue;
    const d = definitionOf(member);
    if (d !== null && d.node.type === "function_definition") {
      functions.push(
        lowerFunctionSafely(mod, {
          def: d.node,
          outer: d.outer,
          decorators: d.decorators,
          classInfo: info,
          setupHooks: hooks,
          classSetup,
          classMocks,
        }),
      );
      continue;
    }
    if (member.type === "pass_statement" || member.type === "comment" || member.type === "ERROR") continue;
    if (member.type === "expression_statement") {
      const only = namedChildren(member)[0];
      if (only !== undefined && (only.type === "string" || only.type === "concatenated_string")) continue;
    }
    note(mod, member, d !== null ? "nested class" : "class-level statement");
  }
}

/**
 * Pass 1 of a module: its names (imports, constants, functions, classes) in source order, then
 * its fixtures and client factories. Shared by the module being translated and the modules it
 * imports from (see module-summary.ts).
 */
export function declareNames(
  mod: ModuleContext,
  top: readonly Node[],
): { imports: ImportDef[]; constants: ConstantDef[] } {
  const imports: ImportDef[] = [];
  const constants: ConstantDef[] = [];
  declareStatements(mod, top, imports, constants);

  // Pass 1b: fixtures and client factories (they may use constants defined after them); first
  // the fixtures with a literal value, which client fixtures may take as their region.
  for (const node of top) {
    const def = definitionOf(node);
    if (def === null || def.node.type !== "function_definition" || deeperThan(def.outer)) continue;
    const name = field(def.node, "name")?.text;
    const fixture = def.decorators.find((d) => d.name === "pytest.fixture");
    if (name === undefined || fixture === undefined) continue;
    if (fixture.call !== null && callArgs(fixture.call).keywords.some((k) => k.name === "params")) continue;
    const value = literalFixtureValue(mod, def.node);
    if (value !== null) mod.literalFixtures.set(fixtureNameOf(fixture, name), value);
  }
  for (const node of top) {
    const def = definitionOf(node);
    if (
      def === null ||
      def.node.type !== "function_definition" ||
      deeperThan(def.outer) ||
      firstSyntaxError(def.outer) !== null
    )
      continue;
    const name = field(def.node, "name")?.text;
    if (name === undefined) continue;
    const fixture = def.decorators.find((d) => d.name === "pytest.fixture");
    const fixtureName = fixture === undefined ? null : fixtureNameOf(fixture, name);
    const web = usesWebLayer(def.node);
    if (web !== null) mod.webLayerUsers.set(name, web);
    if (fixtureName !== null) {
      mod.fixtures.add(fixtureName);
      if (web !== null) mod.webLayerUsers.set(fixtureName, web);
    }
    const factory = clientFactory(mod, def.node, fixtureName === null ? undefined : mod.literalFixtures);
    registerHelper(mod, def.node, factory !== null);
    if (fixtureName !== null && factory === null) mod.fixtureFunctions.set(fixtureName, name);
    if (factory === null) continue;
    if (fixtureName !== null) mod.clientFixtures.set(fixtureName, factory);
    else mod.clientFactories.set(name, factory);
  }
  return { imports, constants };
}

/**
 * The branch a module-level `if` takes when moto's suite runs in process (`if
 * settings.TEST_DECORATOR_MODE: ... else: ...`), or null when its condition depends on anything
 * else (then every name it binds is a variable).
 */
function takenBranch(mod: ModuleContext, node: Node): readonly Node[] | null {
  if (node.type !== "if_statement") return null;
  const alternatives = namedChildren(node).filter(
    (c) => c.type === "elif_clause" || c.type === "else_clause",
  );
  if (alternatives.some((c) => c.type === "elif_clause")) return null;
  const cond = field(node, "condition");
  const then = field(node, "consequence");
  if (cond === null || then === null) return null;
  const v = moduleCondition(mod, cond);
  if (v === null) return null;
  if (v) return namedChildren(then);
  const otherwise = alternatives[0] === undefined ? null : field(alternatives[0], "body");
  return otherwise === null ? [] : namedChildren(otherwise);
}

const NO_PATH = FRONTEND.importsNeedPath();

function declareStatements(
  mod: ModuleContext,
  top: readonly Node[],
  imports: ImportDef[],
  constants: ConstantDef[],
): void {
  for (const node of top) {
    if (deeperThan(node) && definitionOf(node) === null) {
      for (const name of topLevelTargets(node)) {
        mod.constants.delete(name);
        mod.moduleVars.add(name);
      }
      note(mod, node, `code nested deeper than ${MAX_TREE_DEPTH} levels`);
      continue;
    }
    if (
      firstSyntaxError(node) !== null &&
      node.type !== "decorated_definition" &&
      node.type !== "function_definition" &&
      node.type !== "class_definition"
    )
      continue;
    if (
      node.type === "import_statement" ||
      node.type === "import_from_statement" ||
      node.type === "future_import_statement"
    ) {
      const lowered = lowerImport(mod, node);
      imports.push(...lowered.defs);
      for (const [name, binding] of lowered.bindings) {
        mod.imports.set(name, binding);
        if (
          mod.location === null &&
          needsProgram(binding) &&
          !mod.diagnostics.some((d) => d.message === NO_PATH.text)
        )
          mod.report(NO_PATH, node);
      }
      continue;
    }
    const def = definitionOf(node);
    if (def !== null) {
      const name = field(def.node, "name")?.text;
      if (name === undefined) continue;
      if (def.node.type === "class_definition") mod.classes.add(name);
      else mod.functions.add(name);
      continue;
    }
    if (node.type === "expression_statement") {
      const only = namedChildren(node);
      const first = only[0];
      if (only.length === 1 && first !== undefined && first.type === "assignment") {
        lowerAssignmentAtModule(mod, node, first, constants);
        continue;
      }
      if (
        only.length === 1 &&
        first !== undefined &&
        (first.type === "string" || first.type === "concatenated_string")
      )
        continue;
    }
    if (node.type === "ERROR") continue;
    const branch = takenBranch(mod, node);
    if (branch !== null) {
      declareStatements(mod, branch, imports, constants);
      continue;
    }
    // Names bound inside module-level if/try/for/with are variables, not constants.
    for (const name of boundNames(mod, node)) {
      if (mod.imports.has(name)) continue;
      mod.constants.delete(name);
      mod.moduleVars.add(name);
    }
    note(mod, node, STATEMENT_NAMES[node.type] ?? node.type.replace(/_/g, " "));
  }
}

/**
 * Functions, fixtures and decorators of other files that `mod` can use: what its imports name
 * in the moto tree, and the fixtures of the `conftest.py` files above it.
 */
export function declareForeign(mod: ModuleContext): void {
  const where = mod.location;
  if (where === null) return;
  for (const [local, binding] of mod.imports) {
    // Functions come from test modules; moto's own modules only lend constants.
    if (binding.kind !== "other" || !needsProgram(binding)) continue;
    const r = resolveImport(mod, binding);
    if (r.kind === "definition") {
      mod.foreign.set(local, r.def);
      importFixture(mod, r.def);
    } else if (r.kind === "module") {
      for (const [name, def] of r.summary.definitions) mod.foreign.set(`${local}.${name}`, def);
    }
  }
  for (const conftest of where.loader.conftests(where.path)) {
    const summary = where.loader.summary(conftest);
    if (summary === null) continue;
    for (const [name, def] of summary.fixtures) {
      if (mod.foreign.has(name) || mod.fixtures.has(name) || mod.functions.has(name)) continue;
      mod.foreign.set(name, def);
      const web = usesWebLayer(def.node);
      if (web !== null) mod.webLayerUsers.set(name, web);
      const client = summary.clientFixtures.get(name);
      if (client !== undefined) mod.clientFixtures.set(name, client);
      const literal = summary.literalFixtures.get(name);
      if (literal !== undefined) mod.literalFixtures.set(name, literal);
      mod.fixtures.add(name);
    }
  }
}

/**
 * A fixture function imported by name (`from . import fixture_efs`): pytest offers it to the
 * module's tests under its fixture name, like a fixture defined in the module.
 */
function importFixture(mod: ModuleContext, def: ForeignDef): void {
  const summary = mod.location?.loader.summary(def.file) ?? null;
  const fn = definitionOf(def.node)?.node;
  const name = fn === undefined ? undefined : field(fn, "name")?.text;
  const fixture = name === undefined ? undefined : summary?.fixtureNames.get(name);
  if (summary === null || fixture === undefined || mod.fixtures.has(fixture) || mod.functions.has(fixture))
    return;
  mod.fixtures.add(fixture);
  const web = usesWebLayer(def.node);
  if (web !== null) mod.webLayerUsers.set(fixture, web);
  const client = summary.clientFixtures.get(fixture);
  if (client !== undefined) mod.clientFixtures.set(fixture, client);
  const literal = summary.literalFixtures.get(fixture);
  if (literal !== undefined) mod.literalFixtures.set(fixture, literal);
}

/** Lower a parsed module (syntax errors included); `location` lets it read the moto tree it sits in. */
export function lowerModule(
  file: string,
  source: string,
  root: Node,
  location: ModuleLocation | null = null,
): Module {
  const mod = new ModuleContext(file, source, location);
  reportSyntaxErrors(mod, root);
  const top = namedChildren(root);
  const { imports, constants } = declareNames(mod, top);
  declareForeign(mod);

  // Module-level setup hooks (autouse fixtures, setup_module) run before every test.
  const moduleHooks: string[] = [];
  for (const node of top) {
    const def = definitionOf(node);
    if (
      def !== null &&
      def.node.type === "function_definition" &&
      isSetupHook(mod, def, MODULE_SETUP_HOOKS)
    ) {
      moduleHooks.push(field(def.node, "name")?.text ?? "");
    }
  }

  // Pass 2: functions and class methods, in source order.
  const functions: FunctionDef[] = [];
  for (const node of top) {
    const def = definitionOf(node);
    if (def === null) continue;
    if (def.node.type === "class_definition") lowerClass(mod, def, functions, moduleHooks);
    else if (def.node.type === "function_definition") {
      // A client fixture is a client declaration in each test that takes it: nothing to lower.
      const fixture = def.decorators.find((d) => d.name === "pytest.fixture");
      const fnName = field(def.node, "name")?.text ?? "";
      if (fixture !== undefined && mod.clientFixtures.has(fixtureNameOf(fixture, fnName))) continue;
      const src = {
        def: def.node,
        outer: def.outer,
        decorators: def.decorators,
        classInfo: null,
        setupHooks: moduleHooks,
      };
      // A helper lowered per call shape: its calls use the variants, so what the generic lowering
      // finds unsupported is no caller's reason (helper-shapes.ts).
      const shaped = isShapedHelper(mod, def.node);
      if (shaped) mod.quietUnsupported++;
      functions.push(lowerFunctionSafely(mod, src));
      if (shaped) mod.quietUnsupported--;
      // A yield fixture's teardown is a second helper (see fixtures.ts).
      const name = field(def.node, "name")?.text ?? "";
      if (
        def.decorators.some((d) => d.name === "pytest.fixture") &&
        mod.helperDefs.get(name)?.node === def.node &&
        yieldSplit(def.node) !== null
      )
        functions.push(lowerFunctionSafely(mod, { ...src, teardown: true }));
    }
  }

  const diagnostics = [...mod.diagnostics].sort(compareDiagnostics);
  // A constant later rebound to something else is not a constant.
  const kept = constants.filter((c) => mod.constants.get(c.name) === c.value);
  return {
    kind: "Module",
    file,
    imports,
    // Imported constants are self-contained, so they come first: local ones may refer to them.
    constants: [...mod.importedConstants, ...kept],
    // Helpers read from other files of the moto tree and helper variants, after the module's own functions.
    functions: [...functions, ...mod.addedFunctions],
    diagnostics,
  };
}

/** `@pytest.fixture(name="client")` → `client`; `@pytest.fixture` → the function name. */
export function fixtureNameOf(d: DecoratorInfo, functionName: string): string {
  if (d.call === null) return functionName;
  const kw = callArgs(d.call).keywords.find((k) => k.name === "name");
  return (kw === undefined ? null : literalString(kw.value)) ?? functionName;
}

/** `X = ...` / `X: T = ...` targets of a top-level statement, without descending into it. */
function topLevelTargets(node: Node): string[] {
  if (node.type !== "expression_statement") return [];
  const assign = namedChildren(node)[0];
  if (assign === undefined || assign.type !== "assignment") return [];
  const left = field(assign, "left");
  return left !== null && left.type === "identifier" ? [left.text] : [];
}
