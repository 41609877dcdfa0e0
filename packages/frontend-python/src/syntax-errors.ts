/** tree-sitter ERROR and MISSING nodes → `syntax-error` diagnostics with file:line:col. */
import { FRONTEND } from "@moto2rust/ir";
import type { ModuleContext } from "./context.js";
import { snippet, type Node } from "./parser.js";

/** Report every outermost ERROR node and every MISSING node of the tree. */
export function reportSyntaxErrors(mod: ModuleContext, root: Node): void {
  // Iterative pre-order walk: the tree may be arbitrarily deep.
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.isMissing) {
      mod.report(FRONTEND.syntaxErrorMissing(n.type), n);
      continue;
    }
    if (n.isError) {
      const text = snippet(n, 40);
      mod.report(text === "" ? FRONTEND.syntaxError() : FRONTEND.syntaxErrorUnexpected(text), n);
      continue;
    }
    if (!n.hasError) continue;
    const children = n.children;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
}
