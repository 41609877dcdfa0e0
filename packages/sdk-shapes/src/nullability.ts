/**
 * Which structure members are `Option<T>`: Smithy 1.73 `NullableIndex.isMemberNullable(member,
 * CLIENT_CAREFUL)` (SDK-RULES §3.1), plus the `@default` lookups builders need.
 */
import { hasTrait, type Member, type Model, type Shape } from "./model.js";
import { assertNever } from "@moto2rust/ir";

const DEFAULT = "smithy.api#default";

/** The member's own `@default` is present and not `null`. */
function hasNonNullDefault(member: Member): boolean {
  return hasTrait(member.traits, DEFAULT) && member.traits[DEFAULT] !== null;
}

/**
 * smithy-rs `SymbolVisitor.memberShape`: the default a builder can fall back to is the member's
 * `@default`, else its target's; `@default(null)` means none.
 */
export function canUseModelledDefault(model: Model, member: Member): boolean {
  if (hasTrait(member.traits, DEFAULT)) return member.traits[DEFAULT] !== null;
  const target = model.get(member.target);
  return target !== undefined && hasTrait(target.traits, DEFAULT) && target.traits[DEFAULT] !== null;
}

/** `NullableIndex.isMemberNullable(member, CLIENT_CAREFUL)`. */
export function isMemberOptional(model: Model, container: Shape, member: Member): boolean {
  switch (container.type) {
    case "structure": {
      const target = model.get(member.target);
      if (target && (target.type === "structure" || target.type === "union")) return true;
      if (
        hasTrait(member.traits, "smithy.api#clientOptional") ||
        hasTrait(container.traits, "smithy.api#input")
      ) {
        return true;
      }
      return !hasTrait(member.traits, "smithy.api#required") && !hasNonNullDefault(member);
    }
    case "map":
      if (member.name === "key") return false;
      return hasTrait(container.traits, "smithy.api#sparse");
    case "list":
      return hasTrait(container.traits, "smithy.api#sparse");
    case "bigDecimal":
    case "bigInteger":
    case "blob":
    case "boolean":
    case "byte":
    case "document":
    case "double":
    case "enum":
    case "float":
    case "integer":
    case "intEnum":
    case "long":
    case "operation":
    case "resource":
    case "service":
    case "set":
    case "short":
    case "string":
    case "timestamp":
    case "union":
    case "unknown":
      return false;
    default:
      return assertNever(container.type);
  }
}
