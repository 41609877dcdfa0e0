/**
 * Names a `while` loop carries from one iteration to the next (`resp = client.describe_x(...)`
 * before the loop and again in it, read by the condition): one owned `let mut` at the first
 * assignment, the others assignments in place. A Rust `let` in the loop would shadow the name
 * for the rest of the iteration only, and the condition would never see it change.
 */
import { EMIT, type AssignStmt, type SdkType, type Typed } from "@moto2rust/ir";
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
  const changes =
    existing !== undefined &&
    (existing.ty.kind !== ty.kind ||
      shapeOf(existing.ty) !== shapeOf(ty) ||
      (existing.usize !== usize && !flex));
  // Outside the loops that carry it, a value of another type (`result = client.get_x()` after
  // polling `result = client.generate_x()`) is a new binding, as in Python: a shadowing `let`.
  const shadows = changes && existing.loopDepth === fx.loopDepth;
  if (existing?.mutableAt !== undefined && existing.mutableAt <= fx.indent && !shadows) {
    // A literal takes the type of the variable it is assigned to.
    if (changes)
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

/** The shape a structure, enum or union type names (two structures differ by it), else null. */
function shapeOf(t: SdkType): string | null {
  return t.kind === "structure" || t.kind === "enum" || t.kind === "union" ? t.shapeId : null;
}
