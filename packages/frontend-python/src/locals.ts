/** Python's scoping rule: every name a function binds anywhere is local to the whole function. */
import { field, namedChildren, type Node } from "./parser.js";
import { lowerImport } from "./imports.js";
import type { ModuleContext } from "./context.js";

export interface Param {
  readonly name: string;
  /** `*args` / `**kwargs`. */
  readonly splat: "*" | "**" | null;
  readonly hasDefault: boolean;
  readonly node: Node;
}

/** The parameters of a `parameters` node, in order. */
export function parameters(params: Node | null): Param[] {
  const out: Param[] = [];
  if (params === null) return out;
  for (const p of namedChildren(params)) {
    switch (p.type) {
      case "identifier":
        out.push({ name: p.text, splat: null, hasDefault: false, node: p });
        break;
      case "typed_parameter": {
        const inner = namedChildren(p)[0];
        if (inner === undefined) break;
        if (inner.type === "identifier")
          out.push({ name: inner.text, splat: null, hasDefault: false, node: p });
        else if (inner.type === "list_splat_pattern" || inner.type === "dictionary_splat_pattern") {
          const id = namedChildren(inner)[0];
          if (id !== undefined)
            out.push({
              name: id.text,
              splat: inner.type === "list_splat_pattern" ? "*" : "**",
              hasDefault: false,
              node: p,
            });
        }
        break;
      }
      case "default_parameter":
      case "typed_default_parameter": {
        const name = field(p, "name");
        if (name !== null) out.push({ name: name.text, splat: null, hasDefault: true, node: p });
        break;
      }
      case "list_splat_pattern":
      case "dictionary_splat_pattern": {
        const id = namedChildren(p)[0];
        if (id !== undefined)
          out.push({
            name: id.text,
            splat: p.type === "list_splat_pattern" ? "*" : "**",
            hasDefault: false,
            node: p,
          });
        break;
      }
      default:
        break;
    }
  }
  return out;
}

function collectTargets(node: Node | null, into: Set<string>): void {
  if (node === null) return;
  switch (node.type) {
    case "identifier":
      into.add(node.text);
      return;
    case "pattern_list":
    case "tuple_pattern":
    case "list_pattern":
    case "tuple":
    case "list":
    case "list_splat_pattern":
    case "parenthesized_expression":
    case "as_pattern_target":
      for (const c of namedChildren(node)) collectTargets(c, into);
      return;
    default:
      return;
  }
}

/** Every name bound in `body` (not descending into nested functions, classes or lambdas). */
export function boundNames(mod: ModuleContext, body: Node | null): Set<string> {
  const names = new Set<string>();
  const visit = (n: Node): void => {
    switch (n.type) {
      case "assignment":
      case "augmented_assignment":
        collectTargets(field(n, "left"), names);
        break;
      case "for_statement":
      case "for_in_clause":
        collectTargets(field(n, "left"), names);
        break;
      case "as_pattern_target":
        collectTargets(n, names);
        return;
      case "named_expression":
        collectTargets(field(n, "name"), names);
        break;
      case "function_definition":
      case "class_definition":
        collectTargets(field(n, "name"), names);
        return;
      case "lambda":
        return;
      case "import_statement":
      case "import_from_statement":
        for (const [name] of lowerImport(mod, n).bindings) names.add(name);
        return;
      default:
        break;
    }
    for (const c of n.namedChildren) visit(c);
  };
  if (body !== null) visit(body);
  return names;
}
