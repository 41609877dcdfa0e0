/**
 * What a Python expression of the boto3 resource API evaluates to during lowering, and the
 * per-function state (which names hold which resource, the statements a resource read needs
 * before the statement that reads it).
 */
import type { Expr, Stmt } from "@moto2rust/ir";
import type { Scope } from "../context.js";
import type { CollectionDef, ResourceDef } from "./definitions.js";
import type { Step } from "./paths.js";

/** Where an identifier's value comes from: a path into the resource's data, or an expression. */
export type IdValue =
  { readonly kind: "data"; readonly steps: readonly Step[] } | { readonly kind: "expr"; readonly expr: Expr };

/** `boto3.resource("ec2", ...)`: lowered to a client declaration named like the resource. */
export interface ServiceValue {
  readonly kind: "service";
  readonly service: string;
  readonly client: string;
  readonly region: Expr | null;
}

/** `<resource>.meta` */
export interface MetaValue {
  readonly kind: "meta";
  readonly of: ServiceValue | ResourceValue;
}

/** `<service resource>.meta.client`: the client itself. */
export interface ClientValue {
  readonly kind: "client";
  readonly service: string;
  readonly client: string;
  readonly region: Expr | null;
}

/**
 * One resource object (`Vpc`, `Bucket`, `Queue`): its identifiers and, once known, its data (an
 * expression of the resource's shape: from the action that created it, or from its load).
 * Mutable: a load fills `data` for every later read of the same binding.
 */
export interface ResourceValue {
  readonly kind: "resource";
  readonly service: string;
  readonly client: string;
  readonly region: Expr | null;
  readonly type: string;
  readonly def: ResourceDef;
  readonly ids: Map<string, IdValue>;
  data: Expr | null;
}

/** How an element of a resource list gets an identifier. */
export type ElementId =
  | { readonly kind: "element"; readonly steps: readonly Step[] }
  | { readonly kind: "expr"; readonly expr: Expr };

/** A Python list of resources (`ec2.create_instances(...)`, `list(bucket.objects.all())`). */
export interface ListValue {
  readonly kind: "list";
  readonly service: string;
  readonly client: string;
  readonly region: Expr | null;
  readonly type: string;
  readonly def: ResourceDef;
  /** The list (of the resource's data, or of identifier values when `elementIsData` is false). */
  readonly list: Expr;
  readonly elementIsData: boolean;
  readonly ids: ReadonlyMap<string, ElementId>;
}

/** `bucket.objects`, `ec2.vpcs.filter(...)`: evaluated (one request) when iterated. */
export interface CollectionValue {
  readonly kind: "collection";
  readonly service: string;
  readonly client: string;
  readonly region: Expr | null;
  readonly name: string;
  readonly def: CollectionDef;
  readonly parent: ResourceValue | null;
  /** Keyword arguments from `.filter(...)`, merged into the request. */
  readonly extra: readonly import("@moto2rust/ir").CallArg[];
}

export type RValue = ServiceValue | MetaValue | ClientValue | ResourceValue | ListValue | CollectionValue;

interface LoadRecord {
  readonly res: ResourceValue;
  readonly previous: Expr | null;
  readonly depth: number;
}

interface ResourceState {
  readonly bindings: Map<string, RValue>;
  /** Statements to place before the statement being lowered (loads, action results). */
  preludes: Stmt[];
  depth: number;
  loads: LoadRecord[];
  /** Preludes of the enclosing statements, while a nested block is lowered. */
  readonly outerPreludes: Stmt[][];
  /** Names of the synthetic locals made so far (each is bound once). */
  readonly synthetic: Set<string>;
  /** Comprehension variables bound to resources, innermost last. */
  readonly comprehension: Map<string, RValue[]>;
}

const STATES = new WeakMap<Scope, ResourceState>();

export function stateOf(scope: Scope): ResourceState {
  let s = STATES.get(scope);
  if (s === undefined) {
    s = {
      bindings: new Map(),
      preludes: [],
      depth: 0,
      loads: [],
      synthetic: new Set(),
      comprehension: new Map(),
      outerPreludes: [],
    };
    STATES.set(scope, s);
  }
  return s;
}

/** The resource value a local name is bound to (the scope's `resources` set is the authority). */
export function bindingOf(scope: Scope, name: string): RValue | undefined {
  if (scope.comprehensionVars.includes(name)) return stateOf(scope).comprehension.get(name)?.at(-1);
  if (!scope.isLocal(name) || !scope.resources.has(name)) return undefined;
  return stateOf(scope).bindings.get(name);
}

/**
 * Bind a comprehension variable to a resource while its element and filters are lowered;
 * returns the function that unbinds it.
 */
export function bindComprehensionVar(scope: Scope, name: string, value: RValue): () => void {
  const s = stateOf(scope);
  const stack = s.comprehension.get(name) ?? [];
  s.comprehension.set(name, stack);
  stack.push(value);
  const had = scope.resources.has(name);
  scope.resources.add(name);
  return () => {
    stack.pop();
    if (!had) scope.resources.delete(name);
  };
}

/** Statements can be placed before the current statement (not from inside a comprehension). */
export function canAddPrelude(scope: Scope): boolean {
  return scope.comprehensionVars.length === 0;
}

export function bind(scope: Scope, name: string, value: RValue): void {
  scope.rebind(name);
  scope.resources.add(name);
  stateOf(scope).bindings.set(name, value);
}

export function addPrelude(scope: Scope, stmt: Stmt): void {
  stateOf(scope).preludes.push(stmt);
}

/** Record that a load filled `res.data` at the current block depth. */
export function recordLoad(scope: Scope, res: ResourceValue, previous: Expr | null): void {
  const s = stateOf(scope);
  s.loads.push({ res, previous, depth: s.depth });
}

/** Entering a nested block (loop body, `pytest.raises` body). */
export function enterBlock(scope: Scope): void {
  const s = stateOf(scope);
  s.depth++;
  s.outerPreludes.push(s.preludes);
  s.preludes = [];
}

/** Leaving it: data loaded inside is bound in that Rust block only, so later reads load again. */
export function exitBlock(scope: Scope): void {
  const s = stateOf(scope);
  s.depth--;
  s.preludes = [...(s.outerPreludes.pop() ?? []), ...s.preludes];
  const keep: LoadRecord[] = [];
  for (let i = s.loads.length - 1; i >= 0; i--) {
    const l = s.loads[i]!;
    if (l.depth > s.depth) l.res.data = l.previous;
    else keep.unshift(l);
  }
  s.loads = keep;
}
