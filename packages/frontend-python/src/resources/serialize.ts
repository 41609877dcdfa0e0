/**
 * boto3's DynamoDB `TypeSerializer` (boto3/dynamodb/types.py), applied by the resource API to the
 * request members of type `AttributeValue`: a Python value becomes its AttributeValue dict
 * (`"a"` → `{"S": "a"}`, `1` → `{"N": "1"}`, `True` → `{"BOOL": True}`, `None` →
 * `{"NULL": True}`, bytes → `{"B": ...}`, lists → `{"L": [...]}`, dicts → `{"M": {...}}`, sets of
 * strings / numbers / bytes → `SS` / `NS` / `BS`). Only values whose Python type is known from
 * the source can be serialized; anything else is left to the caller to report.
 */
import type { DictEntry, Expr, Span } from "@moto2rust/ir";

/** The literal a local name stands for (a name bound once to a dict literal), if any. */
export type LiteralOf = (name: string) => Expr | undefined;

/** Request members of DynamoDB's Table actions that hold AttributeValues, and how. */
export const ATTRIBUTE_VALUE_MEMBERS: Readonly<Record<string, "map" | "value">> = {
  Item: "map",
  Key: "map",
  ExpressionAttributeValues: "map",
  ExclusiveStartKey: "map",
};

function tagged(tag: string, value: Expr, span: Span): Expr {
  return { kind: "Dict", entries: [{ key: { kind: "Str", value: tag, span }, value, span }], span };
}

/** The AttributeValue dict for a Python value, or null when its type is not known statically. */
export function serializeValue(e: Expr, literal: LiteralOf = () => undefined): Expr | null {
  const span = e.span;
  switch (e.kind) {
    case "Str":
    case "FString":
      return tagged("S", e, span);
    case "Int":
    case "Float":
      return tagged("N", { kind: "Str", value: e.value, span }, span);
    case "Neg":
      if (e.value.kind === "Int" || e.value.kind === "Float")
        return tagged("N", { kind: "Str", value: `-${e.value.value}`, span }, span);
      return null;
    case "Bool":
      return tagged("BOOL", e, span);
    case "None":
      return tagged("NULL", { kind: "Bool", value: true, span }, span);
    case "Bytes":
      return tagged("B", e, span);
    case "List": {
      const elements: Expr[] = [];
      for (const x of e.elements) {
        const s = serializeValue(x, literal);
        if (s === null) return null;
        elements.push(s);
      }
      return tagged("L", { kind: "List", elements, tuple: false, span }, span);
    }
    case "Name": {
      // A name bound once to a dict literal and never changed is that dict.
      const v = literal(e.id);
      return v === undefined ? null : serializeValue(v, literal);
    }
    case "Dict": {
      const m = serializeMap(e, literal);
      return m === null ? null : tagged("M", m, span);
    }
    case "BuiltinCall": {
      // `{"a", "b"}` and `set([...])`: a string, number or binary set.
      if (e.name !== "set" || e.args.length !== 1 || e.args[0]!.kind !== "List") return null;
      const items = e.args[0].elements;
      if (items.length === 0) return null;
      if (items.every((x) => x.kind === "Str")) return tagged("SS", { ...e.args[0], tuple: false }, span);
      if (items.every((x) => x.kind === "Bytes")) return tagged("BS", { ...e.args[0], tuple: false }, span);
      if (items.every((x) => x.kind === "Int" || x.kind === "Float")) {
        const strs: Expr[] = items.map((x) => ({
          kind: "Str",
          value: x.kind === "Int" || x.kind === "Float" ? x.value : "",
          span: x.span,
        }));
        return tagged("NS", { kind: "List", elements: strs, tuple: false, span }, span);
      }
      return null;
    }
    case "ApiCall":
    case "BinOp":
    case "Comprehension":
    case "Const":
    case "ErrorField":
    case "Get":
    case "Len":
    case "Subscript":
    case "HelperCall":
    case "IfExpr":
    case "DictComprehension":
    default:
      return null;
  }
}

/** A dict of Python values → a dict of AttributeValues (keys kept), or null. */
export function serializeMap(e: Expr, literal: LiteralOf = () => undefined): Expr | null {
  if (e.kind === "Name") {
    const v = literal(e.id);
    return v === undefined ? null : serializeMap(v, literal);
  }
  if (e.kind !== "Dict") return null;
  const entries: DictEntry[] = [];
  for (const en of e.entries) {
    const v = serializeValue(en.value, literal);
    if (v === null) return null;
    entries.push({ key: en.key, value: v, span: en.span });
  }
  return { kind: "Dict", entries, span: e.span };
}
