/**
 * A small model of smithy-rs's `RustType` (core/rustlang/RustType.kt): enough to render field types
 * and derive accessor return types (`StructureGenerator.renderStructureImpl`, SDK-RULES §3.3) and
 * their `AccessorForm`. Rendering is already normalised as `../shared/oracle/README.md` describes:
 * no `::std::…` prefixes, no turbofish, no leading `::` (`Option<&HashMap<String, crate::types::X>>`).
 */
import { assertNever, type AccessorForm } from "@moto2rust/ir";

export type RustType =
  | { readonly k: "string" }
  | { readonly k: "str" }
  | { readonly k: "int"; readonly bits: 8 | 16 | 32 | 64 }
  | { readonly k: "float"; readonly bits: 32 | 64 }
  | { readonly k: "bool" }
  /** A named type, by its normalised path (`crate::types::Tag`, `aws_smithy_types::DateTime`). */
  | { readonly k: "opaque"; readonly path: string }
  | { readonly k: "vec"; readonly member: RustType }
  | { readonly k: "hashmap"; readonly key: RustType; readonly value: RustType }
  | { readonly k: "option"; readonly member: RustType }
  | { readonly k: "box"; readonly member: RustType }
  | { readonly k: "ref"; readonly member: RustType }
  | { readonly k: "slice"; readonly member: RustType }
  /** A generic type applied to arguments (`crate::event_receiver::EventReceiver<A, B>`). */
  | { readonly k: "app"; readonly path: string; readonly args: readonly RustType[] };

export const RT = {
  string: { k: "string" } as RustType,
  bool: { k: "bool" } as RustType,
  int: (bits: 8 | 16 | 32 | 64): RustType => ({ k: "int", bits }),
  float: (bits: 32 | 64): RustType => ({ k: "float", bits }),
  opaque: (path: string): RustType => ({ k: "opaque", path }),
  vec: (member: RustType): RustType => ({ k: "vec", member }),
  hashmap: (key: RustType, value: RustType): RustType => ({ k: "hashmap", key, value }),
  option: (member: RustType): RustType => ({ k: "option", member }),
  box: (member: RustType): RustType => ({ k: "box", member }),
  app: (path: string, args: readonly RustType[]): RustType => ({ k: "app", path, args }),
};

/** Paths of the smithy runtime types, normalised. */
export const RUNTIME = {
  blob: "aws_smithy_types::Blob",
  dateTime: "aws_smithy_types::DateTime",
  document: "aws_smithy_types::Document",
  bigInteger: "aws_smithy_types::BigInteger",
  bigDecimal: "aws_smithy_types::BigDecimal",
  byteStream: "aws_smithy_types::byte_stream::ByteStream",
  eventReceiver: "crate::event_receiver::EventReceiver",
  eventStreamSender: "aws_smithy_http::event_stream::EventStreamSender",
} as const;

export function renderRustType(t: RustType): string {
  switch (t.k) {
    case "string":
      return "String";
    case "str":
      return "str";
    case "int":
      return `i${t.bits}`;
    case "float":
      return `f${t.bits}`;
    case "bool":
      return "bool";
    case "opaque":
      return t.path;
    case "vec":
      return `Vec<${renderRustType(t.member)}>`;
    case "hashmap":
      return `HashMap<${renderRustType(t.key)}, ${renderRustType(t.value)}>`;
    case "option":
      return `Option<${renderRustType(t.member)}>`;
    case "box":
      return `Box<${renderRustType(t.member)}>`;
    case "ref":
      return `&${renderRustType(t.member)}`;
    case "slice":
      return `[${renderRustType(t.member)}]`;
    case "app":
      return `${t.path}<${t.args.map(renderRustType).join(", ")}>`;
    default:
      return assertNever(t, "rust type");
  }
}

/** `RustType.isCopy()` */
function isCopy(t: RustType): boolean {
  switch (t.k) {
    case "int":
    case "float":
    case "bool":
    case "ref":
    case "slice":
      return true;
    case "option":
      return isCopy(t.member);
    case "app":
    case "box":
    case "hashmap":
    case "opaque":
    case "str":
    case "string":
    case "vec":
      return false;
    default:
      return assertNever(t);
  }
}

/** `RustType.isDeref()` */
function isDeref(t: RustType): boolean {
  return t.k === "box" || t.k === "string" || t.k === "vec";
}

/** `RustType.asRef()` */
function asRef(t: RustType): RustType {
  if (t.k === "ref") return t;
  if (t.k === "option") return { k: "option", member: asRef(t.member) };
  return { k: "ref", member: t };
}

/** `RustType.asDeref()` */
function asDeref(t: RustType): RustType {
  switch (t.k) {
    case "option":
      return isDeref(t.member) ? { k: "option", member: asRef(asDeref(t.member)) } : t;
    case "box":
      return { k: "ref", member: t.member };
    case "string":
      return { k: "str" };
    case "vec":
      return { k: "slice", member: t.member };
    case "app":
    case "bool":
    case "float":
    case "hashmap":
    case "int":
    case "opaque":
    case "ref":
    case "slice":
    case "str":
      return t;
    default:
      return assertNever(t);
  }
}

export interface Accessor {
  readonly returns: RustType;
  readonly form: AccessorForm;
}

/** The accessor for a pub field of type `field` (flattened collection accessors, as the AWS SDK sets them). */
export function accessorFor(field: RustType): Accessor {
  if (field.k === "option" && field.member.k === "vec") {
    return { returns: asRef(asDeref(field.member)), form: "slice" };
  }
  if (isCopy(field)) return { returns: field, form: field.k === "option" ? "option-copy" : "copy" };
  if (field.k === "option" && isDeref(field.member)) {
    return { returns: asDeref(field), form: field.member.k === "string" ? "option-str" : "option-ref" };
  }
  if (isDeref(field)) {
    const form: AccessorForm = field.k === "string" ? "str" : field.k === "vec" ? "slice" : "ref";
    return { returns: asRef(asDeref(field)), form };
  }
  return { returns: asRef(field), form: field.k === "option" ? "option-ref" : "ref" };
}
