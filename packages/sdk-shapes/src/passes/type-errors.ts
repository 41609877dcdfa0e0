/**
 * Typing `pytest.raises`: the binding gets the error type of the operation called last in the
 * block; `client.exceptions.X` resolves to a modelled error (`ErrorRef`); `exc.value.response[...]`
 * reads are typed (code and message are strings, the HTTP status an integer).
 */
import {
  TYPER,
  type AnyStmt,
  type ApiCallExpr,
  type ErrorFieldExpr,
  type ErrorRef,
  type ExpectedException,
  type Expr,
  type Phase,
  type RaisesStmt,
  type Stmt,
  type Typed,
} from "@moto2rust/ir";
import { allExprs, allStmts, stmtParts } from "@moto2rust/ir";
import { errorRef, findError } from "./lookup.js";
import { I32, STRING, unknown } from "./sdk-type.js";
import type { ExprTyper } from "./typer.js";

export function typeErrorField(e: ErrorFieldExpr, t: ExprTyper): Expr<Typed> {
  const b = t.scope.lookup(e.binding);
  if (!b || b.kind !== "error") {
    t.cx.error(TYPER.notRaisesBinding(e.binding), e.span);
    return { ...e, ty: unknown("no exception binding") };
  }
  return { ...e, ty: e.field === "http-status" ? I32 : STRING };
}

/**
 * The API call a `pytest.raises` block expects to fail: the last one in the block (in a typed
 * block, possibly one inside a literal the typer substitutes at each use, which stays untyped).
 * A helper called there raises from its own body: with `helpers` (typed helper bodies by name),
 * the call a helper's body expects to fail counts as the helper call's.
 */
export function raisingCall(
  body: readonly AnyStmt[],
  helpers?: (name: string) => readonly AnyStmt[] | undefined,
  seen: readonly string[] = [],
): ApiCallExpr<Phase> | null {
  for (let i = body.length - 1; i >= 0; i--) {
    const s = body[i]!;
    const exprs = stmtParts(s).exprs;
    let found: ApiCallExpr<Phase> | null = null;
    for (const root of exprs)
      for (const x of allExprs(root)) {
        if (x.kind === "ApiCall") found = x;
        else if (x.kind === "HelperCall" && helpers !== undefined && !seen.includes(x.name)) {
          const inner = helpers(x.name);
          const call = inner === undefined ? null : raisingCall(inner, helpers, [...seen, x.name]);
          if (call !== null) found = call;
        }
      }
    if (found) return found;
    const nested = raisingCall(stmtParts(s).body, helpers, seen);
    if (nested) return nested;
  }
  return null;
}

/** Bind the exception variable and resolve a modelled exception, after the body has been typed. */
export function typeRaises(
  s: RaisesStmt,
  typedBody: readonly Stmt<Typed>[],
  t: ExprTyper,
): RaisesStmt<Typed> {
  const call = raisingCall(typedBody, (name) => t.cx.helpers?.typed.get(name)?.body);
  // A block whose call could not be lowered already says why (its `Unsupported` statement).
  if (!call && ![...allStmts(s.body)].some((x) => x.kind === "Unsupported")) {
    t.cx.error(TYPER.raisesWithoutCall(), s.span);
  }
  const op = call?.op ? t.cx.services.ofCrate(call.op.crate).operation(call.op.name) : undefined;
  if (s.binding) {
    t.scope.set(s.binding, {
      kind: "error",
      ty: call?.op
        ? { kind: "op-error", operation: call.op.name, errorPath: call.op.errorPath }
        : unknown("no operation in the raises block"),
    });
  }
  let expected: ExpectedException<Typed>;
  if (s.expected.kind === "modelled") {
    let error: ErrorRef | null = null;
    const client = t.scope.lookup(s.expected.client);
    const api = client?.kind === "client" && client.target ? t.cx.serviceApi(client.service) : undefined;
    if (client?.kind === "client" && api) {
      const found = findError(api, op?.crate === api.info.crate ? op : undefined, s.expected.name);
      if (!found) {
        t.cx.error(TYPER.modelsNoException(client.service, s.expected.name), s.span);
      } else {
        error = errorRef(found.error);
      }
    }
    expected = { ...s.expected, error };
  } else expected = s.expected;
  const match = s.match ? t.check(s.match, STRING, "compare") : null;
  return { ...s, expected, match, body: typedBody };
}
