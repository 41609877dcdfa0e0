/** Walkers, facts and assertNever: the traversal every pass shares. */
import { describe, expect, it } from "vitest";
import {
  allExprs,
  allStmts,
  assertNever,
  bodyExprs,
  calledOperations,
  childExprs,
  condExprs,
  countAsserts,
  isLiteral,
  stmtParts,
  type Expr,
  type Stmt,
} from "@moto2rust/ir";
import { assert, assign, at, call, eq, exprStmt, int, name, str } from "./builders.js";

const nested: Stmt[] = [
  assign("r", call("list_clusters", { maxResults: int(1) }), 1),
  {
    kind: "Raises",
    expected: { kind: "client-error" },
    binding: "exc",
    match: str("not found"),
    body: [
      exprStmt(
        call("describe_clusters", {
          clusters: { kind: "List", elements: [name("arn")], tuple: false, span: at() },
        }),
        3,
      ),
    ],
    span: at(2),
  },
  {
    kind: "For",
    target: "c",
    iter: name("r"),
    body: [assert(eq(name("c"), str("x")), 5), assert(eq(call("list_clusters"), name("r")), 6)],
    span: at(4),
  },
];

describe("walkers", () => {
  it("lists direct sub-expressions in source order", () => {
    const c = call("create_cluster", { clusterName: str("a"), tags: name("t") });
    expect(childExprs(c)).toEqual([str("a"), name("t")]);
    expect(childExprs(str("a"))).toEqual([]);
    expect(childExprs({ kind: "Get", value: name("d"), key: str("k"), fallback: null, span: at() })).toEqual([
      name("d"),
      str("k"),
    ]);
    expect(condExprs(eq(name("a"), int(1)))).toEqual([name("a"), int(1)]);
    expect(
      condExprs({
        kind: "BoolOp",
        op: "and",
        conds: [eq(name("a"), int(1)), eq(name("b"), int(2))],
        span: at(),
      }),
    ).toEqual([name("a"), int(1), name("b"), int(2)]);
  });

  it("visits every statement and expression pre-order, nested bodies included", () => {
    expect([...allStmts(nested)].map((s) => `${s.kind}@${s.span.line}`)).toEqual([
      "Assign@1",
      "Raises@2",
      "ExprStmt@3",
      "For@4",
      "Assert@5",
      "Assert@6",
    ]);
    const raises = nested[1]!;
    expect(stmtParts(raises).exprs).toEqual([str("not found")]);
    expect(stmtParts(raises).body).toHaveLength(1);
    const kinds = [...bodyExprs(nested)].map((e) => e.kind);
    expect(kinds).toEqual([
      "ApiCall",
      "Int", // r = list_clusters(maxResults=1)
      "Str", // match=
      "ApiCall",
      "List",
      "Name", // describe_clusters(clusters=[arn])
      "Name", // for c in r
      "Name",
      "Str", // c == "x"
      "ApiCall",
      "Name", // list_clusters() == r
    ]);
  });

  it("allExprs yields the expression itself first, then every descendant", () => {
    const e: Expr = {
      kind: "BinOp",
      op: "+",
      left: str("a"),
      right: { kind: "Len", value: name("l"), span: at() },
      span: at(),
    };
    expect([...allExprs(e)].map((x) => x.kind)).toEqual(["BinOp", "Str", "Len", "Name"]);
  });
});

describe("facts", () => {
  it("calledOperations: evaluation order (arguments first), no duplicates", () => {
    const body = [exprStmt(call("tag_resource", { resourceArn: call("create_cluster") })), ...nested];
    expect(calledOperations(body)).toEqual([
      "create_cluster",
      "tag_resource",
      "list_clusters",
      "describe_clusters",
    ]);
    expect(calledOperations([])).toEqual([]);
  });

  it("countAsserts counts nested asserts", () => {
    expect(countAsserts(nested)).toBe(2);
    expect(countAsserts([assert(eq(int(1), int(1)))])).toBe(1);
    expect(countAsserts([])).toBe(0);
  });

  it("isLiteral: Python literals and negated numbers, nothing computed", () => {
    expect(isLiteral(str("a"))).toBe(true);
    expect(isLiteral(int(3))).toBe(true);
    expect(isLiteral({ kind: "None", span: at() })).toBe(true);
    expect(isLiteral({ kind: "Dict", entries: [], span: at() })).toBe(true);
    expect(isLiteral({ kind: "Neg", value: int(1), span: at() })).toBe(true);
    expect(isLiteral({ kind: "Neg", value: name("n"), span: at() })).toBe(false);
    expect(isLiteral(name("x"))).toBe(false);
    expect(isLiteral(call("list_clusters"))).toBe(false);
  });
});

describe("assertNever", () => {
  it("throws naming what was unhandled", () => {
    const rogue = { kind: "Rogue" } as never;
    expect(() => assertNever(rogue)).toThrow('unhandled node: {"kind":"Rogue"}');
    expect(() => assertNever(rogue, "expression")).toThrow(/^unhandled expression: /);
  });
});
