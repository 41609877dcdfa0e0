/** Waiters (`smithy.waiters#waitable` on operations; smithy-rs `WaitableGenerator`). */
import type { WaiterInfo } from "./api.js";
import { isRecord, shapeName, type Shape } from "./model.js";
import { waiterNames } from "./rust-names.js";

export function waitersOf(operations: readonly Shape[]): WaiterInfo[] {
  const out: WaiterInfo[] = [];
  for (const op of operations) {
    const trait = op.traits["smithy.waiters#waitable"];
    if (!isRecord(trait)) continue;
    for (const name of Object.keys(trait)) {
      const names = waiterNames(name);
      out.push({
        name,
        method: names.method,
        fluentBuilder: names.fluentBuilder,
        operation: shapeName(op.id),
        module: names.module,
      });
    }
  }
  return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
