/**
 * Typing of statement-level control flow: a statically decided `if` types the branch it keeps in
 * place; an `If` or `While` types its condition like an assertion's and its bodies in the
 * function's one scope (Python blocks open none). A dict/list literal bound inside a branch or
 * loop may not be the one a later read sees: it is marked so that such a read is reported.
 */
import { TYPER, assertNever, type Stmt, type Typed } from "@moto2rust/ir";
import { raisingCall } from "./type-errors.js";
import { unknown } from "./sdk-type.js";
import type { ExprTyper } from "./typer.js";
import { typeCond } from "./type-conds.js";

type Branching = Extract<Stmt, { kind: "StaticIf" | "If" | "LoopJump" | "While" | "Try" }>;
type BodyTyper = (body: readonly Stmt[], t: ExprTyper) => Stmt<Typed>[];

export function typeBranching(s: Branching, t: ExprTyper, typeBody: BodyTyper): Stmt<Typed> {
  switch (s.kind) {
    case "StaticIf":
      return { ...s, body: typeBody(s.body, t) };
    case "If": {
      const cond = typeCond(s.cond, t);
      const body = typeBody(s.body, t);
      const orelse = typeBody(s.orelse, t);
      markBranchLiterals([...s.body, ...s.orelse], t);
      return { ...s, cond, body, orelse };
    }
    case "While": {
      const cond = typeCond(s.cond, t);
      const body = typeBody(s.body, t);
      markBranchLiterals(s.body, t);
      return { ...s, cond, body };
    }
    case "LoopJump":
      return s;
    case "Try": {
      const body = typeBody(s.body, t);
      let handler: { binding: string | null; body: Stmt<Typed>[] } | null = null;
      if (s.handler) {
        // The exception of the call the `try` guards, as a `pytest.raises` binding is typed.
        const call = raisingCall(body);
        if (!call) t.cx.error(TYPER.tryWithoutCall(), s.span);
        if (s.handler.binding)
          t.scope.set(s.handler.binding, {
            kind: "error",
            ty: call?.op
              ? { kind: "op-error", operation: call.op.name, errorPath: call.op.errorPath }
              : unknown("no operation in the try block"),
          });
        handler = { binding: s.handler.binding, body: typeBody(s.handler.body, t) };
        markBranchLiterals([...s.body, ...s.handler.body], t);
      }
      const orelse = typeBody(s.orelse, t);
      if (s.handler) markBranchLiterals(s.orelse, t);
      return { ...s, body, handler, orelse, finalbody: typeBody(s.finalbody, t) };
    }
    default:
      return assertNever(s, "statement");
  }
}

/** Literal bindings made in `stmts` (nested blocks included) are not known to hold after them. */
function markBranchLiterals(stmts: readonly Stmt[], t: ExprTyper): void {
  for (const s of stmts) {
    if (s.kind === "Assign") {
      const b = t.scope.lookup(s.target);
      if (b?.kind === "literal") {
        b.stale = true;
        b.branch = true;
      }
    }
    if (s.kind === "If") markBranchLiterals([...s.body, ...s.orelse], t);
    else if (s.kind === "StaticIf" || s.kind === "While" || s.kind === "For" || s.kind === "Raises")
      markBranchLiterals(s.body, t);
    else if (s.kind === "Try")
      markBranchLiterals([...s.body, ...(s.handler?.body ?? []), ...s.orelse, ...s.finalbody], t);
  }
}
