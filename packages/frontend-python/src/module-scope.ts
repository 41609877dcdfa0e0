/** The scope of module-level expressions (constants, decorator arguments, factory bodies). */
import { Scope, type ModuleContext } from "./context.js";

export function moduleScope(mod: ModuleContext): Scope {
  return new Scope(mod, "module", new Set(), null, null);
}
