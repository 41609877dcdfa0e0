/**
 * Calls of module-level helper functions (issue 8): which functions are helpers, which of their
 * parameters are boto3 clients, and `helper(a, b=1)` → `HelperCall` with one argument per
 * parameter (keywords matched by name, omitted ones filled from the `def`'s defaults).
 */
import { allExprs, type CallArg, type Expr, type HelperArg, type Span } from "@moto2rust/ir";
import type { HelperDef, HelperParam, ModuleContext, Scope } from "./context.js";
import { fail, isFailure, type Failure } from "./failure.js";
import { dottedName, field, namedChildren, unparen, type Node } from "./parser.js";
import { callArgs, type CallArgs } from "./call-args.js";
import { parameters } from "./locals.js";
import { lowerExpr } from "./lower-expression.js";
import { moduleScope } from "./module-scope.js";
import { recordKeys } from "./record-returns.js";
import { boto3CallKind, lowerClientCall } from "./boto3-calls.js";
import { foreignHelper, lowerAddedHelper } from "./foreign-helpers.js";
import {
  argShape,
  isConstantLiteral,
  mergedKwargs,
  readBackKeys,
  readBackParam,
  testedParams,
  variantOf,
  type HelperVariant,
  type ParamShape,
} from "./helper-shapes.js";

/** The parameters of a `def`, with their default value nodes, and the clients it builds. */
function helperDef(mod: ModuleContext, def: Node): HelperDef | null {
  const name = field(def, "name")?.text;
  if (name === undefined) return null;
  const params: HelperParam[] = parameters(field(def, "parameters")).map((p) => ({
    name: p.name,
    splat: p.splat,
    default: p.hasDefault ? field(p.node, "value") : null,
  }));
  const ownClients: { name: string; service: string; region: Expr | null }[] = [];
  const body = field(def, "body");
  for (const stmt of body === null ? [] : namedChildren(body)) {
    const assign = stmt.type === "expression_statement" ? namedChildren(stmt)[0] : undefined;
    const left = assign?.type === "assignment" ? field(assign, "left") : null;
    const right = assign?.type === "assignment" ? field(assign, "right") : null;
    if (left === null || right === null || left.type !== "identifier") continue;
    if (params.some((p) => p.name === left.text)) continue;
    const at = moduleScope(mod);
    if (boto3CallKind(at, right) !== "client") continue;
    const c = lowerClientCall(at, right);
    if (!isFailure(c) && !ownClients.some((o) => o.name === left.text))
      ownClients.push({ name: left.text, service: c.service, region: c.region });
  }
  return { name, params, ownClients, node: def };
}

/**
 * Parameters the body uses as boto3 clients: the receiver of a method call (`client.op(...)`), or
 * an argument given to a client parameter of another helper (`create_x(client)`), and never
 * re-assigned. Their service is given by the call sites (the typing pass checks it).
 */
export function clientParams(
  def: Node,
  params: readonly string[],
  assigned: ReadonlySet<string>,
  mod?: ModuleContext,
  seen: readonly Node[] = [],
): string[] {
  const body = field(def, "body");
  if (body === null) return [];
  const receivers = new Set<string>();
  const visit = (n: Node): void => {
    if (n.type === "function_definition" || n.type === "lambda" || n.type === "class_definition") return;
    if (n.type === "call") {
      const fn = field(n, "function");
      const callee = fn === null ? null : unparen(fn);
      const obj = callee !== null && callee.type === "attribute" ? field(callee, "object") : null;
      if (obj !== null && unparen(obj).type === "identifier") receivers.add(unparen(obj).text);
      const h = mod === undefined || callee === null ? null : calledHelperDef(mod, callee);
      if (h !== null && !seen.includes(h.node)) passedToClients(n, h, receivers, [...seen, def]);
    }
    for (const c of n.namedChildren) visit(c);
  };
  visit(body);
  return params.filter((p) => receivers.has(p) && !assigned.has(p));
}

/** The helper a callee names (a helper of the module, or of another file), or null. */
function calledHelperDef(mod: ModuleContext, callee: Node): HelperDef | null {
  if (callee.type === "identifier") {
    if (mod.imports.has(callee.text)) return foreignHelper(mod, callee.text);
    return mod.helperDefs.get(callee.text) ?? null;
  }
  const dotted = callee.type === "attribute" ? dottedName(callee) : null;
  return dotted === null ? null : foreignHelper(mod, dotted);
}

/** Names a call hands to client parameters of helper `h`. */
function passedToClients(call: Node, h: HelperDef, out: Set<string>, seen: readonly Node[]): void {
  const home = h.home ?? null;
  const named = h.params.filter((p) => p.splat === null).map((p) => p.name);
  const theirs = new Set(clientParams(h.node, named, new Set(), home ?? undefined, seen));
  const args = callArgs(call);
  args.positional.forEach((a, i) => {
    if (unparen(a).type === "identifier" && theirs.has(named[i] ?? "")) out.add(unparen(a).text);
  });
  for (const k of args.keywords)
    if (unparen(k.value).type === "identifier" && theirs.has(k.name)) out.add(unparen(k.value).text);
}

/** `helper(args)` → `HelperCall`, or a failure naming what cannot be matched. */
export function lowerHelperCall(
  scope: Scope,
  def: HelperDef,
  node: Node,
  args: CallArgs,
  span: Span,
): Expr | Failure {
  if (args.splat !== null) return fail(`argument unpacking in a call to helper ${def.name}()`, args.splat);
  const star = def.params.find((p) => p.splat === "*");
  if (star !== undefined) return fail(`call to helper ${def.name}() that takes *${star.name}`, node);
  const kwParam = def.params.find((p) => p.splat === "**");
  const named = def.params.filter((p) => p.splat === null);
  if (args.positional.length > named.length)
    return fail(`call to helper ${def.name}() with too many arguments`, node);
  const given = new Map<string, Node>();
  args.positional.forEach((a, i) => given.set(named[i]!.name, a));
  const kwargs: CallArg[] = [];
  for (const kw of args.keywords) {
    if (!named.some((p) => p.name === kw.name)) {
      if (kwParam === undefined)
        return fail(`call to helper ${def.name}() with unknown keyword ${kw.name}`, kw.node);
      const v = lowerExpr(scope, kw.value);
      if (isFailure(v)) return v;
      kwargs.push({ name: kw.name, value: v, span: scope.mod.span(kw.node) });
      continue;
    }
    if (given.has(kw.name)) return fail(`call to helper ${def.name}() giving ${kw.name} twice`, kw.node);
    given.set(kw.name, kw.value);
  }
  // A helper that tests its parameters, or given a dict/list literal: the variant for this
  // call's shape (helper-shapes.ts).
  let variant: HelperVariant | null = null;
  const literals = new Map<string, { node: Node; mod: ModuleContext }>();
  for (const p of named) {
    const a = given.get(p.name) ?? (def.home === undefined ? p.default : null);
    if (a === undefined || a === null) continue;
    const from = given.has(p.name) ? scope : moduleScope(def.home ?? scope.mod);
    if (isConstantLiteral(a) || isConstantCollection(from, a))
      literals.set(p.name, { node: a, mod: from.mod });
  }
  const merged = mergedKwargs(def);
  const kwargKeys =
    merged === null ? null : args.keywords.map((k) => k.name).filter((k) => !named.some((p) => p.name === k));
  const shapes = new Map<string, ParamShape>();
  for (const p of named) {
    const a = given.get(p.name) ?? p.default;
    shapes.set(p.name, a === undefined || a === null ? "value" : argShape(a));
  }
  // A None argument is read as None in the helper (a parameter of no Rust function).
  const anyNone = [...shapes.values()].includes("none");
  if (testedParams(def).length > 0 || literals.size > 0 || kwargKeys !== null || anyNone)
    variant = variantOf(def, shapes, literals, kwargKeys);
  if (def.home !== undefined || variant !== null) lowerAddedHelper(scope.mod, def, variant);
  const out: HelperArg[] = [];
  // A client the helper builds itself: the calling test declares it (the backend reuses the
  // test's client of the same region) and passes it in.
  for (const c of def.ownClients) {
    if (scope.kind !== "test")
      return fail(`call to helper ${def.name}() that builds its own client, from a helper`, node);
    const local = `${def.name.replace(/^_+/, "")}.${c.name}`;
    const region = c.region === null ? null : { ...structuredClone(c.region), span };
    scope.pending.push({ kind: "ClientDecl", name: local, service: c.service, region, span });
    scope.clients.set(local, c.service);
    out.push({ param: c.name, value: { kind: "Name", id: local, span } });
  }
  for (const p of named) {
    // A parameter the variant's calls leave None is none of its parameters.
    if (variant?.shape.get(p.name) === "none" || variant?.literals.has(p.name)) continue;
    const a = given.get(p.name);
    let value: Expr | Failure;
    if (a !== undefined) value = lowerExpr(scope, a);
    else if (p.default !== null) value = lowerExpr(moduleScope(def.home ?? scope.mod), p.default);
    else return fail(`call to helper ${def.name}() without argument ${p.name}`, node);
    if (isFailure(value)) return value;
    out.push({ param: p.name, value });
  }
  // Keywords the helper reads back from its merged dict: passed as parameters too, once evaluated
  // by the closure and once here, so they must be plain values.
  if (merged !== null && kwargKeys !== null) {
    const read = readBackKeys(def, merged);
    for (const k of kwargs) {
      if (!read.has(k.name)) continue;
      if ([...allExprs(k.value)].some((x) => !PLAIN_VALUES.has(x.kind)))
        return fail(`keyword ${k.name} that helper ${def.name}() reads back, given a computed value`, node);
      out.push({ param: readBackParam(merged, k.name), value: k.value });
    }
  }
  // A helper whose final statement returns a dict of string keys returns a record (record-returns.ts).
  const ret = finalReturnOf(field(def.node, "body"));
  const dict = ret === null ? undefined : namedChildren(ret)[0];
  const keys = dict === undefined ? null : recordKeys(unparen(dict));
  if (keys !== null) scope.mod.root.recordHelpers.set(variant?.name ?? def.name, keys);
  return {
    kind: "HelperCall",
    name: variant?.name ?? def.name,
    args: out,
    ...(kwParam !== undefined ? { kwargs } : {}),
    span,
  };
}

/** Register the module's helper functions: top-level `def`s that are not tests, fixtures or client factories. */
export function registerHelper(mod: ModuleContext, def: Node, isFixtureOrFactory: boolean): void {
  if (isFixtureOrFactory) return;
  const h = helperDef(mod, def);
  if (h === null || h.name.startsWith("test")) return;
  mod.helperDefs.set(h.name, h);
}

/**
 * The last effective statement of a block when it gives the helper's result: a `return`, or (for
 * a fixture) a `yield` with nothing after it, possibly inside a final `with` block.
 */
export function finalReturnOf(block: Node | null): Node | null {
  if (block === null) return null;
  const stmts = namedChildren(block).filter((s) => s.type !== "comment");
  const last = stmts[stmts.length - 1];
  if (last === undefined) return null;
  if (last.type === "return_statement") return last;
  if (last.type === "expression_statement") {
    const only = namedChildren(last);
    return only.length === 1 && only[0]!.type === "yield" ? last : null;
  }
  if (last.type === "with_statement") return finalReturnOf(field(last, "body"));
  return null;
}

/** A name (or `module.NAME`) of a module constant holding a dict or list: read in place like a literal. */
function isConstantCollection(scope: Scope, arg: Node): boolean {
  const n = unparen(arg);
  if (n.type !== "identifier" && n.type !== "attribute") return false;
  if (n.type === "identifier" && scope.isLocal(n.text)) return false;
  const e = lowerExpr(scope, n);
  if (isFailure(e)) return false;
  const value = e.kind === "Const" && e.wellKnown === null ? scope.mod.constants.get(e.name) : e;
  return value !== undefined && (value.kind === "Dict" || value.kind === "List");
}

/** Expressions that give the same value however often they are evaluated. */
const PLAIN_VALUES: ReadonlySet<Expr["kind"]> = new Set([
  "Str",
  "Bytes",
  "Int",
  "Float",
  "Bool",
  "None",
  "FString",
  "Name",
  "Const",
  "Dict",
  "List",
  "BinOp",
  "Neg",
]);
