/**
 * Timestamps the test builds: a `datetime(...)` literal is `DateTime::from_secs(epoch)`, the clock
 * (`datetime.now()`, moved by a literal `timedelta`) is `DateTime::from(SystemTime::now() ± d)`.
 */
import { EMIT, type BuiltinCallExpr, type Typed } from "@moto2rust/ir";
import { fail, type FnCx, type RVal } from "./context.js";
import { emitExpr } from "./expr.js";
import { recv, unwrapOpt } from "./rvalue.js";

/** Functions whose Python test froze the clock (`freeze_time`), which the translation does not. */
export const frozenClock = new WeakSet<FnCx>();

export function datetimeValue(fx: FnCx, e: BuiltinCallExpr<Typed>): RVal {
  const secs = e.args[0];
  if (e.args.length !== 1 || secs?.kind !== "Int") return fail(EMIT.builtinOnThisValue("", e.name), e.span);
  const dt = `${fx.unit.crate}::primitives::DateTime`;
  const n = Number(secs.value);
  let code: string;
  if (e.name === "datetime.shift") {
    if (!e.receiver) return fail(EMIT.builtinOnThisValue("", e.name), e.span);
    const t = recv(unwrapOpt(emitExpr(fx, e.receiver)).code);
    code = `${dt}::from_secs_and_nanos(${t}.secs() ${n < 0 ? "-" : "+"} ${Math.abs(n)}, ${t}.subsec_nanos())`;
  } else if (e.name === "datetime") code = `${dt}::from_secs(${secs.value})`;
  else if (n === 0) code = `${dt}::from(std::time::SystemTime::now())`;
  else
    code = `${dt}::from(std::time::SystemTime::now() ${n > 0 ? "+" : "-"} std::time::Duration::from_secs(${Math.abs(n)}))`;
  return { code, ty: e.ty, mode: "own", temp: true };
}
