/**
 * smithy-rs `RecursiveShapeBoxer`, approximated: while some cycle of structure/union members runs
 * through no list, map or already-boxed member, box the member of that cycle with the smallest
 * shape id. smithy-rs picks the cycle from Smithy's `TopologicalIndex` path enumeration; this
 * picks the first cycle of a depth-first search in shape-id order. Both give every recursive cycle
 * one `Box`; they can differ on *which* member of a multi-shape cycle gets it. Only the pub field
 * type (`Option<Box<T>>`) depends on it: accessors return `Option<&T>` either way.
 */
import type { Member, Model, Shape } from "../model.js";

/** Smithy `ShapeId.compareTo`: case-insensitive, then case-sensitive. */
function compareShapeIds(a: string, b: string): number {
  const la = a.toLowerCase();
  const lb = b.toLowerCase();
  if (la !== lb) return la < lb ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

const memberId = (m: Member): string => `${m.container}$${m.name}`;

function isAggregate(shape: Shape | undefined): shape is Shape {
  return shape !== undefined && (shape.type === "structure" || shape.type === "union");
}

function findUnboxedCycle(model: Model, nodes: Shape[]): Member[] | null {
  const WHITE = 0;
  const GREY = 1;
  const BLACK = 2;
  const colour = new Map<string, number>();
  const path: Member[] = [];
  const onPath = new Map<string, number>();
  const edges = (s: Shape): Member[] =>
    s.members
      .filter((m) => !m.boxed && isAggregate(model.get(m.target)))
      .sort((a, b) => compareShapeIds(memberId(a), memberId(b)));
  const dfs = (s: Shape): Member[] | null => {
    colour.set(s.id, GREY);
    onPath.set(s.id, path.length);
    for (const m of edges(s)) {
      const target = model.get(m.target)!;
      const c = colour.get(target.id) ?? WHITE;
      if (c === GREY) return [...path.slice(onPath.get(target.id)), m];
      if (c === WHITE) {
        path.push(m);
        const found = dfs(target);
        if (found) return found;
        path.pop();
      }
    }
    colour.set(s.id, BLACK);
    onPath.delete(s.id);
    return null;
  };
  for (const n of nodes) {
    if ((colour.get(n.id) ?? WHITE) !== WHITE) continue;
    const found = dfs(n);
    if (found) return found;
  }
  return null;
}

export function boxRecursiveShapes(model: Model): void {
  const nodes = [...model.shapes.values()].filter(isAggregate).sort((a, b) => compareShapeIds(a.id, b.id));
  for (;;) {
    const cycle = findUnboxedCycle(model, nodes);
    if (!cycle) return;
    const pick = cycle.reduce((best, m) => (compareShapeIds(memberId(m), memberId(best)) < 0 ? m : best));
    pick.boxed = true;
  }
}
