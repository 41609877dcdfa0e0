/** Tiny IR builders for typing-pass tests (no frontend dependency): every node gets a distinct span. */
import type { Cond, Expr, FunctionDef, Module, Span, Stmt } from "@moto2rust/ir";

const FILE = "test_input.py";
let line = 1;

/** A span on a fresh line (or at the given line:col). */
export function at(l?: number, col = 5): Span {
  const ln = l ?? line++;
  return { file: FILE, line: ln, col, endLine: ln, endCol: col + 10 };
}

export const str = (value: string, s = at()): Expr => ({ kind: "Str", value, span: s });
export const int = (value: number, s = at()): Expr => ({ kind: "Int", value: String(value), span: s });
export const bool = (value: boolean, s = at()): Expr => ({ kind: "Bool", value, span: s });
export const name = (id: string, s = at()): Expr => ({ kind: "Name", id, span: s });
export const dict = (entries: [Expr, Expr][], s = at()): Expr => ({
  kind: "Dict",
  entries: entries.map(([key, value]) => ({ key, value, span: s })),
  span: s,
});
export const list = (elements: Expr[], s = at()): Expr => ({ kind: "List", elements, tuple: false, span: s });
export const sub = (value: Expr, index: Expr, s = at()): Expr => ({
  kind: "Subscript",
  value,
  index,
  span: s,
});
export const get = (value: Expr, key: Expr, s = at()): Expr => ({
  kind: "Get",
  value,
  key,
  fallback: null,
  span: s,
});
export const len = (value: Expr, s = at()): Expr => ({ kind: "Len", value, span: s });
export const call = (client: string, method: string, args: [string, Expr][] = [], s = at()): Expr => ({
  kind: "ApiCall",
  client,
  method,
  args: args.map(([n, value]) => ({ name: n, value, span: value.span })),
  span: s,
});
export const errorField = (binding: string, field: "code" | "message" | "http-status", s = at()): Expr => ({
  kind: "ErrorField",
  binding,
  field,
  span: s,
});

export const client = (n: string, service: string, region = "us-east-1", s = at()): Stmt => ({
  kind: "ClientDecl",
  name: n,
  service,
  region: str(region, s),
  span: s,
});
export const assign = (target: string, value: Expr, s = at()): Stmt => ({
  kind: "Assign",
  target,
  value,
  span: s,
});
export const exprStmt = (expr: Expr, s = at()): Stmt => ({ kind: "ExprStmt", expr, span: s });
export const eq = (left: Expr, right: Expr, s = at()): Stmt => ({
  kind: "Assert",
  cond: { kind: "Compare", op: "==", left, right, span: s },
  source: "assert ...",
  span: s,
});
export const assertCond = (cond: Cond, s = at()): Stmt => ({
  kind: "Assert",
  cond,
  source: "assert ...",
  span: s,
});
export const raises = (
  body: Stmt[],
  binding: string | null,
  expected: Stmt extends never
    ? never
    : { kind: "client-error" } | { kind: "modelled"; client: string; name: string } = {
    kind: "client-error",
  },
  s = at(),
): Stmt => ({
  kind: "Raises",
  expected,
  binding,
  match: null,
  body,
  span: s,
});

export function test(fname: string, body: Stmt[], s = at()): FunctionDef {
  const end = line + 1;
  return {
    kind: "Function",
    name: fname,
    role: "test",
    className: null,
    params: [],
    decorators: ["mock_aws"],
    parametrize: null,
    body,
    span: { ...s, endLine: end, endCol: 1 },
  };
}

export function module(functions: FunctionDef[], constants: Module["constants"] = []): Module {
  return { kind: "Module", file: FILE, imports: [], constants, functions, diagnostics: [] };
}
