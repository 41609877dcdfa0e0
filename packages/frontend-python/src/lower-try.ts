/**
 * `try:` statements: `try/finally` (the body, then the cleanup: a test fails exactly when the
 * Python one does, and the backend is the test's own) and `try: <call> except ClientError [as e]:
 * ... [else: ...] [finally: ...]` around a boto3 call (a `match` on the SDK result). Other
 * handlers (several `except` clauses, exceptions the SDK does not raise) stay unsupported.
 */
import type { Stmt } from "@moto2rust/ir";
import type { Scope } from "./context.js";
import { fail, isFailure } from "./failure.js";
import { descendantsOfType, field, namedChildren, unparen, type Node } from "./parser.js";
import { expectedException } from "./pytest-idioms.js";

/** Exceptions of the Python runtime the Rust SDK has no counterpart of. */
const PYTHON_PLATFORM_ERRORS: ReadonlySet<string> = new Set(["OverflowError"]);

type BlockLowerer = (scope: Scope, block: Node | null) => Stmt[];
type Unsupported = (scope: Scope, node: Node, f: ReturnType<typeof fail>) => Stmt;

function blockOf(clause: Node): Node | null {
  return field(clause, "body") ?? namedChildren(clause).find((c) => c.type === "block") ?? null;
}

export function lowerTry(
  scope: Scope,
  node: Node,
  out: Stmt[],
  lowerBlock: BlockLowerer,
  unsupported: Unsupported,
): void {
  const clauses = namedChildren(node);
  const excepts = clauses.filter((c) => c.type === "except_clause" || c.type === "except_group_clause");
  const orelseClause = clauses.find((c) => c.type === "else_clause");
  const finallyClause = clauses.find((c) => c.type === "finally_clause");
  if (excepts.length > 1) {
    out.push(unsupported(scope, node, fail("try statement with several except clauses", excepts[1]!)));
    return;
  }
  let binding: string | null = null;
  const handlerNode = excepts[0];
  if (handlerNode !== undefined) {
    if (handlerNode.type === "except_group_clause") {
      out.push(unsupported(scope, node, fail("except*", handlerNode)));
      return;
    }
    const what = namedChildren(handlerNode).find((c) => c.type !== "block" && c.type !== "comment");
    if (what === undefined) {
      out.push(unsupported(scope, node, fail("bare except", handlerNode)));
      return;
    }
    let exc = unparen(what);
    if (exc.type === "as_pattern") {
      const target = namedChildren(exc).find((c) => c.type === "as_pattern_target");
      const inner = namedChildren(exc)[0];
      const name = target === undefined ? undefined : namedChildren(target)[0];
      if (inner === undefined || name === undefined || name.type !== "identifier") {
        out.push(unsupported(scope, node, fail("except ... as <non-name target>", exc)));
        return;
      }
      binding = name.text;
      exc = unparen(inner);
    }
    if (exc.type === "tuple") {
      out.push(unsupported(scope, node, fail(`try ... except ${exc.text}`, exc)));
      return;
    }
    const expected = expectedException(scope, exc);
    if (isFailure(expected)) {
      out.push(unsupported(scope, node, expected));
      return;
    }
    if (expected.kind === "other" && PYTHON_PLATFORM_ERRORS.has(expected.name) && binding === null) {
      // Raised by Python itself (a 32-bit time_t), never by the SDK: the handler (a skip) cannot
      // run in Rust, so the body, its `else` and its cleanup run in place.
      const block = blockOf(handlerNode);
      if (block === null || descendantsOfType(block, "assert_statement").length === 0) {
        out.push(...lowerBlock(scope, field(node, "body")));
        if (orelseClause !== undefined) out.push(...lowerBlock(scope, blockOf(orelseClause)));
        if (finallyClause !== undefined) out.push(...lowerBlock(scope, blockOf(finallyClause)));
        return;
      }
    }
    if (expected.kind !== "client-error") {
      out.push(unsupported(scope, node, fail(`try ... except ${exc.text}`, exc)));
      return;
    }
  }
  const body = lowerBlock(scope, field(node, "body"));
  let handler: { binding: string | null; body: Stmt[] } | null = null;
  if (handlerNode !== undefined) {
    if (binding !== null) {
      scope.rebind(binding);
      scope.exceptBindings.add(binding);
    }
    handler = { binding, body: lowerBlock(scope, blockOf(handlerNode)) };
    // Python unbinds the name at the end of the handler.
    if (binding !== null) scope.rebind(binding);
  }
  const orelse = orelseClause === undefined ? [] : lowerBlock(scope, blockOf(orelseClause));
  const finalbody = finallyClause === undefined ? [] : lowerBlock(scope, blockOf(finallyClause));
  out.push({ kind: "Try", body, handler, orelse, finalbody, span: scope.mod.span(node) });
}
