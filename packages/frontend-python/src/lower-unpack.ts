/**
 * Tuple targets (`a, b = ...`, `(a, b), c = ...`, `for k, v in ...`). A tuple literal on the
 * right of the same shape becomes one assignment per name, when that is what Python does (no
 * element reads a name the statement assigns, so left-to-right assignment sees the same values);
 * any other value becomes an `Unpack`, typed and checked by the typing pass.
 */
import type { UnpackTarget } from "@moto2rust/ir";
import type { Scope } from "./context.js";
import { fail, isFailure, type Failure } from "./failure.js";
import { namedChildren, unparen, type Node } from "./parser.js";

const TUPLE_TARGETS = new Set(["pattern_list", "tuple_pattern", "list_pattern", "tuple", "list"]);
const TUPLE_VALUES = new Set(["tuple", "expression_list", "list"]);

/** Whether an assignment or loop target is a tuple of targets. */
export function isTupleTarget(target: Node): boolean {
  return TUPLE_TARGETS.has(unparen(target).type);
}

/** The unpacking target a Python target stands for; names, `_` and nested tuples only. */
export function unpackTarget(scope: Scope, raw: Node): UnpackTarget | Failure {
  const node = unparen(raw);
  const span = scope.mod.span(node);
  if (node.type === "identifier")
    return node.text === "_" ? { kind: "discard", span } : { kind: "name", id: node.text, span };
  if (TUPLE_TARGETS.has(node.type)) {
    const elements: UnpackTarget[] = [];
    for (const c of namedChildren(node)) {
      if (c.type === "comment") continue;
      const t = unpackTarget(scope, c);
      if (isFailure(t)) return t;
      if (t.kind === "rest" && elements.some((e) => e.kind === "rest"))
        return fail("two starred targets in tuple unpacking", c);
      elements.push(t);
    }
    return { kind: "tuple", elements, span };
  }
  if (node.type === "list_splat_pattern" || node.type === "list_splat") {
    const inner = namedChildren(node)[0];
    if (inner !== undefined && inner.type === "identifier" && inner.text === "_")
      return { kind: "rest", span };
    return fail("starred target in tuple unpacking", node);
  }
  return fail(`tuple unpacking into ${node.type.replace(/_/g, " ")}`, node);
}

/**
 * The (target, value) pairs of `a, (b, c) = x, (y, z)` when the value is a tuple literal of the
 * target's shape, or null (unpack the value at run time). A failure when the sequential form
 * would differ from Python's (an element reads a name the statement assigns).
 */
export function parallelPairs(
  target: UnpackTarget & { kind: "tuple" },
  value: Node,
  names: readonly string[],
): { target: UnpackTarget; value: Node }[] | Failure | null {
  const v = unparen(value);
  if (!TUPLE_VALUES.has(v.type)) return null;
  const items = namedChildren(v).filter((c) => c.type !== "comment");
  if (items.some((c) => c.type === "list_splat") || target.elements.some((t) => t.kind === "rest"))
    return null;
  if (items.length !== target.elements.length) return fail("tuple assignment of a different length", v);
  const out: { target: UnpackTarget; value: Node }[] = [];
  for (let i = 0; i < items.length; i++) {
    const t = target.elements[i]!;
    const item = items[i]!;
    if (t.kind === "tuple") {
      const inner = parallelPairs(t, item, names);
      if (inner === null) return fail("nested tuple target with a value that is not a tuple literal", item);
      if (isFailure(inner)) return inner;
      out.push(...inner);
      continue;
    }
    const read = identifiers(item).find((id) => names.includes(id));
    if (read !== undefined) return fail(`tuple assignment whose values read ${read}, which it assigns`, item);
    out.push({ target: t, value: item });
  }
  return out;
}

function identifiers(n: Node): string[] {
  if (n.type === "identifier") return [n.text];
  return n.namedChildren.flatMap(identifiers);
}
