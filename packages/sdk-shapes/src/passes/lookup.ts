/** Lookups into a ServiceApi that the passes share, returning plain IR references. */
import type { ErrorRef, MemberRef, OperationRef, SdkType } from "@moto2rust/ir";
import type { ErrorInfo, MemberInfo, OperationInfo, ServiceApi, StructureInfo, UnionInfo } from "../api.js";

export function operationRef(op: OperationInfo): OperationRef {
  return {
    name: op.name,
    shapeId: op.shapeId,
    crate: op.crate,
    method: op.method,
    outputPath: op.outputPath,
    errorPath: op.errorPath,
    outputShapeId: op.outputShapeId,
    inputShapeId: op.inputShapeId,
  };
}

export function memberRef(m: MemberInfo): MemberRef {
  return {
    name: m.name,
    accessor: m.accessor,
    setSetter: m.setSetter,
    type: m.type,
    optional: m.optional,
    form: m.form,
    returns: m.returns,
  };
}

export function errorRef(e: ErrorInfo): ErrorRef {
  return { name: e.name, code: e.code, helper: e.helper };
}

export function outputType(op: OperationInfo): SdkType {
  return {
    kind: "structure",
    shapeId: op.output.shapeId,
    path: op.output.path,
    fallible: op.output.buildReturnsResult,
  };
}

export function structureOf(api: ServiceApi, t: SdkType): StructureInfo | undefined {
  if (t.kind !== "structure") return undefined;
  const info = api.type(t.shapeId);
  return info?.kind === "structure" ? info : undefined;
}

export function unionOf(api: ServiceApi, t: SdkType): UnionInfo | undefined {
  if (t.kind !== "union") return undefined;
  const info = api.type(t.shapeId);
  return info?.kind === "union" ? info : undefined;
}

/** A member by its Smithy (boto3) name; exact first, then ignoring case (boto3 itself is exact). */
export function findMember(s: StructureInfo, name: string): MemberInfo | undefined {
  return s.members.find((m) => m.name === name);
}

/** A modelled error by name: the operation's own first, then any operation's of the service. */
export function findError(
  api: ServiceApi,
  op: OperationInfo | undefined,
  name: string,
): { error: ErrorInfo; ofOperation: boolean } | undefined {
  const own = op?.errors.find((e) => e.name === name || e.code === name);
  if (own) return { error: own, ofOperation: true };
  for (const o of api.operations()) {
    const e = o.errors.find((x) => x.name === name || x.code === name);
    if (e) return { error: e, ofOperation: false };
  }
  return undefined;
}
