/**
 * Module constants: string constants become `const NAME: &str = "...";` items (only those a
 * ported test uses); `DEFAULT_ACCOUNT_ID` becomes `ACCOUNT_ID`; other constants (numbers,
 * f-strings, concatenations) are written inline where they are used.
 */
import { EMIT, type Typed, type ConstExpr } from "@moto2rust/ir";
import { fail, type FnCx, type RVal } from "./context.js";
import { rustConstName, rustStr } from "./rust-syntax.js";
import { emitExpr } from "./expr.js";

const ACCOUNT_ID_VALUE = "123456789012";

/** Rust name for a module constant, avoiding the well-known `ACCOUNT_ID`. */
export function constItemName(py: string): string {
  const n = rustConstName(py);
  return n === "ACCOUNT_ID" ? "ACCOUNT_ID_VALUE" : n;
}

export function constantValue(fx: FnCx, e: ConstExpr<Typed>): RVal {
  const consts = fx.consts;
  if (e.wellKnown === "account-id") {
    consts.set("ACCOUNT_ID", `const ACCOUNT_ID: &str = ${rustStr(ACCOUNT_ID_VALUE)};`);
    return { code: "ACCOUNT_ID", ty: { kind: "string" }, mode: "ref" };
  }
  const value = fx.unit.moduleConstants.get(e.name);
  if (!value) return fail(EMIT.unknownModuleConstant(e.name), e.span);
  if (value.kind === "Str") {
    const name = constItemName(e.name);
    consts.set(name, `const ${name}: &str = ${rustStr(value.value)};`);
    return { code: name, ty: { kind: "string" }, mode: "ref" };
  }
  if (fx.unit.constantDepth > 8) return fail(EMIT.constantRefersItself(e.name), e.span);
  fx.unit.constantDepth++;
  try {
    return emitExpr(fx, value);
  } finally {
    fx.unit.constantDepth--;
  }
}
