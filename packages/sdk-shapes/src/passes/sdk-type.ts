/** Small helpers over `SdkType`: constructors, compatibility, display. */
import { dumpType, type SdkType } from "@moto2rust/ir";

export const STRING: SdkType = { kind: "string" };
export const BOOL: SdkType = { kind: "bool" };
export const BLOB: SdkType = { kind: "blob" };
export const I32: SdkType = { kind: "int", rust: "i32" };
export const F64: SdkType = { kind: "float", rust: "f64" };

export function unknown(why: string): SdkType {
  return { kind: "unknown", why };
}

export function listOf(element: SdkType): SdkType {
  return { kind: "list", element, sparse: false };
}

/** `resp["ResponseMetadata"]` and what is read below it: typed as a marked unknown, handled by the backend. */
export const RESPONSE_METADATA = "response-metadata";

export function isResponseMetadata(t: SdkType | undefined): boolean {
  return t?.kind === "unknown" && (t.why === RESPONSE_METADATA || t.why.startsWith(RESPONSE_METADATA + ":"));
}

/** Text for messages: `string`, `list<structure types::Tag>`. */
export function describe(t: SdkType): string {
  return dumpType(t);
}

/**
 * Whether a value of type `actual` can stand where `expected` is wanted, with the conversions the
 * backend knows (a string for an enum, an int for a float or a timestamp).
 */
export function compatible(actual: SdkType, expected: SdkType): boolean {
  if (actual.kind === "unknown" || expected.kind === "unknown") return false;
  switch (expected.kind) {
    case "string":
      return actual.kind === "string" || actual.kind === "enum";
    case "enum":
      return actual.kind === "string" || (actual.kind === "enum" && actual.shapeId === expected.shapeId);
    case "int":
      return actual.kind === "int";
    case "float":
      return actual.kind === "float" || actual.kind === "int";
    case "bool":
      return actual.kind === "bool";
    case "blob":
      // boto3 encodes a str given for a blob as UTF-8.
      return actual.kind === "blob" || actual.kind === "string";
    case "stream":
      return actual.kind === "stream" || actual.kind === "blob" || actual.kind === "string";
    case "timestamp":
      return actual.kind === "timestamp";
    case "document":
      return true;
    case "list":
      return actual.kind === "list" && compatible(actual.element, expected.element);
    case "map":
      return (
        actual.kind === "map" &&
        compatible(actual.key, expected.key) &&
        compatible(actual.value, expected.value)
      );
    case "structure":
    case "union":
      return actual.kind === expected.kind && actual.shapeId === expected.shapeId;
    case "op-error":
      return actual.kind === "op-error" && actual.operation === expected.operation;
    case "tuple":
      return (
        actual.kind === "tuple" &&
        actual.elements.length === expected.elements.length &&
        actual.elements.every((x, i) => compatible(x, expected.elements[i]!))
      );
    default:
      return false;
  }
}
