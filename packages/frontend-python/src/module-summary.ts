/**
 * What another module of the moto tree offers to the one being translated: its constants
 * (folded, self-contained), its functions and its pytest fixtures. Only the module's names are
 * lowered (pass 1); its own imports are resolved when one of its values needs them.
 */
import type { Expr } from "@moto2rust/ir";
import type { ClientCall } from "./boto3-calls.js";
import { ModuleContext } from "./context.js";
import { foldExpr } from "./const-fold.js";
import { resolveImport, type ResolvedImport } from "./imported-names.js";
import { declareNames, definitionOf, fixtureNameOf } from "./lower-module.js";
import { field, namedChildren, type Node } from "./parser.js";
import type { ForeignDef, ProgramLoader } from "./program.js";

export interface ModuleSummary {
  readonly file: string;
  /** Top-level functions (plain or decorated), by name. */
  readonly definitions: ReadonlyMap<string, ForeignDef>;
  /** pytest fixtures, by fixture name (`name=` or the function name). */
  readonly fixtures: ReadonlyMap<string, ForeignDef>;
  /**
   * Fixtures that only build a client, by fixture name, with their region folded to a literal
   * (fixtures whose region is not a literal are left out).
   */
  readonly clientFixtures: ReadonlyMap<string, ClientCall>;
  /** Fixtures that only return a literal (see `literalFixtureValue`), by fixture name. */
  readonly literalFixtures: ReadonlyMap<string, Expr>;
  /** The fixture name of each fixture function, by function name. */
  readonly fixtureNames: ReadonlyMap<string, string>;
  /** What the module binds `name` to: a constant, a function, a module it imports, or nothing known. */
  lookup(name: string): ResolvedImport;
  /** The module's own lowering context (its imports), for evaluating its decorators (decorator-eval.ts). */
  readonly mod: ModuleContext;
}

const NOT_CONSTANT = /^module variable (\S+) is not a constant: (.*)$/;

export function summariseModule(
  path: string,
  source: string,
  root: Node,
  loader: ProgramLoader,
): ModuleSummary {
  const mod = new ModuleContext(path, source, { loader, path });
  const top = namedChildren(root);
  declareNames(mod, top);
  const definitions = new Map<string, ForeignDef>();
  const fixtures = new Map<string, ForeignDef>();
  const fixtureNames = new Map<string, string>();
  for (const node of top) {
    const def = definitionOf(node);
    if (def === null || def.node.type !== "function_definition") continue;
    const name = field(def.node, "name")?.text;
    if (name === undefined) continue;
    const entry = { node: def.outer, file: path };
    definitions.set(name, entry);
    const fixture = def.decorators.find((d) => d.name === "pytest.fixture");
    if (fixture !== undefined) {
      fixtures.set(fixtureNameOf(fixture, name), entry);
      fixtureNames.set(name, fixtureNameOf(fixture, name));
    }
  }
  const clientFixtures = new Map<string, ClientCall>();
  for (const [name, c] of mod.clientFixtures) {
    const region =
      c.region === null ? null : foldExpr(c.region, { lookup: (n) => mod.constants.get(n), at: null });
    if (region === null || region.kind === "Str") clientFixtures.set(name, { service: c.service, region });
  }
  const reasons = new Map<string, string>();
  for (const d of mod.diagnostics) {
    const m = NOT_CONSTANT.exec(d.message);
    if (m !== null && !reasons.has(m[1]!)) reasons.set(m[1]!, m[2]!);
  }
  const folded = new Map<string, Expr>();
  const lookup = (name: string): ResolvedImport => {
    const own = mod.constants.get(name);
    if (own !== undefined) {
      let value = folded.get(name);
      if (value === undefined) {
        value = foldExpr(own, { lookup: (n) => mod.constants.get(n), at: null });
        folded.set(name, value);
      }
      return { kind: "constant", value };
    }
    const def = definitions.get(name);
    if (def !== undefined) return { kind: "definition", def };
    const binding = mod.imports.get(name);
    if (binding !== undefined) {
      if (binding.kind === "account-id")
        return {
          kind: "constant",
          value: {
            kind: "Const",
            name: "ACCOUNT_ID",
            wellKnown: "account-id",
            span: { file: path, line: 1, col: 1, endLine: 1, endCol: 1 },
          },
        };
      return resolveImport(mod, binding);
    }
    if (mod.moduleVars.has(name))
      return {
        kind: "not-constant",
        why: `${reasons.get(name) ?? "it is not a constant"} (in ${loader.label(path)})`,
      };
    return { kind: "unresolved" };
  };
  return {
    file: path,
    definitions,
    fixtures,
    clientFixtures,
    literalFixtures: mod.literalFixtures,
    fixtureNames,
    lookup,
    mod,
  };
}
