/**
 * Helpers returning a dict used as a record: `return {"vpc": vpc.id, "subnet1": subnet.id}` as a
 * helper's final statement, every key a string literal. The helper returns a Rust tuple of the
 * values in the literal's order, and a caller that binds the result to a name reads
 * `name["subnet1"]` as the tuple's element (`name.1`). Any other use of the result (compared
 * with a dict, splatted, handed on, a key the literal does not have) is not a record read and
 * stays unsupported or fails typing: nothing is guessed.
 */
import type { Expr } from "@moto2rust/ir";
import type { Scope } from "./context.js";
import { field, fieldChildren, namedChildren, unparen, type Node } from "./parser.js";
import { literalString } from "./error-response.js";

/** The keys of a dict literal that can be a record (string-literal keys, no `**`, no repeats), else null. */
export function recordKeys(dict: Node): string[] | null {
  if (dict.type !== "dictionary") return null;
  const keys: string[] = [];
  for (const item of namedChildren(dict)) {
    if (item.type === "comment") continue;
    if (item.type !== "pair") return null;
    const key = field(item, "key");
    const k = key === null ? null : literalString(key);
    if (k === null || keys.includes(k)) return null;
    keys.push(k);
  }
  return keys.length > 0 ? keys : null;
}

/** `name["key"]` of a name bound to a record helper's result: the tuple element, else null. */
export function recordRead(scope: Scope, node: Node, span: Expr["span"]): Expr | null {
  const value = field(node, "value");
  const indices = fieldChildren(node, "subscript");
  const index = indices.length === 1 ? indices[0]! : null;
  if (value === null || index === null || unparen(value).type !== "identifier") return null;
  const keys = scope.records.get(unparen(value).text);
  const key = literalString(index);
  if (keys === undefined || key === null) return null;
  const at = keys.indexOf(key);
  if (at < 0) return null;
  return {
    kind: "Subscript",
    value: { kind: "Name", id: unparen(value).text, span },
    index: { kind: "Int", value: String(at), span },
    span,
  };
}
