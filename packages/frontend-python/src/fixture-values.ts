/**
 * Fixtures whose value is known without running them: a literal (`return "ap-northeast-1"`), a
 * module constant folded to its value, `DEFAULT_ACCOUNT_ID`, or the account of the caller
 * identity in process (`with mock_aws(): yield sts.get_caller_identity()["Account"]`, which is
 * the mock's account, moto's `DEFAULT_ACCOUNT_ID`). Such a fixture may cross files (conftest.py)
 * and be a client fixture's region.
 */
import type { Expr } from "@moto2rust/ir";
import type { ModuleContext } from "./context.js";
import { boto3CallKind, lowerClientCall } from "./boto3-calls.js";
import { effectiveStatements } from "./client-factories.js";
import { foldExpr } from "./const-fold.js";
import { isFailure } from "./failure.js";
import { lowerExpr } from "./lower-expression.js";
import { parameters } from "./locals.js";
import { moduleScope } from "./module-scope.js";
import { moduleCondition } from "./module-values.js";
import { dottedName, field, namedChildren, unparen, type Node } from "./parser.js";

/** The value of a fixture taking no parameters whose value is known (see above), or null. */
export function literalFixtureValue(mod: ModuleContext, def: Node): Expr | null {
  if (parameters(field(def, "parameters")).length > 0) return null;
  const body = field(def, "body");
  const stmts = body === null ? [] : inProcess(mod, effectiveStatements(body));
  const last = stmts.at(-1);
  const value = last === undefined ? undefined : resultOf(last);
  if (value === undefined) return null;
  if (stmts.length === 2 && callerAccount(mod, value, stmts[0]!)) return accountId(mod, value);
  if (stmts.length !== 1) return null;
  if (callerAccount(mod, value, null)) return accountId(mod, value);
  const e = lowerExpr(moduleScope(mod), value);
  if (isFailure(e)) return null;
  // A module constant is folded, so that the value means the same in a module that imports the fixture.
  const v = e.kind === "Const" ? foldExpr(e, { lookup: (n) => mod.constants.get(n), at: null }) : e;
  const literal = v.kind === "Str" || v.kind === "Int" || v.kind === "Bool";
  return literal || (v.kind === "Const" && v.wellKnown !== null) ? v : null;
}

/**
 * The statements that run in process: the branch an `if allow_aws_request():` (or another mode
 * condition) takes, and the body of a `with mock_aws():` (a no-op in Rust).
 */
function inProcess(mod: ModuleContext, all: readonly Node[]): readonly Node[] {
  // Imports inside the function only bind names for the branches.
  const stmts = all.filter((s) => s.type !== "import_statement" && s.type !== "import_from_statement");
  if (stmts.length !== 1) return stmts;
  const s = stmts[0]!;
  if (s.type === "if_statement") {
    const alternatives = namedChildren(s).filter((c) => c.type === "elif_clause" || c.type === "else_clause");
    const cond = field(s, "condition");
    const v =
      cond === null || alternatives.some((c) => c.type === "elif_clause") ? null : moduleCondition(mod, cond);
    if (v === null) return stmts;
    const block = v
      ? field(s, "consequence")
      : alternatives[0] === undefined
        ? null
        : field(alternatives[0], "body");
    return block === null ? [] : inProcess(mod, effectiveStatements(block));
  }
  if (s.type === "with_statement") {
    const clause = namedChildren(s).find((c) => c.type === "with_clause");
    const items = clause === undefined ? [] : namedChildren(clause);
    const item = items.length === 1 ? field(items[0]!, "value") : null;
    const manager = item === null ? null : unparen(item);
    const fn = manager !== null && manager.type === "call" ? field(manager, "function") : manager;
    const d = fn === null ? null : dottedName(fn);
    const body = field(s, "body");
    if (d !== null && mod.imports.get(d)?.kind === "mock-aws" && body !== null)
      return inProcess(mod, effectiveStatements(body));
  }
  return stmts;
}

/** The value of a final `return v` / `yield v`. */
function resultOf(s: Node): Node | undefined {
  if (s.type === "return_statement") return namedChildren(s)[0];
  if (s.type !== "expression_statement") return undefined;
  const y = namedChildren(s)[0];
  return y?.type === "yield" ? namedChildren(y)[0] : undefined;
}

/**
 * `<sts client>.get_caller_identity()["Account"]`, or `identity["Account"]` after `identity =
 * <sts client>.get_caller_identity()` (the statement `before`).
 */
function callerAccount(mod: ModuleContext, value: Node, before: Node | null): boolean {
  const v = unparen(value);
  if (v.type !== "subscript") return false;
  const key = field(v, "subscript");
  const obj = field(v, "value");
  if (key === null || obj === null || key.type !== "string" || key.text.slice(1, -1) !== "Account")
    return false;
  let call = unparen(obj);
  if (before !== null) {
    const assign = before.type === "expression_statement" ? namedChildren(before)[0] : undefined;
    const left = assign?.type === "assignment" ? field(assign, "left") : null;
    const right = assign?.type === "assignment" ? field(assign, "right") : null;
    if (left === null || right === null || left.type !== "identifier" || call.text !== left.text)
      return false;
    call = unparen(right);
  }
  if (call.type !== "call" || (field(call, "arguments")?.namedChildren.length ?? 0) > 0) return false;
  const fn = field(call, "function");
  const receiver = fn !== null && fn.type === "attribute" ? field(fn, "object") : null;
  if (receiver === null || field(fn!, "attribute")?.text !== "get_caller_identity") return false;
  const scope = moduleScope(mod);
  if (boto3CallKind(scope, receiver) !== "client") return false;
  const client = lowerClientCall(scope, receiver);
  return !isFailure(client) && client.service === "sts";
}

function accountId(mod: ModuleContext, at: Node): Expr {
  return { kind: "Const", name: "ACCOUNT_ID", wellKnown: "account-id", span: mod.span(at) };
}
