/**
 * The public contract of sdk-shapes: one service's aws-sdk-rust API as smithy-rs would generate
 * it from the Smithy model (names, paths, nullability, accessor forms, builder fallibility).
 * Paths are crate-relative (`types::Cluster`); `ServiceInfo.crate` is the crate identifier.
 */
import type { ErrorRef, MemberRef, OperationRef, SdkType } from "@moto2rust/ir";
import type { ModelFileError } from "./model-loader.js";

export interface ServiceInfo {
  /** boto3 client name (`ecs`, `logs`, `lambda`). */
  readonly boto3: string;
  /** Smithy `aws.api#service` sdkId (`CloudWatch Logs`). */
  readonly sdkId: string;
  /** Folder under api-models-aws (`cloudwatch-logs`). */
  readonly modelsDir: string;
  /** Rust crate identifier (`aws_sdk_cloudwatchlogs`). */
  readonly crate: string;
  /** Cargo package name (`aws-sdk-cloudwatchlogs`). */
  readonly cargoCrate: string;
}

export interface MemberInfo extends MemberRef {
  /** Target shape id (`smithy.api#String`, `com.amazonaws.ecs#Tag`). */
  readonly target: string;
  readonly required: boolean;
  /** Has a non-null `@default` (after S3/RemoveDefaults customisations). */
  readonly defaulted: boolean;
  /** `get_` form (raw snake case). */
  readonly getter: string;
  /** Normalised Rust type of the pub field (`Option<String>`, `Vec<crate::types::Tag>`, `i32`). */
  readonly fieldType: string;
  /** `@idempotencyToken` */
  readonly idempotencyToken: boolean;
}

export interface StructureInfo {
  readonly kind: "structure";
  /**
   * Shape id. Synthetic operation inputs/outputs use `<operation shape id>$Input` / `$Output`
   * (the modelled `…Request`/`…Response` shape is only a `types::` struct if something else uses it).
   */
  readonly shapeId: string;
  /** Rust type name (`Cluster`, `CreateClusterOutput`). */
  readonly name: string;
  /** Crate-relative path (`types::Cluster`, `types::error::ClusterNotFoundException`, `operation::x::XOutput`). */
  readonly path: string;
  readonly role: "type" | "input" | "output" | "error";
  /**
   * The shape as the model writes it: the modelled input/output (`com.amazonaws.ecs#ListClustersResponse`)
   * for a synthetic Input/Output (null when the operation has none), else `shapeId`.
   */
  readonly modelledShapeId: string | null;
  readonly buildReturnsResult: boolean;
  readonly members: readonly MemberInfo[];
}

export interface EnumInfo {
  readonly kind: "enum";
  readonly shapeId: string;
  readonly name: string;
  readonly path: string;
  /** `member`: Smithy member name; `value`: wire value; `variant`: Rust variant name. */
  readonly variants: readonly { readonly member: string; readonly value: string; readonly variant: string }[];
}

export interface UnionVariantInfo {
  /** Smithy member name. */
  readonly member: string;
  /** Rust variant (`S`, `Ss`, `UnknownValue`). */
  readonly variant: string;
  /** `as_s`, `is_s` */
  readonly asHelper: string;
  readonly isHelper: string;
  readonly type: SdkType;
  readonly target: string;
  /** The member targets `smithy.api#Unit`: a unit variant, `as_x(&self) -> Result<(), &Self>`. */
  readonly unit: boolean;
  /** Normalised Rust type inside the variant (`String`, `Vec<String>`, `Box<crate::types::X>`; `()` for unit). */
  readonly rustType: string;
}

export interface UnionInfo {
  readonly kind: "union";
  readonly shapeId: string;
  readonly name: string;
  readonly path: string;
  readonly variants: readonly UnionVariantInfo[];
}

export type TypeInfo = StructureInfo | EnumInfo | UnionInfo;

export interface ErrorInfo extends ErrorRef {
  readonly shapeId: string;
  /** `types::error::ClusterNotFoundException` */
  readonly path: string;
  /** Variant of the operation error enum (`ClusterNotFoundException`). */
  readonly variant: string;
  readonly httpStatus: number | null;
}

export interface OperationInfo extends OperationRef {
  /** The boto3 method name (botocore `xform_name`). */
  readonly boto3Method: string;
  /** Module (`operation::create_cluster`). */
  readonly module: string;
  readonly inputPath: string;
  /** `operation::create_cluster::builders::CreateClusterFluentBuilder` */
  readonly fluentBuilder: string;
  /** `operation::list_clusters::paginator::ListClustersPaginator`, or null. */
  readonly paginator: string | null;
  readonly input: StructureInfo;
  readonly output: StructureInfo;
  readonly errors: readonly ErrorInfo[];
  /** `@http` binding, when the protocol is REST. */
  readonly http: { readonly method: string; readonly uri: string } | null;
  /** `@paginated` members (operation trait over the service's), when `paginator` is not null. */
  readonly pagination: {
    readonly inputToken: string | null;
    readonly outputToken: string | null;
    readonly items: string | null;
    readonly pageSize: string | null;
  } | null;
}

export interface WaiterInfo {
  readonly name: string;
  /** `wait_until_bucket_exists` */
  readonly method: string;
  /** `BucketExistsFluentBuilder` */
  readonly fluentBuilder: string;
  readonly operation: string;
  /** Module holding the waiter's types (`waiters::bucket_exists`). */
  readonly module: string;
}

/** One loaded service. Lookups are cheap after the first call (results are memoised). */
export interface ServiceApi {
  readonly info: ServiceInfo;
  /** Every operation, sorted by Smithy name. */
  operations(): readonly OperationInfo[];
  /** By Smithy operation name (`CreateCluster`). */
  operation(name: string): OperationInfo | undefined;
  /** By boto3 method name (`create_cluster`, also tolerant of case/underscore differences). */
  operationByBoto3(method: string): OperationInfo | undefined;
  /** A named (non-synthetic) type, or a synthetic I/O structure by its `$Input`/`$Output` id. */
  type(shapeId: string): TypeInfo | undefined;
  /** Every generated type (`types::…` structures, enums, unions, errors) plus every operation's Input and Output, sorted by path. */
  types(): readonly TypeInfo[];
  /** The SdkType of a shape (a member's target). */
  sdkType(shapeId: string): SdkType;
  waiters(): readonly WaiterInfo[];
  /** Which `primitives::` re-exports the crate has. */
  primitives(): {
    readonly blob: boolean;
    readonly dateTime: boolean;
    readonly byteStream: boolean;
    /** `primitives::event_stream::*` (the service has event-stream operations). */
    readonly eventStream: boolean;
  };
}

/** Finds and lazily loads models from an api-models-aws folder. */
export interface ModelRepository {
  readonly root: string;
  /** boto3 client name → service, or undefined when the table or the folder has no such service. */
  service(boto3Name: string): ServiceApi | undefined;
  /** Every boto3 name with a model in `root`, sorted. */
  available(): readonly string[];
  /** Why `service(name)` is undefined (unknown name, missing or unreadable model), or undefined when it is not. */
  problem(boto3Name: string): string | undefined;
  /** Model files found so far that could not be used (unreadable, not JSON, not a Smithy AST): input errors. */
  malformed(): readonly ModelFileError[];
}
