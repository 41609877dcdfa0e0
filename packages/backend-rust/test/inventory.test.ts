/** tree-sitter-rust readers of winterbaume crates: test files, handlers, FIX markers, service structs. */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  operationCoverage,
  pickClientHelpers,
  readMarkers,
  readServiceStructs,
  readTestFile,
  scanHandlers,
  type OperationShape,
} from "@moto2rust/backend-rust";

const fixtures = fileURLToPath(new URL("../../cli/test/fixtures/winterbaume/crates/", import.meta.url));
const read = (p: string): string => readFileSync(fixtures + p, "utf8");

const op = (name: string, http: OperationShape["http"] = null): OperationShape => ({ name, http });

describe("readTestFile", () => {
  it("inventories the ECS fixture", async () => {
    const inv = await readTestFile(read("winterbaume-ecs/tests/integration_test.rs"));
    expect(inv.syntaxErrors).toEqual([]);
    expect(inv.tests.map((t) => t.name)).toEqual(["test_create_cluster", "test_list_clusters_empty"]);
    expect(inv.clientHelpers.map((f) => f.name)).toEqual(["make_ecs_client", "make_ecs_client_with_region"]);
    expect(inv.helpers).toEqual([]);
    expect(inv.constants.map((c) => [c.name, c.type, c.value])).toEqual([
      ["ACCOUNT_ID", "&str", '"123456789012"'],
    ]);
    expect(inv.useGroups).toHaveLength(1);
    expect(inv.useGroups[0]).toMatchObject({ startLine: 1, endLine: 3 });
    expect(inv.uses.map((u) => u.entries.map((e) => e.path.join("::")))).toEqual([
      ["aws_sdk_ecs::config::BehaviorVersion"],
      ["winterbaume_core::MockAws"],
      ["winterbaume_ecs::EcsService"],
    ]);
    expect(inv.sectionHeaders).toEqual([{ label: "Cluster tests", startLine: 24, endLine: 26 }]);
    expect(inv.preambleEndLine).toBe(0);
    const t = inv.tests[0]!;
    expect(t).toMatchObject({ isAsync: true, isTest: true, itemLine: 29, startLine: 28, params: [] });
    expect(pickClientHelpers(inv, "aws_sdk_ecs")).toMatchObject({
      base: { name: "make_ecs_client" },
      region: { name: "make_ecs_client_with_region", params: [{ name: "region", type: "&str" }] },
    });
  });

  it("reads doc-comment preambles, ported markers and a single fixed-region helper", async () => {
    const inv = await readTestFile(read("winterbaume-sqs/tests/integration_test.rs"));
    expect(inv.preambleEndLine).toBe(3);
    expect(inv.portedMarkers).toEqual([{ file: "test_sqs.py", test: "test_get_queue_url", line: 42 }]);
    expect(pickClientHelpers(inv, "aws_sdk_sqs")).toMatchObject({
      base: { name: "make_sqs_client" },
      region: null,
    });
    expect(pickClientHelpers(inv, "aws_sdk_sqs", "SqsService").mock).toMatchObject({ name: "make_mock" });
    // The file's mock factory registers SqsService: no use to an ECS test.
    expect(pickClientHelpers(inv, "aws_sdk_ecs", "EcsService")).toEqual({
      base: null,
      region: null,
      mock: null,
      mockClient: null,
    });
  });

  it("finds a mock factory and a client helper taking the mock", async () => {
    const inv = await readTestFile(
      [
        "use winterbaume_core::MockAws;",
        "use winterbaume_kms::KmsService;",
        "",
        "fn build_mock() -> MockAws {",
        "    MockAws::builder().with_service(KmsService::new()).build()",
        "}",
        "",
        "fn other() -> u32 {",
        "    1",
        "}",
        "",
        "async fn kms_client_for(mock: &MockAws, region: &str) -> aws_sdk_kms::Client {",
        "    aws_sdk_kms::Client::new(&mock.sdk_config(region).await)",
        "}",
        "",
      ].join("\n"),
    );
    expect(pickClientHelpers(inv, "aws_sdk_kms")).toMatchObject({
      base: null,
      region: null,
      mock: { name: "build_mock" },
      mockClient: { name: "kms_client_for" },
    });
  });

  it("sees tests in inline modules, grouped and listed uses, and syntax errors", async () => {
    const src = [
      "#![allow(dead_code)]",
      "use a::{b, c as d};",
      "use x::y::*;",
      "",
      "use std::sync::Arc;",
      "static COUNT: u32 = 1;",
      "/// Translated from moto: test_legacy",
      "#[tokio::test]",
      "async fn test_x() {}",
      "mod inner {",
      "    #[test]",
      "    fn test_inner() {}",
      "}",
      "fn broken( {",
      "",
    ].join("\n");
    const inv = await readTestFile(src);
    expect(inv.preambleEndLine).toBe(1);
    expect(inv.useGroups.map((g) => [g.startLine, g.endLine])).toEqual([
      [2, 3],
      [5, 5],
    ]);
    expect(inv.uses[0]!.entries).toEqual([
      { path: ["a", "b"], alias: null, glob: false },
      { path: ["a", "c"], alias: "d", glob: false },
    ]);
    expect(inv.uses[1]!.entries).toEqual([{ path: ["x", "y"], alias: null, glob: true }]);
    expect(inv.constants.map((c) => c.kind)).toEqual(["static"]);
    expect(inv.tests.map((t) => [t.name, t.modulePath])).toEqual([
      ["test_x", []],
      ["test_inner", ["inner"]],
    ]);
    expect(inv.portedMarkers).toEqual([{ file: null, test: "test_legacy", line: 7 }]);
    expect(inv.syntaxErrors.length).toBeGreaterThan(0);
  });
});

describe("scanHandlers + operationCoverage", () => {
  it("reads the ECS fixture: arms and handle_ calls count, STUB fns/arms and 501 arms do not", async () => {
    const scan = await scanHandlers(read("winterbaume-ecs/src/handlers.rs"));
    const cov = operationCoverage(
      scan,
      [
        "CreateCluster",
        "DeleteCluster",
        "DescribeClusters",
        "ExecuteCommand",
        "ListClusters",
        "ListTagsForResource",
        "PutClusterCapacityProviders",
        "SubmitAttachmentStateChanges",
        "TagResource",
        "UntagResource",
        "UpdateCluster",
        "DeleteCapacityProvider",
      ].map((n) => op(n)),
    );
    expect(cov.implemented.map((i) => i.operation)).toEqual([
      "CreateCluster",
      "DeleteCluster",
      "DescribeClusters",
      "ListClusters",
      "ListTagsForResource",
      "TagResource",
      "UntagResource",
      "UpdateCluster",
    ]);
    expect(cov.stubbed).toEqual([
      { operation: "ExecuteCommand", why: "STUB[no-engine]", line: expect.any(Number) },
      { operation: "PutClusterCapacityProviders", why: "501", line: expect.any(Number) },
      { operation: "SubmitAttachmentStateChanges", why: "STUB[no-telemetry]", line: expect.any(Number) },
    ]);
    const kinds = new Set(
      cov.implemented.find((i) => i.operation === "CreateCluster")!.evidence.map((e) => e.kind),
    );
    expect(kinds).toEqual(new Set(["arm-literal", "handle-call", "serialize-call", "deserialize-call"]));
  });

  it("reads the SQS fixture: dotted targets and serialize/deserialize calls of free fns", async () => {
    const cov = operationCoverage(
      await scanHandlers(read("winterbaume-sqs/src/handlers.rs")),
      [
        "CreateQueue",
        "GetQueueUrl",
        "ListQueues",
        "PurgeQueue",
        "StartMessageMoveTask",
        "TagQueue",
        "ChangeMessageVisibility",
      ].map((n) => op(n)),
    );
    expect(cov.implemented.map((i) => i.operation)).toEqual([
      "CreateQueue",
      "GetQueueUrl",
      "ListQueues",
      "TagQueue",
    ]);
    expect(cov.stubbed.map((s) => [s.operation, s.why])).toEqual([
      ["PurgeQueue", "501"],
      ["StartMessageMoveTask", "STUB[no-engine]"],
    ]);
  });

  it("matches REST route arms and route comments against @http bindings", async () => {
    const src = `
impl S {
    async fn route(&self, method: &str, segments: &[&str]) -> MockResponse {
        match (method, segments) {
            // GET /2015-03-31/functions/{FunctionName} - GetFunction
            ("GET", ["2015-03-31", "functions", name]) => self.get(name).await,
            ("POST", ["tags", arn]) => self.tag(arn).await,
            ("GET", ["tags", _]) => self.list_tags().await,
            ("DELETE", ["tags", _]) => error_response(501, "NotImplemented", "UntagResource not implemented"),
            // PUT /apps/{appId}
            ("PUT", ["apps", id]) => self.update(id).await,
            ("GET", ["files", rest @ ..]) => self.file(rest).await,
            // POST /webhooks => CreateWebhook (not implemented)
            _ => not_found(),
        }
    }
}`;
    const cov = operationCoverage(await scanHandlers(src), [
      op("GetFunction", { method: "GET", uri: "/2015-03-31/functions/{FunctionName}" }),
      op("TagResource", { method: "POST", uri: "/tags/{resourceArn}" }),
      op("ListTagsForResource", { method: "GET", uri: "/tags/{resourceArn}" }),
      op("UntagResource", { method: "DELETE", uri: "/tags/{resourceArn}?tagKeys" }),
      op("UpdateApp", { method: "PUT", uri: "/apps/{appId}" }),
      op("GetFile", { method: "GET", uri: "/files/{Key+}" }),
      op("CreateWebhook", { method: "POST", uri: "/webhooks" }),
    ]);
    expect(cov.implemented.map((i) => i.operation)).toEqual([
      "GetFile",
      "GetFunction",
      "ListTagsForResource",
      "TagResource",
      "UpdateApp",
    ]);
    expect(cov.stubbed.map((s) => s.operation)).toEqual(["UntagResource"]);
  });

  it("does not count arms that only call stub handlers, nor ambiguous routes", async () => {
    const src = `
impl S {
    async fn dispatch(&self, a: &str) -> R {
        match a {
            "DescribeEvents" => self.handle_describe_events().await,
            "GetThing" => {
                if q { self.handle_get_thing_torrent().await } else { self.handle_get_thing().await }
            }
            _ => x,
        }
    }
    // STUB[no-telemetry]: events come from real infrastructure.
    async fn handle_describe_events(&self) -> R { wire::serialize_describe_events_response(&Default::default()) }
    async fn handle_get_thing_torrent(&self) -> R {
        // STUB[no-engine]: no torrents.
        x()
    }
    async fn handle_get_thing(&self) -> R { y() }
    async fn route(&self, m: &str, s: &[&str]) -> R {
        match (m, s) {
            ("GET", ["things", _]) => z(),
            _ => w(),
        }
    }
}`;
    const cov = operationCoverage(await scanHandlers(src), [
      op("DescribeEvents"),
      op("GetThing"),
      op("GetThingTorrent"),
      op("GetA", { method: "GET", uri: "/things/{a}" }),
      op("GetB", { method: "GET", uri: "/things/{b}?x" }),
    ]);
    expect(cov.implemented.map((i) => i.operation)).toEqual(["GetThing"]);
    expect(cov.stubbed.map((s) => [s.operation, s.why])).toEqual([
      ["DescribeEvents", "STUB[no-telemetry]"],
      ["GetThingTorrent", "STUB[no-engine]"],
    ]);
  });
});

describe("readMarkers", () => {
  it("finds FIX markers above a fn, inside a fn, and the operations they touch", async () => {
    const ops = ["TagResource", "DeleteCluster", "CreateCluster", "DescribeTable"];
    const ecs = await readMarkers(read("winterbaume-ecs/src/state.rs"), ops);
    expect(ecs).toEqual([
      {
        line: 10,
        text: "FIX(terraform-e2e): terraform tags clusters by ARN right after creating them; the tag store must accept the cluster ARN and not only its name.",
        function: "tag_resource",
        armLiterals: [],
        operations: ["TagResource"],
      },
      {
        line: 18,
        text: "FIX(terraform-e2e): DeleteCluster must accept the full cluster ARN as well.",
        function: "delete_cluster",
        armLiterals: [],
        operations: ["DeleteCluster"],
      },
    ]);
    const inArm = await readMarkers(
      `fn d(a: &str) { match a { "CreateCluster" => { // FIX(terraform-e2e): x\n y() } _ => z() } }\nfn table_desc() {\n    // FIX(terraform-e2e): terraform reads this on every DescribeTable.\n    let x = 1;\n}\n`,
      ops,
    );
    expect(inArm.map((m) => [m.line, m.function, m.armLiterals, m.operations])).toEqual([
      [1, "d", ["CreateCluster"], ["CreateCluster"]],
      [4, "table_desc", [], ["DescribeTable"]],
    ]);
  });
});

describe("readServiceStructs", () => {
  it("reads pub use handlers::…Service and pub struct …Service", async () => {
    expect(await readServiceStructs(read("winterbaume-ecs/src/lib.rs"))).toEqual({
      reexported: ["EcsService"],
      structs: [],
    });
    expect(await readServiceStructs(read("winterbaume-sqs/src/lib.rs"))).toEqual({
      reexported: ["SqsService"],
      structs: [],
    });
    expect(await readServiceStructs(read("winterbaume-sqs/src/handlers.rs"))).toEqual({
      reexported: [],
      structs: ["SqsService"],
    });
  });
});
