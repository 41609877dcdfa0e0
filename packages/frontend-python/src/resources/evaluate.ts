/**
 * Evaluating a Python expression of the boto3 resource API to a resource value (`RValue`) or
 * to the IR of the client calls and reads it stands for, following boto3's own definitions
 * (definitions.generated.ts): an action is the client call its `request` names, with parameters
 * filled from the resource's identifiers and data; an attribute is a member of the resource's
 * data (its `load` request, issued on first read, or the response that created it); a
 * collection is its request, iterated over the list its resource path names.
 */
import type { AssignStmt, CallArg, Expr } from "@moto2rust/ir";
import type { Scope } from "../context.js";
import { callArgs } from "../call-args.js";
import { fail, isFailure, type Failure } from "../failure.js";
import { isBuiltinMethod, lowerAll, lowerClientArgs, lowerExpr } from "../lower-expression.js";
import { field, unparen, type Node } from "../parser.js";
import {
  own,
  serviceDefs,
  type ActionDef,
  type ParamDef,
  type RequestDef,
  type ResourceRefDef,
} from "./definitions.js";
import { applySteps, parsePath, setParam } from "./paths.js";
import { buildResource, collectionList, elementOf } from "./build.js";
import { lowerActionArgs, serializeAttributeValues } from "./dynamodb-requests.js";
import {
  addPrelude,
  bindingOf,
  canAddPrelude,
  recordLoad,
  stateOf,
  type ClientValue,
  type CollectionValue,
  type ListValue,
  type ResourceValue,
  type RValue,
  type ServiceValue,
} from "./values.js";

export type Evaluated = RValue | Expr | Failure;

const RVALUE_KINDS: ReadonlySet<string> = new Set([
  "service",
  "meta",
  "client",
  "resource",
  "list",
  "collection",
]);

export function isRValue(v: Evaluated): v is RValue {
  return RVALUE_KINDS.has(v.kind);
}

/** Options of one evaluation: `discard` when the value of the outermost call is not used. */
export interface EvalOptions {
  readonly discard: boolean;
}

/** An expression that gives the same value wherever it is repeated (no call, no read). */
export function isSimple(e: Expr): boolean {
  switch (e.kind) {
    case "Str":
    case "Int":
    case "Const":
    case "Name":
      return true;
    case "FString":
      return e.parts.every((p) => p.kind === "text" || isSimple(p.expr));
    case "ApiCall":
    case "BinOp":
    case "Bool":
    case "BuiltinCall":
    case "Bytes":
    case "Comprehension":
    case "Dict":
    case "ErrorField":
    case "Float":
    case "Get":
    case "Len":
    case "List":
    case "Neg":
    case "None":
    case "Subscript":
    case "HelperCall":
    case "IfExpr":
    case "DictComprehension":
    default:
      return false;
  }
}

/** Evaluate `raw` (a chain through a resource object, or any other expression). */
export function evaluate(scope: Scope, raw: Node, opts: EvalOptions = { discard: false }): Evaluated {
  const node = unparen(raw);
  switch (node.type) {
    case "identifier": {
      const b = bindingOf(scope, node.text);
      if (b !== undefined) return b;
      if (scope.isLocal(node.text) && scope.resources.has(node.text))
        return fail("boto3 resource object", node, "resource-api");
      return lowerExpr(scope, node);
    }
    case "attribute": {
      const obj = field(node, "object");
      const attr = field(node, "attribute")?.text ?? "";
      if (obj === null) return fail("attribute", node, "syntax-error");
      const o = evaluate(scope, obj);
      if (isFailure(o)) return o;
      if (!isRValue(o)) return fail(`attribute access .${attr}`, node);
      return attributeOf(scope, o, attr, node);
    }
    case "subscript": {
      const value = field(node, "value");
      const index = field(node, "subscript");
      if (value === null || index === null) return fail("subscript", node, "syntax-error");
      const v = evaluate(scope, value);
      if (isFailure(v)) return v;
      const i = lowerExpr(scope, index);
      if (isFailure(i)) return i;
      const span = scope.mod.span(node);
      if (!isRValue(v)) return { kind: "Subscript", value: v, index: i, span };
      if (v.kind === "list") return elementOf(v, { kind: "Subscript", value: v.list, index: i, span });
      if (v.kind === "collection") {
        const l = collectionList(scope, v, node);
        if (isFailure(l)) return l;
        return elementOf(l, { kind: "Subscript", value: l.list, index: i, span });
      }
      return fail(`subscript of a boto3 ${describe(v)}`, node, "resource-api");
    }
    case "call":
      return evaluateCall(scope, node, opts);
    case "list_comprehension":
      return resourceFilter(scope, node);
    default:
      return lowerExpr(scope, node);
  }
}

/**
 * `[r for r in <resource list> if ...]`: the same resources, filtered (a list whose elements
 * keep their identifiers). Any other comprehension is an ordinary value.
 */
function resourceFilter(scope: Scope, node: Node): Evaluated {
  const target = filteredTarget(node);
  const clause = node.namedChildren.find((c) => c.type === "for_in_clause");
  const right = clause === undefined ? null : field(clause, "right");
  if (target === null || right === null) return lowerExpr(scope, node);
  const source = evaluate(scope, right);
  if (isFailure(source)) return source;
  if (!isRValue(source) || (source.kind !== "list" && source.kind !== "collection"))
    return lowerExpr(scope, node);
  const list = source.kind === "collection" ? collectionList(scope, source, right) : source;
  if (isFailure(list)) return list;
  const filtered = lowerExpr(scope, node);
  if (isFailure(filtered)) return filtered;
  return { ...list, list: filtered };
}

/** The loop variable of `[x for x in ...]` (one clause, element is the variable), else null. */
export function filteredTarget(node: Node): string | null {
  const n = unparen(node);
  if (n.type !== "list_comprehension") return null;
  const body = field(n, "body");
  const clauses = n.namedChildren.filter((c) => c.type === "for_in_clause");
  if (body === null || clauses.length !== 1) return null;
  const left = field(clauses[0]!, "left");
  if (left === null || unparen(left).type !== "identifier" || unparen(body).type !== "identifier")
    return null;
  return unparen(left).text === unparen(body).text ? unparen(body).text : null;
}

function describe(v: RValue): string {
  switch (v.kind) {
    case "service":
      return `${v.service} service resource`;
    case "meta":
      return "resource meta";
    case "client":
      return "client";
    case "resource":
      return `${v.type} resource`;
    case "list":
      return `list of ${v.type} resources`;
    case "collection":
      return `${v.name} collection`;
  }
}

/** An RValue where a plain value is needed: lists and collections are their lists. */
export function asValue(scope: Scope, v: RValue, node: Node): Expr | Failure {
  if (v.kind === "list") return v.list;
  if (v.kind === "collection") {
    const l = collectionList(scope, v, node);
    return isFailure(l) ? l : l.list;
  }
  return fail(`boto3 ${describe(v)} used as a value`, node, "resource-api");
}

// ---------------------------------------------------------------------------------------------
// Attributes
// ---------------------------------------------------------------------------------------------

function attributeOf(scope: Scope, v: RValue, attr: string, node: Node): Evaluated {
  const span = scope.mod.span(node);
  switch (v.kind) {
    case "service": {
      if (attr === "meta") return { kind: "meta", of: v };
      const defs = serviceDefs(v.service)!;
      const coll = own(defs.service.hasMany, attr);
      if (coll !== undefined)
        return { ...base(v), kind: "collection", name: attr, def: coll, parent: null, extra: [] };
      return fail(`${v.service} service resource attribute .${attr}`, node, "resource-api");
    }
    case "meta":
      if (attr === "client" && v.of.kind === "service")
        return { kind: "client", service: v.of.service, client: v.of.client, region: v.of.region };
      if (attr === "client" && v.of.kind === "resource")
        return { kind: "client", service: v.of.service, client: v.of.client, region: v.of.region };
      if (attr === "data" && v.of.kind === "resource") return ensureLoaded(scope, v.of, node);
      return fail(`resource meta.${attr}`, node, "resource-api");
    case "resource": {
      if (attr === "meta") return { kind: "meta", of: v };
      const id = v.def.identifiers.find((i) => i.python === attr);
      if (id !== undefined) return identifierValue(scope, v, id.name, node);
      const ref = own(v.def.has, attr);
      if (ref !== undefined && ref.resource !== null) return reference(scope, v, ref.resource, node);
      const coll = own(v.def.hasMany, attr);
      if (coll !== undefined)
        return { ...base(v), kind: "collection", name: attr, def: coll, parent: v, extra: [] };
      const member = own(v.def.attributes, attr);
      if (member !== undefined) {
        const data = ensureLoaded(scope, v, node);
        if (isFailure(data)) return data;
        return { kind: "Subscript", value: data, index: { kind: "Str", value: member, span }, span };
      }
      return fail(`${v.type} attribute .${attr}`, node, "resource-api");
    }
    case "client":
      return fail(`client attribute .${attr}`, node);
    case "list":
    case "collection":
      return fail(`attribute .${attr} of a boto3 ${describe(v)}`, node, "resource-api");
  }
}

export function base(v: ServiceValue | ResourceValue | ClientValue | ListValue | CollectionValue): {
  service: string;
  client: string;
  region: Expr | null;
} {
  return { service: v.service, client: v.client, region: v.region };
}

export function identifierValue(scope: Scope, v: ResourceValue, name: string, node: Node): Expr | Failure {
  const id = v.ids.get(name);
  if (id === undefined) return fail(`identifier ${name} of ${v.type}`, node, "resource-api");
  if (id.kind === "expr") return id.expr;
  if (v.data === null) return fail(`identifier ${name} of ${v.type} without data`, node, "resource-api");
  const e = applySteps(v.data, id.steps, scope.mod.span(node));
  return e ?? fail(`identifier ${name} of ${v.type}`, node, "resource-api");
}

/** The resource's data: what created it, else its `load` request (issued once, before this statement). */
export function ensureLoaded(scope: Scope, v: ResourceValue, node: Node, force = false): Expr | Failure {
  if (v.data !== null && !force) return v.data;
  const load = v.def.load;
  if (load === null)
    return fail(
      `attributes of ${v.type} (boto3 loads them with hand-written code, not a load action)`,
      node,
      "resource-api",
    );
  if (!canAddPrelude(scope))
    return fail(`attributes of ${v.type} loaded inside a comprehension`, node, "resource-api");
  const args = requestArgs(scope, v, load.request, node);
  if (isFailure(args)) return args;
  const span = scope.mod.span(node);
  const call: Expr = { kind: "ApiCall", client: v.client, method: load.request.method, args, span };
  const steps = parsePath(load.path);
  if (steps === null) return fail(`load path ${load.path} of ${v.type}`, node, "resource-api");
  // The response is bound first (so that a load inside `pytest.raises` is the raising call),
  // then the resource's data read from it.
  const response = steps.length === 0 ? null : freshName(scope, load.request.method);
  if (response !== null) addPrelude(scope, { kind: "Assign", target: response, value: call, span });
  const value = response === null ? call : applySteps({ kind: "Name", id: response, span }, steps, span);
  if (value === null) return fail(`load path ${load.path} of ${v.type}`, node, "resource-api");
  const name = freshName(scope, `${snake(v.type)}_data`);
  const assign: AssignStmt = { kind: "Assign", target: name, value, span };
  addPrelude(scope, assign);
  const previous = v.data;
  v.data = { kind: "Name", id: name, span };
  recordLoad(scope, v, previous);
  return v.data;
}

function snake(type: string): string {
  return type
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .replace(/([A-Z])([A-Z][a-z])/g, "$1_$2")
    .toLowerCase();
}

/** A name for a synthetic local that no Python name of the function and no other synthetic local uses. */
export function freshName(scope: Scope, base: string): string {
  const used = stateOf(scope).synthetic;
  let name = base;
  for (let i = 2; scope.isLocal(name) || scope.mod.constants.has(name) || used.has(name); i++)
    name = `${base}_${i}`;
  used.add(name);
  return name;
}

/** A reference (`instance.vpc`): a resource whose identifiers come from this one's. */
function reference(scope: Scope, v: ResourceValue, ref: ResourceRefDef, node: Node): Evaluated {
  if (ref.path === undefined)
    return buildResource(scope, v, ref, { response: null, args: [], inputs: [] }, node);
  // A reference with a path (`route_table.routes`) reads its resources from this one's data.
  const data = ensureLoaded(scope, v, node);
  if (isFailure(data)) return data;
  const fromData: ResourceRefDef = {
    ...ref,
    identifiers: ref.identifiers.map((i) => (i.source === "data" ? { ...i, source: "response" } : i)),
  };
  return buildResource(scope, v, fromData, { response: data, args: [], inputs: [] }, node);
}

// ---------------------------------------------------------------------------------------------
// Calls
// ---------------------------------------------------------------------------------------------

function evaluateCall(scope: Scope, node: Node, opts: EvalOptions): Evaluated {
  const fn = field(node, "function");
  if (fn === null) return fail("call", node, "syntax-error");
  const callee = unparen(fn);
  // list(<collection or resource list>) is the list itself.
  if (callee.type === "identifier" && callee.text === "list" && !scope.isLocal("list")) {
    const a = callArgs(node);
    if (a.positional.length === 1 && a.keywords.length === 0 && a.splat === null) {
      const v = evaluate(scope, a.positional[0]!);
      if (isFailure(v)) return v;
      if (isRValue(v)) {
        if (v.kind === "list") return v;
        if (v.kind === "collection") return collectionList(scope, v, node);
      }
    }
    return lowerExpr(scope, node);
  }
  if (callee.type !== "attribute") {
    if (
      callee.type === "identifier" &&
      bindingOf(scope, callee.text) === undefined &&
      !scope.resources.has(callee.text)
    )
      return lowerExpr(scope, node);
    return fail("call of a boto3 resource object", node, "resource-api");
  }
  const method = field(callee, "attribute")?.text ?? "";
  const recvNode = field(callee, "object");
  if (recvNode === null) return fail("call", node, "syntax-error");
  const recv = evaluate(scope, recvNode);
  if (isFailure(recv)) return recv;
  if (!isRValue(recv)) return plainMethod(scope, recv, method, node);
  return callOn(scope, recv, method, node, opts);
}

/** `.get(...)` and string methods on a value read from a resource. */
function plainMethod(scope: Scope, value: Expr, method: string, node: Node): Evaluated {
  const span = scope.mod.span(node);
  const a = callArgs(node);
  if (a.keywords.length > 0 || a.splat !== null) return fail(`.${method}() with keyword arguments`, node);
  const args = lowerAll(scope, a.positional);
  if (isFailure(args)) return args;
  if (method === "get" && (args.length === 1 || args.length === 2))
    return { kind: "Get", value, key: args[0]!, fallback: args[1] ?? null, span };
  if (isBuiltinMethod(method))
    return {
      kind: "BuiltinCall",
      name: method,
      receiver: value,
      args,
      span,
    };
  return fail(`method call .${method}()`, node);
}

function callOn(scope: Scope, v: RValue, method: string, node: Node, opts: EvalOptions): Evaluated {
  const span = scope.mod.span(node);
  switch (v.kind) {
    case "client": {
      const args = lowerClientArgs(scope, node);
      if (isFailure(args)) return args;
      return { kind: "ApiCall", client: v.client, method, args, span };
    }
    case "service": {
      const defs = serviceDefs(v.service)!;
      const sub = own(defs.service.has, method)?.resource ?? implicitSubResource(v.service, method);
      if (sub !== null) return subResource(scope, null, v, sub, node);
      const action = own(defs.service.actions, method);
      if (action !== undefined) return callAction(scope, v, null, action, node, opts);
      return fail(`${v.service} service resource method ${method}()`, node, "resource-api");
    }
    case "resource": {
      if (method === "load" || method === "reload")
        return fail(`${v.type}.${method}() used as a value`, node, "resource-api");
      const sub = own(v.def.has, method);
      if (sub !== undefined && sub.resource !== null) return subResource(scope, v, v, sub.resource, node);
      const action = own(v.def.actions, method);
      if (action !== undefined) return callAction(scope, v, v, action, node, opts);
      if (method.startsWith("wait_until_"))
        return fail(`${v.type}.${method}() (waiter)`, node, "resource-api");
      return fail(`${v.type} method ${method}()`, node, "resource-api");
    }
    case "collection": {
      const a = callArgs(node);
      if (method === "all" && a.positional.length === 0 && a.keywords.length === 0 && a.splat === null)
        return v;
      if (method === "filter" && a.positional.length === 0) {
        const extra = lowerClientArgs(scope, node);
        if (isFailure(extra)) return extra;
        return { ...v, extra: [...v.extra, ...extra] };
      }
      return fail(`${v.name}.${method}() on a boto3 collection`, node, "resource-api");
    }
    case "meta":
    case "list":
      return fail(`${method}() on a boto3 ${describe(v)}`, node, "resource-api");
  }
}

/**
 * boto3 gives the service resource a sub-resource for every resource type it does not name in
 * `has`, with every identifier from the call (boto3/resources/model.py, `_get_has_definition`).
 */
function implicitSubResource(service: string, type: string): ResourceRefDef | null {
  const def = own(serviceDefs(service)!.resources, type);
  if (def === undefined) return null;
  return { type, identifiers: def.identifiers.map((i) => ({ target: i.name, source: "input" })) };
}

/** `s3.Bucket("name")`, `bucket.Object("key")`: identifiers from the call's positional arguments. */
function subResource(
  scope: Scope,
  parent: ResourceValue | null,
  owner: ServiceValue | ResourceValue,
  ref: ResourceRefDef,
  node: Node,
): Evaluated {
  const a = callArgs(node);
  if (a.splat !== null) return fail("argument unpacking in a boto3 sub-resource", a.splat);
  const inputs: Expr[] = [];
  const inputIds = ref.identifiers.filter((i) => i.source === "input");
  const positional = [...a.positional];
  // boto3 also accepts the identifiers as keyword arguments, by their Python names.
  for (const id of inputIds) {
    const kw = a.keywords.find((k) => k.name === pythonIdName(ref.type, owner.service, id.target));
    const n = kw === undefined ? positional.shift() : kw.value;
    if (n === undefined) return fail(`${ref.type}() with missing identifiers`, node, "resource-api");
    const e = lowerExpr(scope, n);
    if (isFailure(e)) return e;
    inputs.push(e);
  }
  if (positional.length > 0) return fail(`${ref.type}() with extra arguments`, node, "resource-api");
  return buildResource(scope, parent ?? owner, ref, { response: null, args: [], inputs }, node);
}

function pythonIdName(type: string, service: string, id: string): string {
  const def = own(serviceDefs(service)!.resources, type);
  return def?.identifiers.find((i) => i.name === id)?.python ?? id;
}

/** Keyword arguments of a request from boto3's `params` (identifiers, data, constants). */
export function requestArgs(
  scope: Scope,
  v: ResourceValue | null,
  req: RequestDef,
  node: Node,
): CallArg[] | Failure {
  const args: CallArg[] = [];
  const span = scope.mod.span(node);
  for (const p of req.params) {
    const value = paramValue(scope, v, p, node);
    if (isFailure(value)) return value;
    if (!setParam(args, p.target, value, span))
      return fail(`request parameter ${p.target} of ${req.operation}`, node, "resource-api");
  }
  return args;
}

export function paramValue(scope: Scope, v: ResourceValue | null, p: ParamDef, node: Node): Expr | Failure {
  const span = scope.mod.span(node);
  switch (p.source) {
    case "identifier":
      if (v === null) return fail(`identifier ${p.name ?? ""}`, node, "resource-api");
      return identifierValue(scope, v, p.name ?? "", node);
    case "data": {
      if (v === null) return fail(`data ${p.path ?? ""}`, node, "resource-api");
      const data = ensureLoaded(scope, v, node);
      if (isFailure(data)) return data;
      const steps = parsePath(p.path ?? "");
      const e = steps === null ? null : applySteps(data, steps, span);
      return e ?? fail(`data path ${p.path ?? ""}`, node, "resource-api");
    }
    case "string":
      return { kind: "Str", value: String(p.value ?? ""), span };
    case "integer":
      return { kind: "Int", value: String(p.value ?? "0"), span };
    case "boolean":
      return { kind: "Bool", value: p.value === true || p.value === "true", span };
    default:
      return fail(`request parameter from ${p.source}`, node, "resource-api");
  }
}

/** An action: its request (boto3's params, then the call's keyword arguments), then its resource. */
function callAction(
  scope: Scope,
  owner: ServiceValue | ResourceValue,
  v: ResourceValue | null,
  action: ActionDef,
  node: Node,
  opts: EvalOptions,
): Evaluated {
  const span = scope.mod.span(node);
  const generated = requestArgs(scope, v, action.request, node);
  if (isFailure(generated)) return generated;
  const user = lowerActionArgs(scope, owner.service, node);
  if (isFailure(user)) return user;
  // boto3: `params.update(kwargs)`.
  const args = generated.filter((g) => !user.some((u) => u.name === g.name)).concat(user);
  const serialized = serializeAttributeValues(scope, owner.service, args, node);
  if (isFailure(serialized)) return serialized;
  const typed = opts.discard ? serialized : bindRequestParameters(scope, action, serialized, node);
  if (isFailure(typed)) return typed;
  const call: Expr = {
    kind: "ApiCall",
    client: owner.client,
    method: action.request.method,
    args: typed,
    span,
  };
  if (action.resource === null) {
    if (action.path === undefined) return call;
    const steps = parsePath(action.path);
    const e = steps === null ? null : applySteps(call, steps, span);
    return e ?? fail(`action path ${action.path}`, node, "resource-api");
  }
  if (opts.discard) return call;
  if (!canAddPrelude(scope))
    return fail(
      `${action.request.operation} returning resources inside a comprehension`,
      node,
      "resource-api",
    );
  // The response is bound once; the resource (or list) reads from it.
  const name = freshName(scope, action.request.method);
  addPrelude(scope, { kind: "Assign", target: name, value: call, span });
  return buildResource(
    scope,
    owner,
    action.resource,
    { response: { kind: "Name", id: name, span }, args: typed, inputs: [] },
    node,
  );
}

/**
 * Arguments the created resource takes identifiers from (`requestParameter`) are bound once
 * before the call when repeating them could give another value (`Key=str(uuid4())`).
 */
function bindRequestParameters(
  scope: Scope,
  action: ActionDef,
  args: CallArg[],
  node: Node,
): CallArg[] | Failure {
  const members = new Set<string>();
  for (const i of action.resource?.identifiers ?? []) {
    const first = i.source === "requestParameter" ? parsePath(i.path ?? "")?.[0] : undefined;
    if (first?.kind === "member") members.add(first.name);
  }
  const out: CallArg[] = [];
  for (const a of args) {
    if (!members.has(a.name) || isSimple(a.value)) {
      out.push(a);
      continue;
    }
    if (!canAddPrelude(scope))
      return fail(
        `${action.request.operation} returning resources inside a comprehension`,
        node,
        "resource-api",
      );
    const name = freshName(scope, snake(a.name));
    addPrelude(scope, { kind: "Assign", target: name, value: a.value, span: a.span });
    out.push({ ...a, value: { kind: "Name", id: name, span: a.span } });
  }
  return out;
}
