/**
 * SPEC "Ordering of ported tests": basic CRUD (create, describe/get, list, delete), update, error
 * cases, tags, multi-resource scenarios; ties keep moto's file order. A deterministic classifier
 * over the boto3 operations a test calls.
 */

export const CATEGORY_NAMES = ["crud", "update", "errors", "tags", "multi-resource"] as const;
export type Category = (typeof CATEGORY_NAMES)[number];

const TAG_OP = /(^|_)(un)?tag(s)?(_|$)/;
const CREATE_OP = /^(create|register|run|allocate|issue|request)_(.+)$/;
const UPDATE_OP =
  /^(update|modify|set|change|attach|detach|enable|disable|rotate|restore|reset|replace|associate|disassociate)_/;

/** The resource noun of a creating operation (`create_cluster` → `cluster`). */
function createdNoun(op: string): string | null {
  const m = CREATE_OP.exec(op);
  if (!m) return null;
  return m[2]!.replace(/_(batch|version)$/, "").replace(/s$/, "");
}

export function classify(operations: readonly string[], hasErrorCase: boolean): Category {
  if (hasErrorCase) return "errors";
  if (operations.some((o) => TAG_OP.test(o))) return "tags";
  if (operations.some((o) => UPDATE_OP.test(o))) return "update";
  const nouns = new Set(operations.map(createdNoun).filter((n): n is string => n !== null));
  if (nouns.size >= 2) return "multi-resource";
  return "crud";
}

/** Within CRUD: the furthest step of create → describe/get → list → delete the test reaches. */
export function crudRank(operations: readonly string[]): number {
  let rank = 0;
  for (const o of operations) {
    if (/^(delete|deregister|remove|terminate|stop)_/.test(o)) rank = Math.max(rank, 3);
    else if (/^(list|query|scan|search)_?/.test(o)) rank = Math.max(rank, 2);
    else if (/^(describe|get|head|batch_get)_/.test(o)) rank = Math.max(rank, 1);
  }
  return rank;
}

export interface Orderable {
  readonly index: number;
  readonly operations: readonly string[];
  readonly hasErrorCase: boolean;
}

/** Sort key: category, then (for CRUD) the CRUD step, then file order. */
function orderKey(t: Orderable): [number, number, number] {
  const cat = classify(t.operations, t.hasErrorCase);
  return [CATEGORY_NAMES.indexOf(cat), cat === "crud" ? crudRank(t.operations) : 0, t.index];
}

export function compareOrder(a: Orderable, b: Orderable): number {
  const ka = orderKey(a);
  const kb = orderKey(b);
  return ka[0] - kb[0] || ka[1] - kb[1] || ka[2] - kb[2];
}
