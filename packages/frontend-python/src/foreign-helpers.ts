/**
 * Helpers defined in other files of the moto tree (issue 8): `helpers.create_registry(client)`
 * after `from . import helpers`, `get_role_name()` after `from .utilities import get_role_name`.
 * The defining module is read once per translated module into its own `ModuleContext` (its
 * imports, constants and helpers resolve there), and each helper a call reaches is lowered there
 * once, under a qualified name (`tests.test_glue.helpers.create_registry`), and added to the
 * translated module's functions. Its constants are inlined (folded values), so the helper needs
 * nothing of its module in Rust; its diagnostics keep its own file and span, so a helper that
 * cannot be translated skips exactly its callers with its own construct and location.
 */
import type { HelperDef } from "./context.js";
import { ModuleContext } from "./context.js";
import { declareForeign, declareNames } from "./lower-module.js";
import { lowerFunctionSafely } from "./lower-function.js";
import { field, namedChildren } from "./parser.js";
import type { HelperVariant } from "./helper-shapes.js";

/** `tests/test_glue/helpers.py` → `tests.test_glue.helpers` (a package's `__init__.py` is the package). */
function moduleName(label: string): string {
  return label
    .replace(/\.py$/, "")
    .replace(/\/__init__$/, "")
    .split("/")
    .join(".");
}

/** The context of another module of the tree, read once per translated module. */
export function foreignModule(mod: ModuleContext, path: string): ModuleContext | null {
  const root = mod.root;
  const known = root.foreignModules.get(path);
  if (known !== undefined) return known;
  const where = root.location;
  if (where === null) return null;
  const source = where.loader.source(path);
  const tree = source === null ? null : where.loader.tree(path, source);
  if (source === null || tree === null) return null;
  const home = new ModuleContext(where.loader.label(path), source, { loader: where.loader, path });
  home.inlineConstants = true;
  home.root = root;
  root.foreignModules.set(path, home);
  declareNames(home, namedChildren(tree));
  declareForeign(home);
  // Its helpers under qualified names: calls inside it and calls from the translated module agree.
  const prefix = moduleName(home.file);
  for (const [name, def] of home.helperDefs)
    home.helperDefs.set(name, { ...def, name: `${prefix}.${name}`, home });
  // What pass 1 noted about the module's own top level is not about any test.
  home.handedOver = home.diagnostics.length;
  return home;
}

/**
 * The helper `key` (a name or `module.name` as this module spells it) stands for when it is a
 * plain function of another file of the moto tree; null otherwise.
 */
export function foreignHelper(mod: ModuleContext, key: string): HelperDef | null {
  const f = mod.foreign.get(key);
  if (f === undefined || f.node.type !== "function_definition") return null;
  const home = foreignModule(mod, f.file);
  const name = field(f.node, "name")?.text;
  if (home === null || name === undefined) return null;
  const def = home.helperDefs.get(name);
  return def?.node === f.node || def?.node.startIndex === f.node.startIndex ? def : null;
}

/**
 * Lower a helper of another file, or a variant of a helper for one call shape, once, adding it to
 * the translated module's functions under its qualified or variant name.
 */
export function lowerAddedHelper(mod: ModuleContext, def: HelperDef, variant: HelperVariant | null): void {
  const root = mod.root;
  const name = variant?.name ?? def.name;
  if (root.loweredAdded.has(name)) return;
  root.loweredAdded.add(name);
  const home = def.home ?? root;
  if (variant !== null) home.quietUnsupported++;
  const fn = lowerFunctionSafely(home, {
    def: def.node,
    outer: def.node,
    decorators: [],
    classInfo: null,
    setupHooks: [],
    ...(variant !== null ? { variant } : {}),
  });
  if (variant !== null) home.quietUnsupported--;
  root.addedFunctions.push({ ...fn, name });
  if (home === root) return;
  // Its diagnostics (and those of the helpers it reached) join the translated module's.
  root.diagnostics.push(...home.diagnostics.slice(home.handedOver));
  home.handedOver = home.diagnostics.length;
}
