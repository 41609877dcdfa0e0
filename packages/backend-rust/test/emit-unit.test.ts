/** Backend cases the frontend does not produce yet (hand-built IR), and report/status rules. */
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Expr, Module } from "@moto2rust/ir";
import { typeModule } from "@moto2rust/sdk-shapes";
import { emitModule, renderUnit } from "@moto2rust/backend-rust";
import { models, modelsDir } from "./pipeline.js";
import * as b from "../../sdk-shapes/test/passes/ir-builders.js";

function emit(m: Module, service = "ecs") {
  const typed = typeModule(m, models(), { service });
  return emitModule(typed.module, [...m.diagnostics, ...typed.diagnostics], {
    service: models().service(service)!,
    target: { kind: "winterbaume", crate: `winterbaume_${service}`, serviceStruct: "Service" },
    clientHelper: { name: "make_client", regionName: "make_client_with_region" },
    fileLabel: "test_unit.py",
  });
}

const deleteMissing = (): ReturnType<typeof b.raises> =>
  b.raises([b.exprStmt(b.call("c", "delete_cluster", [["cluster", b.str("nope")]]))], "exc");

describe.skipIf(!existsSync(modelsDir))("emitter units", () => {
  it("checks exc.value.operation_name at translation time and reports it as approximated", () => {
    const field: Expr = { kind: "ErrorField", binding: "exc", field: "operation", span: b.at() };
    const out = emit(
      b.module([
        b.test("test_op", [b.client("c", "ecs"), deleteMissing(), b.eq(field, b.str("DeleteCluster"))]),
      ]),
    );
    expect(out.reports[0]).toMatchObject({ status: "partial", asserts: { python: 1, rust: 0 } });
    expect(out.reports[0]!.reasons.map((r) => r.code)).toEqual(["approximated"]);
    expect(renderUnit(out.unit)).toContain("operation_name is DeleteCluster by construction");
    expect(renderUnit(out.unit)).toContain(`c.delete_cluster().cluster("nope").send().await.unwrap_err();`);
  });

  it("skips a test whose operation_name check can never hold", () => {
    const field: Expr = { kind: "ErrorField", binding: "exc", field: "operation", span: b.at() };
    const out = emit(
      b.module([
        b.test("test_op", [b.client("c", "ecs"), deleteMissing(), b.eq(field, b.str("CreateCluster"))]),
      ]),
    );
    expect(out.reports[0]).toMatchObject({ status: "skipped", rustTests: [] });
    expect(out.unit.tests).toEqual([]);
  });

  it("rebuilds str(exc.value) in botocore's format, 'Unknown' for an absent code or message", () => {
    const text: Expr = { kind: "ErrorField", binding: "exc", field: "text", span: b.at() };
    const cond = {
      kind: "Contains" as const,
      negated: false,
      needle: b.str("ClusterNotFound"),
      haystack: text,
      span: b.at(),
    };
    const out = emit(
      b.module([b.test("test_text", [b.client("c", "ecs"), deleteMissing(), b.assertCond(cond)])]),
    );
    expect(out.reports[0]).toMatchObject({ status: "ported", asserts: { python: 1, rust: 1 } });
    const rust = renderUnit(out.unit);
    expect(rust).toContain("An error occurred ({}) when calling the DeleteCluster operation: {}");
    expect(rust).toContain('.code().unwrap_or("Unknown")');
    expect(rust).toContain('.message().unwrap_or("Unknown")');
    expect(rust).toContain("use aws_sdk_ecs::error::ProvideErrorMetadata;");
  });

  it("keeps no Rust, and no imports or constants, for a skipped test", () => {
    const acct: Expr = { kind: "Const", name: "ACCOUNT_ID", wellKnown: "account-id", span: b.at() };
    const out = emit(
      b.module([
        b.test("test_bad", [
          b.client("c", "ecs"),
          b.exprStmt(b.call("c", "create_cluster", [["clusterName", acct]])),
          b.exprStmt(b.call("c", "no_such_thing")),
        ]),
      ]),
    );
    expect(out.reports[0]).toMatchObject({
      status: "skipped",
      reasons: [expect.objectContaining({ code: "unknown-operation" })],
    });
    expect(out.unit).toMatchObject({ tests: [], constants: [], clientHelpers: [], uses: [] });
  });

  it("orders tests per SPEC and reports them in file order", () => {
    const out = emit(
      b.module([
        b.test("test_tags", [
          b.client("c", "ecs"),
          b.exprStmt(b.call("c", "list_tags_for_resource", [["resourceArn", b.str("a")]])),
        ]),
        b.test("test_error", [b.client("c", "ecs"), deleteMissing()]),
        b.test("test_list", [b.client("c", "ecs"), b.exprStmt(b.call("c", "list_clusters"))]),
        b.test("test_create", [b.client("c", "ecs"), b.exprStmt(b.call("c", "create_cluster"))]),
        b.test("test_update", [
          b.client("c", "ecs"),
          b.exprStmt(b.call("c", "update_cluster", [["cluster", b.str("x")]])),
        ]),
      ]),
    );
    expect(out.reports.map((r) => r.test)).toEqual([
      "test_tags",
      "test_error",
      "test_list",
      "test_create",
      "test_update",
    ]);
    expect(out.unit.tests.map((t) => t.name)).toEqual([
      "test_create",
      "test_list",
      "test_update",
      "test_error",
      "test_tags",
    ]);
  });

  it("writes the endpoint client helper without winterbaume", () => {
    const m = b.module([
      b.test("test_e", [b.client("c", "ecs", "eu-west-1"), b.exprStmt(b.call("c", "list_clusters"))]),
    ]);
    const typed = typeModule(m, models(), { service: "ecs" });
    const out = emitModule(typed.module, typed.diagnostics, {
      service: models().service("ecs")!,
      target: { kind: "endpoint" },
      clientHelper: { name: "make_ecs_client", regionName: "make_ecs_client_with_region" },
      fileLabel: "test_unit.py",
    });
    const rust = renderUnit(out.unit);
    expect(rust).not.toContain("winterbaume");
    expect(rust).toContain('std::env::var("AWS_ENDPOINT_URL")');
    expect(rust).toContain('make_ecs_client_with_region("eu-west-1").await');
    expect(out.unit.clientHelpers.map((h) => h.name)).toEqual(["make_ecs_client_with_region"]);
    expect(out.unit.devDependencies).toEqual(["aws-config", "aws-sdk-ecs", "tokio"]);
  });

  it("skips a test whose emission throws with an internal-error, and keeps the others", () => {
    const m = b.module([
      b.test("test_raises", [b.client("c", "ecs"), deleteMissing()]),
      b.test("test_list", [b.client("c", "ecs"), b.exprStmt(b.call("c", "list_clusters", []))]),
    ]);
    const typed = typeModule(m, models(), { service: "ecs" });
    const api = models().service("ecs")!;
    // An emitter bug stand-in: the model lookup the raises block makes throws.
    const broken = new Proxy(api, {
      get: (t, p, r) =>
        p === "operation"
          ? () => {
              throw new Error("emitter exploded");
            }
          : Reflect.get(t, p, r),
    });
    const out = emitModule(typed.module!, [...m.diagnostics, ...typed.diagnostics], {
      service: broken,
      target: { kind: "winterbaume", crate: "winterbaume_ecs", serviceStruct: "Service" },
      clientHelper: { name: "make_client", regionName: "make_client_with_region" },
      fileLabel: "test_unit.py",
    });
    expect(out.reports.map((r) => [r.test, r.status, r.reasons.map((x) => x.code)])).toEqual([
      ["test_raises", "skipped", ["internal-error"]],
      ["test_list", "ported", []],
    ]);
    expect(out.reports[0]!.reasons[0]!.message).toBe("internal emitter error: emitter exploded");
  });
});
