/** Smithy `ModelTransformer.copyServiceErrorsToOperations` (smithy-rs baseline transform). */
import type { Model } from "../model.js";
import { containedOperations } from "../walk.js";

export function copyServiceErrorsToOperations(model: Model, serviceId: string): void {
  const service = model.get(serviceId);
  if (!service || service.errors.length === 0) return;
  for (const op of containedOperations(model, serviceId)) {
    for (const e of service.errors) if (!op.errors.includes(e)) op.errors.push(e);
  }
}
