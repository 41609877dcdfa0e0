/**
 * The module a decorator's code runs in, as the partial evaluator (decorator-eval.ts) sees it:
 * its imports, its constants (folded), its functions, and its file's label for messages. A
 * decorator of the test's own module and one of another module of the moto tree
 * (`from tests.test_s3 import s3_aws_verified`, via the program loader) look the same.
 */
import type { ImportBinding, ModuleContext } from "./context.js";
import { foldExpr } from "./const-fold.js";
import { resolveImport, type ResolvedImport } from "./imported-names.js";
import type { Node } from "./parser.js";

export interface EvalModule {
  /** The module's lowering context (imports; its `location` reads further modules). */
  readonly mod: ModuleContext;
  /** The file relative to its moto tree (`tests/test_s3/__init__.py`), for messages. */
  readonly label: string;
  /** A top-level name of the module: constant, function, imported module or nothing known. */
  lookup(name: string): ResolvedImport;
  /** The import binding of a top-level name, if it is imported. */
  binding(name: string): ImportBinding | undefined;
}

/** The module being translated, as an evaluation module (decorators defined beside the tests). */
export function ownModule(mod: ModuleContext): EvalModule {
  const label = mod.location === null ? mod.file : mod.location.loader.label(mod.location.path);
  return {
    mod,
    label,
    binding: (name) => mod.imports.get(name),
    lookup(name): ResolvedImport {
      const c = mod.constants.get(name);
      if (c !== undefined)
        return { kind: "constant", value: foldExpr(c, { lookup: (n) => mod.constants.get(n), at: null }) };
      const h = mod.helperDefs.get(name);
      if (h !== undefined) return { kind: "definition", def: { node: h.node, file: mod.file } };
      const b = mod.imports.get(name);
      if (b !== undefined) return resolveImport(mod, b);
      return { kind: "unresolved" };
    },
  };
}

/** The module of a definition found in another file (a `ForeignDef`), or null when it cannot be read. */
export function foreignModule(mod: ModuleContext, file: string): EvalModule | null {
  const where = mod.location;
  if (where === null) return null;
  if (file === where.path) return ownModule(mod);
  const summary = where.loader.summary(file);
  if (summary === null) return null;
  return {
    mod: summary.mod,
    label: where.loader.label(file),
    binding: (name) => summary.mod.imports.get(name),
    lookup: (name) => summary.lookup(name),
  };
}

/** `file:line:col` of a node of an evaluation module, for messages. */
export function locate(m: EvalModule, node: Node): string {
  return `${m.label}:${node.startPosition.row + 1}:${node.startPosition.column + 1}`;
}
