/**
 * Helpers called inside `pytest.raises` (issue 8). The rule, as for a raises block written out in
 * the test: the call the block expects to fail is the last statement that makes one, here the
 * helper's; in the helper that is again its last statement making a call (a boto3 call, or a
 * further helper, followed the same way), and it must be the helper's only call: an error of an
 * earlier call would satisfy `pytest.raises` as well, which a Rust `unwrap()` would not. The
 * helper gets a second Rust function, `try_<name>`, that runs the statements before that call as
 * the helper does and returns the call's `Result`, so the test's `unwrap_err()` reads the error
 * the helper's call raised. What would follow the call in the helper runs only when it succeeds,
 * which fails the `pytest.raises` anyway; it may hold no assertion, so each call site keeps
 * exactly the helper's assertions. A helper outside these rules skips its raising callers, with
 * the rule it breaks as the reason.
 */
import {
  EMIT,
  helperSourceName,
  allExprs,
  allStmts,
  stmtParts,
  type AnyStmt,
  type ApiCallExpr,
  type Expr,
  type FunctionDef,
  type HelperCallExpr,
  type Stmt,
  type Typed,
} from "@moto2rust/ir";
import { fail } from "./context.js";

/** The `unit.helpers` key of a helper's raising form. */
export function raisingKey(name: string): string {
  return `${name}?raises`;
}

/**
 * The top-level call of a statement of a helper or raises block, if it is one; in a helper, a
 * read of its response (`return client.op(...)["Key"]`) reads it only when the call succeeds.
 */
function topCall(s: Stmt<Typed>, inHelper = false): Expr<Typed> | null {
  let e: Expr<Typed> | null = null;
  if (s.kind === "ExprStmt") e = s.expr;
  else if (s.kind === "Assign" && !s.inlined) e = s.value;
  else if (s.kind === "Return") e = s.value;
  while (inHelper && e !== null && (e.kind === "Subscript" || e.kind === "Get")) e = e.value;
  return e;
}

function makesCall(s: AnyStmt): boolean {
  for (const root of stmtParts(s).exprs)
    for (const x of allExprs(root)) if (x.kind === "ApiCall" || x.kind === "HelperCall") return true;
  return stmtParts(s).body.some(makesCall);
}

/**
 * The statement of a helper's body its raising form ends with: its index and its call (a boto3
 * call or a helper call), or a failure naming why there is none.
 */
export function raisingTail(def: FunctionDef<Typed>): {
  readonly index: number;
  readonly call: ApiCallExpr<Typed> | HelperCallExpr<Typed>;
} {
  for (let i = def.body.length - 1; i >= 0; i--) {
    const s = def.body[i]!;
    const top = topCall(s, true);
    if (top?.kind === "ApiCall" || top?.kind === "HelperCall") {
      if ([...allStmts(def.body.slice(i + 1))].some((x) => x.kind === "Assert"))
        return fail(EMIT.helperAssertsAfterRaisingCall(helperSourceName(def.name)), s.span);
      // Only the expected call may raise: an error of an earlier call would satisfy pytest.raises too.
      const earlier = def.body.slice(0, i).find(makesCall);
      if (earlier) return fail(EMIT.helperCallsBeforeRaisingCall(helperSourceName(def.name)), earlier.span);
      return { index: i, call: top };
    }
    if (makesCall(s)) break;
  }
  return fail(EMIT.helperWithoutRaisingCall(helperSourceName(def.name)), def.span);
}

/** Helpers whose raising form some raises block of these bodies calls (directly or through such a helper). */
export function raisingHelpers(
  bodies: readonly (readonly Stmt<Typed>[])[],
  defs: ReadonlyMap<string, FunctionDef<Typed>>,
): string[] {
  const out: string[] = [];
  const add = (name: string): void => {
    if (out.includes(name)) return;
    out.push(name);
    const d = defs.get(name);
    const last = d ? lastCall(d.body, true) : null;
    if (last?.kind === "HelperCall") add(last.name);
  };
  for (const body of bodies)
    for (const s of allStmts(body)) {
      if (s.kind !== "Raises") continue;
      // A statement of a typed body is typed (allStmts walks either phase).
      const last = lastCall(s.body as readonly Stmt<Typed>[]);
      if (last?.kind === "HelperCall") add(last.name);
    }
  return out;
}

/** The top-level call of the last statement of a block that makes one. */
function lastCall(body: readonly Stmt<Typed>[], inHelper = false): Expr<Typed> | null {
  for (let i = body.length - 1; i >= 0; i--) {
    const top = topCall(body[i]!, inHelper);
    if (top?.kind === "ApiCall" || top?.kind === "HelperCall") return top;
    if (makesCall(body[i]!)) return null;
  }
  return null;
}

/** Raising forms a test's raises blocks use, as `unit.helpers` keys. */
export function raisingKeysOf(
  body: readonly Stmt<Typed>[],
  defs: ReadonlyMap<string, FunctionDef<Typed>>,
  called: readonly string[],
): string[] {
  const bodies = [body];
  for (const n of called) {
    const d = defs.get(n);
    if (d) bodies.push(d.body);
  }
  return raisingHelpers(bodies, defs).map(raisingKey);
}
