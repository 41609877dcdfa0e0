/**
 * The shape of boto3's resource definitions as the lowering reads them (see
 * definitions.generated.ts, generated from boto3's resources-1.json files by
 * scripts/gen-boto3-resources.mjs). Keys of `actions`, `has`, `hasMany` and `attributes` are the
 * Python names boto3 exposes (`create_vpc`, `objects`, `cidr_block`).
 */
import { RESOURCE_TABLE } from "./definitions.generated.js";

/** Where a request parameter or a resource identifier takes its value from (boto3's `source`). */
export interface ParamDef {
  /** Request member path (`QueueUrl`, `InstanceIds[0]`, `Delete.Objects[*].Key`) or identifier name. */
  readonly target: string;
  /** `identifier`, `data`, `string`, `integer`, `boolean`, `input`, `response`, `requestParameter`. */
  readonly source: string;
  readonly name?: string;
  readonly path?: string;
  readonly value?: string | number | boolean;
}

export interface RequestDef {
  /** boto3 client method (`describe_instances`). */
  readonly method: string;
  /** Smithy operation (`DescribeInstances`). */
  readonly operation: string;
  readonly params: readonly ParamDef[];
}

export interface ResourceRefDef {
  readonly type: string;
  readonly identifiers: readonly ParamDef[];
  /** JMESPath of the resource's data in the response. */
  readonly path?: string;
}

export interface ActionDef {
  readonly request: RequestDef;
  readonly resource: ResourceRefDef | null;
  /** JMESPath of the value an action without a resource returns. */
  readonly path?: string;
}

export interface HasDef {
  readonly resource: ResourceRefDef | null;
}

export interface CollectionDef {
  readonly request: RequestDef;
  readonly resource: ResourceRefDef | null;
}

export interface IdentifierDef {
  readonly name: string;
  /** Python attribute name (`id`, `bucket_name`). */
  readonly python: string;
  /** The member of the resource's shape holding it, when boto3 names one. */
  readonly member?: string;
}

export interface ResourceDef {
  readonly identifiers: readonly IdentifierDef[];
  readonly shape: string | null;
  /** Python attribute name → member of `shape`. */
  readonly attributes: Readonly<Record<string, string>>;
  readonly load: { readonly request: RequestDef; readonly path: string } | null;
  readonly actions: Readonly<Record<string, ActionDef>>;
  readonly batchActions: Readonly<Record<string, ActionDef>>;
  readonly has: Readonly<Record<string, HasDef>>;
  readonly hasMany: Readonly<Record<string, CollectionDef>>;
}

export interface ServiceResourceDef {
  readonly actions: Readonly<Record<string, ActionDef>>;
  readonly has: Readonly<Record<string, HasDef>>;
  readonly hasMany: Readonly<Record<string, CollectionDef>>;
}

export interface ServiceDefs {
  readonly service: ServiceResourceDef;
  readonly resources: Readonly<Record<string, ResourceDef>>;
}

export type ResourceTable = Readonly<Record<string, ServiceDefs>>;

/** boto3's definitions for a service's resource API, or undefined when boto3 has none. */
export function serviceDefs(service: string): ServiceDefs | undefined {
  return Object.prototype.hasOwnProperty.call(RESOURCE_TABLE, service) ? RESOURCE_TABLE[service] : undefined;
}

/** Own-property lookup in a generated record (names like `constructor` must not hit Object's). */
export function own<T>(rec: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(rec, key) ? rec[key] : undefined;
}
