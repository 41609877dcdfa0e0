/**
 * `time.sleep(s)` → `tokio::time::sleep(Duration).await`, for both targets: winterbaume's
 * in-process backends read the real clock too (SQS visibility timeouts, message delays), so the
 * wait a moto test makes is one its checks may depend on.
 */
import { EMIT, type BuiltinCallExpr, type Expr, type Typed } from "@moto2rust/ir";
import { rustFloat } from "./rust-syntax.js";
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
  else duration = `std::time::Duration::from_secs_f64(${seconds(fx, arg, e)})`;
  fx.line(`tokio::time::sleep(${duration}).await;`);
}

/** Seconds as an `f64`: arithmetic on ints and floats (`TIMEOUT + 0.1`) with every int converted. */
function seconds(fx: FnCx, x: Expr<Typed>, call: BuiltinCallExpr<Typed>): string {
  if (x.kind === "Int" || x.kind === "Float") return rustFloat(x.value);
  if (x.kind === "BinOp" && (x.op === "+" || x.op === "-" || x.op === "*" || x.op === "/"))
    return `${operand(fx, x.left, call)} ${x.op} ${operand(fx, x.right, call)}`;
  const v = emitExpr(fx, x);
  if (v.ty.kind === "float") return asCopy(v);
  if (v.ty.kind === "int") return `${recv(asCopy(v))} as f64`;
  return fail(EMIT.builtinOnThisValue("", call.name), call.span);
}

function operand(fx: FnCx, x: Expr<Typed>, call: BuiltinCallExpr<Typed>): string {
  const s = seconds(fx, x, call);
  return x.kind === "BinOp" ? `(${s})` : s;
}
