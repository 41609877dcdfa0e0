/** boto3 calls → fluent builder chains: `client.create_cluster().cluster_name("c").send().await`. */
import { EMIT, type Typed, type ApiCallExpr } from "@moto2rust/ir";
import { fail, type FnCx } from "./context.js";
import { setterCalls } from "./value.js";

/** The Rust client variable of a Python client. */
function clientVar(fx: FnCx, py: string, call: ApiCallExpr<Typed>): string {
  const c = fx.clients.get(py);
  if (!c) return fail(EMIT.notATargetClient(py), call.span);
  return c;
}

/** The chain up to and including `.send().await` (the caller adds `.unwrap()` / `.unwrap_err()`). */
export function callChain(
  fx: FnCx,
  e: ApiCallExpr<Typed>,
  /** Build the operation's input for a waiter instead (`wait_until_x()...wait(d).await`). */
  waiter?: { readonly method: string; readonly maxWait: string },
): string {
  if (!e.op) return fail(EMIT.unresolvedCall(e.client, e.method), e.span);
  const client = clientVar(fx, e.client, e);
  const parts = [`${client}.${waiter?.method ?? e.op.method}()`];
  for (const a of e.args) {
    if (!a.member) return fail(EMIT.unresolvedArgument(a.name), a.span);
    parts.push(...setterCalls(fx, a.member, a.value));
  }
  // `client.op(**kwargs)` in a helper: the caller's closure sets its keywords.
  if (e.splat !== undefined) {
    if (!fx.kwargsFn) return fail(EMIT.splatOutsideHelper(e.splat), e.span);
    return `${fx.kwargsFn}(${parts.join("")}).send().await`;
  }
  parts.push(waiter === undefined ? ".send().await" : `.wait(${waiter.maxWait}).await`);
  return parts.join("");
}
