/** Structures (types, errors, operation Inputs/Outputs) with their members as the SDK names and types them. */
import type { SdkType } from "@moto2rust/ir";
import type { MemberInfo, StructureInfo } from "./api.js";
import { buildReturnsResult } from "./builders.js";
import { hasTrait, type Member, type Shape } from "./model.js";
import { canUseModelledDefault } from "./nullability.js";
import { structureMemberNames } from "./rust-names.js";
import { accessorFor, renderRustType } from "./rust-types.js";
import type { Symbols } from "./symbols.js";

function memberInfo(symbols: Symbols, shape: Shape, m: Member, sdkType: (id: string) => SdkType): MemberInfo {
  const names = structureMemberNames(m.name);
  const field = symbols.memberType(shape, m);
  const accessor = accessorFor(field);
  const streaming = shape.synthetic !== null && symbols.isStreamingBlob(m);
  return {
    name: m.name,
    accessor: names.accessor,
    setSetter: names.setSetter,
    getter: names.getter,
    type: streaming ? { kind: "stream" } : sdkType(m.target),
    optional: field.k === "option",
    form: accessor.form,
    returns: renderRustType(accessor.returns),
    target: m.target,
    required: hasTrait(m.traits, "smithy.api#required"),
    defaulted: canUseModelledDefault(symbols.model, m),
    fieldType: renderRustType(field),
    idempotencyToken: hasTrait(m.traits, "smithy.api#idempotencyToken"),
  };
}

export function structureInfo(
  symbols: Symbols,
  shape: Shape,
  sdkType: (id: string) => SdkType,
): StructureInfo {
  const role: StructureInfo["role"] = shape.synthetic
    ? shape.synthetic.role
    : symbols.isError(shape)
      ? "error"
      : "type";
  return {
    kind: "structure",
    shapeId: shape.id,
    name: symbols.typeName(shape),
    path: symbols.typePath(shape.id) ?? `types::${symbols.typeName(shape)}`,
    role,
    modelledShapeId: shape.synthetic ? shape.synthetic.originalId : shape.id,
    buildReturnsResult: buildReturnsResult(symbols, shape),
    members: shape.members.map((m) => memberInfo(symbols, shape, m, sdkType)),
  };
}
