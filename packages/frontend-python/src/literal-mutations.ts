/**
 * Dict and list literals bound to a local and built further in place before they are used:
 * `params["Tags"] = [...]`, `del d["k"]`, `d.update({...})`, `d.pop("k")`, `xs.append(x)`,
 * `xs.extend([...])`, `e = d.copy()`. Each mutation of such a literal becomes a re-assignment of
 * the name to the literal as it now stands (an `Assign` the typer types at each later use, like
 * any literal binding), so every use after it (sent as a parameter, splatted with `**`, compared
 * with a response) sees the value Python would.
 *
 * Sound only for straight-line code: a name is tracked when every binding and every mutation of
 * it lies in one block (no loop runs a mutation twice, no branch skips one), and a tracked
 * literal is forgotten as soon as a name it mentions is re-bound (its values would no longer be
 * the ones Python stored).
 */
import {
  allExprs,
  type DictEntry,
  type DictExpr,
  type Expr,
  type ListExpr,
  type Span,
  type Stmt,
} from "@moto2rust/ir";
import type { Scope } from "./context.js";
import { callArgs } from "./call-args.js";
import { fail, isFailure, type Failure } from "./failure.js";
import { lowerExpr } from "./lower-expression.js";
import { rootName } from "./stable-names.js";
import { descendantsOfType, field, namedChildren, unparen, type Node } from "./parser.js";

type Literal = DictExpr | ListExpr;

/** Methods that do not change the value they are called on. */
const READ_ONLY_METHODS = new Set(["get", "keys", "values", "items", "copy", "index", "count"]);

/**
 * Names every binding (`name = ...`) and in-place change (`name[...] = ...`, `del name[...]`,
 * `name.method(...)`) of which lies in one block of `body`. Parameters, loop and `with` targets,
 * tuple targets, augmented assignments and names a closure mentions are never tracked.
 */
export function singleBlockNames(body: Node | null, params: readonly string[]): Set<string> {
  const blocks = new Map<string, Set<number>>();
  const never = new Set<string>(params);
  const site = (name: string, at: Node): void => {
    const loop = appendLoopOf(at);
    const b = enclosingBlock(loop ?? at);
    const set = blocks.get(name) ?? new Set<number>();
    set.add(b);
    blocks.set(name, set);
  };
  const poison = (n: Node | null): void => {
    if (n !== null) for (const id of descendantsOfType(n, "identifier")) never.add(id.text);
  };
  const visit = (n: Node): void => {
    switch (n.type) {
      case "assignment": {
        const left = field(n, "left");
        const t = left === null ? null : unparen(left);
        if (t !== null && t.type === "identifier") site(t.text, n);
        else if (t !== null && (t.type === "subscript" || t.type === "attribute")) {
          const root = rootName(t);
          if (root !== null) site(root, n);
        } else poison(t);
        break;
      }
      case "augmented_assignment": {
        const left = field(n, "left");
        const root = left === null ? null : rootName(left);
        if (root !== null) never.add(root);
        break;
      }
      case "for_statement":
      case "for_in_clause":
      case "as_pattern_target":
      case "global_statement":
      case "nonlocal_statement":
        poison(n.type.startsWith("for") ? field(n, "left") : n);
        break;
      case "delete_statement":
        for (const c of namedChildren(n)) {
          for (const target of c.type === "expression_list" ? namedChildren(c) : [c]) {
            const t = unparen(target);
            const root = rootName(t);
            if (root === null) continue;
            if (t.type === "identifier") never.add(root);
            else site(root, n);
          }
        }
        break;
      case "call": {
        const fn = field(n, "function");
        if (fn !== null && fn.type === "attribute") {
          const obj = field(fn, "object");
          const method = field(fn, "attribute")?.text ?? "";
          const root = obj === null ? null : rootName(obj);
          if (root !== null && !READ_ONLY_METHODS.has(method)) site(root, n);
        }
        break;
      }
      case "function_definition":
      case "class_definition":
      case "lambda":
        poison(n);
        return;
      default:
        break;
    }
    for (const c of n.namedChildren) visit(c);
  };
  if (body !== null) visit(body);
  const out = new Set<string>();
  for (const [name, set] of blocks) if (set.size === 1 && !never.has(name)) out.add(name);
  return out;
}

/**
 * `for x in it: xs.append(e)` (the loop's only statement): the for statement when `call` is that
 * append, else null. Such a loop builds `xs` as a comprehension would.
 */
function appendLoopOf(call: Node): Node | null {
  if (call.type !== "call") return null;
  const st = call.parent;
  const block = st?.parent ?? null;
  const loop = block?.parent ?? null;
  if (st?.type !== "expression_statement" || block?.type !== "block" || loop?.type !== "for_statement")
    return null;
  return appendLoopShape(loop)?.call === call ? loop : null;
}

/** The parts of `for x in it: xs.append(e)`, or null for any other loop. */
function appendLoopShape(
  loop: Node,
): { target: Node; iter: Node; list: Node; call: Node; element: Node } | null {
  if (loop.children.some((c) => c.type === "async") || field(loop, "alternative") !== null) return null;
  const left = field(loop, "left");
  const iter = field(loop, "right");
  const body = field(loop, "body");
  if (left === null || iter === null || body === null || unparen(left).type !== "identifier") return null;
  const stmts = namedChildren(body).filter((c) => c.type !== "comment");
  const only = stmts.length === 1 ? stmts[0]! : null;
  const call =
    only?.type === "expression_statement" && only.namedChildren.length === 1 ? only.namedChildren[0]! : null;
  if (call === null || call.type !== "call") return null;
  const fn = field(call, "function");
  const obj = fn?.type === "attribute" ? field(fn, "object") : null;
  if (fn === null || obj === null || obj.type !== "identifier" || field(fn, "attribute")?.text !== "append")
    return null;
  const args = callArgs(call);
  if (args.positional.length !== 1 || args.keywords.length > 0 || args.splat !== null) return null;
  return { target: unparen(left), iter, list: obj, call, element: args.positional[0]! };
}

/**
 * `for x in it: xs.append(e)` with `xs` bound to `[]` in the same block: `xs = [e for x in it]`.
 * Null for any other loop.
 */
export function lowerAppendLoop(scope: Scope, loop: Node): Stmt[] | Failure | null {
  const shape = appendLoopShape(loop);
  if (shape === null || !scope.singleBlock.has(shape.list.text)) return null;
  const list = shape.list.text;
  const span = scope.mod.span(loop);
  const at = locate(scope, shape.list, ".append() in a loop", shape.call);
  // The list is changed only by this loop: anything but a tracked list literal cannot be built here.
  if (at === null || isFailure(at)) return at ?? fail(`.append() in a loop to ${list}`, shape.call);
  if (at.literal.kind !== "List") return fail(`.append() in a loop to ${list}, a dict`, shape.call);
  const iter = lowerExpr(scope, shape.iter);
  if (isFailure(iter)) return iter;
  const target = shape.target.text;
  scope.comprehensionVars.push(target);
  let element: Expr | Failure;
  try {
    element = lowerExpr(scope, shape.element);
  } finally {
    scope.comprehensionVars.pop();
  }
  if (isFailure(element)) return element;
  if (mentionsName(element, list) || mentionsName(iter, list))
    return fail(`loop appending to ${list} a value that reads ${list} itself`, shape.element);
  if (!isReplayable(element)) return fail(`loop appending a call result to ${list}`, shape.element);
  if (at.literal.elements.length > 0)
    return fail(`.append() in a loop to ${list}, which was not empty before the loop`, shape.call);
  const value: Expr = { kind: "Comprehension", form: "list", element, target, iter, filters: [], span };
  scope.rebind(list);
  scope.rebind(target);
  return [{ kind: "Assign", target: list, value, span }];
}

function enclosingBlock(n: Node): number {
  let cur: Node | null = n.parent;
  while (cur !== null && cur.type !== "block" && cur.type !== "module") cur = cur.parent;
  return cur?.startIndex ?? -1;
}

/** Does `e` read the variable `name`? */
function mentionsName(e: Expr, name: string): boolean {
  for (const x of allExprs(e)) if (x.kind === "Name" && x.id === name) return true;
  return false;
}

/** Can `client.op(**name)` use this dict literal's entries as keyword arguments? */
export function isSpliceable(scope: Scope, name: string, value: DictExpr): boolean {
  if (!scope.stable.has(name) && !scope.singleBlock.has(name)) return false;
  if (!value.entries.every((e) => e.key.kind === "Str")) return false;
  for (const e of allExprs(value)) {
    if (e.kind === "ApiCall") return false;
    if (e.kind === "Name" && !scope.stable.has(e.id)) return false;
    if (e.kind === "BuiltinCall" && e.name === "uuid4") return false;
  }
  return true;
}

/** Remember `name = value` when `value` is a dict/list literal a later mutation may build on. */
export function trackLiteral(scope: Scope, name: string, value: Expr): void {
  if (value.kind !== "Dict" && value.kind !== "List") return;
  if (!scope.singleBlock.has(name) || !isReplayable(value)) return;
  scope.literalValues.set(name, value);
}

/**
 * `d = {"Arn": client.create_x()["Arn"], "Tags": [...]}`: a literal is typed and built where it is
 * used, so a value that must be evaluated once, where Python evaluates it (a boto3 or helper
 * call, `uuid4()`), is first bound to a fresh name, in order; the literal reads that name.
 */
export function hoistCalls(scope: Scope, name: string, value: Expr, out: Stmt[]): Expr {
  if (value.kind !== "Dict" && value.kind !== "List") return value;
  if (isReplayable(value)) return value;
  const hoist = (e: Expr, hint: string): Expr => {
    if (e.kind === "Dict")
      return {
        ...e,
        entries: e.entries.map((en) => ({
          ...en,
          key: hoist(en.key, `${hint}_key`),
          value: hoist(en.value, en.key.kind === "Str" ? `${hint}_${en.key.value}` : `${hint}_value`),
        })),
      };
    if (e.kind === "List" && !e.tuple)
      return { ...e, elements: e.elements.map((x, i) => hoist(x, `${hint}_${i}`)) };
    if (isReplayable(e)) return e;
    const temp = freshName(scope, hint);
    out.push({ kind: "Assign", target: temp, value: e, span: e.span });
    return { kind: "Name", id: temp, span: e.span };
  };
  return hoist(value, name);
}

/** A name no Python name of the module or function uses, nor an earlier hoisted value. */
function freshName(scope: Scope, hint: string): string {
  const base =
    hint
      .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
      .toLowerCase()
      .replace(/[^a-z0-9_]+/g, "_")
      .replace(/_+/g, "_")
      .replace(/^_|_$/g, "") || "value";
  const stem = /^[0-9]/.test(base) ? `v_${base}` : base;
  const taken = (n: string): boolean =>
    scope.isLocal(n) || scope.mod.constants.has(n) || scope.importOf(n) !== undefined || scope.stable.has(n);
  let temp = stem;
  for (let i = 2; taken(temp); i++) temp = `${stem}_${i}`;
  // Bound once, never changed: a literal reading it may be spliced.
  scope.stable = new Set([...scope.stable, temp]);
  return temp;
}

/** Values that may be evaluated where the literal is used instead of where it was written. */
function isReplayable(e: Expr): boolean {
  for (const x of allExprs(e)) {
    if (x.kind === "ApiCall" || x.kind === "HelperCall") return false;
    if (x.kind === "BuiltinCall" && x.name === "uuid4") return false;
  }
  return true;
}

/** One step into a literal: a string key of a dict, an index of a list. */
type Key =
  { readonly kind: "str"; readonly value: string } | { readonly kind: "int"; readonly value: number };

type Edit = (container: Literal, span: Span) => Literal | string;

/**
 * A statement that changes a tracked literal in place, lowered to the re-assignment(s) it
 * amounts to; null when `node` is no such statement (its root is not a local, or not a call of a
 * mutating method), so the caller lowers it as before.
 */
export function lowerLiteralMutation(scope: Scope, stmt: Node, node: Node): Stmt[] | Failure | null {
  const span = scope.mod.span(stmt);
  switch (node.type) {
    case "assignment": {
      const left = field(node, "left");
      const right = field(node, "right");
      if (left === null || right === null) return null;
      const target = unparen(left);
      if (target.type === "subscript") return setItem(scope, target, right, span);
      if (target.type === "identifier") return assignFromLiteral(scope, target.text, right, span);
      return null;
    }
    case "delete_statement": {
      const out: Stmt[] = [];
      for (const c of namedChildren(node)) {
        for (const target of c.type === "expression_list" ? namedChildren(c) : [c]) {
          const t = unparen(target);
          if (t.type !== "subscript") return null;
          const r = delItem(scope, t, span);
          if (r === null || isFailure(r)) return r;
          out.push(...r);
        }
      }
      return out;
    }
    case "call":
      return methodCall(scope, node, span, null);
    default:
      return null;
  }
}

/** The tracked literal `node` is rooted in, and the keys leading from it to `node`. */
function locate(
  scope: Scope,
  node: Node,
  what: string,
  report: Node | null = null,
): { name: string; literal: Literal; path: Key[] } | Failure | null {
  const path: Key[] = [];
  let cur = unparen(node);
  while (cur.type === "subscript") {
    const value = field(cur, "value");
    const index = field(cur, "subscript");
    if (value === null || index === null) return null;
    const key = keyOf(scope, index);
    if (key === null) return fail(`${what} with a key that is not a string or integer literal`, index);
    path.unshift(key);
    cur = unparen(value);
  }
  if (cur.type !== "identifier" || !scope.isLocal(cur.text) || scope.comprehensionVars.includes(cur.text))
    return null;
  const name = cur.text;
  const literal = scope.literalValues.get(name);
  if (literal !== undefined) return { name, literal, path };
  if (scope.clients.has(name) || scope.resources.has(name) || scope.raisesBindings.has(name)) return null;
  if (scope.staleLiterals.has(name) && scope.singleBlock.has(name))
    return fail(
      `${what} of ${name}, whose values read a variable re-bound since it was written`,
      report ?? node,
    );
  return fail(
    `${what} of ${name}, which is not a dict or list literal bound and changed in one block`,
    report ?? node,
  );
}

function keyOf(scope: Scope, index: Node): Key | null {
  const e = lowerExpr(scope, index);
  if (isFailure(e)) return null;
  if (e.kind === "Str") return { kind: "str", value: e.value };
  if (e.kind === "Int" && Number.isSafeInteger(Number(e.value)))
    return { kind: "int", value: Number(e.value) };
  if (e.kind === "Neg" && e.value.kind === "Int") return { kind: "int", value: -Number(e.value.value) };
  return null;
}

/** `d[k1][k2] = v` */
function setItem(scope: Scope, target: Node, right: Node, span: Span): Stmt[] | Failure | null {
  const value = field(target, "value");
  const index = field(target, "subscript");
  if (value === null || index === null) return null;
  const at = locate(scope, target, "subscript assignment");
  if (at === null || isFailure(at)) return at;
  const key = at.path.pop()!;
  const pre: Stmt[] = [];
  const v = lowerValue(scope, at.name, right, pre, `${at.name}_${key.value}`);
  if (isFailure(v)) return v;
  const out = apply(scope, at, span, target, (c, s) => putKey(c, key, v, s));
  return isFailure(out) ? out : [...pre, ...out];
}

/** `del d[k1][k2]` */
function delItem(scope: Scope, target: Node, span: Span): Stmt[] | Failure | null {
  const at = locate(scope, target, "del");
  if (at === null || isFailure(at)) return at;
  const key = at.path.pop()!;
  return apply(scope, at, span, target, (c) => removeKey(c, key));
}

/**
 * `d.update(...)`, `xs.append(x)`, `d.pop(k)`, … on a tracked literal (or a dict/list inside
 * one). With `bindPopped`, `name = d.pop(k)`: the popped value is bound to that name first.
 */
function methodCall(
  scope: Scope,
  call: Node,
  span: Span,
  bindPopped: string | null,
): Stmt[] | Failure | null {
  const fn = field(call, "function");
  if (fn === null || fn.type !== "attribute") return null;
  const obj = field(fn, "object");
  const method = field(fn, "attribute")?.text ?? "";
  if (obj === null || !MUTATORS.has(method)) return null;
  // `kwargs.update(extra)` with `extra` a helper's own `**` parameter: helper forwarding, not a literal.
  if (callArgs(call).positional.some((a) => unparen(a).text === scope.kwargsParam)) return null;
  const at = locate(scope, obj, `.${method}()`, call);
  if (at === null || isFailure(at)) return at;
  const args = callArgs(call);
  if (args.splat !== null) return fail(`.${method}() with argument unpacking`, args.splat);
  if (method !== "update" && args.keywords.length > 0)
    return fail(`.${method}() with keyword arguments`, call);
  const pos: Expr[] = [];
  const pre: Stmt[] = [];
  for (const a of args.positional) {
    const v = lowerValue(scope, at.name, a, pre, `${at.name}_item`);
    if (isFailure(v)) return v;
    pos.push(v);
  }
  const arity = (lo: number, hi: number): Failure | null =>
    pos.length < lo || pos.length > hi ? fail(`.${method}() with ${pos.length} arguments`, call) : null;
  const popped: { value: Expr | null } = { value: null };
  let edit: Edit;
  switch (method) {
    case "update": {
      const bad = arity(0, 1);
      if (bad !== null) return bad;
      const entries: { key: string; value: Expr; span: Span }[] = [];
      const other = pos[0];
      if (other !== undefined) {
        const lit = other.kind === "Name" ? (scope.literalValues.get(other.id) ?? null) : other;
        if (lit === null || lit.kind !== "Dict")
          return fail(".update() with a value that is not a dict literal", args.positional[0]!);
        for (const en of structuredClone(lit).entries) {
          if (en.key.kind !== "Str") return fail(".update() with a dict whose keys are not strings", call);
          entries.push({ key: en.key.value, value: en.value, span: en.span });
        }
      }
      for (const k of args.keywords) {
        const v = lowerValue(scope, at.name, k.value, pre, `${at.name}_${k.name}`);
        if (isFailure(v)) return v;
        entries.push({ key: k.name, value: v, span: scope.mod.span(k.node) });
      }
      edit = (c) => {
        let cur: Literal | string = c;
        for (const en of entries) {
          if (typeof cur === "string") return cur;
          cur = putKey(cur, { kind: "str", value: en.key }, en.value, en.span);
        }
        return cur;
      };
      break;
    }
    case "append": {
      const bad = arity(1, 1);
      if (bad !== null) return bad;
      const v = pos[0]!;
      edit = (c) => (c.kind === "List" ? { ...c, elements: [...c.elements, v] } : "append to a dict");
      break;
    }
    case "extend": {
      const bad = arity(1, 1);
      if (bad !== null) return bad;
      const other = pos[0]!;
      const lit = other.kind === "Name" ? (scope.literalValues.get(other.id) ?? null) : other;
      if (lit === null || lit.kind !== "List")
        return fail(".extend() with a value that is not a list literal", args.positional[0]!);
      const more = structuredClone(lit).elements;
      edit = (c) => (c.kind === "List" ? { ...c, elements: [...c.elements, ...more] } : "extend of a dict");
      break;
    }
    case "insert": {
      const bad = arity(2, 2);
      if (bad !== null) return bad;
      const [i, v] = pos as [Expr, Expr];
      if (i.kind !== "Int") return fail(".insert() at an index that is not an integer literal", call);
      edit = (c) => {
        if (c.kind !== "List") return "insert into a dict";
        const n = Math.min(Number(i.value), c.elements.length);
        return { ...c, elements: [...c.elements.slice(0, n), v, ...c.elements.slice(n)] };
      };
      break;
    }
    case "clear": {
      const bad = arity(0, 0);
      if (bad !== null) return bad;
      edit = (c) => (c.kind === "Dict" ? { ...c, entries: [] } : { ...c, elements: [] });
      break;
    }
    case "pop": {
      const bad = arity(0, 2);
      if (bad !== null) return bad;
      const k = pos[0];
      const fallback = pos[1] ?? null;
      const key: Key | null =
        k === undefined
          ? null
          : k.kind === "Str"
            ? { kind: "str", value: k.value }
            : k.kind === "Int"
              ? { kind: "int", value: Number(k.value) }
              : k.kind === "Neg" && k.value.kind === "Int"
                ? { kind: "int", value: -Number(k.value.value) }
                : null;
      if (k !== undefined && key === null) return fail(".pop() of a key that is not a literal", call);
      edit = (c) => {
        if (c.kind === "List") {
          if (fallback !== null) return "pop with a default from a list";
          const i = normIndex(key === null ? -1 : key.kind === "int" ? key.value : NaN, c.elements.length);
          if (i === null) return "pop of an index the list literal does not have";
          popped.value = c.elements[i]!;
          return { ...c, elements: c.elements.filter((_, j) => j !== i) };
        }
        if (key === null || key.kind !== "str") return "pop of a dict without a string key";
        const en = c.entries.find((x) => x.key.kind === "Str" && x.key.value === key.value);
        if (en === undefined) {
          if (fallback === null) return `pop of key "${key.value}" the dict literal does not have`;
          popped.value = fallback;
          return c;
        }
        popped.value = en.value;
        return { ...c, entries: c.entries.filter((x) => x !== en) };
      };
      break;
    }
    default:
      return null;
  }
  const out = apply(scope, at, span, call, edit);
  if (isFailure(out)) return out;
  if (bindPopped === null) return [...pre, ...out];
  const value = popped.value;
  if (value === null) return fail(".pop() whose value is not known", call);
  scope.rebind(bindPopped);
  trackLiteral(scope, bindPopped, value);
  return [...pre, { kind: "Assign", target: bindPopped, value, span }, ...out];
}

const MUTATORS = new Set(["update", "append", "extend", "insert", "clear", "pop"]);

/**
 * `name = d.pop(k)` (the popped value, and `d` without it) and `name = d.copy()` /
 * `copy.deepcopy(d)` (a copy of the literal as it stands); null for any other assignment.
 */
function assignFromLiteral(scope: Scope, name: string, right: Node, span: Span): Stmt[] | Failure | null {
  const r = unparen(right);
  if (r.type !== "call") return null;
  const fn = field(r, "function");
  if (fn === null) return null;
  let source: Node | null = null;
  let deep = false;
  if (fn.type === "attribute") {
    const method = field(fn, "attribute")?.text ?? "";
    const obj = field(fn, "object");
    if (method === "pop" && obj !== null && unparen(obj).text !== name) {
      const at = locate(scope, obj, ".pop()");
      if (at === null) return null;
      return methodCall(scope, r, span, name);
    }
    if (method === "copy" && obj !== null && namedChildren(field(r, "arguments") ?? r).length === 0)
      source = obj;
    else if (method === "deepcopy" && obj !== null && isCopyModule(scope, obj.text)) {
      source = onlyArg(r);
      deep = true;
    }
  } else if (
    fn.type === "identifier" &&
    fn.text === "deepcopy" &&
    scope.importOf("deepcopy")?.module === "copy"
  ) {
    source = onlyArg(r);
    deep = true;
  } else if (
    fn.type === "identifier" &&
    (fn.text === "dict" || fn.text === "list") &&
    !scope.isLocal(fn.text) &&
    scope.importOf(fn.text) === undefined
  )
    source = onlyArg(r);
  if (source === null) return null;
  const literal = literalOf(scope, source);
  if (literal === null) return null;
  const value = structuredClone(literal);
  scope.rebind(name);
  trackLiteral(scope, name, value);
  // A shallow copy shares its nested dicts and lists with the original.
  if (!deep) for (const n of [name, unparen(source).text]) sharing(scope).add(n);
  else sharing(scope).delete(name);
  return [{ kind: "Assign", target: name, value, span }];
}

/** The literal a copied value stands for: a tracked local, or a module constant bound to one. */
function literalOf(scope: Scope, source: Node): Literal | null {
  const s = unparen(source);
  if (s.type !== "identifier") return null;
  if (scope.isLocal(s.text)) return scope.literalValues.get(s.text) ?? null;
  const e = lowerExpr(scope, s);
  if (isFailure(e) || e.kind !== "Const" || e.wellKnown !== null) return null;
  const v = scope.mod.constants.get(e.name);
  return v !== undefined && (v.kind === "Dict" || v.kind === "List") ? v : null;
}

/**
 * `**NAME` with `NAME` a module-level dict constant with string keys whose values may be
 * evaluated at each use: a copy of its literal; null otherwise.
 */
export function constantDict(scope: Scope, node: Node): DictExpr | null {
  const v = literalOf(scope, node);
  if (v === null || v.kind !== "Dict" || !isReplayable(v)) return null;
  if (!v.entries.every((e) => e.key.kind === "Str")) return null;
  return structuredClone(v);
}

/** Names that share nested values with another name (shallow copies and their originals). */
const shared = new WeakMap<Scope, Set<string>>();
function sharing(scope: Scope): Set<string> {
  let s = shared.get(scope);
  if (s === undefined) {
    s = new Set();
    shared.set(scope, s);
  }
  return s;
}

function isCopyModule(scope: Scope, text: string): boolean {
  const imp = scope.importOf(text);
  return imp !== undefined && imp.module === "copy" && imp.name === null;
}

function onlyArg(call: Node): Node | null {
  const args = callArgs(call);
  return args.positional.length === 1 && args.keywords.length === 0 && args.splat === null
    ? args.positional[0]!
    : null;
}

/**
 * A value stored into `name`'s literal. The literal is built where it is used, so a call in it is
 * first bound to a fresh name (pushed to `out`).
 */
function lowerValue(scope: Scope, name: string, node: Node, out: Stmt[], hint: string): Expr | Failure {
  const v = lowerExpr(scope, node);
  if (isFailure(v)) return v;
  if (mentionsName(v, name)) return fail(`change of ${name} that reads ${name} itself`, node);
  if (isReplayable(v)) return v;
  if (v.kind === "Dict" || v.kind === "List") return hoistCalls(scope, hint, v, out);
  const temp = freshName(scope, hint);
  out.push({ kind: "Assign", target: temp, value: v, span: v.span });
  return { kind: "Name", id: temp, span: v.span };
}

/** Apply `edit` at `path` inside the tracked literal, re-bind the name, and emit the re-assignment. */
function apply(
  scope: Scope,
  at: { name: string; literal: Literal; path: Key[] },
  span: Span,
  node: Node,
  edit: Edit,
): Stmt[] | Failure {
  if (at.path.length > 0 && sharing(scope).has(at.name))
    return fail(`change inside ${at.name}, which shares its nested values with a shallow copy`, node);
  const updated = editAt(at.literal, at.path, edit, span);
  if (typeof updated === "string") return fail(updated, node);
  scope.rebind(at.name);
  scope.literalValues.set(at.name, updated);
  if (updated.kind === "Dict" && isSpliceable(scope, at.name, updated))
    scope.dictLiterals.set(at.name, updated);
  return [{ kind: "Assign", target: at.name, value: updated, span }];
}

function editAt(value: Literal, path: readonly Key[], edit: Edit, span: Span): Literal | string {
  const [first, ...rest] = path;
  if (first === undefined) return edit(value, span);
  if (value.kind === "Dict") {
    if (first.kind !== "str") return "integer key into a dict literal";
    const en = value.entries.find((x) => x.key.kind === "Str" && x.key.value === first.value);
    if (en === undefined) return `change under key "${first.value}", which the dict literal does not have`;
    if (en.value.kind !== "Dict" && en.value.kind !== "List")
      return `change inside "${first.value}", which is not a dict or list literal`;
    const inner = editAt(en.value, rest, edit, span);
    if (typeof inner === "string") return inner;
    return { ...value, entries: value.entries.map((x) => (x === en ? { ...x, value: inner } : x)) };
  }
  if (first.kind !== "int") return "string key into a list literal";
  const i = normIndex(first.value, value.elements.length);
  if (i === null) return `change under index ${first.value}, which the list literal does not have`;
  const el = value.elements[i]!;
  if (el.kind !== "Dict" && el.kind !== "List")
    return `change inside element ${first.value}, which is not a dict or list literal`;
  const inner = editAt(el, rest, edit, span);
  if (typeof inner === "string") return inner;
  return { ...value, elements: value.elements.map((x, j) => (j === i ? inner : x)) };
}

function normIndex(i: number, length: number): number | null {
  if (!Number.isInteger(i)) return null;
  const j = i < 0 ? length + i : i;
  return j >= 0 && j < length ? j : null;
}

function putKey(c: Literal, key: Key, v: Expr, span: Span): Literal | string {
  if (c.kind === "List") {
    if (key.kind !== "int") return "string key into a list literal";
    const i = normIndex(key.value, c.elements.length);
    if (i === null) return `index ${key.value} the list literal does not have`;
    return { ...c, elements: c.elements.map((x, j) => (j === i ? v : x)) };
  }
  if (key.kind !== "str") return "integer key into a dict literal";
  const k = key.value;
  const i = c.entries.findIndex((x) => x.key.kind === "Str" && x.key.value === k);
  if (i < 0 && c.entries.some((x) => x.key.kind !== "Str"))
    return "key into a dict literal with computed keys";
  const entry: DictEntry = { key: { kind: "Str", value: k, span }, value: v, span };
  return i >= 0
    ? { ...c, entries: c.entries.map((x, j) => (j === i ? { ...x, value: v } : x)) }
    : { ...c, entries: [...c.entries, entry] };
}

function removeKey(c: Literal, key: Key): Literal | string {
  if (c.kind === "List") {
    if (key.kind !== "int") return "string key into a list literal";
    const i = normIndex(key.value, c.elements.length);
    if (i === null) return `index ${key.value} the list literal does not have`;
    return { ...c, elements: c.elements.filter((_, j) => j !== i) };
  }
  if (key.kind !== "str") return "integer key into a dict literal";
  const k = key.value;
  const i = c.entries.findIndex((x) => x.key.kind === "Str" && x.key.value === k);
  if (i < 0) return `del of key "${k}" the dict literal does not have`;
  return { ...c, entries: c.entries.filter((_, j) => j !== i) };
}
