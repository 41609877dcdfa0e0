/** Python statements → IR statements. A statement the IR cannot express becomes `Unsupported`. */
import {
  FRONTEND,
  isLiteral,
  unpackNames,
  type Expr,
  type Span,
  type Stmt,
  type UnsupportedStmt,
} from "@moto2rust/ir";
import { testPatch } from "./test-patches.js";
import { recordKeys } from "./record-returns.js";
import { inlineRaisesCheck } from "./inline-raises-checks.js";
import { clientTupleFactory } from "./client-factories.js";
import { foreignModule } from "./foreign-helpers.js";
import { callArgs } from "./call-args.js";
import type { Scope } from "./context.js";
import { boto3CallKind, lowerClientCall, type ClientCall } from "./boto3-calls.js";
import { errorPath } from "./error-response.js";
import { fail, isFailure, type Failure } from "./failure.js";
import { lowerImport } from "./imports.js";
import { lowerCond } from "./lower-condition.js";
import { lowerExpr } from "./lower-expression.js";
import { dottedName, field, namedChildren, unparen, type Node } from "./parser.js";
import { isPytestRaises, lowerRaises } from "./pytest-idioms.js";
import { classifySkipGuard } from "./skip-reasons.js";
import {
  enterBlock,
  exitBlock,
  lowerResourceAssignment,
  lowerResourceFor,
  lowerResourceStatement,
  takePreludes,
} from "./resources/index.js";
import { isMockAwsCall, isMockStartStop, selfAttribute } from "./instance-attributes.js";
import {
  hoistCalls,
  isSpliceable,
  lowerAppendLoop,
  lowerLiteralMutation,
  trackLiteral,
} from "./literal-mutations.js";
import { foldedBranch, isMergeStatement, isTopLevel, mergedDefaults } from "./helper-shapes.js";
import { finalReturnOf } from "./helper-calls.js";
import { lowerIf, lowerLoopJump, lowerWhile } from "./lower-branches.js";
import { lowerTry } from "./lower-try.js";
import { isTupleTarget, parallelPairs, unpackTarget } from "./lower-unpack.js";

/** An `Unsupported` statement for `stmt`, with the failure reported as a diagnostic. */
export function unsupported(scope: Scope, stmt: Node, f: Failure): UnsupportedStmt {
  scope.mod.reportFailure(f);
  return { kind: "Unsupported", construct: f.construct, source: stmt.text, span: scope.mod.span(stmt) };
}

/** The first ERROR or MISSING node below `node` (pre-order), or null. Iterative. */
export function firstSyntaxError(node: Node): Node | null {
  const stack: Node[] = [node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.isError || n.isMissing) return n;
    if (!n.hasError) continue;
    const children = n.children;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return null;
}

export function lowerBlock(scope: Scope, block: Node | null): Stmt[] {
  const out: Stmt[] = [];
  if (block === null) return out;
  enterBlock(scope);
  for (const s of namedChildren(block)) {
    // After a helper variant's folded `return` (helper-shapes.ts) nothing runs.
    if (scope.returned) break;
    lowerStatement(scope, s, out);
  }
  exitBlock(scope);
  return out;
}

/** Some statements of one block (a yield fixture's setup or teardown), lowered like the block. */
export function lowerStatements(scope: Scope, stmts: readonly Node[]): Stmt[] {
  const out: Stmt[] = [];
  enterBlock(scope);
  for (const s of stmts) lowerStatement(scope, s, out);
  exitBlock(scope);
  return out;
}

const STATEMENT_CONSTRUCTS: Readonly<Record<string, string>> = {
  if_statement: "if statement",
  while_statement: "while loop",
  try_statement: "try statement",
  raise_statement: "raise statement",
  return_statement: "return statement",
  function_definition: "nested function definition",
  decorated_definition: "nested decorated definition",
  class_definition: "nested class definition",
  global_statement: "global statement",
  nonlocal_statement: "nonlocal statement",
  delete_statement: "del statement",
  break_statement: "break",
  continue_statement: "continue",
  print_statement: "Python 2 print statement",
  exec_statement: "Python 2 exec statement",
  match_statement: "match statement",
  type_alias_statement: "type alias",
};

function lowerStatement(scope: Scope, node: Node, out: Stmt[]): void {
  const mark = out.length;
  lowerOneStatement(scope, node, out);
  // Statements a resource read needs (a load, a bound response) and statements a lowered
  // expression needs first (a helper call's client declaration) go before the statement.
  const preludes = [...takePreludes(scope), ...scope.pending.splice(0)];
  if (preludes.length > 0) out.splice(mark, 0, ...preludes);
}

function lowerOneStatement(scope: Scope, node: Node, out: Stmt[]): void {
  const syntaxError = firstSyntaxError(node);
  if (syntaxError !== null) {
    out.push(
      unsupported(
        scope,
        node,
        fail(
          syntaxError.isMissing ? `missing ${syntaxError.type}` : "unparsable code",
          syntaxError,
          "syntax-error",
        ),
      ),
    );
    return;
  }
  switch (node.type) {
    case "comment":
    case "pass_statement":
      return;
    case "expression_statement":
      lowerExpressionStatement(scope, node, out);
      return;
    case "assert_statement": {
      const [test] = namedChildren(node);
      if (test === undefined) {
        out.push(unsupported(scope, node, fail("assert without a condition", node, "syntax-error")));
        return;
      }
      const cond = lowerCond(scope, test);
      if (isFailure(cond)) out.push(unsupported(scope, node, cond));
      else out.push({ kind: "Assert", cond, source: node.text, span: scope.mod.span(node) });
      return;
    }
    case "with_statement":
      lowerWith(scope, node, out);
      return;
    case "for_statement":
      lowerFor(scope, node, out);
      return;
    case "if_statement": {
      // In a helper variant, a test of its parameters folds (helper-shapes.ts).
      const folded = foldedBranch(scope, node);
      if (folded !== undefined) {
        // A branch ending in `return` at the helper's top level: that return is its result, and
        // nothing after the `if` runs.
        const ret = folded.block !== null && isTopLevel(node) ? finalReturnOf(folded.block) : null;
        if (ret !== null) scope.finalReturn = ret;
        for (const s of folded.block === null ? [] : namedChildren(folded.block))
          lowerStatement(scope, s, out);
        if (ret !== null) scope.returned = true;
        return;
      }
      const guard = classifySkipGuard(scope, node);
      if (guard === "skipped") {
        out.push(unsupported(scope, node, fail("server-mode-only skip guard", node, "server-mode-only")));
        return;
      }
      // A guard that only skips in server or proxy mode has no effect where the test runs.
      if (guard === "runs") return;
      lowerIf(scope, node, out, lowerBlock, unsupported);
      return;
    }
    case "try_statement":
      lowerTry(scope, node, out, lowerBlock, unsupported);
      return;
    case "while_statement":
      lowerWhile(scope, node, out, lowerBlock, unsupported);
      return;
    case "break_statement":
    case "continue_statement":
      lowerLoopJump(scope, node, out, unsupported);
      return;
    case "return_statement":
      if (scope.finalReturn === node) {
        const value = namedChildren(node)[0];
        if (value === undefined) {
          out.push({ kind: "Return", value: null, span: scope.mod.span(node) });
          return;
        }
        // A dict of string keys returned as a record: a tuple of its values (record-returns.ts).
        const keys = recordKeys(unparen(value));
        const e =
          keys === null ? lowerExpr(scope, value) : lowerRecord(scope, unparen(value), scope.mod.span(value));
        if (isFailure(e)) out.push(unsupported(scope, node, e));
        else out.push({ kind: "Return", value: e, span: scope.mod.span(node) });
        return;
      }
      out.push(unsupported(scope, node, fail("return statement", node)));
      return;
    case "delete_statement": {
      const m = lowerLiteralMutation(scope, node, node);
      if (m === null) out.push(unsupported(scope, node, fail("del statement", node)));
      else if (isFailure(m)) out.push(unsupported(scope, node, m));
      else out.push(...m);
      return;
    }
    case "import_statement":
    case "import_from_statement":
    case "future_import_statement": {
      // Bound for name resolution; moto internals are reported by the skip-reason scan.
      for (const [name, binding] of lowerImport(scope.mod, node).bindings)
        scope.localImports.set(name, binding);
      return;
    }
    default:
      out.push(
        unsupported(scope, node, fail(STATEMENT_CONSTRUCTS[node.type] ?? node.type.replace(/_/g, " "), node)),
      );
  }
}

function lowerExpressionStatement(scope: Scope, node: Node, out: Stmt[]): void {
  const children = namedChildren(node);
  const span = scope.mod.span(node);
  if (children.length !== 1) {
    const e = lowerExpr(scope, node.children[0] ?? node);
    out.push(unsupported(scope, node, isFailure(e) ? e : fail("tuple expression statement", node)));
    return;
  }
  const expr = children[0]!;
  if (isMockStartStop(scope, node)) return;
  if (isMergeStatement(scope, expr)) return;
  // assert_dryrun_error(ex): a helper checking the test's ExceptionInfo, in place.
  const inlined = inlineRaisesCheck(scope, node, expr, lowerBlock);
  if (inlined !== null) {
    out.push(...inlined);
    return;
  }
  switch (expr.type) {
    case "assignment":
      lowerAssignment(scope, node, expr, out);
      return;
    case "augmented_assignment": {
      const op = field(expr, "operator")?.text ?? "";
      out.push(unsupported(scope, node, fail(`augmented assignment (${op})`, expr)));
      return;
    }
    case "string":
    case "concatenated_string":
      // Docstrings and other bare string literals have no effect.
      return;
    case "yield": {
      // A fixture's final `yield value`: its result.
      const value = namedChildren(expr)[0];
      if (scope.finalReturn !== node || value === undefined || value.type === "from") break;
      const e = lowerExpr(scope, value);
      if (isFailure(e)) out.push(unsupported(scope, node, e));
      else out.push({ kind: "Return", value: e, span });
      return;
    }
    default: {
      // d.update({...}), xs.append(x), d.pop("k"): a dict/list literal built in place.
      const m = expr.type === "call" ? lowerLiteralMutation(scope, node, expr) : null;
      if (m !== null) {
        if (isFailure(m)) out.push(unsupported(scope, node, m));
        else out.push(...m);
        return;
      }
      const r = lowerResourceStatement(scope, expr, span);
      if (r !== null) {
        if (isFailure(r)) out.push(unsupported(scope, node, r));
        else out.push(...r);
        return;
      }
    }
  }
  const e = lowerExpr(scope, expr);
  if (isFailure(e)) out.push(unsupported(scope, node, e));
  else out.push({ kind: "ExprStmt", expr: e, span });
}

function targetConstruct(target: Node): string {
  switch (target.type) {
    case "pattern_list":
    case "tuple_pattern":
    case "list_pattern":
    case "tuple":
    case "list":
      return "tuple assignment";
    case "subscript":
      return "subscript assignment";
    case "attribute":
      return "attribute assignment";
    default:
      return `assignment to ${target.type.replace(/_/g, " ")}`;
  }
}

function lowerAssignment(scope: Scope, stmt: Node, assign: Node, out: Stmt[]): void {
  const left = field(assign, "left");
  const right = field(assign, "right");
  if (left === null) {
    out.push(unsupported(scope, stmt, fail("assignment", assign, "syntax-error")));
    return;
  }
  if (right === null) {
    out.push(unsupported(scope, stmt, fail("annotated declaration without a value", assign)));
    return;
  }
  if (right.type === "assignment" || right.type === "augmented_assignment") {
    out.push(unsupported(scope, stmt, fail("chained assignment", assign)));
    return;
  }
  const target = unparen(left);
  // self.x = ...: an instance attribute is a local of the test.
  const attrLocal = selfAttribute(scope, target);
  if (attrLocal !== null && isMockAwsCall(scope.mod, scope, right)) {
    scope.mockAttrs.add(attrLocal.slice("self.".length));
    return;
  }
  if (target.type === "subscript") {
    const m = lowerLiteralMutation(scope, stmt, assign);
    if (m !== null) {
      if (isFailure(m)) out.push(unsupported(scope, stmt, m));
      else out.push(...m);
      return;
    }
  }
  // ec2, iam = _get_clients(): a helper returning a tuple of clients declares each.
  const clients = isTupleTarget(target) ? clientTupleOf(scope, target, right) : null;
  if (clients !== null) {
    for (const { name, call } of clients) {
      scope.rebind(name);
      scope.clients.set(name, call.service);
      if (call.service === "cloudformation") scope.mod.report(FRONTEND.usesCloudFormation("client"), stmt);
      out.push({
        kind: "ClientDecl",
        name,
        service: call.service,
        region: call.region,
        span: scope.mod.span(stmt),
      });
    }
    return;
  }
  if (isTupleTarget(target) && boto3CallKind(scope, right) === null) {
    lowerTupleAssignment(scope, stmt, target, right, out);
    return;
  }
  if (target.type !== "identifier" && attrLocal === null) {
    const boto = boto3CallKind(scope, right);
    if (boto === "resource")
      out.push(unsupported(scope, stmt, fail("boto3.resource not bound to a name", right, "resource-api")));
    else {
      const d = target.type === "attribute" ? dottedName(target) : null;
      out.push(
        unsupported(
          scope,
          stmt,
          fail(d === null ? targetConstruct(target) : `attribute assignment ${d}`, target),
        ),
      );
    }
    return;
  }
  assignName(scope, stmt, attrLocal ?? target.text, right, out, attrLocal === null ? assign : null);
}

/**
 * `a, b = x, y` (one assignment per name, as Python's result is the same) and `a, b = value`
 * (an `Unpack` the typing pass checks: a helper's tuple, a list of that many elements).
 */
function lowerTupleAssignment(scope: Scope, stmt: Node, target: Node, right: Node, out: Stmt[]): void {
  const t = unpackTarget(scope, target);
  if (isFailure(t)) {
    out.push(unsupported(scope, stmt, t));
    return;
  }
  if (t.kind !== "tuple") return;
  const names = unpackNames(t);
  const pairs = parallelPairs(t, right, names);
  if (isFailure(pairs)) {
    out.push(unsupported(scope, stmt, pairs));
    return;
  }
  if (pairs !== null) {
    for (const p of pairs) {
      if (p.target.kind === "name") {
        assignName(scope, stmt, p.target.id, p.value, out);
        continue;
      }
      // `_ = value`: evaluated for its calls and reads, then dropped.
      const e = lowerExpr(scope, p.value);
      if (isFailure(e)) out.push(unsupported(scope, stmt, e));
      else if (!isLiteral(e)) out.push({ kind: "ExprStmt", expr: e, span: scope.mod.span(stmt) });
    }
    return;
  }
  const value = lowerExpr(scope, right);
  for (const n of names) scope.rebind(n);
  if (isFailure(value)) {
    out.push(unsupported(scope, stmt, value));
    return;
  }
  out.push({ kind: "Unpack", target: t, value, span: scope.mod.span(stmt) });
}

/** `name = right` (also each name of a tuple assignment of a tuple literal). */
/** `name = right`; `assign` is the whole assignment when it may read a literal built in place (`x = d.pop("k")`). */
function assignName(
  scope: Scope,
  stmt: Node,
  name: string,
  right: Node,
  out: Stmt[],
  assign: Node | null = null,
): void {
  const span = scope.mod.span(stmt);
  const viaResource = lowerResourceAssignment(scope, name, right, span);
  if (viaResource !== null) {
    if (isFailure(viaResource)) {
      scope.rebind(name);
      if (viaResource.code === "resource-api") scope.resources.add(name);
      out.push(unsupported(scope, stmt, viaResource));
    } else out.push(...viaResource);
    return;
  }
  const boto = boto3CallKind(scope, right);
  if (boto === "client") {
    const c = lowerClientCall(scope, right);
    scope.rebind(name);
    if (isFailure(c)) {
      out.push(unsupported(scope, stmt, c));
      return;
    }
    scope.clients.set(name, c.service);
    // A helper's own client is a parameter: the caller declares it.
    if (scope.ownClients.has(name)) return;
    if (c.service === "cloudformation") {
      scope.mod.report(FRONTEND.usesCloudFormation("client"), stmt);
    }
    out.push({ kind: "ClientDecl", name, service: c.service, region: c.region, span });
    return;
  }
  // client = make_client(), where make_client only returns a boto3 client.
  const factory = factoryOf(scope, right);
  if (factory !== null) {
    scope.rebind(name);
    scope.clients.set(name, factory.service);
    if (factory.service === "cloudformation") {
      scope.mod.report(FRONTEND.usesCloudFormation("client"), stmt);
    }
    out.push({ kind: "ClientDecl", name, service: factory.service, region: factory.region, span });
    return;
  }
  // err = exc.value.response["Error"]: remembered, read through `err["Code"]`.
  const path = errorPath(scope, right);
  if (path !== null && path.keys.length < 2) {
    scope.rebind(name);
    scope.errorAliases.set(name, path);
    return;
  }
  // x = d.pop("k"), e = d.copy(): from a dict/list literal built in place.
  if (assign !== null) {
    const m = lowerLiteralMutation(scope, stmt, assign);
    if (m !== null) {
      if (isFailure(m)) out.push(unsupported(scope, stmt, m));
      else out.push(...m);
      return;
    }
  }
  const value = lowerExpr(scope, right);
  scope.rebind(name);
  if (isFailure(value)) {
    if (value.code === "resource-api") scope.resources.add(name);
    out.push(unsupported(scope, stmt, value));
    return;
  }
  // The result of a helper returning a record: `name["key"]` reads its element (record-returns.ts).
  const record = value.kind === "HelperCall" ? scope.mod.root.recordHelpers.get(value.name) : undefined;
  if (record !== undefined) scope.records.set(name, record);
  // A helper variant's dict of defaults for its **kwargs (helper-shapes.ts): spliced with them.
  const defaults = mergedDefaults(scope, name, value);
  if (defaults !== null) {
    scope.dictLiterals.set(name, defaults);
    out.push({ kind: "Assign", target: name, value: defaults, span });
    return;
  }
  // Calls in a literal are evaluated once, here, not where the literal is used.
  const literal = hoistCalls(scope, name, value, out);
  if (literal.kind === "Dict" && isSpliceable(scope, name, literal)) scope.dictLiterals.set(name, literal);
  trackLiteral(scope, name, literal);
  out.push({ kind: "Assign", target: name, value: literal, span });
}

function lowerWith(scope: Scope, node: Node, out: Stmt[]): void {
  if (node.children.some((c) => c.type === "async")) {
    out.push(unsupported(scope, node, fail("async with", node)));
    return;
  }
  const clause = namedChildren(node).find((c) => c.type === "with_clause");
  const items = clause === undefined ? [] : namedChildren(clause).filter((c) => c.type === "with_item");
  const body = field(node, "body");
  if (items.length !== 1) {
    out.push(unsupported(scope, node, fail("with statement with several context managers", clause ?? node)));
    return;
  }
  let value = field(items[0]!, "value");
  if (value === null) {
    out.push(unsupported(scope, node, fail("with statement", node, "syntax-error")));
    return;
  }
  value = unparen(value);
  let alias: Node | null = null;
  let manager: Node = value;
  if (value.type === "as_pattern") {
    const inner = namedChildren(value)[0];
    const target = field(value, "alias");
    if (inner === undefined || target === null) {
      out.push(unsupported(scope, node, fail("with statement", node, "syntax-error")));
      return;
    }
    manager = unparen(inner);
    const t = namedChildren(target)[0] ?? target;
    if (unparen(t).type !== "identifier") {
      out.push(unsupported(scope, node, fail("with ... as <non-name target>", target)));
      return;
    }
    alias = unparen(t);
  }
  if (isPytestRaises(manager)) {
    const spec = lowerRaises(scope, manager);
    if (isFailure(spec)) {
      out.push(unsupported(scope, node, spec));
      return;
    }
    const binding = alias === null ? null : alias.text;
    if (binding !== null) {
      scope.rebind(binding);
      scope.raisesBindings.add(binding);
    }
    const stmts = lowerBlock(scope, body);
    out.push({
      kind: "Raises",
      expected: spec.expected,
      binding,
      match: spec.match,
      body: stmts,
      span: scope.mod.span(node),
    });
    return;
  }
  const fn = manager.type === "call" ? field(manager, "function") : manager;
  const d = fn === null ? null : dottedName(fn);
  const root = d === null ? undefined : d.split(".")[0];
  if (d !== null && root !== undefined && scope.importOf(root)?.kind === "mock-aws" && alias === null) {
    // `with mock_aws():` changes nothing for an in-process mock: its body runs in place.
    for (const s of lowerBlock(scope, body)) out.push(s);
    return;
  }
  if (d !== null && root !== undefined && scope.importOf(root)?.kind === "moto-internal") {
    out.push(unsupported(scope, node, fail(`context manager ${d}`, manager, "moto-internal")));
    return;
  }
  const patch = testPatch(scope, manager, alias);
  if (patch?.kind === "unsupported") {
    out.push(unsupported(scope, node, fail(patch.construct, manager)));
    return;
  }
  if (patch?.kind === "approximated") {
    // The patch has no in-process equivalent: its body runs in place, and the test says so.
    out.push({
      kind: "Approximated",
      patch: patch.patch,
      note: patch.note,
      source: manager.text,
      span: scope.mod.span(manager),
    });
    for (const s of lowerBlock(scope, body)) out.push(s);
    return;
  }
  out.push(unsupported(scope, node, fail(`context manager ${d ?? "expression"}`, manager)));
}

function lowerFor(scope: Scope, node: Node, out: Stmt[]): void {
  if (node.children.some((c) => c.type === "async")) {
    out.push(unsupported(scope, node, fail("async for", node)));
    return;
  }
  if (field(node, "alternative") !== null) {
    out.push(unsupported(scope, node, fail("for ... else", node)));
    return;
  }
  const left = field(node, "left");
  const right = field(node, "right");
  if (left === null || right === null) {
    out.push(unsupported(scope, node, fail("for loop", node, "syntax-error")));
    return;
  }
  const target = unparen(left);
  // self.x = ...: an instance attribute is a local of the test.
  const attrLocal = selfAttribute(scope, target);
  if (attrLocal !== null && isMockAwsCall(scope.mod, scope, right)) {
    scope.mockAttrs.add(attrLocal.slice("self.".length));
    return;
  }
  if (isTupleTarget(target)) {
    lowerForUnpack(scope, node, target, right, out);
    return;
  }
  // for x in it: xs.append(e) builds a list literal as a comprehension would.
  const appended = lowerAppendLoop(scope, node);
  if (appended !== null) {
    if (isFailure(appended)) out.push(unsupported(scope, node, appended));
    else out.push(...appended);
    return;
  }
  if (target.type !== "identifier" && attrLocal === null) {
    out.push(unsupported(scope, node, fail("for loop with a tuple target", left)));
    return;
  }
  const viaResource = lowerResourceFor(scope, target.text, right);
  if (viaResource !== null && isFailure(viaResource)) {
    out.push(unsupported(scope, node, viaResource));
    return;
  }
  const iter = viaResource !== null ? viaResource.iter : lowerExpr(scope, right);
  if (isFailure(iter)) {
    out.push(unsupported(scope, node, iter));
    return;
  }
  scope.rebind(target.text);
  if (viaResource !== null) viaResource.bindTarget();
  scope.loopDepth++;
  let body: Stmt[];
  try {
    body = lowerBlock(scope, field(node, "body"));
  } finally {
    scope.loopDepth--;
  }
  out.push({ kind: "For", target: target.text, iter, body, span: scope.mod.span(node) });
}

/** `for a, b in iter:`: the iterable's elements unpacked (`d.items()`, `enumerate`, `zip`). */
function lowerForUnpack(scope: Scope, node: Node, target: Node, right: Node, out: Stmt[]): void {
  const t = unpackTarget(scope, target);
  if (isFailure(t)) {
    out.push(unsupported(scope, node, t));
    return;
  }
  if (t.kind !== "tuple") return;
  const iter = lowerExpr(scope, right);
  if (isFailure(iter)) {
    out.push(unsupported(scope, node, iter));
    return;
  }
  for (const n of unpackNames(t)) scope.rebind(n);
  const body = lowerBlock(scope, field(node, "body"));
  out.push({ kind: "ForUnpack", target: t, iter, body, span: scope.mod.span(node) });
}

/** `make_client()` where `make_client` is a module-level client factory (not shadowed). */
function factoryOf(
  scope: Scope,
  value: Node,
): { readonly service: string; readonly region: Expr | null } | null {
  const call = unparen(value);
  if (call.type !== "call") return null;
  const fn = field(call, "function");
  if (fn === null || fn.type !== "identifier") return null;
  if (scope.isLocal(fn.text) || scope.importOf(fn.text) !== undefined) return null;
  const args = callArgs(call);
  if (args.positional.length > 0 || args.keywords.length > 0 || args.splat !== null) return null;
  return scope.mod.clientFactories.get(fn.text) ?? null;
}

/** The values of a record dict literal, in order, as a tuple (`return {"a": x, "b": y}` → `(x, y)`). */
function lowerRecord(scope: Scope, dict: Node, span: Span): Expr | Failure {
  const elements: Expr[] = [];
  for (const item of namedChildren(dict)) {
    if (item.type !== "pair") continue;
    const v = field(item, "value");
    if (v === null) return fail("dict entry", item, "syntax-error");
    const e = lowerExpr(scope, v);
    if (isFailure(e)) return e;
    elements.push(e);
  }
  return { kind: "List", elements, tuple: true, span };
}

/** `a, _, b = f()` where `f` (of this module or another file) returns a tuple of clients: each name's client. */
function clientTupleOf(
  scope: Scope,
  target: Node,
  value: Node,
): { readonly name: string; readonly call: ClientCall }[] | null {
  const call = unparen(value);
  if (call.type !== "call") return null;
  const fn = field(call, "function");
  if (fn === null || fn.type !== "identifier" || scope.isLocal(fn.text)) return null;
  const args = callArgs(call);
  if (args.positional.length > 0 || args.keywords.length > 0 || args.splat !== null) return null;
  const foreign = scope.mod.foreign.get(fn.text);
  const local = scope.mod.helperDefs.get(fn.text);
  let calls: ClientCall[] | null = null;
  if (foreign !== undefined && foreign.node.type === "function_definition") {
    const home = foreignModule(scope.mod, foreign.file);
    calls = home === null ? null : clientTupleFactory(home, foreign.node);
  } else if (local !== undefined && scope.importOf(fn.text) === undefined)
    calls = clientTupleFactory(scope.mod, local.node);
  const names = namedChildren(unparen(target));
  if (calls === null || names.length !== calls.length) return null;
  const out: { name: string; call: ClientCall }[] = [];
  for (const [i, n] of names.entries()) {
    if (n.type !== "identifier") return null;
    if (n.text !== "_") out.push({ name: n.text, call: calls[i]! });
  }
  return out;
}
