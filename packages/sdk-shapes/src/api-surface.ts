/**
 * The JSON of `moto2rust api SERVICE --json`: the aws-sdk-rust API surface of one service as this
 * package derives it. Types are sorted by path, operations by name, waiters by name; members keep
 * model order (the order smithy-rs renders fields in); error helpers are sorted.
 */
import { assertNever } from "@moto2rust/ir";
import type { ServiceApi, TypeInfo } from "./api.js";

export interface ApiMemberJson {
  readonly name: string;
  readonly accessor: string;
  readonly returns: string;
  readonly setter: string;
  readonly setSetter: string;
  readonly getter: string;
  readonly fieldType: string;
}

export interface ApiStructureJson {
  readonly path: string;
  /** The shape as the model writes it (the modelled `…Request`/`…Response` for operation Inputs/Outputs). */
  readonly shape: string;
  readonly kind: "structure";
  readonly role: "type" | "input" | "output" | "error";
  readonly buildReturnsResult: boolean;
  readonly members: readonly ApiMemberJson[];
}

export interface ApiEnumJson {
  readonly path: string;
  readonly shape: string;
  readonly kind: "enum";
  readonly variants: readonly { readonly member: string; readonly value: string; readonly variant: string }[];
}

export interface ApiUnionJson {
  readonly path: string;
  readonly shape: string;
  readonly kind: "union";
  readonly variants: readonly {
    readonly member: string;
    readonly variant: string;
    readonly as: string;
    readonly is: string;
    /** `T` of `as_x(&self) -> Result<&T, &Self>`; `()` for unit variants (`Result<(), &Self>`). */
    readonly type: string;
  }[];
}

export type ApiTypeJson = ApiStructureJson | ApiEnumJson | ApiUnionJson;

export interface ApiOperationJson {
  readonly name: string;
  readonly method: string;
  readonly boto3: string;
  readonly input: string;
  readonly output: string;
  readonly error: string;
  readonly fluentBuilder: string;
  readonly paginator: string | null;
  readonly errorHelpers: readonly string[];
}

export interface ApiWaiterJson {
  readonly name: string;
  readonly method: string;
  readonly fluentBuilder: string;
  readonly module: string;
  readonly operation: string;
}

export interface ApiSurfaceJson {
  readonly service: string;
  readonly crate: string;
  readonly cargoCrate: string;
  readonly sdkId: string;
  readonly types: readonly ApiTypeJson[];
  readonly operations: readonly ApiOperationJson[];
  readonly waiters: readonly ApiWaiterJson[];
  readonly primitives: {
    readonly blob: boolean;
    readonly dateTime: boolean;
    readonly byteStream: boolean;
    readonly eventStream: boolean;
  };
}

function typeJson(t: TypeInfo): ApiTypeJson {
  switch (t.kind) {
    case "structure":
      return {
        path: t.path,
        shape: t.modelledShapeId ?? t.shapeId,
        kind: "structure",
        role: t.role,
        buildReturnsResult: t.buildReturnsResult,
        members: t.members.map((m) => ({
          name: m.name,
          accessor: m.accessor,
          returns: m.returns,
          setter: m.accessor,
          setSetter: m.setSetter,
          getter: m.getter,
          fieldType: m.fieldType,
        })),
      };
    case "enum":
      return {
        path: t.path,
        shape: t.shapeId,
        kind: "enum",
        variants: t.variants.map((v) => ({ member: v.member, value: v.value, variant: v.variant })),
      };
    case "union":
      return {
        path: t.path,
        shape: t.shapeId,
        kind: "union",
        variants: t.variants.map((v) => ({
          member: v.member,
          variant: v.variant,
          as: v.asHelper,
          is: v.isHelper,
          type: v.rustType,
        })),
      };
    default:
      return assertNever(t, "type info");
  }
}

export function apiSurface(service: ServiceApi): ApiSurfaceJson {
  const p = service.primitives();
  return {
    service: service.info.boto3,
    crate: service.info.crate,
    cargoCrate: service.info.cargoCrate,
    sdkId: service.info.sdkId,
    types: service.types().map(typeJson),
    operations: service.operations().map((op) => ({
      name: op.name,
      method: op.method,
      boto3: op.boto3Method,
      input: op.inputPath,
      output: op.outputPath,
      error: op.errorPath,
      fluentBuilder: op.fluentBuilder,
      paginator: op.paginator,
      errorHelpers: op.errors.map((e) => e.helper).sort(),
    })),
    waiters: service.waiters().map((w) => ({
      name: w.name,
      method: w.method,
      fluentBuilder: w.fluentBuilder,
      module: w.module,
      operation: w.operation,
    })),
    primitives: { blob: p.blob, dateTime: p.dateTime, byteStream: p.byteStream, eventStream: p.eventStream },
  };
}
