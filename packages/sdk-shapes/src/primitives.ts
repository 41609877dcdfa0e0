/**
 * Which `primitives::` re-exports a crate has (smithy-rs `pubUseSmithyPrimitives`): `Blob`/`DateTime`
 * when any structure or union member of the model targets a blob/timestamp; `ByteStream` & co when
 * an operation streams a blob; `event_stream::*` when an operation has an event stream.
 */
import { hasTrait, type Model, type Shape } from "./model.js";
import { isEventStreamUnion } from "./transforms/event-stream-normalizer.js";

export interface Primitives {
  readonly blob: boolean;
  readonly dateTime: boolean;
  readonly byteStream: boolean;
  readonly eventStream: boolean;
}

function memberTargets(model: Model, pred: (s: Shape) => boolean): boolean {
  for (const s of model.shapes.values()) {
    if (s.type !== "structure" && s.type !== "union") continue;
    for (const m of s.members) {
      const t = model.get(m.target);
      if (t && pred(t)) return true;
    }
  }
  return false;
}

export function primitivesOf(model: Model, operations: readonly Shape[]): Primitives {
  let byteStream = false;
  let eventStream = false;
  for (const op of operations) {
    for (const io of [op.input, op.output]) {
      const s = io ? model.get(io) : undefined;
      if (!s) continue;
      const targets = s.members.map((m) => model.get(m.target));
      const hasEvent = targets.some((t) => isEventStreamUnion(t));
      const hasStreaming = targets.some((t) => t !== undefined && hasTrait(t.traits, "smithy.api#streaming"));
      if (hasEvent) eventStream = true;
      else if (hasStreaming) byteStream = true;
    }
  }
  return {
    blob: memberTargets(model, (t) => t.type === "blob"),
    dateTime: memberTargets(model, (t) => t.type === "timestamp"),
    byteStream,
    eventStream,
  };
}
