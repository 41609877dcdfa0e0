/**
 * smithy-rs `EventStreamNormalizer`: event-stream unions (`@streaming` unions) lose their error
 * members, and the operations that use them gain those errors.
 */
import { hasTrait, type Member, type Model, type Shape } from "../model.js";

const STREAMING = "smithy.api#streaming";
const ERROR = "smithy.api#error";

export function isEventStreamUnion(shape: Shape | undefined): boolean {
  return shape !== undefined && shape.type === "union" && hasTrait(shape.traits, STREAMING);
}

function streamErrorTargets(model: Model, structureId: string | null): string[] {
  if (!structureId) return [];
  const structure = model.get(structureId);
  if (!structure) return [];
  const out: string[] = [];
  for (const m of structure.members) {
    const union = model.get(m.target);
    if (!isEventStreamUnion(union) || !union) continue;
    for (const um of [...union.members, ...union.eventStreamErrors]) {
      const t = model.get(um.target);
      if (t && hasTrait(t.traits, ERROR)) out.push(t.id);
    }
  }
  return out;
}

export function normalizeEventStreams(model: Model): void {
  for (const op of model.ofType("operation")) {
    const errors = [...streamErrorTargets(model, op.input), ...streamErrorTargets(model, op.output)];
    for (const e of errors) if (!op.errors.includes(e)) op.errors.push(e);
  }
  for (const union of model.ofType("union")) {
    if (!isEventStreamUnion(union)) continue;
    const errors: Member[] = [];
    const events: Member[] = [];
    for (const m of union.members) {
      const t = model.get(m.target);
      (t && hasTrait(t.traits, ERROR) ? errors : events).push(m);
    }
    union.members = events;
    union.eventStreamErrors = [...union.eventStreamErrors, ...errors];
  }
}
