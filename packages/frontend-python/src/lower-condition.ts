/** The test of an `assert` → `Cond`. */
import type { CompareOp, Cond, Expr, Span } from "@moto2rust/ir";
import { allExprs } from "@moto2rust/ir";
import type { Scope } from "./context.js";
import { fail, isFailure, type Failure } from "./failure.js";
import { field, unparen, type Node } from "./parser.js";
import { lowerExpr } from "./lower-expression.js";
import { lowerAnyAll } from "./lower-comprehension.js";
import { callArgs } from "./call-args.js";
import { errorMetadataKeyTest } from "./error-response.js";
import { isIsinstanceCall, lowerIsinstance } from "./lower-isinstance.js";

const COMPARE_OPS: readonly string[] = ["==", "!=", "<", "<=", ">", ">="];
function isCompareOp(op: string): op is CompareOp {
  return COMPARE_OPS.includes(op);
}

const INVERSE: Readonly<Record<CompareOp, CompareOp>> = {
  "==": "!=",
  "!=": "==",
  "<": ">=",
  "<=": ">",
  ">": "<=",
  ">=": "<",
};

/** `not c`, pushed inwards (De Morgan for and/or). */
function negate(c: Cond, span: Span): Cond {
  switch (c.kind) {
    case "Compare":
      return { ...c, op: INVERSE[c.op], span };
    case "Contains":
    case "IsNone":
    case "Truthy":
    case "IsInstance":
      return { ...c, negated: !c.negated, span };
    case "BoolOp":
      return {
        kind: "BoolOp",
        op: c.op === "and" ? "or" : "and",
        conds: c.conds.map((x) => negate(x, x.span)),
        span,
      };
    case "AnyAll":
      return { ...c, op: c.op === "any" ? "all" : "any", cond: negate(c.cond, c.cond.span), span };
  }
}

export function lowerCond(scope: Scope, raw: Node): Cond | Failure {
  const node = unparen(raw);
  const span = scope.mod.span(node);
  switch (node.type) {
    case "comparison_operator":
      return lowerComparison(scope, node, span);
    case "not_operator": {
      const arg = field(node, "argument");
      if (arg === null) return fail("not", node, "syntax-error");
      const inner = lowerCond(scope, arg);
      return isFailure(inner) ? inner : negate(inner, span);
    }
    case "boolean_operator": {
      const opNode = field(node, "operator");
      const left = field(node, "left");
      const right = field(node, "right");
      if (opNode === null || left === null || right === null)
        return fail("boolean operator", node, "syntax-error");
      const op = opNode.text === "or" ? "or" : "and";
      const conds: Cond[] = [];
      for (const side of [left, right]) {
        const c = lowerCond(scope, side);
        if (isFailure(c)) return c;
        // Flatten `a and b and c` into one BoolOp.
        if (c.kind === "BoolOp" && c.op === op && unparen(side).type === "boolean_operator")
          conds.push(...c.conds);
        else conds.push(c);
      }
      return { kind: "BoolOp", op, conds, span };
    }
    case "call": {
      const q = anyAll(scope, node);
      if (q !== null) return q;
      if (isIsinstanceCall(scope, node)) return lowerIsinstance(scope, node, span);
      const value = lowerExpr(scope, node);
      if (isFailure(value)) return value;
      return { kind: "Truthy", negated: false, value, span };
    }
    default: {
      const value = lowerExpr(scope, node);
      if (isFailure(value)) return value;
      return { kind: "Truthy", negated: false, value, span };
    }
  }
}

/** `a == b`, `a in b`, `a is None`, and chains `a < b < c` (→ `a < b and b < c`). */
function lowerComparison(scope: Scope, node: Node, span: Span): Cond | Failure {
  const operands: Node[] = [];
  const operators: string[] = [];
  for (const c of node.children) {
    if (c.type === "comment") continue;
    if (c.fieldName === "operators") operators.push(c.text.split(/\s+/).join(" "));
    else if (c.isNamed) operands.push(c);
  }
  if (operands.length !== operators.length + 1 || operators.length === 0)
    return fail("comparison", node, "syntax-error");
  if (operators.length === 1) {
    const metadata = errorMetadataKeyTest(scope, operators[0]!, operands[0]!, operands[1]!, span);
    if (metadata !== null) return metadata;
  }
  const values: Expr[] = [];
  for (const o of operands) {
    const v = lowerExpr(scope, o);
    if (isFailure(v)) return v;
    values.push(v);
  }
  const conds: Cond[] = [];
  for (let i = 0; i < operators.length; i++) {
    const middle = i > 0 ? values[i]! : null;
    if (middle !== null && [...allExprs(middle)].some((e) => e.kind === "ApiCall")) {
      return fail("chained comparison around an API call", node);
    }
    const c = comparePair(
      operators[i]!,
      operands[i]!,
      operands[i + 1]!,
      values[i]!,
      values[i + 1]!,
      operators.length === 1 ? span : scope.mod.span(operands[i]!),
      node,
    );
    if (isFailure(c)) return c;
    conds.push(c);
  }
  return conds.length === 1 ? conds[0]! : { kind: "BoolOp", op: "and", conds, span };
}

function comparePair(
  op: string,
  ln: Node,
  rn: Node,
  left: Expr,
  right: Expr,
  span: Span,
  node: Node,
): Cond | Failure {
  if (isCompareOp(op)) return { kind: "Compare", op, left, right, span };
  if (op === "in" || op === "not in")
    return { kind: "Contains", negated: op === "not in", needle: left, haystack: right, span };
  if (op === "is" || op === "is not") {
    const negated = op === "is not";
    if (unparen(rn).type === "none") return isNone(negated, left, span);
    if (unparen(ln).type === "none") return isNone(negated, right, span);
    if (right.kind === "Bool") return { kind: "Compare", op: negated ? "!=" : "==", left, right, span };
    if (left.kind === "Bool")
      return { kind: "Compare", op: negated ? "!=" : "==", left: right, right: left, span };
    return fail(`identity comparison (${op})`, node);
  }
  return fail(`comparison operator ${op}`, node);
}

/** `x is None`; `re.match(...) is not None` is the match's truthiness. */
function isNone(negated: boolean, value: Expr, span: Span): Cond {
  if (value.kind === "BuiltinCall" && value.name.startsWith("re."))
    return { kind: "Truthy", negated: !negated, value, span };
  return { kind: "IsNone", negated, value, span };
}

/** `any(...)` / `all(...)` of a comprehension (builtins, not shadowed), or null. */
function anyAll(scope: Scope, call: Node): Cond | Failure | null {
  const fn = field(call, "function");
  if (fn === null || fn.type !== "identifier" || (fn.text !== "any" && fn.text !== "all")) return null;
  if (scope.isLocal(fn.text) || scope.importOf(fn.text) !== undefined || scope.mod.functions.has(fn.text))
    return null;
  const args = callArgs(call);
  if (args.splat !== null || args.keywords.length > 0 || args.positional.length !== 1)
    return fail(`${fn.text}() with unexpected arguments`, call);
  return lowerAnyAll(scope, fn.text, call, args.positional[0]!, lowerExpr, lowerCond);
}
