/**
 * Unions (SDK-RULES §2.6): variant `toPascalCase(member)` (`Unknown` → `UnknownValue`), sorted by
 * variant name as smithy-rs renders them, with `as_<snake>`/`is_<snake>` helpers. Members are never
 * `Option`; a recursive member is `Box<T>`.
 */
import type { SdkType } from "@moto2rust/ir";
import type { UnionInfo, UnionVariantInfo } from "./api.js";
import { UNIT, type Shape } from "./model.js";
import { unionHelpers, unionVariantName } from "./rust-names.js";
import { renderRustType } from "./rust-types.js";
import type { Symbols } from "./symbols.js";

export function unionInfo(symbols: Symbols, shape: Shape, sdkType: (id: string) => SdkType): UnionInfo {
  const variants: UnionVariantInfo[] = shape.members
    .map((m): UnionVariantInfo => {
      const variant = unionVariantName(m.name);
      const unit = m.target === UNIT;
      return {
        member: m.name,
        variant,
        ...unionHelpers(variant),
        type: sdkType(m.target),
        target: m.target,
        unit,
        rustType: unit ? "()" : renderRustType(symbols.memberType(shape, m)),
      };
    })
    .sort((a, b) => (a.variant < b.variant ? -1 : a.variant > b.variant ? 1 : 0));
  return {
    kind: "union",
    shapeId: shape.id,
    name: symbols.typeName(shape),
    path: symbols.typePath(shape.id) ?? `types::${symbols.typeName(shape)}`,
    variants,
  };
}
