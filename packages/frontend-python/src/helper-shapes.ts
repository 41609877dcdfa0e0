/**
 * Per-call-shape helpers (issue 8): a helper that tests its parameters in `if` statements
 * (`if tags is None:`, `if not vpc_settings:`, `if region:`) is lowered once per call shape, the
 * shape saying for each tested parameter whether the call gives `None`, a literal of known
 * truthiness, or some other value. Under a shape those conditions fold statically: the taken
 * branch is lowered in place (Python blocks bind no names), the other disappears. A parameter the
 * call leaves `None` is no parameter of that variant: it reads as `None` until the helper assigns
 * it. Only `if` statements outside loops fold, and a parameter the helper has re-assigned before
 * the `if` is no longer known; any other condition stays an `if` statement (reported as such).
 */
import type { DictExpr, Expr } from "@moto2rust/ir";
import type { HelperDef, ModuleContext, Scope } from "./context.js";
import { field, namedChildren, unparen, type Node } from "./parser.js";

/** What a call gives a tested parameter. */
export type ParamShape = "none" | "truthy" | "falsy" | "value";

/** A helper's variant: its qualified name and the shape of its tested parameters. */
export interface HelperVariant {
  readonly name: string;
  readonly shape: ReadonlyMap<string, ParamShape>;
  /**
   * Parameters given a dict or list literal of constants: the variant reads that literal (lowered
   * in the calling module), so the typer types it where the helper uses it.
   */
  readonly literals: ReadonlyMap<string, { readonly node: Node; readonly mod: ModuleContext }>;
  /**
   * For a helper that merges its `**kwargs` into a dict of defaults (`d.update(kwargs)`, see
   * `mergedKwargs`): the keywords the call gives, which the defaults do not set in this variant.
   */
  readonly kwargKeys: readonly string[] | null;
}

const merges = new WeakMap<Node, string | null>();

/**
 * The dict a helper merges its `**kwargs` parameter into at its top level (`d = {...}` then
 * `d.update(kwargs)`, spliced later as `client.op(**d)`), or null.
 */
export function mergedKwargs(def: HelperDef): string | null {
  const known = merges.get(def.node);
  if (known !== undefined) return known;
  const param = def.params.find((p) => p.splat === "**")?.name;
  let out: string | null = null;
  const body = field(def.node, "body");
  const assigned = new Set<string>();
  for (const stmt of param === undefined || body === null ? [] : namedChildren(body)) {
    const e = stmt.type === "expression_statement" ? namedChildren(stmt)[0] : undefined;
    if (e?.type === "assignment") {
      const left = field(e, "left");
      const right = field(e, "right");
      if (left?.type === "identifier" && right !== null && unparen(right).type === "dictionary")
        assigned.add(left.text);
      continue;
    }
    if (e?.type !== "call") continue;
    const fn = field(e, "function");
    const obj = fn?.type === "attribute" ? field(fn, "object") : null;
    const args = namedChildren(field(e, "arguments") ?? e);
    if (
      fn?.type === "attribute" &&
      field(fn, "attribute")?.text === "update" &&
      obj?.type === "identifier" &&
      assigned.has(obj.text) &&
      args.length === 1 &&
      args[0]!.type === "identifier" &&
      args[0]!.text === param
    ) {
      out = obj.text;
      break;
    }
  }
  if (out !== null && body !== null && !mergedOnce(body, out)) out = null;
  merges.set(def.node, out);
  return out;
}

const READ_ONLY = new Set(["get", "keys", "values", "items", "copy"]);

/**
 * Is `dict` bound once and changed only by its one `.update(...)`: no other method call that may
 * change it, no subscript assignment or `del`, not handed to a function (a `**dict` splat reads it)?
 */
function mergedOnce(body: Node, dict: string): boolean {
  let bindings = 0;
  let updates = 0;
  let ok = true;
  const visit = (n: Node): void => {
    if (!ok) return;
    if (n.type === "assignment" || n.type === "augmented_assignment") {
      const left = field(n, "left");
      const l = left === null ? null : unparen(left);
      if (l?.type === "identifier" && l.text === dict) bindings += n.type === "assignment" ? 1 : 2;
      if (l !== null && l.type !== "identifier" && identifiers(l).includes(dict)) ok = false;
    } else if (n.type === "delete_statement" && identifiers(n).includes(dict)) ok = false;
    else if (n.type === "call") {
      const fn = field(n, "function");
      const obj = fn?.type === "attribute" ? field(fn, "object") : null;
      if (obj !== null && unparen(obj).type === "identifier" && unparen(obj).text === dict) {
        const method = field(fn!, "attribute")?.text ?? "";
        if (method === "update") updates++;
        else if (!READ_ONLY.has(method)) ok = false;
      }
      for (const a of namedChildren(field(n, "arguments") ?? n))
        if (unparen(a).type === "identifier" && unparen(a).text === dict) ok = false;
    } else if (n.type === "function_definition" || n.type === "lambda" || n.type === "class_definition") {
      if (identifiers(n).includes(dict)) ok = false;
      return;
    }
    for (const c of n.namedChildren) visit(c);
  };
  visit(body);
  return ok && bindings === 1 && updates === 1;
}

/** A dict or list literal of constants only (strings without interpolation, numbers, booleans, None). */
export function isConstantLiteral(arg: Node): boolean {
  const n = unparen(arg);
  if (n.type !== "dictionary" && n.type !== "list" && n.type !== "tuple") return false;
  const leaf = (x: Node): boolean => {
    const u = unparen(x);
    switch (u.type) {
      case "dictionary":
      case "list":
      case "tuple":
        return u.namedChildren.every(leaf);
      case "pair":
        return u.namedChildren.every(leaf);
      case "string":
        return !u.namedChildren.some((c) => c.type === "interpolation");
      case "string_start":
      case "string_content":
      case "string_end":
      case "escape_sequence":
      case "integer":
      case "float":
      case "true":
      case "false":
      case "none":
      case "comment":
        return true;
      default:
        return false;
    }
  };
  return leaf(n);
}

const tested = new WeakMap<Node, readonly string[]>();

/** Parameters a helper's `if` conditions (outside loops and nested functions) mention, in parameter order. */
export function testedParams(def: HelperDef): readonly string[] {
  const known = tested.get(def.node);
  if (known !== undefined) return known;
  const params = new Set(def.params.filter((p) => p.splat === null).map((p) => p.name));
  const seen = new Set<string>();
  const visit = (n: Node): void => {
    switch (n.type) {
      case "for_statement":
      case "while_statement":
      case "function_definition":
      case "class_definition":
      case "lambda":
        return;
      case "if_statement":
      case "elif_clause":
      case "conditional_expression": {
        const cond =
          n.type === "conditional_expression" ? (namedChildren(n)[1] ?? null) : field(n, "condition");
        if (cond !== null) for (const id of identifiers(cond)) if (params.has(id)) seen.add(id);
        break;
      }
      case "boolean_operator": {
        // `p or default`, `p and value`: the left operand's truthiness picks the value.
        const left = field(n, "left");
        if (left !== null && unparen(left).type === "identifier" && params.has(unparen(left).text))
          seen.add(unparen(left).text);
        break;
      }
      default:
        break;
    }
    for (const c of n.namedChildren) visit(c);
  };
  const body = field(def.node, "body");
  if (body !== null) visit(body);
  const out = def.params.map((p) => p.name).filter((p) => seen.has(p));
  tested.set(def.node, out);
  return out;
}

function identifiers(n: Node): string[] {
  if (n.type === "identifier") return [n.text];
  return n.namedChildren.flatMap(identifiers);
}

/** The shape of an argument expression (the call's, or the `def`'s default). */
export function argShape(arg: Node): ParamShape {
  const n = unparen(arg);
  switch (n.type) {
    case "none":
      return "none";
    case "true":
      return "truthy";
    case "false":
      return "falsy";
    case "integer":
      return /^0+$|^0[xob]0+$/i.test(n.text.replace(/_/g, "")) ? "falsy" : "truthy";
    case "string": {
      if (n.namedChildren.some((c) => c.type === "interpolation")) return "value";
      const content = n.namedChildren.filter((c) => c.type === "string_content");
      return content.length === 0 ? "falsy" : "truthy";
    }
    case "list":
    case "dictionary":
    case "tuple":
      return n.namedChildren.filter((c) => c.type !== "comment").length === 0 ? "falsy" : "truthy";
    default:
      return "value";
  }
}

/**
 * The variant of `def` a call with these argument shapes and literal arguments uses:
 * `name[shape]` (the Rust name drops the brackets).
 */
export function variantOf(
  def: HelperDef,
  shapes: ReadonlyMap<string, ParamShape>,
  literals: ReadonlyMap<string, { readonly node: Node; readonly mod: ModuleContext }>,
  kwargKeys: readonly string[] | null,
): HelperVariant {
  const shape = new Map<string, ParamShape>();
  const tested = testedParams(def);
  for (const p of def.params) {
    const given = shapes.get(p.name);
    if (tested.includes(p.name) || given === "none") shape.set(p.name, given ?? "value");
  }
  const key = [
    ...[...shape].map(([p, s]) => `${p}=${s}`),
    ...[...literals].map(([p, l]) => `${p}:${l.node.text.replace(/\s+/g, " ")}`),
    ...(kwargKeys === null ? [] : [`**${[...kwargKeys].sort().join("|")}`]),
  ].join(",");
  return { name: `${def.name}[${key}]`, shape, literals, kwargKeys };
}

/** `if` statements fold only outside loops (a loop may re-assign a parameter between iterations). */
function inLoop(node: Node): boolean {
  for (let p = node.parent; p !== null; p = p.parent) {
    if (p.type === "for_statement" || p.type === "while_statement") return true;
    if (p.type === "function_definition" || p.type === "lambda") return false;
  }
  return false;
}

/** The value of a condition under the scope's shape: true, false, or null when it does not fold. */
function foldCondition(scope: Scope, raw: Node): boolean | null {
  const shape = scope.shape;
  if (shape === null) return null;
  const n = unparen(raw);
  const of = (x: Node | null): ParamShape | undefined => {
    const u = x === null ? null : unparen(x);
    return u !== null && u.type === "identifier" ? shape.get(u.text) : undefined;
  };
  switch (n.type) {
    case "identifier": {
      const s = shape.get(n.text);
      if (s === "none" || s === "falsy") return false;
      if (s === "truthy") return true;
      return null;
    }
    case "not_operator": {
      const arg = field(n, "argument");
      const v = arg === null ? null : foldCondition(scope, arg);
      return v === null ? null : !v;
    }
    case "boolean_operator": {
      const op = field(n, "operator")?.text;
      const l = field(n, "left");
      const r = field(n, "right");
      const a = l === null ? null : foldCondition(scope, l);
      const b = r === null ? null : foldCondition(scope, r);
      if (op === "and") {
        if (a === false || b === false) return false;
        return a === true && b === true ? true : null;
      }
      if (op === "or") {
        if (a === true || b === true) return true;
        return a === false && b === false ? false : null;
      }
      return null;
    }
    case "comparison_operator": {
      // `p is None`, `p is not None`, `p == None`, `p != None` (either side).
      const parts = namedChildren(n);
      const ops = n.children.filter((c) => !c.isNamed).map((c) => c.text);
      if (parts.length !== 2) return null;
      const [a, b] = parts as [Node, Node];
      const s = unparen(b).type === "none" ? of(a) : unparen(a).type === "none" ? of(b) : undefined;
      if (s === undefined) return null;
      const op = ops.join(" ");
      const isNone = s === "none";
      if (op === "is" || op === "==") return isNone;
      if (op === "is not" || op === "!=") return !isNone;
      return null;
    }
    default:
      return null;
  }
}

/**
 * The block an `if` statement runs under the scope's shape (its consequence, an `elif`'s or the
 * `else` block, or none), or undefined when it does not fold.
 */
export function foldedBranch(scope: Scope, node: Node): { block: Node | null } | undefined {
  if (scope.shape === null || inLoop(node)) return undefined;
  const cond = field(node, "condition");
  const v = cond === null ? null : foldCondition(scope, cond);
  if (v === null) return undefined;
  if (v) return { block: field(node, "consequence") };
  for (const alt of namedChildren(node)) {
    if (alt.type === "else_clause") return { block: field(alt, "body") };
    if (alt.type !== "elif_clause") continue;
    const c = field(alt, "condition");
    const w = c === null ? null : foldCondition(scope, c);
    if (w === null) return undefined;
    if (w) return { block: field(alt, "consequence") };
  }
  return { block: null };
}

/** Is this statement directly in the function body (not nested in another block)? */
export function isTopLevel(node: Node): boolean {
  return node.parent?.parent?.type === "function_definition";
}

/** Is this `def` a helper of the module that its calls lower per shape? */
export function isShapedHelper(mod: ModuleContext, def: Node): boolean {
  const name = field(def, "name")?.text;
  const h = name === undefined ? undefined : mod.helperDefs.get(name);
  return h !== undefined && h.node === def && (testedParams(h).length > 0 || mergedKwargs(h) !== null);
}

/**
 * In a variant of a helper that merges its `**kwargs` into `name` (see `mergedKwargs`): the dict
 * literal assigned to `name`, without the keys the call gives (they come from the caller's
 * keywords, spliced with the dict); null for any other assignment.
 */
export function mergedDefaults(scope: Scope, name: string, value: Expr): DictExpr | null {
  if (scope.kwargsMerge === null || scope.kwargsMerge.dict !== name || value.kind !== "Dict") return null;
  const given = new Set(scope.kwargsMerge.keys);
  if (!value.entries.every((e) => e.key.kind === "Str")) return null;
  return { ...value, entries: value.entries.filter((e) => e.key.kind !== "Str" || !given.has(e.key.value)) };
}

/** `d.update(kwargs)` in such a variant: merged already (the call's keywords are spliced with `d`). */
export function isMergeStatement(scope: Scope, expr: Node): boolean {
  if (scope.kwargsMerge === null || scope.kwargsParam === null || expr.type !== "call") return false;
  const fn = field(expr, "function");
  const obj = fn?.type === "attribute" ? field(fn, "object") : null;
  const args = namedChildren(field(expr, "arguments") ?? expr);
  return (
    fn?.type === "attribute" &&
    field(fn, "attribute")?.text === "update" &&
    obj?.type === "identifier" &&
    obj.text === scope.kwargsMerge.dict &&
    args.length === 1 &&
    args[0]!.text === scope.kwargsParam
  );
}

/**
 * `d["K"]` in a variant merging its `**kwargs` into `d` (never re-assigned): the default's value
 * when the call does not give `K`; when it does, the parameter the call passes its keyword's value
 * in (see `readBackKeys`); null for any other read.
 */
export function mergedRead(scope: Scope, value: Node, index: Expr, node: Node): Expr | null {
  const m = scope.kwargsMerge;
  const d = unparen(value);
  if (m === null || d.type !== "identifier" || d.text !== m.dict || index.kind !== "Str") return null;
  // A keyword the call gives and the helper reads back: the call passes it as a parameter too.
  if (m.keys.includes(index.value))
    return { kind: "Name", id: readBackParam(m.dict, index.value), span: scope.mod.span(node) };
  const dict = scope.dictLiterals.get(m.dict);
  const entry = dict?.entries.find((e) => e.key.kind === "Str" && e.key.value === index.value);
  return entry === undefined ? null : { ...entry.value, span: scope.mod.span(node) };
}

/**
 * The operand a value-level `a or b` / `a and b` / `x if c else y` evaluates to under a helper
 * variant's shape (Python: `a or b` is `a` when `a` is truthy, else `b`), or null when it does not
 * fold. Only outside loops, like `if` statements.
 */
export function foldedOperand(scope: Scope, node: Node): Node | null {
  if (scope.shape === null || scope.shape.size === 0) return null;
  if (node.type === "boolean_operator") {
    const op = field(node, "operator")?.text;
    const left = field(node, "left");
    const right = field(node, "right");
    if (left === null || right === null || inLoop(node)) return null;
    const v = foldCondition(scope, left);
    if (v === null) return null;
    if (op === "or") return v ? left : right;
    if (op === "and") return v ? right : left;
    return null;
  }
  if (node.type === "conditional_expression") {
    const [then, cond, otherwise] = namedChildren(node);
    if (then === undefined || cond === undefined || otherwise === undefined || inLoop(node)) return null;
    const v = foldCondition(scope, cond);
    return v === null ? null : v ? then : otherwise;
  }
  return null;
}

/** The parameter of a variant holding a keyword the helper reads back from its merged dict. */
export function readBackParam(dict: string, key: string): string {
  return `${dict}[${key}]`;
}

/** Keys a helper reads back from the dict it merges its `**kwargs` into (`d["K"]`). */
export function readBackKeys(def: HelperDef, dict: string): Set<string> {
  const out = new Set<string>();
  const visit = (n: Node): void => {
    if (n.type === "subscript") {
      const v = field(n, "value");
      const idx = namedChildren(n).slice(1);
      const k = idx.length === 1 ? unparen(idx[0]!) : null;
      if (v !== null && unparen(v).text === dict && k?.type === "string") {
        const content = k.namedChildren.filter((c) => c.type === "string_content");
        if (content.length === 1 && !k.namedChildren.some((c) => c.type === "interpolation"))
          out.add(content[0]!.text);
      }
    }
    for (const c of n.namedChildren) visit(c);
  };
  const body = field(def.node, "body");
  if (body !== null) visit(body);
  return out;
}
