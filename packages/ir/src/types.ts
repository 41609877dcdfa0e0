/**
 * The aws-sdk-rust side of the IR: what the sdk-shapes passes attach to nodes once they are typed.
 * Paths are crate-relative (`types::Cluster`, `operation::create_cluster::CreateClusterOutput`);
 * the crate is carried separately (`aws_sdk_ecs`).
 */

/** The Rust type of a value as smithy-rs generates it, minus the outer `Option`. */
export type SdkType =
  | { readonly kind: "string" }
  | { readonly kind: "enum"; readonly shapeId: string; readonly path: string }
  | { readonly kind: "int"; readonly rust: "i8" | "i16" | "i32" | "i64" }
  | { readonly kind: "float"; readonly rust: "f32" | "f64" }
  | { readonly kind: "bool" }
  | { readonly kind: "blob" }
  | { readonly kind: "stream" }
  | { readonly kind: "timestamp" }
  | { readonly kind: "document" }
  | { readonly kind: "list"; readonly element: SdkType; readonly sparse: boolean }
  | { readonly kind: "map"; readonly key: SdkType; readonly value: SdkType; readonly sparse: boolean }
  | {
      readonly kind: "structure";
      readonly shapeId: string;
      readonly path: string;
      readonly fallible: boolean;
    }
  | { readonly kind: "union"; readonly shapeId: string; readonly path: string }
  | {
      /** The value of `exc.value` / the `Err` of `send()`: an `SdkError<OpError>` turned into `OpError`. */
      readonly kind: "op-error";
      readonly operation: string;
      readonly errorPath: string;
    }
  | { readonly kind: "unknown"; readonly why: string }
  /**
   * A Python tuple of known arity: what a helper's `return a, b` gives, and the elements of
   * `d.items()`, `enumerate(xs)` and `zip(xs, ys)`. Rust: a tuple of the owned element types.
   */
  | { readonly kind: "tuple"; readonly elements: readonly SdkType[] };

/**
 * How an accessor hands a member out (SDK-RULES §3.3). The backend picks comparison and
 * unwrapping forms from this, never from the member's spelling.
 */
export type AccessorForm =
  /** `Option<&str>` */
  | "option-str"
  /** `&str` (required string) */
  | "str"
  /** `&[T]` (lists, always flattened) */
  | "slice"
  /** `Option<i32>`, `Option<bool>` … by value */
  | "option-copy"
  /** `i32`, `bool` … by value */
  | "copy"
  /** `Option<&T>`: structures, enums, maps, timestamps, blobs, documents */
  | "option-ref"
  /** `&T`: required enums, maps, timestamps, blobs; `&ByteStream` */
  | "ref";

/** One member of a structure, as the SDK names and types it. */
export interface MemberRef {
  /** The Smithy member name, as boto3 spells the key (`clusterName`). */
  readonly name: string;
  /** Accessor, pub field and value-setter name (`cluster_name`, `r#type`, `build_value`). */
  readonly accessor: string;
  /** `set_` form (raw snake case, never escaped). */
  readonly setSetter: string;
  readonly type: SdkType;
  /** Whether the pub field is `Option<T>` (CLIENT_CAREFUL nullability). */
  readonly optional: boolean;
  readonly form: AccessorForm;
  /** Normalised accessor return type, as `../shared/oracle/README.md` writes them. */
  readonly returns: string;
}

/** A resolved operation. */
export interface OperationRef {
  /** Smithy operation name (`CreateCluster`). */
  readonly name: string;
  readonly shapeId: string;
  /** Rust crate identifier (`aws_sdk_ecs`). */
  readonly crate: string;
  /** Client method (`create_cluster`). */
  readonly method: string;
  /** Crate-relative output path (`operation::create_cluster::CreateClusterOutput`). */
  readonly outputPath: string;
  /** Crate-relative error enum path (`operation::create_cluster::CreateClusterError`). */
  readonly errorPath: string;
  /** Shape id of the synthetic output structure (for member lookup). */
  readonly outputShapeId: string;
  readonly inputShapeId: string;
}

/** A modelled error of an operation. */
export interface ErrorRef {
  /** The error shape name as the model writes it (`ClusterNotFoundException`). */
  readonly name: string;
  /** The wire code boto3 reports (`awsQueryError` code if any, else the name). */
  readonly code: string;
  /** `is_cluster_not_found_exception` */
  readonly helper: string;
}
