/**
 * Typing a waiter (`WaitStmt`): boto3's waiter name resolves to the model's waiter
 * (`smithy.waiters#waitable`, `table_exists` → `TableExists` on `DescribeTable`), and its
 * arguments are typed as a call of the operation it polls.
 */
import { TYPER, type CallArg, type Typed, type WaitStmt } from "@moto2rust/ir";
import { xformName } from "../boto3-name.js";
import type { ExprTyper } from "./typer.js";

export function typeWait(s: WaitStmt, t: ExprTyper): WaitStmt<Typed> {
  const untyped = (): CallArg<Typed>[] =>
    s.args.map((a) => ({ ...a, value: t.infer(a.value), member: null }));
  const b = t.scope.lookup(s.client);
  const waiter =
    b?.kind === "client" && b.target
      ? t.cx.api.waiters().find((w) => xformName(w.name) === s.waiter)
      : undefined;
  const method = waiter === undefined ? s.waiter : xformName(waiter.operation);
  if (waiter === undefined && b?.kind === "client" && b.target) {
    t.cx.error(TYPER.unknownWaiter(s.client, s.waiter), s.span);
    return { ...s, args: untyped(), poll: null };
  }
  // Not a client of the target service: the call's typing reports why.
  const call = t.infer({ kind: "ApiCall", client: s.client, method, args: s.args, span: s.span });
  if (call.kind !== "ApiCall" || waiter === undefined) return { ...s, args: untyped(), poll: null };
  return { ...s, args: call.args, poll: call.op === null ? null : { call, method: waiter.method } };
}
