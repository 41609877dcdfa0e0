/**
 * Statement-level control flow: `if`/`elif`/`else` (a statically decided condition keeps only
 * the branch the in-process target takes, see static-conditions.ts; any other condition becomes
 * an `If`), `while` loops and `break`/`continue`.
 */
import type { Stmt } from "@moto2rust/ir";
import type { Scope } from "./context.js";
import { fail, isFailure } from "./failure.js";
import { lowerCond } from "./lower-condition.js";
import { descendantsOfType, field, namedChildren, type Node } from "./parser.js";
import { staticCondition } from "./static-conditions.js";

type BlockLowerer = (scope: Scope, block: Node | null) => Stmt[];
type Unsupported = (scope: Scope, node: Node, f: ReturnType<typeof fail>) => Stmt;

interface Clause {
  /** null: the `else` clause. */
  readonly cond: Node | null;
  readonly block: Node | null;
  /** The node whose span the clause's statement gets (the `if` or the `elif`). */
  readonly node: Node;
}

function clausesOf(node: Node): Clause[] | null {
  const cond = field(node, "condition");
  if (cond === null) return null;
  const out: Clause[] = [{ cond, block: field(node, "consequence"), node }];
  for (const c of namedChildren(node)) {
    if (c.type === "elif_clause") {
      const ec = field(c, "condition");
      if (ec === null) return null;
      out.push({ cond: ec, block: field(c, "consequence"), node: c });
    } else if (c.type === "else_clause") out.push({ cond: null, block: field(c, "body"), node: c });
  }
  return out;
}

/** Python assertions written in a block (nested ones included). */
function assertsIn(block: Node | null): number {
  return block === null ? 0 : descendantsOfType(block, "assert_statement").length;
}

/**
 * The branch a statically decided `if`/`elif` chain takes, or null when the first condition is
 * not decided statically. Conditions after the first undecided one are left to `If`.
 */
function staticBranch(
  scope: Scope,
  node: Node,
): {
  readonly taken: Node | null;
  readonly rest: readonly Clause[];
  readonly dropped: readonly Node[];
  readonly holds: boolean;
} | null {
  const clauses = clausesOf(node);
  if (clauses === null || clauses[0]!.cond === null) return null;
  const first = staticCondition(scope, clauses[0]!.cond);
  if (first === null) return null;
  const dropped: Node[] = [];
  for (let i = 0; i < clauses.length; i++) {
    const c = clauses[i]!;
    const v = c.cond === null ? true : staticCondition(scope, c.cond);
    if (v === null) return { taken: null, rest: clauses.slice(i), dropped, holds: first };
    if (v) {
      for (const d of clauses.slice(i + 1)) if (d.block !== null) dropped.push(d.block);
      return { taken: c.block, rest: [], dropped, holds: first };
    }
    if (c.block !== null) dropped.push(c.block);
  }
  return { taken: null, rest: [], dropped, holds: first };
}

export function lowerIf(
  scope: Scope,
  node: Node,
  out: Stmt[],
  lowerBlock: BlockLowerer,
  unsupported: Unsupported,
): void {
  const span = scope.mod.span(node);
  const decided = staticBranch(scope, node);
  if (decided !== null) {
    const body: Stmt[] = decided.taken !== null ? lowerBlock(scope, decided.taken) : [];
    if (decided.rest.length > 0) {
      const rest = lowerClauses(scope, decided.rest, lowerBlock, unsupported);
      if (rest !== null) body.push(rest);
    }
    const condition = field(node, "condition")!.text;
    const droppedAsserts = decided.dropped.reduce((n, b) => n + assertsIn(b), 0);
    out.push({ kind: "StaticIf", condition, holds: decided.holds, body, droppedAsserts, span });
    return;
  }
  const clauses = clausesOf(node);
  if (clauses === null) {
    out.push(unsupported(scope, node, fail("if statement", node, "syntax-error")));
    return;
  }
  const s = lowerClauses(scope, clauses, lowerBlock, unsupported);
  if (s !== null) out.push(s);
}

/** `if c1: b1 elif c2: b2 else: b3` → `If(c1, b1, [If(c2, b2, b3)])`. */
function lowerClauses(
  scope: Scope,
  clauses: readonly Clause[],
  lowerBlock: BlockLowerer,
  unsupported: Unsupported,
): Stmt | null {
  const [first, ...rest] = clauses;
  if (first === undefined) return null;
  if (first.cond === null) {
    // A lone `else` (after statically false conditions): its block runs in place.
    return {
      kind: "StaticIf",
      condition: "True",
      holds: true,
      body: lowerBlock(scope, first.block),
      droppedAsserts: 0,
      span: scope.mod.span(first.node),
    };
  }
  const cond = lowerCond(scope, first.cond);
  if (isFailure(cond)) return unsupported(scope, first.node, cond);
  const body = lowerBlock(scope, first.block);
  const tail = lowerClauses(scope, rest, lowerBlock, unsupported);
  const orelse = tail === null ? [] : tail.kind === "StaticIf" ? [...tail.body] : [tail];
  forgetBranchLiterals(scope, [...body, ...orelse]);
  return { kind: "If", cond, body, orelse, span: scope.mod.span(first.node) };
}

/** Dict literals bound in a branch may not have been bound: never splice them after it. */
function forgetBranchLiterals(scope: Scope, stmts: readonly Stmt[]): void {
  for (const s of stmts) if (s.kind === "Assign") scope.dictLiterals.delete(s.target);
}

export function lowerWhile(
  scope: Scope,
  node: Node,
  out: Stmt[],
  lowerBlock: BlockLowerer,
  unsupported: Unsupported,
): void {
  if (field(node, "alternative") !== null) {
    out.push(unsupported(scope, node, fail("while ... else", node)));
    return;
  }
  const condNode = field(node, "condition");
  if (condNode === null) {
    out.push(unsupported(scope, node, fail("while loop", node, "syntax-error")));
    return;
  }
  const cond = lowerCond(scope, condNode);
  if (isFailure(cond)) {
    out.push(unsupported(scope, node, cond));
    return;
  }
  scope.loopDepth++;
  let body: Stmt[];
  try {
    body = lowerBlock(scope, field(node, "body"));
  } finally {
    scope.loopDepth--;
  }
  forgetBranchLiterals(scope, body);
  out.push({ kind: "While", cond, body, span: scope.mod.span(node) });
}

/** `break` / `continue`: only inside a loop of the function. */
export function lowerLoopJump(scope: Scope, node: Node, out: Stmt[], unsupported: Unsupported): void {
  const jump = node.type === "break_statement" ? "break" : "continue";
  if (scope.loopDepth === 0) {
    out.push(unsupported(scope, node, fail(`${jump} outside a loop`, node, "syntax-error")));
    return;
  }
  out.push({ kind: "LoopJump", jump, span: scope.mod.span(node) });
}
