/**
 * Names bound exactly once in a function and never mutated in place: a dict literal bound to
 * such a name can be spliced into `client.op(**name)` without changing what the call sends.
 */
import { descendantsOfType, field, namedChildren, unparen, type Node } from "./parser.js";

/** Methods that do not change the dict they are called on. */
const READ_ONLY_METHODS = new Set(["get", "keys", "values", "items", "copy"]);

export function stableNames(body: Node | null, params: readonly string[]): Set<string> {
  const bindings = new Map<string, number>();
  const mutated = new Set<string>();
  const bind = (n: Node | null): void => {
    if (n === null) return;
    const t = unparen(n);
    if (t.type === "identifier") bindings.set(t.text, (bindings.get(t.text) ?? 0) + 1);
    else if (t.type === "subscript" || t.type === "attribute") {
      const base = rootName(t);
      if (base !== null) mutated.add(base);
    } else for (const c of namedChildren(t)) bind(c);
  };
  for (const p of params) bindings.set(p, 1);
  const visit = (n: Node): void => {
    switch (n.type) {
      case "assignment":
        bind(field(n, "left"));
        break;
      case "augmented_assignment": {
        const left = field(n, "left");
        bind(left);
        if (left !== null) bind(left); // counts twice: never stable
        break;
      }
      case "for_statement":
      case "for_in_clause":
        bind(field(n, "left"));
        break;
      case "as_pattern_target":
      case "delete_statement":
        for (const c of namedChildren(n)) {
          bind(c);
          bind(c);
        }
        break;
      case "call": {
        const fn = field(n, "function");
        if (fn !== null && fn.type === "attribute") {
          const obj = field(fn, "object");
          const method = field(fn, "attribute")?.text ?? "";
          if (obj !== null && unparen(obj).type === "identifier" && !READ_ONLY_METHODS.has(method))
            mutated.add(unparen(obj).text);
        }
        break;
      }
      case "function_definition":
      case "class_definition":
      case "lambda":
        // Closures may rebind or mutate anything: be conservative.
        for (const id of descendantsOfType(n, "identifier")) mutated.add(id.text);
        return;
      default:
        break;
    }
    for (const c of n.namedChildren) visit(c);
  };
  if (body !== null) visit(body);
  const out = new Set<string>();
  for (const [name, count] of bindings) if (count === 1 && !mutated.has(name)) out.add(name);
  return out;
}

/** The identifier a chain of subscripts and attributes starts from (`d` in `d["a"][0].x`). */
export function rootName(n: Node): string | null {
  let cur: Node | null = n;
  while (cur !== null) {
    const u: Node = unparen(cur);
    if (u.type === "identifier") return u.text;
    if (u.type === "subscript") cur = field(u, "value");
    else if (u.type === "attribute") cur = field(u, "object");
    else return null;
  }
  return null;
}
