/** `boto3.client(...)`, `boto3.resource(...)` and sessions. */
import type { Expr } from "@moto2rust/ir";
import type { Scope } from "./context.js";
import { callArgs } from "./call-args.js";
import { fail, isFailure, type Failure } from "./failure.js";
import { dottedName, field, unparen, type Node } from "./parser.js";
import { lowerExpr } from "./lower-expression.js";

export type Boto3CallKind = "client" | "resource" | "session";

/** Is `name` the boto3 module in this scope? */
function isBoto3(scope: Scope, name: string): boolean {
  const imp = scope.importOf(name);
  if (imp !== undefined) return imp.kind === "boto3";
  return name === "boto3" && !scope.isLocal(name);
}

/** What kind of boto3 factory call `node` is, or null. */
export function boto3CallKind(scope: Scope, node: Node): Boto3CallKind | null {
  const n = unparen(node);
  if (n.type !== "call") return null;
  const fn = field(n, "function");
  if (fn === null) return null;
  const dotted = dottedName(fn);
  if (dotted !== null) {
    const [root, ...rest] = dotted.split(".");
    if (root !== undefined && isBoto3(scope, root)) {
      const tail = rest.join(".");
      if (tail === "client") return "client";
      if (tail === "resource") return "resource";
      if (tail === "Session" || tail === "session.Session") return "session";
    }
    return null;
  }
  // `boto3.Session(...).client("s3")`
  if (fn.type === "attribute") {
    const obj = field(fn, "object");
    if (obj !== null && boto3CallKind(scope, obj) === "session") return "session";
  }
  return null;
}

export interface ClientCall {
  readonly service: string;
  readonly region: Expr | null;
}

const SERVICE_KW = "service_name";
const REGION_KW = "region_name";

/** The service and region of `boto3.client("svc", region_name=...)`. */
export function lowerClientCall(scope: Scope, node: Node): ClientCall | Failure {
  const call = unparen(node);
  const { positional, keywords, splat } = callArgs(call);
  if (splat !== null) return fail("argument unpacking in boto3.client()", splat);
  let serviceNode: Node | null = positional[0] ?? null;
  let regionNode: Node | null = positional[1] ?? null;
  if (positional.length > 2)
    return fail("boto3.client() with more than two positional arguments", positional[2]!);
  for (const kw of keywords) {
    if (kw.name === SERVICE_KW && serviceNode === null) serviceNode = kw.value;
    else if (kw.name === REGION_KW && regionNode === null) regionNode = kw.value;
    else return fail(`boto3.client(${kw.name}=...)`, kw.node);
  }
  if (serviceNode === null) return fail("boto3.client() without a service name", call);
  const service = lowerExpr(scope, serviceNode);
  if (isFailure(service)) return service;
  let serviceName: string | null = null;
  if (service.kind === "Str") serviceName = service.value;
  else if (service.kind === "Const") {
    const value = scope.mod.constants.get(service.name);
    if (value !== undefined && value.kind === "Str") serviceName = value.value;
  }
  if (serviceName === null) return fail("boto3.client() with a computed service name", serviceNode);
  if (regionNode === null) return { service: serviceName, region: null };
  const region = lowerExpr(scope, regionNode);
  if (isFailure(region)) return region;
  return { service: serviceName, region };
}

/** Does the attribute/call/subscript chain of `node` go through a boto3 resource object? */
export function throughResource(scope: Scope, node: Node): boolean {
  let n: Node | null = unparen(node);
  while (n !== null) {
    if (n.type === "identifier") return scope.isLocal(n.text) && scope.resources.has(n.text);
    if (n.type === "call") {
      const kind = boto3CallKind(scope, n);
      if (kind === "resource") return true;
      const fn: Node | null = field(n, "function");
      // `list(<collection>)`: the list of resources.
      const argList: Node | null =
        fn?.type === "identifier" && fn.text === "list" && !scope.isLocal("list")
          ? field(n, "arguments")
          : null;
      const args: readonly Node[] = argList === null ? [] : argList.namedChildren;
      n = args.length === 1 && args[0]!.type !== "keyword_argument" ? args[0]! : fn;
    } else if (n.type === "attribute") n = field(n, "object");
    else if (n.type === "subscript") n = field(n, "value");
    else return false;
    if (n !== null) n = unparen(n);
  }
  return false;
}
