/**
 * Names imported from the rest of the moto tree: `from tests import EXAMPLE_AMI_ID`,
 * `from .test_x import TEST_REGION`, `from . import helpers`, `from moto.s3.responses import
 * DEFAULT_REGION_NAME`. The defining module is read (through the module's `ProgramLoader`) and its
 * value used: a constant becomes a constant of the importing module (self-contained: folded, with
 * no reference to the other module's names), a function a `foreign` definition.
 */
import type { Expr, Span } from "@moto2rust/ir";
import type { ImportBinding, ModuleContext } from "./context.js";
import { foldExpr } from "./const-fold.js";
import type { ModuleSummary } from "./module-summary.js";
import type { ForeignDef } from "./program.js";

export type ResolvedImport =
  | { readonly kind: "constant"; readonly value: Expr }
  | { readonly kind: "not-constant"; readonly why: string }
  | { readonly kind: "definition"; readonly def: ForeignDef }
  | { readonly kind: "module"; readonly summary: ModuleSummary }
  | { readonly kind: "unresolved" };

const UNRESOLVED: ResolvedImport = { kind: "unresolved" };

/** Would resolving this binding read another module of the moto tree? */
export function needsProgram(b: ImportBinding): boolean {
  if (b.kind !== "other" && b.kind !== "moto-constant") return false;
  return (
    b.module.startsWith(".") ||
    b.module === "tests" ||
    b.module.startsWith("tests.") ||
    b.kind === "moto-constant"
  );
}

/** `from M import name` → `M.name` as a module name (`.` + `helpers` → `.helpers`). */
function submodule(module: string, name: string): string {
  return module.endsWith(".") ? module + name : `${module}.${name}`;
}

/** What an import binding of `mod` stands for in the moto tree. */
export function resolveImport(mod: ModuleContext, b: ImportBinding): ResolvedImport {
  const where = mod.location;
  if (where === null || (b.kind !== "other" && b.kind !== "moto-constant")) return UNRESOLVED;
  const { loader, path } = where;
  if (b.name === null) {
    const file = loader.resolveModule(path, b.module);
    const summary = file === null ? null : loader.summary(file);
    return summary === null ? UNRESOLVED : { kind: "module", summary };
  }
  const file = loader.resolveModule(path, b.module);
  const summary = file === null ? null : loader.summary(file);
  if (summary !== null) {
    const r = summary.lookup(b.name);
    if (r.kind !== "unresolved") return r;
  }
  const subFile = loader.resolveModule(path, submodule(b.module, b.name));
  const sub = subFile === null ? null : loader.summary(subFile);
  return sub === null ? UNRESOLVED : { kind: "module", summary: sub };
}

/**
 * The value of an imported name used as a value, registered as a constant of `mod` under the
 * local name (with the span of its first use); or why it is not a constant; or null when the
 * name cannot be resolved.
 */
export function importedConstant(
  mod: ModuleContext,
  local: string,
  b: ImportBinding,
  at: Span,
): Expr | string | null {
  const known = mod.resolvedImports.get(local);
  if (known !== undefined) return known;
  const r = resolveImport(mod, b);
  let out: Expr | string | null;
  switch (r.kind) {
    case "constant": {
      const value = foldExpr(r.value, { lookup: () => undefined, at });
      mod.constants.set(local, value);
      mod.importedConstants.push({ kind: "Constant", name: local, value, span: at });
      out = value;
      break;
    }
    case "not-constant":
      out = r.why;
      break;
    case "definition":
      out = "it is a function";
      break;
    case "module":
      out = "it is a module";
      break;
    case "unresolved":
      out = null;
      break;
  }
  if (out !== null) mod.resolvedImports.set(local, out);
  return out;
}

/** `helpers.NAME` after `from . import helpers`: the constant NAME of that module, registered as `helpers_NAME`. */
export function moduleAttributeConstant(
  mod: ModuleContext,
  local: string,
  b: ImportBinding,
  attr: string,
  at: Span,
): { readonly name: string; readonly value: Expr } | string | null {
  const r = resolveImport(mod, b);
  if (r.kind !== "module") return null;
  const c = r.summary.lookup(attr);
  if (c.kind === "not-constant") return c.why;
  if (c.kind !== "constant") return null;
  const name = `${local}_${attr}`;
  const known = mod.constants.get(name);
  if (known !== undefined) return { name, value: known };
  const value = foldExpr(c.value, { lookup: () => undefined, at });
  mod.constants.set(name, value);
  mod.importedConstants.push({ kind: "Constant", name, value, span: at });
  return { name, value };
}
