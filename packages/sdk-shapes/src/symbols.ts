/**
 * smithy-rs's symbol provider for one service (`SymbolVisitor` + `StreamingShapeSymbolProvider` +
 * `EventStreamSymbolProvider`, `ClientModuleProvider`): the crate-relative path of every generated
 * type, the Rust type of every shape and member, and the IR `SdkType` of a shape.
 */
import { assertNever, type SdkType } from "@moto2rust/ir";
import { hasTrait, isRecord, shapeName, type Member, type Model, type Shape } from "./model.js";
import { isMemberOptional } from "./nullability.js";
import { operationNames, typeName } from "./rust-names.js";
import { RT, RUNTIME, type RustType } from "./rust-types.js";
import { isEventStreamUnion } from "./transforms/event-stream-normalizer.js";

export class Symbols {
  private readonly paths = new Map<string, string | null>();

  constructor(
    readonly model: Model,
    readonly service: Shape,
  ) {}

  /** `Shape.contextName(service)`: the service `rename` map, else the shape name. */
  contextName(id: string): string {
    return this.service.rename[id] ?? shapeName(id);
  }

  isError(shape: Shape): boolean {
    return shape.type === "structure" && hasTrait(shape.traits, "smithy.api#error");
  }

  isEnumString(shape: Shape): boolean {
    return shape.type === "enum" || (shape.type === "string" && hasTrait(shape.traits, "smithy.api#enum"));
  }

  /** Rust type name of a structure, union or enum (`Cluster`, `CreateClusterOutput`). */
  typeName(shape: Shape): string {
    return typeName(this.contextName(shape.id));
  }

  /** Crate-relative path of a generated type (`types::Tag`, `types::error::X`, `operation::op::OpOutput`), or null. */
  typePath(id: string): string | null {
    const cached = this.paths.get(id);
    if (cached !== undefined) return cached;
    const shape = this.model.get(id);
    let path: string | null = null;
    if (shape && !id.startsWith("smithy.api#")) {
      if (shape.type === "structure") {
        if (this.isError(shape)) path = `types::error::${this.typeName(shape)}`;
        else if (shape.synthetic) {
          const op = this.model.expect(shape.synthetic.operation);
          path = `${operationNames(shapeName(op.id), this.contextName(op.id)).module}::${this.typeName(shape)}`;
        } else path = `types::${this.typeName(shape)}`;
      } else if (shape.type === "union" || this.isEnumString(shape)) {
        path = `types::${this.typeName(shape)}`;
      }
    }
    this.paths.set(id, path);
    return path;
  }

  /** The Rust type of a shape (its symbol). */
  shapeType(id: string): RustType {
    const shape = this.model.get(id);
    if (!shape) return RT.opaque(`/* unknown shape ${id} */`);
    switch (shape.type) {
      case "blob":
        return RT.opaque(RUNTIME.blob);
      case "boolean":
        return RT.bool;
      case "byte":
        return RT.int(8);
      case "short":
        return RT.int(16);
      case "integer":
      case "intEnum":
        return RT.int(32);
      case "long":
        return RT.int(64);
      case "float":
        return RT.float(32);
      case "double":
        return RT.float(64);
      case "bigInteger":
        return RT.opaque(RUNTIME.bigInteger);
      case "bigDecimal":
        return RT.opaque(RUNTIME.bigDecimal);
      case "timestamp":
        return RT.opaque(RUNTIME.dateTime);
      case "document":
        return RT.opaque(RUNTIME.document);
      case "string":
      case "enum":
        return this.isEnumString(shape) ? RT.opaque(`crate::${this.typePath(id)}`) : RT.string;
      case "list":
      case "set": {
        const m = shape.members[0];
        return RT.vec(m ? this.elementType(shape, m) : RT.opaque("()"));
      }
      case "map": {
        const [k, v] = shape.members;
        return RT.hashmap(
          k ? this.elementType(shape, k) : RT.string,
          v ? this.elementType(shape, v) : RT.string,
        );
      }
      case "structure":
        if (id === "smithy.api#Unit") return RT.opaque("()");
        return RT.opaque(`crate::${this.typePath(id)}`);
      case "union":
        return RT.opaque(`crate::${this.typePath(id)}`);
      case "operation":
      case "service":
      case "resource":
      case "unknown":
        return RT.opaque(`/* ${shape.type} ${id} */`);
      default:
        return assertNever(shape.type, "shape type");
    }
  }

  /** List member / map key or value: `Option` only in `@sparse` collections. */
  private elementType(container: Shape, member: Member): RustType {
    const base = this.shapeType(member.target);
    return isMemberOptional(this.model, container, member) ? RT.option(base) : base;
  }

  isStreamingBlob(member: Member): boolean {
    const t = this.model.get(member.target);
    return t !== undefined && t.type === "blob" && hasTrait(t.traits, "smithy.api#streaming");
  }

  isEventStream(member: Member): boolean {
    return isEventStreamUnion(this.model.get(member.target));
  }

  /** Field type of a structure or union member (boxing, CLIENT_CAREFUL optionality, streams). */
  memberType(container: Shape, member: Member): RustType {
    if (container.synthetic) {
      if (this.isStreamingBlob(member)) return RT.opaque(RUNTIME.byteStream);
      if (this.isEventStream(member)) {
        const union = this.model.expect(member.target);
        const args = [
          this.shapeType(union.id),
          RT.opaque(`crate::types::error::${this.typeName(union)}Error`),
        ];
        const sender = container.synthetic.role === "input";
        return RT.app(sender ? RUNTIME.eventStreamSender : RUNTIME.eventReceiver, args);
      }
    }
    let t = this.shapeType(member.target);
    if (member.boxed) t = RT.box(t);
    return isMemberOptional(this.model, container, member) ? RT.option(t) : t;
  }

  /** The IR type of a shape (a member's target); never throws. */
  sdkType(id: string, fallible: (structureId: string) => boolean): SdkType {
    const shape = this.model.get(id);
    if (!shape) return { kind: "unknown", why: `shape ${id} is not in the model` };
    switch (shape.type) {
      case "blob":
        return hasTrait(shape.traits, "smithy.api#streaming") ? { kind: "stream" } : { kind: "blob" };
      case "boolean":
        return { kind: "bool" };
      case "byte":
        return { kind: "int", rust: "i8" };
      case "short":
        return { kind: "int", rust: "i16" };
      case "integer":
      case "intEnum":
        return { kind: "int", rust: "i32" };
      case "long":
        return { kind: "int", rust: "i64" };
      case "float":
        return { kind: "float", rust: "f32" };
      case "double":
        return { kind: "float", rust: "f64" };
      case "bigInteger":
        return {
          kind: "unknown",
          why: `bigInteger ${id} maps to ${RUNTIME.bigInteger}, which has no IR type`,
        };
      case "bigDecimal":
        return {
          kind: "unknown",
          why: `bigDecimal ${id} maps to ${RUNTIME.bigDecimal}, which has no IR type`,
        };
      case "timestamp":
        return { kind: "timestamp" };
      case "document":
        return { kind: "document" };
      case "string":
      case "enum":
        return this.isEnumString(shape)
          ? { kind: "enum", shapeId: id, path: this.typePath(id) ?? "" }
          : { kind: "string" };
      case "list":
      case "set": {
        const m = shape.members[0];
        return {
          kind: "list",
          element: m
            ? this.sdkType(m.target, fallible)
            : { kind: "unknown", why: `list ${id} has no member` },
          sparse: hasTrait(shape.traits, "smithy.api#sparse"),
        };
      }
      case "map": {
        const [k, v] = shape.members;
        return {
          kind: "map",
          key: k ? this.sdkType(k.target, fallible) : { kind: "string" },
          value: v ? this.sdkType(v.target, fallible) : { kind: "unknown", why: `map ${id} has no value` },
          sparse: hasTrait(shape.traits, "smithy.api#sparse"),
        };
      }
      case "structure":
        if (id === "smithy.api#Unit") return { kind: "unknown", why: "smithy.api#Unit (no value)" };
        return { kind: "structure", shapeId: id, path: this.typePath(id) ?? "", fallible: fallible(id) };
      case "union":
        if (hasTrait(shape.traits, "smithy.api#streaming")) {
          return { kind: "unknown", why: `event stream ${id} (EventReceiver / EventStreamSender)` };
        }
        return { kind: "union", shapeId: id, path: this.typePath(id) ?? "" };
      case "operation":
      case "service":
      case "resource":
      case "unknown":
        return { kind: "unknown", why: `${id} is a ${shape.type} shape, not a value` };
      default:
        return assertNever(shape.type, "shape type");
    }
  }
}

/** The `smithy.api#paginated` trait of an operation merged over the service's, when it has one. */
export interface Pagination {
  readonly inputToken: string | null;
  readonly outputToken: string | null;
  readonly items: string | null;
  readonly pageSize: string | null;
}

export function paginationOf(service: Shape, op: Shape): Pagination | null {
  const own = op.traits["smithy.api#paginated"];
  if (!isRecord(own)) return null;
  const base = isRecord(service.traits["smithy.api#paginated"]) ? service.traits["smithy.api#paginated"] : {};
  const pick = (key: string): string | null => {
    const v = own[key] ?? (base as Record<string, unknown>)[key];
    return typeof v === "string" ? v : null;
  };
  return {
    inputToken: pick("inputToken"),
    outputToken: pick("outputToken"),
    items: pick("items"),
    pageSize: pick("pageSize"),
  };
}
