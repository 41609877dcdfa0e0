/**
 * The JMESPath subset boto3's resource definitions use (`Vpc.VpcId`, `Reservations[0].Instances[0]`,
 * `Contents[].Key`, `@`), and request parameter targets (`InstanceIds[0]`, `AttributeNames[]`,
 * `Filters[0].Values[0]`), as steps applied to IR expressions.
 */
import type { CallArg, Expr, Span } from "@moto2rust/ir";

export type Step =
  | { readonly kind: "member"; readonly name: string }
  | { readonly kind: "index"; readonly index: number }
  /** `[]` (flatten a list) or `[*]` (every element). */
  | { readonly kind: "each" };

/** Parse a path; null for syntax outside the subset. */
export function parsePath(path: string): Step[] | null {
  if (path === "@" || path === "") return [];
  const steps: Step[] = [];
  const re = /([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]|\[\*?\]|\./gy;
  let m: RegExpExecArray | null;
  let at = 0;
  while (at < path.length) {
    re.lastIndex = at;
    m = re.exec(path);
    if (m === null) return null;
    if (m[1] !== undefined) steps.push({ kind: "member", name: m[1] });
    else if (m[2] !== undefined) steps.push({ kind: "index", index: Number(m[2]) });
    else if (m[0] !== ".") steps.push({ kind: "each" });
    at = re.lastIndex;
  }
  return steps;
}

/** `value` read along steps without `each` (subscripts by member name and index). */
export function applySteps(value: Expr, steps: readonly Step[], span: Span): Expr | null {
  let e = value;
  for (const s of steps) {
    if (s.kind === "each") return null;
    const index: Expr =
      s.kind === "member"
        ? { kind: "Str", value: s.name, span }
        : { kind: "Int", value: String(s.index), span };
    e = { kind: "Subscript", value: e, index, span };
  }
  return e;
}

/** Does `path` start with `prefix` (step for step)? */
export function startsWith(path: readonly Step[], prefix: readonly Step[]): boolean {
  if (prefix.length > path.length) return false;
  return prefix.every((p, i) => sameStep(p, path[i]!));
}

function sameStep(a: Step, b: Step): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === "member" && b.kind === "member") return a.name === b.name;
  if (a.kind === "index" && b.kind === "index") return a.index === b.index;
  return true;
}

/**
 * Set `value` at `target` in a request's keyword arguments, building the dicts and lists on the
 * way (`InstanceIds[0]` → `InstanceIds=[value]`, `Filters[0].Values[0]` → `Filters=[{"Values": [value]}]`).
 * Returns false for targets outside the subset (`[*]` across several elements).
 */
export function setParam(args: CallArg[], target: string, value: Expr, span: Span): boolean {
  const steps = parsePath(target);
  if (steps === null || steps.length === 0 || steps[0]!.kind !== "member") return false;
  const name = steps[0].name;
  const i = args.findIndex((a) => a.name === name);
  const current = i < 0 ? null : args[i]!.value;
  const next = setIn(current, steps.slice(1), value, span);
  if (next === null) return false;
  const arg: CallArg = { name, value: next, span };
  if (i < 0) args.push(arg);
  else args[i] = arg;
  return true;
}

function setIn(current: Expr | null, steps: readonly Step[], value: Expr, span: Span): Expr | null {
  if (steps.length === 0) return current === null ? value : null;
  const [s, ...rest] = steps as [Step, ...Step[]];
  if (s.kind === "member") {
    if (current !== null && current.kind !== "Dict") return null;
    const entries = current === null ? [] : [...current.entries];
    const k = entries.findIndex((e) => e.key.kind === "Str" && e.key.value === s.name);
    const inner = setIn(k < 0 ? null : entries[k]!.value, rest, value, span);
    if (inner === null) return null;
    const entry = { key: { kind: "Str", value: s.name, span } as Expr, value: inner, span };
    if (k < 0) entries.push(entry);
    else entries[k] = entry;
    return { kind: "Dict", entries, span };
  }
  if (current !== null && current.kind !== "List") return null;
  const elements = current === null ? [] : [...current.elements];
  // `[0]`, `[]` and `[*]` on a list being built all address its next (single) element.
  const at = s.kind === "index" ? s.index : elements.length;
  if (at > elements.length) return null;
  const inner = setIn(at < elements.length ? elements[at]! : null, rest, value, span);
  if (inner === null) return null;
  elements[at] = inner;
  return { kind: "List", elements, tuple: false, span };
}
