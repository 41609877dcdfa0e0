/**
 * The boto3 resource API (`boto3.resource(...)`), lowered onto the client calls it stands for.
 * The hooks below are the only points where the statement and expression lowering call in:
 *
 * - `lowerResourceDecl`: `ec2 = boto3.resource("ec2", ...)` → a client declaration `ec2`.
 * - `lowerResourceAssignment`: `vpc = ec2.create_vpc(...)` and any assignment of a resource
 *   value: the response is bound, the name remembers the resource (identifiers, data).
 * - `lowerResourceStatement`: `vpc.reload()`, `queue.send_message(...)` as statements.
 * - `lowerResourceExpr`: reads (`vpc.cidr_block`, `queue.url`) inside any expression.
 * - `lowerResourceFor`: `for obj in bucket.objects.all():`.
 * - `takePreludes` / `enterBlock` / `exitBlock`: statements a read needs before its statement
 *   (a load), and forgetting loads made inside a nested block.
 */
import { FRONTEND, type Expr, type Stmt } from "@moto2rust/ir";
import type { Scope } from "../context.js";
import { boto3CallKind, lowerClientCall, throughResource } from "../boto3-calls.js";
import { callArgs } from "../call-args.js";
import { fail, isFailure, type Failure } from "../failure.js";
import { field, unparen, type Node } from "../parser.js";
import { collectionList, elementOf } from "./build.js";
import { serviceDefs } from "./definitions.js";
import {
  asValue,
  filteredTarget,
  ensureLoaded,
  evaluate,
  freshName,
  isRValue,
  isSimple,
} from "./evaluate.js";
import {
  bind,
  bindComprehensionVar,
  stateOf,
  type IdValue,
  type ResourceValue,
  type RValue,
} from "./values.js";

export { enterBlock, exitBlock } from "./values.js";

/** The statements queued by the statement being lowered (loads, bound responses). */
export function takePreludes(scope: Scope): Stmt[] {
  const s = stateOf(scope);
  const out = s.preludes;
  s.preludes = [];
  return out;
}

/** `name = boto3.resource("svc", region_name=...)`. */
function lowerResourceDecl(scope: Scope, name: string, right: Node, span: Stmt["span"]): Stmt | Failure {
  const c = lowerClientCall(scope, right);
  if (isFailure(c)) return c;
  if (c.service === "cloudformation") {
    scope.mod.report(FRONTEND.usesCloudFormation("resource"), right);
    return fail(`boto3.resource("cloudformation")`, right, "resource-api");
  }
  if (serviceDefs(c.service) === undefined)
    return fail(`boto3.resource("${c.service}") (boto3 has no resource API for it)`, right, "resource-api");
  bind(scope, name, { kind: "service", service: c.service, client: name, region: c.region });
  return { kind: "ClientDecl", name, service: c.service, region: c.region, span };
}

/** Does the value of `node` involve a resource object (so that it must be evaluated here)? */
function involvesResource(scope: Scope, node: Node): boolean {
  const n = unparen(node);
  if (throughResource(scope, n)) return true;
  if (filteredTarget(n) !== null) {
    const clause = n.namedChildren.find((c) => c.type === "for_in_clause");
    const right = clause === undefined ? null : field(clause, "right");
    return right !== null && involvesResource(scope, right);
  }
  if (n.type === "call") {
    const fn = field(n, "function");
    if (fn !== null && fn.type === "identifier" && fn.text === "list") {
      const a = callArgs(n);
      return a.positional.length === 1 && throughResource(scope, a.positional[0]!);
    }
  }
  return false;
}

/**
 * `name = <expression through a resource>`. Returns null when `right` does not involve a
 * resource (the caller lowers it as usual), else the statements (or the failure).
 */
export function lowerResourceAssignment(
  scope: Scope,
  name: string,
  right: Node,
  span: Stmt["span"],
): Stmt[] | Failure | null {
  if (boto3CallKind(scope, right) === "resource") {
    const d = lowerResourceDecl(scope, name, right, span);
    return isFailure(d) ? d : [d];
  }
  if (!involvesResource(scope, right)) return null;
  const v = evaluate(scope, right);
  if (isFailure(v)) return v;
  if (!isRValue(v)) {
    scope.rebind(name);
    return [{ kind: "Assign", target: name, value: v, span }];
  }
  return bindValue(scope, name, v, span);
}

/** Bind `name` to a resource value, binding what it reads from to Rust locals once. */
function bindValue(scope: Scope, name: string, v: RValue, span: Stmt["span"]): Stmt[] {
  const out: Stmt[] = [];
  switch (v.kind) {
    case "service":
    case "meta":
    case "collection":
      bind(scope, name, v);
      return out;
    case "client":
      scope.rebind(name);
      scope.clients.set(name, v.service);
      out.push({ kind: "ClientDecl", name, service: v.service, region: v.region, span });
      return out;
    case "list": {
      if (v.list.kind === "Name") {
        bind(scope, name, v);
        return out;
      }
      out.push({ kind: "Assign", target: name, value: v.list, span });
      bind(scope, name, { ...v, list: { kind: "Name", id: name, span } });
      return out;
    }
    case "resource": {
      const ids = new Map<string, IdValue>();
      let data = v.data;
      let nameUsed = false;
      if (data !== null && data.kind !== "Name") {
        out.push({ kind: "Assign", target: name, value: data, span });
        data = { kind: "Name", id: name, span };
        nameUsed = true;
      }
      for (const [id, value] of v.ids) {
        if (value.kind === "data" || isSimple(value.expr)) {
          ids.set(id, value);
          continue;
        }
        const target = nameUsed ? freshName(scope, `${name}_${id.toLowerCase()}`) : name;
        nameUsed = true;
        out.push({ kind: "Assign", target, value: value.expr, span });
        ids.set(id, { kind: "expr", expr: { kind: "Name", id: target, span } });
      }
      const bound: ResourceValue = { ...v, ids, data };
      bind(scope, name, bound);
      return out;
    }
  }
}

/**
 * An expression statement through a resource (`vpc.reload()`, `queue.send_message(...)`).
 * Returns null when `expr` does not involve a resource.
 */
export function lowerResourceStatement(
  scope: Scope,
  expr: Node,
  span: Stmt["span"],
): Stmt[] | Failure | null {
  if (!involvesResource(scope, expr) && boto3CallKind(scope, expr) !== "resource") return null;
  const n = unparen(expr);
  if (boto3CallKind(scope, n) === "resource")
    return fail("boto3.resource outside an assignment", n, "resource-api");
  // `x.load()` / `x.reload()`: boto3 issues the load request and replaces the data.
  const fn = n.type === "call" ? field(n, "function") : null;
  if (fn !== null && fn.type === "attribute") {
    const method = field(fn, "attribute")?.text ?? "";
    const obj = field(fn, "object");
    if ((method === "load" || method === "reload") && obj !== null && callArgs(n).positional.length === 0) {
      const r = evaluate(scope, obj);
      if (isFailure(r)) return r;
      if (isRValue(r) && r.kind === "resource") {
        const loaded = ensureLoaded(scope, r, n, true);
        return isFailure(loaded) ? loaded : [];
      }
    }
  }
  const v = evaluate(scope, n, { discard: true });
  if (isFailure(v)) return v;
  if (isRValue(v)) return [];
  return [{ kind: "ExprStmt", expr: v, span }];
}

/** Any expression that goes through a resource object (called where lowering used to fail). */
export function lowerResourceExpr(scope: Scope, node: Node): Expr | Failure {
  const v = evaluate(scope, node);
  if (isFailure(v)) return v;
  return isRValue(v) ? asValue(scope, v, node) : v;
}

/**
 * `for target in <resource list or collection>:` → a loop over the list with `target` bound to
 * each element as a resource. Returns null when `iter` is not a resource list.
 */
export function lowerResourceFor(
  scope: Scope,
  target: string,
  iter: Node,
):
  | {
      readonly iter: Expr;
      readonly bindTarget: () => void;
      readonly bindComprehensionTarget: () => () => void;
    }
  | Failure
  | null {
  if (!involvesResource(scope, iter)) return null;
  const v = evaluate(scope, iter);
  if (isFailure(v)) return v;
  if (!isRValue(v)) return null;
  const list = v.kind === "collection" ? collectionList(scope, v, iter) : v;
  if (isFailure(list)) return list;
  if (list.kind !== "list") return fail(`iteration over a boto3 ${list.kind}`, iter, "resource-api");
  const span = scope.mod.span(iter);
  return {
    iter: list.list,
    bindTarget: () => bind(scope, target, elementOf(list, { kind: "Name", id: target, span })),
    bindComprehensionTarget: () =>
      bindComprehensionVar(scope, target, elementOf(list, { kind: "Name", id: target, span })),
  };
}
