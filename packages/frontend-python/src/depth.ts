/**
 * Nesting depth guard. Lowering recurses over the syntax tree; pathological input (thousands of
 * nested brackets) would overflow the JS stack. Definitions nested deeper than the limit are
 * reported instead of lowered. Python itself rejects much shallower nesting. The plain tree's
 * builder records each node's height, so the check is constant-time.
 */
import type { Node } from "./parser.js";

export const MAX_TREE_DEPTH = 500;

/** Is the subtree of `node` deeper than `limit` levels? */
export function deeperThan(node: Node, limit = MAX_TREE_DEPTH): boolean {
  return node.height > limit;
}
