/**
 * The services one test module uses: the tested one and the others its tests make clients of
 * (several services in one test, issue 9). Shape ids are namespaced per service
 * (`com.amazonaws.sns#Topic`), so a type is found in whichever service models it; an operation
 * is found in its own service (by its crate).
 */
import type { SdkType } from "@moto2rust/ir";
import type { ServiceApi, TypeInfo } from "./api.js";

export class ServiceSet {
  private readonly others: ServiceApi[] = [];
  /** The tested service's API, its type lookups extended to every service of the set. */
  readonly api: ServiceApi;

  constructor(readonly target: ServiceApi) {
    const ofShape = (id: string): ServiceApi => this.ofShape(id);
    this.api = {
      info: target.info,
      operations: () => target.operations(),
      operation: (name) => target.operation(name),
      operationByBoto3: (method) => target.operationByBoto3(method),
      type: (id) => ofShape(id).type(id),
      types: () => target.types(),
      sdkType: (id) => ofShape(id).sdkType(id),
      waiters: () => target.waiters(),
      primitives: () => target.primitives(),
    };
  }

  /** Add a service a test makes a client of (no-op for one already in the set). */
  add(api: ServiceApi): void {
    if (api.info.crate === this.target.info.crate) return;
    if (this.others.some((o) => o.info.crate === api.info.crate)) return;
    this.others.push(api);
  }

  /** The tested service first, then the others in the order they were added. */
  all(): readonly ServiceApi[] {
    return [this.target, ...this.others];
  }

  /** The service whose model generates this shape (the tested one when none does). */
  ofShape(shapeId: string): ServiceApi {
    if (this.others.length === 0) return this.target;
    const found: TypeInfo | undefined = this.target.type(shapeId);
    if (found) return this.target;
    return this.others.find((o) => o.type(shapeId) !== undefined) ?? this.target;
  }

  /** The service of a Rust crate identifier (`aws_sdk_sns`); the tested one when none matches. */
  ofCrate(crate: string): ServiceApi {
    return this.all().find((a) => a.info.crate === crate) ?? this.target;
  }

  /** The crate identifier of the service owning a named type (`aws_sdk_sns`). */
  crateOf(t: SdkType & { readonly shapeId: string }): string {
    return this.ofShape(t.shapeId).info.crate;
  }
}
