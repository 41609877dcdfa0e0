/**
 * Enums (SDK-RULES §2.5): `enum` shapes and `@enum`-trait strings become `types::<Pascal>`; each
 * variant is `toPascalCase(member name)` (for `@enum` traits, the entry's `name`), `Unknown` →
 * `UnknownValue`. `intEnum` shapes are plain `i32` and get no type.
 */
import type { EnumInfo } from "./api.js";
import { isRecord, type Shape } from "./model.js";
import { enumVariantName } from "./rust-names.js";
import type { Symbols } from "./symbols.js";

type Variant = EnumInfo["variants"][number];

function variantsOf(shape: Shape): Variant[] {
  if (shape.type === "enum") {
    return shape.members.map((m) => {
      const v = m.traits["smithy.api#enumValue"];
      return { member: m.name, value: typeof v === "string" ? v : m.name, variant: enumVariantName(m.name) };
    });
  }
  const trait = shape.traits["smithy.api#enum"];
  if (!Array.isArray(trait)) return [];
  return trait.flatMap((entry: unknown): Variant[] => {
    if (!isRecord(entry) || typeof entry.value !== "string") return [];
    // An entry without `name` makes the whole enum "unnamed" in smithy-rs (a newtype over String,
    // no variants); such entries are listed with an empty variant.
    const name = typeof entry.name === "string" ? entry.name : null;
    return [
      {
        member: name ?? entry.value,
        value: entry.value,
        variant: name === null ? "" : enumVariantName(name),
      },
    ];
  });
}

export function enumInfo(symbols: Symbols, shape: Shape): EnumInfo {
  return {
    kind: "enum",
    shapeId: shape.id,
    name: symbols.typeName(shape),
    path: symbols.typePath(shape.id) ?? `types::${symbols.typeName(shape)}`,
    variants: variantsOf(shape),
  };
}
