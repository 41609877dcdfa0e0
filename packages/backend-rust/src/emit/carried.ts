/**
 * Names a `while` loop carries from one iteration to the next (`resp = client.describe_x(...)`
 * before the loop and again in it, read by the condition): one owned `let mut` at the first
 * assignment, the others assignments in place. A Rust `let` in the loop would shadow the name
 * for the rest of the iteration only, and the condition would never see it change.
 */
import { EMIT, type AssignStmt, type Typed } from "@moto2rust/ir";
import { fail, type FnCx, type LocalVar } from "./context.js";
import { callChain } from "./call.js";
import { emitHelperCall } from "./helper-fns.js";
import { emitExpr } from "./expr.js";
import { owned, present, unwrapOpt } from "./rvalue.js";

export function emitCarried(fx: FnCx, s: AssignStmt<Typed>): void {
  if (s.inlined) return;
  const value = s.value;
  let code: string;
  let usize = false;
  let flex = false;
  if (value.kind === "ApiCall") code = `${callChain(fx, value)}.unwrap()`;
  else if (value.kind === "HelperCall") code = emitHelperCall(fx, value);
  else {
    let v = emitExpr(fx, value);
    // A subscript raises KeyError in Python where it is absent, as the unwrap panics.
    if (v.presence) v = present(v);
    if (value.kind !== "Get") v = unwrapOpt(v);
    if (v.mode === "opt") return fail(EMIT.carriedValueOptional(s.target), s.span);
    code = owned(v);
    usize = v.usize === true;
    flex = v.flex === true;
  }
  const ty = value.ty;
  if (ty.kind === "unknown") return fail(EMIT.untypedExpression(ty.why), s.span);
  const existing = fx.locals.get(s.target);
  if (existing?.mutableAt !== undefined && existing.mutableAt <= fx.indent) {
    // A literal takes the type of the variable it is assigned to.
    if (existing.ty.kind !== ty.kind || (existing.usize !== usize && !flex))
      return fail(
        EMIT.carriedValueChangesType(
          s.target,
          existing.usize ? "a length" : existing.ty.kind,
          usize ? "a length" : ty.kind,
        ),
        s.span,
      );
    fx.line(`${existing.rust} = ${code};`);
    return;
  }
  const rust = fx.names.local(s.target);
  const v: LocalVar = { rust, ty, mode: "own", loopDepth: fx.loopDepth, usize, mutableAt: fx.indent };
  fx.locals.set(s.target, v);
  fx.line(`let mut ${rust} = ${code};`);
}
