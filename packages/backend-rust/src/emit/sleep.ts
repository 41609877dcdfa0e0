/**
 * `time.sleep(s)` → `tokio::time::sleep(Duration).await`, for both targets: winterbaume's
 * in-process backends read the real clock too (SQS visibility timeouts, message delays), so the
 * wait a moto test makes is one its checks may depend on.
 */
import { EMIT, type BuiltinCallExpr, type Typed } from "@moto2rust/ir";
import { fail, type FnCx } from "./context.js";
import { emitExpr } from "./expr.js";
import { asCopy, recv } from "./rvalue.js";

export function emitSleep(fx: FnCx, e: BuiltinCallExpr<Typed>): void {
  const arg = e.args[0];
  if (!arg || e.args.length !== 1) return fail(EMIT.builtinOnThisValue("", e.name), e.span);
  if (fx.inClosure) return fail(EMIT.builtinOnThisValue("", e.name), e.span);
  let duration: string;
  if (arg.kind === "Int") duration = `std::time::Duration::from_secs(${arg.value})`;
  else if (arg.kind === "Float")
    duration = `std::time::Duration::from_millis(${Math.round(Number(arg.value) * 1000)})`;
  else {
    const v = emitExpr(fx, arg);
    if (v.ty.kind !== "int" && v.ty.kind !== "float")
      return fail(EMIT.builtinOnThisValue("", e.name), e.span);
    const secs = v.ty.kind === "float" ? asCopy(v) : `${recv(asCopy(v))} as f64`;
    duration = `std::time::Duration::from_secs_f64(${secs})`;
  }
  fx.line(`tokio::time::sleep(${duration}).await;`);
}
