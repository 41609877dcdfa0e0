/** Small IR constructors for the ir package's own tests (spans on line `n` of `t.py`). */
import { span, type Cond, type Expr, type Span, type Stmt } from "@moto2rust/ir";

export const at = (line = 1, col = 1): Span => span("t.py", line, col, line, col + 1);
export const str = (value: string): Expr => ({ kind: "Str", value, span: at() });
export const int = (value: number): Expr => ({ kind: "Int", value: String(value), span: at() });
export const name = (id: string): Expr => ({ kind: "Name", id, span: at() });
export const call = (method: string, args: Record<string, Expr> = {}): Expr => ({
  kind: "ApiCall",
  client: "client",
  method,
  args: Object.entries(args).map(([n, value]) => ({ name: n, value, span: at() })),
  span: at(),
});
export const eq = (left: Expr, right: Expr): Cond => ({ kind: "Compare", op: "==", left, right, span: at() });
export const assert = (cond: Cond, line = 1): Stmt => ({
  kind: "Assert",
  cond,
  source: "assert ...",
  span: at(line),
});
export const assign = (target: string, value: Expr, line = 1): Stmt => ({
  kind: "Assign",
  target,
  value,
  span: at(line),
});
export const exprStmt = (expr: Expr, line = 1): Stmt => ({ kind: "ExprStmt", expr, span: at(line) });
