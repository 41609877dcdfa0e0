/**
 * Smithy `ModelTransformer.flattenAndRemoveMixins`, simplified: a shape gets its mixins' members
 * (first) and traits (unless it has its own), transitively. The api-models-aws JSON AST ships
 * already flattened (no shape there has `mixins`), so this only matters for hand-written models.
 */
import type { Member, Model, Shape } from "../model.js";

const MIXIN_TRAIT = "smithy.api#mixin";

export function flattenMixins(model: Model): void {
  const done = new Set<string>();
  const flatten = (shape: Shape, active: Set<string>): void => {
    if (done.has(shape.id) || shape.mixins.length === 0) return;
    active.add(shape.id);
    const inherited: Member[] = [];
    const traits: Record<string, unknown> = {};
    for (const mixinId of shape.mixins) {
      const mixin = model.get(mixinId);
      if (!mixin || active.has(mixinId)) continue;
      flatten(mixin, active);
      for (const m of mixin.members) {
        if (!shape.members.some((own) => own.name === m.name)) {
          inherited.push({ ...m, container: shape.id, traits: { ...m.traits } });
        }
      }
      for (const [k, v] of Object.entries(mixin.traits)) if (k !== MIXIN_TRAIT) traits[k] = v;
    }
    shape.members = [...inherited, ...shape.members];
    shape.traits = { ...traits, ...shape.traits };
    shape.mixins = [];
    done.add(shape.id);
    active.delete(shape.id);
  };
  for (const shape of model.shapes.values()) flatten(shape, new Set());
}
