/** The arguments of a call, split by kind. */
import { field, namedChildren, type Node } from "./parser.js";

export interface KeywordArg {
  readonly name: string;
  readonly value: Node;
  readonly node: Node;
}

export interface CallArgs {
  readonly positional: readonly Node[];
  readonly keywords: readonly KeywordArg[];
  /** The first `*args` / `**kwargs` splat, if any. */
  readonly splat: Node | null;
}

export function callArgs(call: Node): CallArgs {
  const args = field(call, "arguments");
  const positional: Node[] = [];
  const keywords: KeywordArg[] = [];
  let splat: Node | null = null;
  if (args === null) return { positional, keywords, splat };
  // `f(x for x in xs)`: the generator expression is the argument list itself.
  if (args.type === "generator_expression") return { positional: [args], keywords, splat };
  for (const a of namedChildren(args)) {
    if (a.type === "keyword_argument") {
      const name = field(a, "name");
      const value = field(a, "value");
      if (name !== null && value !== null) keywords.push({ name: name.text, value, node: a });
      else if (splat === null) splat = a;
    } else if (a.type === "list_splat" || a.type === "dictionary_splat") {
      if (splat === null) splat = a;
    } else positional.push(a);
  }
  return { positional, keywords, splat };
}
