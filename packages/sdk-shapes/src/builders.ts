/**
 * `T::builder()...build()` fallibility (SDK-RULES §5; smithy-rs `BuilderGenerator.hasFallibleBuilder`):
 * synthetic operation Inputs always return `Result`; any other structure does when some member's
 * field is not `Option` and has no default (a streaming `ByteStream` counts as defaulted).
 */
import type { Member, Shape } from "./model.js";
import { canUseModelledDefault } from "./nullability.js";
import { RUNTIME, type RustType } from "./rust-types.js";
import type { Symbols } from "./symbols.js";

/** The builder can fill in this member when it is not set. */
function memberHasDefault(symbols: Symbols, member: Member, field: RustType): boolean {
  if (field.k === "opaque" && field.path === RUNTIME.byteStream) return true;
  return canUseModelledDefault(symbols.model, member);
}

export function buildReturnsResult(symbols: Symbols, shape: Shape): boolean {
  if (shape.synthetic?.role === "input") return true;
  return shape.members.some((m) => {
    const field = symbols.memberType(shape, m);
    return field.k !== "option" && !memberHasDefault(symbols, m, field);
  });
}
