/** Bad input never crashes and never yields wrong Rust: every test is still reported, with a reason. */
import { describe, expect, it } from "vitest";
import { fileURLToPath } from "node:url";
import { parseRust, syntaxErrors } from "@moto2rust/backend-rust";
import { formatDiagnostic } from "@moto2rust/ir";
import { transpile } from "moto2rust";
import { openModels, type ModelRepository, type ServiceApi } from "@moto2rust/sdk-shapes";

const models = fileURLToPath(new URL("../../../examples/models", import.meta.url));

async function assertValidRust(code: string): Promise<void> {
  if (!code) return;
  const tree = await parseRust(code);
  try {
    expect(syntaxErrors(tree.rootNode)).toEqual([]);
  } finally {
    tree.delete();
  }
}

describe("transpile on bad input", () => {
  it("reports every test as skipped when the service has no model", async () => {
    const src = `import boto3\n\ndef test_a():\n    client = boto3.client("sqs", region_name="us-east-1")\n    client.list_queues()\n    assert 1 == 1\n`;
    const r = await transpile(src, { file: "test_sqs.py", models });
    expect(r.rust).toBe("");
    expect(r.tests).toHaveLength(1);
    expect(r.tests[0]).toMatchObject({
      test: "test_a",
      status: "skipped",
      operations: ["list_queues"],
      asserts: { python: 1, rust: 0 },
    });
    expect(r.tests[0]!.reasons[0]!.code).toBe("unknown-service");
    expect(r.diagnostics.map(formatDiagnostic)).toContain(
      `test_sqs.py:4:5: error[unknown-service]: unknown service 'sqs': no model for it under ${models}`,
    );
  });

  it("keeps a test's own reasons (moto internals) beside the file's missing service", async () => {
    const src = [
      "from moto.core import DEFAULT_ACCOUNT_ID",
      "from moto.sqs.models import sqs_backends",
      "",
      "def test_backend_state():",
      '    backend = sqs_backends[DEFAULT_ACCOUNT_ID]["us-east-1"]',
      "    assert backend.queues == {}",
      "",
    ].join("\n");
    const r = await transpile(src, { file: "test_internal.py", models });
    expect(r.tests).toHaveLength(1);
    const codes = r.tests[0]!.reasons.map((x) => x.code);
    expect(codes).toContain("moto-internal");
    expect(codes[codes.length - 1]).toBe("unknown-service");
  });

  it("skips a test with an unknown operation or member, keeps the others, and says where", async () => {
    const src = [
      "import boto3",
      "",
      "def test_good():",
      '    client = boto3.client("ecs", region_name="us-east-1")',
      '    client.create_cluster(clusterName="a")',
      "",
      "def test_bad_op():",
      '    client = boto3.client("ecs", region_name="us-east-1")',
      "    client.frobnicate_cluster()",
      "",
      "def test_bad_member():",
      '    client = boto3.client("ecs", region_name="us-east-1")',
      '    client.create_cluster(clusterNam="a")',
      "",
    ].join("\n");
    const r = await transpile(src, { file: "test_ecs.py", models });
    expect(
      r.tests.map((t) => [t.test, t.status, t.reasons.map((x) => `${x.code}@${x.line}:${x.col}`)]),
    ).toEqual([
      ["test_good", "ported", []],
      ["test_bad_op", "skipped", ["unknown-operation@9:5"]],
      ["test_bad_member", "skipped", ["unknown-member@13:27"]],
    ]);
    expect(r.rust).toContain("async fn test_good()");
    expect(r.rust).not.toContain("frobnicate");
    await assertValidRust(r.rust);
  });

  it("reports a syntax error with file:line:col and still translates the intact tests", async () => {
    const src = `import boto3\n\ndef test_ok():\n    client = boto3.client("ecs", region_name="us-east-1")\n    client.list_clusters()\n\ndef test_broken(:\n    pass\n`;
    const r = await transpile(src, { file: "test_ecs.py", models });
    const syntax = r.diagnostics.filter((d) => d.code === "syntax-error");
    expect(syntax.length).toBeGreaterThan(0);
    expect(syntax[0]!.span.line).toBe(7);
    expect(r.tests.find((t) => t.test === "test_ok")?.status).toBe("ported");
    await assertValidRust(r.rust);
  });

  it("translates nothing from an empty file and says why", async () => {
    const r = await transpile("", { file: "test_empty.py", models });
    expect(r.tests).toEqual([]);
    expect(r.rust).toBe("");
    expect(r.diagnostics.map((d) => d.code)).toEqual(["unknown-service"]);
  });

  it("turns an exception inside the pipeline into an internal-error for every test, never a crash", async () => {
    const real = openModels(models);
    const api = real.service("ecs")!;
    // A model whose lookups throw stands for a bug of ours somewhere past the frontend.
    const broken = new Proxy(api, {
      get: (t, p, r) =>
        p === "operationByBoto3"
          ? () => {
              throw new Error("lookup exploded");
            }
          : Reflect.get(t, p, r),
    }) as ServiceApi;
    const repo = new Proxy(real, {
      get: (t, p, r) =>
        p === "service"
          ? (name: string) => (name === "ecs" ? broken : t.service(name))
          : Reflect.get(t, p, r),
    }) as ModelRepository;
    const src = `import boto3\n\ndef test_a():\n    client = boto3.client("ecs", region_name="us-east-1")\n    client.list_clusters()\n\ndef test_b():\n    assert 1 == 1\n`;
    const r = await transpile(src, { file: "test_ecs.py", models: repo });
    expect(r.rust).toBe("");
    expect(r.tests.map((t) => [t.test, t.status, t.reasons.map((x) => x.code)])).toEqual([
      ["test_a", "skipped", ["internal-error"]],
      ["test_b", "skipped", ["internal-error"]],
    ]);
    expect(r.diagnostics.map(formatDiagnostic)).toContain(
      "test_ecs.py:1:1: error[internal-error]: internal error: lookup exploded",
    );
  });
});
