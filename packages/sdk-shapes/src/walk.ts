/** Graph walks over a `Model`: the operations a service contains and the shapes it reaches. */
import type { Model, Shape } from "./model.js";
import { assertNever } from "@moto2rust/ir";

/** Smithy `TopDownIndex.getContainedOperations`: service and (nested) resource operations. */
export function containedOperations(model: Model, serviceId: string): Shape[] {
  const ops = new Map<string, Shape>();
  const seenResources = new Set<string>();
  const visit = (container: Shape): void => {
    for (const op of container.operations) {
      const s = model.get(op);
      if (s && s.type === "operation") ops.set(op, s);
    }
    for (const r of container.resources) {
      if (seenResources.has(r)) continue;
      seenResources.add(r);
      const s = model.get(r);
      if (s) visit(s);
    }
  };
  const service = model.get(serviceId);
  if (service) visit(service);
  return [...ops.values()];
}

/** Directed neighbours of a shape (Smithy's `NeighborProvider`, minus traits and identifiers). */
function neighbours(shape: Shape): string[] {
  switch (shape.type) {
    case "service":
      return [...shape.operations, ...shape.resources, ...shape.errors];
    case "resource":
      return [...shape.operations, ...shape.resources];
    case "operation":
      return [
        ...(shape.input ? [shape.input] : []),
        ...(shape.output ? [shape.output] : []),
        ...shape.errors,
      ];
    case "structure":
    case "union":
    case "list":
    case "set":
    case "map":
      return [...shape.members.map((m) => m.target), ...shape.eventStreamErrors.map((m) => m.target)];
    case "bigDecimal":
    case "bigInteger":
    case "blob":
    case "boolean":
    case "byte":
    case "document":
    case "double":
    case "enum":
    case "float":
    case "integer":
    case "intEnum":
    case "long":
    case "short":
    case "string":
    case "timestamp":
    case "unknown":
      return [];
    default:
      return assertNever(shape.type);
  }
}

/** Smithy `DirectedWalker(model).walkShapes(service)`: every shape id the service reaches. */
export function reachableShapes(model: Model, serviceId: string): Set<string> {
  const seen = new Set<string>([serviceId]);
  const stack = [serviceId];
  while (stack.length > 0) {
    const id = stack.pop()!;
    const shape = model.get(id);
    if (!shape) continue;
    for (const n of neighbours(shape)) {
      if (!seen.has(n)) {
        seen.add(n);
        stack.push(n);
      }
    }
  }
  return seen;
}
