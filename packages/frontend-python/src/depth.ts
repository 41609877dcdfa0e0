/**
 * Nesting depth guard. Lowering recurses over the syntax tree; pathological input (thousands of
 * nested brackets) would overflow the JS stack. Definitions nested deeper than the limit are
 * reported instead of lowered. Python itself rejects much shallower nesting.
 */
import type { Node } from "./parser.js";

export const MAX_TREE_DEPTH = 500;

/** Is the subtree of `node` deeper than `limit` levels? Iterative: safe at any depth. */
export function deeperThan(node: Node, limit = MAX_TREE_DEPTH): boolean {
  const cursor = node.walk();
  let depth = 0;
  try {
    for (;;) {
      if (cursor.gotoFirstChild()) {
        depth++;
        if (depth > limit) return true;
        continue;
      }
      for (;;) {
        if (depth === 0) return false;
        if (cursor.gotoNextSibling()) break;
        cursor.gotoParent();
        depth--;
      }
    }
  } finally {
    cursor.delete();
  }
}
