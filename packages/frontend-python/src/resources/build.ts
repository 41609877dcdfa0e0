/**
 * The resources a reference, sub-resource, action or collection yields, following boto3's
 * resource definition (`resource.type`, `identifiers`, `path`): one resource (identifiers and
 * data) or a list of them (the path up to its `[]`, identifiers read from each element).
 */
import type { CallArg, Expr, Span } from "@moto2rust/ir";
import type { Scope } from "../context.js";
import { fail, isFailure, type Failure } from "../failure.js";
import type { Node } from "../parser.js";
import { own, serviceDefs, type CollectionDef, type ParamDef, type ResourceRefDef } from "./definitions.js";
import { base, identifierValue, isRValue, paramValue, requestArgs, type Evaluated } from "./evaluate.js";
import { applySteps, parsePath, startsWith, type Step } from "./paths.js";
import type {
  CollectionValue,
  ElementId,
  IdValue,
  ListValue,
  ResourceValue,
  ServiceValue,
} from "./values.js";

export interface RefSources {
  /** The response of the request that produced the resource. */
  readonly response: Expr | null;
  /** The request's keyword arguments (for `requestParameter`). */
  readonly args: readonly CallArg[];
  /** Positional identifiers of a sub-resource call. */
  readonly inputs: readonly Expr[];
}

function eachCount(steps: readonly Step[]): number {
  return steps.filter((s) => s.kind === "each").length;
}

/** The resource (or list of resources) a reference, sub-resource, action or collection yields. */
export function buildResource(
  scope: Scope,
  parent: ServiceValue | ResourceValue,
  ref: ResourceRefDef,
  src: RefSources,
  node: Node,
): Evaluated {
  const span = scope.mod.span(node);
  const def = own(serviceDefs(parent.service)!.resources, ref.type);
  if (def === undefined) return fail(`resource type ${ref.type}`, node, "resource-api");
  const path = ref.path === undefined ? null : parsePath(ref.path);
  if (ref.path !== undefined && path === null) return fail(`resource path ${ref.path}`, node, "resource-api");
  const idPaths = ref.identifiers.map((i) => (i.source === "response" ? parsePath(i.path ?? "") : []));
  if (idPaths.some((p) => p === null)) return fail(`identifier path of ${ref.type}`, node, "resource-api");
  const plural =
    (path !== null && eachCount(path) > 0) || idPaths.some((p) => p !== null && eachCount(p) > 0);
  const res = parent.kind === "resource" ? parent : null;
  const inputs = [...src.inputs];

  const fixed = (p: ParamDef): Expr | Failure => {
    switch (p.source) {
      case "identifier":
        if (res === null) return fail(`identifier ${p.name ?? ""}`, node, "resource-api");
        return identifierValue(scope, res, p.name ?? "", node);
      case "data":
        return paramValue(scope, res, p, node);
      case "input": {
        const e = inputs.shift();
        return e ?? fail(`${ref.type} identifier ${p.target}`, node, "resource-api");
      }
      case "requestParameter": {
        const steps = parsePath(p.path ?? "");
        const first = steps?.[0];
        if (steps === null || first === undefined || first.kind !== "member" || steps.length !== 1)
          return fail(`request parameter path ${p.path ?? ""}`, node, "resource-api");
        const a = src.args.find((x) => x.name === first.name);
        return a?.value ?? fail(`${ref.type} identifier from missing ${first.name}`, node, "resource-api");
      }
      default:
        return paramValue(scope, res, p, node);
    }
  };

  if (!plural) {
    const data = path === null || src.response === null ? null : applySteps(src.response, path, span);
    const ids = new Map<string, IdValue>();
    for (const [k, p] of ref.identifiers.entries()) {
      if (p.source === "response") {
        const steps = idPaths[k]!;
        if (src.response === null) return fail(`${ref.type} identifier ${p.target}`, node, "resource-api");
        if (path !== null && data !== null && startsWith(steps, path))
          ids.set(p.target, { kind: "data", steps: steps.slice(path.length) });
        else {
          const e = applySteps(src.response, steps, span);
          if (e === null) return fail(`${ref.type} identifier ${p.target}`, node, "resource-api");
          ids.set(p.target, { kind: "expr", expr: e });
        }
        continue;
      }
      const e = fixed(p);
      if (isFailure(e)) return e;
      ids.set(p.target, { kind: "expr", expr: e });
    }
    return { ...base(parent), kind: "resource", type: ref.type, def, ids, data };
  }

  // A list: the path up to its one `[]` names the list; identifiers are read from each element.
  const listPath = path ?? idPaths.find((p) => p !== null && eachCount(p) > 0) ?? null;
  if (listPath === null || eachCount(listPath) !== 1 || src.response === null)
    return fail(`list of ${ref.type} resources at ${ref.path ?? "?"}`, node, "resource-api");
  const cut = listPath.findIndex((s) => s.kind === "each");
  const prefix = listPath.slice(0, cut);
  const list = applySteps(src.response, prefix, span);
  if (list === null) return fail(`list of ${ref.type}`, node, "resource-api");
  const elementIsData = path !== null && cut === path.length - 1;
  const ids = new Map<string, ElementId>();
  for (const [k, p] of ref.identifiers.entries()) {
    if (p.source === "response") {
      const steps = idPaths[k]!;
      if (!startsWith(steps, [...prefix, { kind: "each" }]))
        return fail(`${ref.type} identifier ${p.target}`, node, "resource-api");
      const rest = steps.slice(prefix.length + 1);
      if (eachCount(rest) > 0) return fail(`${ref.type} identifier ${p.target}`, node, "resource-api");
      ids.set(p.target, { kind: "element", steps: rest });
      continue;
    }
    const e = fixed(p);
    if (isFailure(e)) return e;
    ids.set(p.target, { kind: "expr", expr: e });
  }
  return { ...base(parent), kind: "list", type: ref.type, def, list, elementIsData, ids };
}

/** One element of a resource list (`instances[0]`, a loop variable). */
export function elementOf(l: ListValue, element: Expr): ResourceValue {
  const ids = new Map<string, IdValue>();
  for (const [name, id] of l.ids) {
    if (id.kind === "expr") ids.set(name, id);
    else if (l.elementIsData) ids.set(name, { kind: "data", steps: id.steps });
    else ids.set(name, { kind: "expr", expr: applySteps(element, id.steps, element.span) ?? element });
  }
  return {
    kind: "resource",
    service: l.service,
    client: l.client,
    region: l.region,
    type: l.type,
    def: l.def,
    ids,
    data: l.elementIsData ? element : null,
  };
}

/** A collection's request (identifiers of its parent, then `.filter(...)` arguments) and list. */
export function collectionList(scope: Scope, c: CollectionValue, node: Node): ListValue | Failure {
  const def: CollectionDef = c.def;
  if (def.resource === null) return fail(`collection ${c.name} without resources`, node, "resource-api");
  const generated = requestArgs(scope, c.parent, def.request, node);
  if (isFailure(generated)) return generated;
  // boto3: merge_dicts(params, filter kwargs, append_lists=True).
  const args: CallArg[] = [...generated];
  for (const e of c.extra) {
    const i = args.findIndex((a) => a.name === e.name);
    if (i < 0) args.push(e);
    else {
      const cur = args[i]!.value;
      if (cur.kind !== "List" || e.value.kind !== "List")
        return fail(`filter(${e.name}=...) on a parameter the collection sets`, node, "resource-api");
      args[i] = { ...e, value: { ...cur, elements: [...cur.elements, ...e.value.elements] } };
    }
  }
  const span: Span = scope.mod.span(node);
  const call: Expr = { kind: "ApiCall", client: c.client, method: def.request.method, args, span };
  const r = buildResource(
    scope,
    c.parent ?? serviceOf(c),
    def.resource,
    { response: call, args, inputs: [] },
    node,
  );
  if (isFailure(r)) return r;
  if (!isRValue(r) || r.kind !== "list")
    return fail(`collection ${c.name} that is not a list`, node, "resource-api");
  return r;
}

function serviceOf(c: CollectionValue): ServiceValue {
  return { kind: "service", service: c.service, client: c.client, region: c.region };
}
