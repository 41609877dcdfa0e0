/** The typing pass: annotations on calls, arguments, literals and reads; diagnostics with spans. */
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  allExprs,
  allStmts,
  stmtParts,
  type ApiCallExpr,
  type Expr,
  type Module,
  type Stmt,
} from "@moto2rust/ir";
import { openModels, typeModule, type ModelRepository } from "@moto2rust/sdk-shapes";
import { modelsRoot } from "../helpers.js";
import * as b from "./ir-builders.js";

let repo: ModelRepository | undefined;
const models = (): ModelRepository => (repo ??= openModels(modelsRoot));

function exprsOf(m: Module): Expr[] {
  const out: Expr[] = [];
  for (const f of m.functions)
    for (const s of allStmts(f.body)) for (const e of stmtParts(s).exprs) out.push(...allExprs(e));
  return out;
}

function body(m: Module, i = 0): readonly Stmt[] {
  return m.functions[i]!.body;
}

describe.skipIf(!existsSync(modelsRoot))("typeModule", () => {
  it("annotates the SPEC example: operation, members, literal types, accessor forms", () => {
    const m = b.module([
      b.test("test_create_and_list_clusters", [
        b.client("client", "ecs", "us-east-2"),
        b.assign(
          "resp",
          b.call("client", "create_cluster", [
            ["clusterName", b.str("alpha")],
            [
              "tags",
              b.list([
                b.dict([
                  [b.str("key"), b.str("team")],
                  [b.str("value"), b.str("core")],
                ]),
              ]),
            ],
          ]),
        ),
        b.eq(b.sub(b.sub(b.name("resp"), b.str("cluster")), b.str("clusterName")), b.str("alpha")),
        b.eq(b.sub(b.sub(b.name("resp"), b.str("cluster")), b.str("runningTasksCount")), b.int(0)),
        b.assign("arns", b.sub(b.call("client", "list_clusters"), b.str("clusterArns"))),
        b.eq(b.len(b.name("arns")), b.int(1)),
      ]),
    ]);
    const { module: typed, diagnostics } = typeModule(m, models(), { service: "ecs" });
    expect(diagnostics).toEqual([]);
    const calls = exprsOf(typed).filter((e): e is ApiCallExpr => e.kind === "ApiCall");
    expect(calls.map((c) => c.op?.method)).toEqual(["create_cluster", "list_clusters"]);
    expect(calls[0]!.op).toMatchObject({
      name: "CreateCluster",
      crate: "aws_sdk_ecs",
      outputPath: "operation::create_cluster::CreateClusterOutput",
    });
    expect(calls[0]!.ty).toMatchObject({
      kind: "structure",
      path: "operation::create_cluster::CreateClusterOutput",
    });
    const [nameArg, tagsArg] = calls[0]!.args;
    expect(nameArg!.member).toMatchObject({ accessor: "cluster_name", form: "option-str" });
    expect(tagsArg!.member).toMatchObject({ accessor: "tags", setSetter: "set_tags", form: "slice" });
    expect(tagsArg!.value.ty).toMatchObject({
      kind: "list",
      element: { kind: "structure", path: "types::Tag", fallible: false },
    });
    const tag = (tagsArg!.value as Extract<Expr, { kind: "List" }>).elements[0] as Extract<
      Expr,
      { kind: "Dict" }
    >;
    expect(tag.entries.map((e) => e.member?.accessor)).toEqual(["key", "value"]);
    const reads = exprsOf(typed).filter((e) => e.kind === "Subscript");
    const accessors = reads.map((r) => (r.kind === "Subscript" ? r.access?.accessor : undefined));
    expect(accessors).toContain("cluster_name");
    expect(accessors).toContain("running_tasks_count");
    expect(accessors).toContain("cluster_arns");
    const running = reads.find((r) => r.kind === "Subscript" && r.access?.accessor === "running_tasks_count");
    expect(running?.ty).toEqual({ kind: "int", rust: "i32" });
    expect(running?.kind === "Subscript" && running.access?.form).toBe("copy");
    const arns = body(typed)[4]!;
    expect(arns.kind === "Assign" && arns.value.ty).toEqual({
      kind: "list",
      element: { kind: "string" },
      sparse: false,
    });
  });

  it("types string literals for enum members as the enum", () => {
    const m = b.module([
      b.test("t", [
        b.client("client", "ecs"),
        b.exprStmt(
          b.call("client", "create_service", [
            ["serviceName", b.str("s")],
            ["launchType", b.str("FARGATE")],
          ]),
        ),
      ]),
    ]);
    const { module: typed, diagnostics } = typeModule(m, models(), { service: "ecs" });
    expect(diagnostics).toEqual([]);
    const call = exprsOf(typed).find((e): e is ApiCallExpr => e.kind === "ApiCall")!;
    expect(call.args[1]!.value.ty).toMatchObject({ kind: "enum", path: "types::LaunchType" });
  });

  it("types dynamodb AttributeValue dicts as unions and map values", () => {
    const m = b.module([
      b.test("t", [
        b.client("ddb", "dynamodb"),
        b.exprStmt(
          b.call("ddb", "put_item", [
            ["TableName", b.str("t")],
            ["Item", b.dict([[b.str("pk"), b.dict([[b.str("S"), b.str("a")]])]])],
          ]),
        ),
      ]),
    ]);
    const { module: typed, diagnostics } = typeModule(m, models(), { service: "dynamodb" });
    expect(diagnostics).toEqual([]);
    const call = exprsOf(typed).find((e): e is ApiCallExpr => e.kind === "ApiCall")!;
    const item = call.args[1]!.value as Extract<Expr, { kind: "Dict" }>;
    expect(item.ty).toMatchObject({
      kind: "map",
      key: { kind: "string" },
      value: { kind: "union", path: "types::AttributeValue" },
    });
    expect(item.entries[0]!.value.ty).toMatchObject({ kind: "union", path: "types::AttributeValue" });
  });

  it("reports an unknown operation at the call, with its line and column", () => {
    const s = b.at(40, 9);
    const m = b.module([
      b.test("t", [b.client("c", "ecs"), b.exprStmt(b.call("c", "launch_rocket", [], s))]),
    ]);
    const { diagnostics } = typeModule(m, models(), { service: "ecs" });
    expect(diagnostics).toEqual([
      expect.objectContaining({
        severity: "error",
        code: "unknown-operation",
        span: expect.objectContaining({ line: 40, col: 9 }),
      }),
    ]);
    expect(diagnostics[0]!.message).toContain("launch_rocket");
  });

  it("reports unknown input members at the argument and unknown response keys at the key", () => {
    const arg = b.str("x", b.at(50, 30));
    const key = b.str("clusterColour", b.at(52, 20));
    const m = b.module([
      b.test("t", [
        b.client("c", "ecs"),
        b.assign("resp", b.call("c", "create_cluster", [["clusterColour", arg]])),
        b.eq(b.sub(b.sub(b.name("resp"), b.str("cluster")), key), b.str("red")),
      ]),
    ]);
    const { diagnostics } = typeModule(m, models(), { service: "ecs" });
    expect(diagnostics.map((d) => [d.code, d.span.line, d.span.col])).toEqual([
      ["unknown-member", 50, 30],
      ["unknown-member", 52, 20],
    ]);
  });

  it("types a call on a client of another service against that service's model", () => {
    const m = b.module([
      b.test("t", [
        b.client("sns", "sns", "us-east-1"),
        b.exprStmt(b.call("sns", "create_topic", [["Name", b.str("x")]])),
      ]),
    ]);
    const { module, diagnostics, services } = typeModule(m, models(), { service: "sqs" });
    expect(diagnostics).toEqual([]);
    const call = module!.functions[0]!.body[1]!;
    expect(call.kind === "ExprStmt" && call.expr.kind === "ApiCall" && call.expr.op).toMatchObject({
      name: "CreateTopic",
      crate: "aws_sdk_sns",
    });
    expect(services!.all().map((a) => a.info.boto3)).toEqual(["sqs", "sns"]);
  });

  it("reports a client of a service with no model at its declaration", () => {
    const decl = b.at(60, 5);
    const m = b.module([
      b.test("t", [
        b.client("x", "no-such-service", "us-east-1", decl),
        b.exprStmt(b.call("x", "create_thing", [["Name", b.str("x")]])),
      ]),
    ]);
    const { diagnostics } = typeModule(m, models(), { service: "sqs" });
    expect(diagnostics).toEqual([
      expect.objectContaining({
        code: "unknown-service",
        span: expect.objectContaining({ line: 60, col: 5 }),
      }),
    ]);
  });

  it("binds pytest.raises to the operation's error and resolves modelled exceptions", () => {
    const m = b.module([
      b.test("t", [
        b.client("c", "ecs"),
        b.raises([b.exprStmt(b.call("c", "delete_cluster", [["cluster", b.str("x")]]))], "exc", {
          kind: "modelled",
          client: "c",
          name: "ClusterNotFoundException",
        }),
        b.eq(b.errorField("exc", "code"), b.str("ClusterNotFoundException")),
        b.eq(b.errorField("exc", "http-status"), b.int(400)),
      ]),
    ]);
    const { module: typed, diagnostics } = typeModule(m, models(), { service: "ecs" });
    expect(diagnostics).toEqual([]);
    const r = body(typed)[1]!;
    expect(r.kind === "Raises" && r.expected.kind === "modelled" && r.expected.error).toEqual({
      name: "ClusterNotFoundException",
      code: "ClusterNotFoundException",
      helper: "is_cluster_not_found_exception",
    });
    const fields = exprsOf(typed).filter((e) => e.kind === "ErrorField");
    expect(fields.map((f) => f.ty?.kind)).toEqual(["string", "int"]);
  });

  it("inlines dict/list literals bound to names, typed at each use", () => {
    const m = b.module([
      b.test("t", [
        b.client("c", "ecs"),
        b.assign(
          "tags",
          b.list([
            b.dict([
              [b.str("key"), b.str("k")],
              [b.str("value"), b.str("v")],
            ]),
          ]),
        ),
        b.exprStmt(
          b.call("c", "create_cluster", [
            ["clusterName", b.str("c")],
            ["tags", b.name("tags")],
          ]),
        ),
      ]),
    ]);
    const { module: typed, diagnostics } = typeModule(m, models(), { service: "ecs" });
    expect(diagnostics).toEqual([]);
    const a = body(typed)[1]!;
    expect(a.kind === "Assign" && a.inlined).toBe(true);
    const call = exprsOf(typed).find((e): e is ApiCallExpr => e.kind === "ApiCall")!;
    expect(call.args[1]!.value.kind).toBe("List");
    expect(call.args[1]!.value.ty).toMatchObject({ kind: "list", element: { path: "types::Tag" } });
  });

  it("reports type mismatches (an int for a string member)", () => {
    const v = b.int(3, b.at(70, 40));
    const m = b.module([
      b.test("t", [b.client("c", "sqs"), b.exprStmt(b.call("c", "create_queue", [["QueueName", v]]))]),
    ]);
    const { diagnostics } = typeModule(m, models(), { service: "sqs" });
    expect(diagnostics).toEqual([
      expect.objectContaining({
        code: "type-mismatch",
        span: expect.objectContaining({ line: 70, col: 40 }),
      }),
    ]);
  });

  it("marks ResponseMetadata reads instead of reporting them", () => {
    const m = b.module([
      b.test("t", [
        b.client("c", "sqs"),
        b.assign("r", b.call("c", "list_queues")),
        b.eq(b.sub(b.sub(b.name("r"), b.str("ResponseMetadata")), b.str("HTTPStatusCode")), b.int(200)),
      ]),
    ]);
    const { module: typed, diagnostics } = typeModule(m, models(), { service: "sqs" });
    expect(diagnostics).toEqual([]);
    const read = exprsOf(typed).find((e) => e.kind === "Subscript");
    expect(read?.ty).toEqual({ kind: "unknown", why: "response-metadata:HTTPStatusCode" });
  });

  it("reports a missing model as unknown-service without throwing", () => {
    const m = b.module([b.test("t", [])]);
    const { diagnostics } = typeModule(m, models(), { service: "no-such-service" });
    expect(diagnostics.map((d) => d.code)).toEqual(["unknown-service"]);
  });

  it("never throws, whatever the (well-formed) IR", () => {
    const keys = ["cluster", "clusterName", "clusterArns", "tags", "key", "S", "0", "nope"];
    const leaf: fc.Arbitrary<Expr> = fc.oneof(
      fc.constantFrom(...keys).map((k) => b.str(k)),
      fc
        .integer({ min: -2, max: 3 })
        .map((n) => (n < 0 ? ({ kind: "Neg", value: b.int(-n), span: b.at() } as Expr) : b.int(n))),
      fc.constantFrom("resp", "c", "x", "exc").map((n) => b.name(n)),
      fc.constant<Expr>({ kind: "None", span: b.at() }),
      fc.boolean().map((v) => b.bool(v)),
    );
    const expr: fc.Arbitrary<Expr> = fc.letrec<{ e: Expr }>((tie) => ({
      e: fc.oneof(
        { depthSize: "small" },
        leaf,
        fc.tuple(tie("e"), tie("e")).map(([v, i]) => b.sub(v, i)),
        fc.tuple(tie("e"), tie("e")).map(([v, i]) => b.get(v, i)),
        tie("e").map((v) => b.len(v)),
        fc.array(tie("e"), { maxLength: 3 }).map((xs) => b.list(xs)),
        fc.array(fc.tuple(tie("e"), tie("e")), { maxLength: 2 }).map((es) => b.dict(es)),
        fc
          .tuple(
            fc.constantFrom("create_cluster", "list_clusters", "bogus"),
            fc.array(fc.tuple(fc.constantFrom("clusterName", "tags", "zzz"), tie("e")), { maxLength: 2 }),
          )
          .map(([m, args]) => b.call("c", m, args)),
      ),
    })).e;
    const stmt: fc.Arbitrary<Stmt> = fc.oneof(
      expr.map((e) => b.assign("resp", e)),
      expr.map((e) => b.exprStmt(e)),
      fc.tuple(expr, expr).map(([l, r]) => b.eq(l, r)),
      expr.map((e) => b.raises([b.exprStmt(e)], "exc")),
    );
    fc.assert(
      fc.property(fc.array(stmt, { maxLength: 6 }), (stmts) => {
        const m = b.module([b.test("t", [b.client("c", "ecs"), ...stmts])]);
        const r = typeModule(m, models(), { service: "ecs" });
        expect(Array.isArray(r.diagnostics)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
