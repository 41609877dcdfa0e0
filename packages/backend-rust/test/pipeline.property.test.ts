/**
 * Property: for random moto-style tests (well-formed or not), the pipeline never throws, always
 * renders Rust that rustfmt parses, keeps no Rust for skipped tests, and reports every test once.
 */
import { existsSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parsePython } from "@moto2rust/frontend-python";
import { typeModule } from "@moto2rust/sdk-shapes";
import { emitModule, formatRust, renderUnit } from "@moto2rust/backend-rust";
import { models, modelsDir } from "./pipeline.js";

const hasRustfmt = spawnSync("rustfmt", ["--version"]).status === 0;

const word = fc.constantFrom("alpha", "q-1", "b", "has space", 'quote"d', "brace{x}");
const num = fc.integer({ min: 0, max: 3 });
const line: fc.Arbitrary<string> = fc.oneof(
  word.map((w) => `resp = client.create_queue(QueueName=${JSON.stringify(w)})`),
  fc.constant(`url = resp["QueueUrl"]`),
  word.map((w) => `client.send_message(QueueUrl=url, MessageBody=${JSON.stringify(w)})`),
  num.map((n) => `msgs = client.receive_message(QueueUrl=url, MaxNumberOfMessages=${n})["Messages"]`),
  num.map((n) => `assert len(msgs) == ${n}`),
  word.map((w) => `assert msgs[0]["Body"] == ${JSON.stringify(w)}`),
  fc.constant(`assert "Messages" not in client.receive_message(QueueUrl=url)`),
  word.map((w) => `assert resp["QueueUrl"].endswith(${JSON.stringify(w)})`),
  word.map(
    (w) =>
      `with pytest.raises(ClientError) as exc:\n        client.get_queue_url(QueueName=${JSON.stringify(w)})`,
  ),
  fc.constant(`assert exc.value.response["Error"]["Code"] == "AWS.SimpleQueueService.NonExistentQueue"`),
  fc.constant(`for q in ["a", "b"]:\n        client.create_queue(QueueName=q)`),
  fc.constant(`assert all(u.startswith("https") for u in client.list_queues()["QueueUrls"])`),
  fc.constant(`attrs = client.get_queue_attributes(QueueUrl=url, AttributeNames=["All"])["Attributes"]`),
  fc.constant(`assert attrs["DelaySeconds"] == "0"`),
  fc.constant(`assert resp["ResponseMetadata"]["HTTPStatusCode"] == 200`),
  fc.constant(`assert resp.get("QueueUrl") is not None`),
  fc.constant(`assert f"{url}/x" != url`),
  fc.constant(`client.delete_queue(QueueUrl=url)`),
  fc.constant(`tags = {"k": "v"}\n    client.tag_queue(QueueUrl=url, Tags=tags)`),
  fc.constant(`assert client.list_queue_tags(QueueUrl=url)["Tags"] == {"k": "v"}`),
  fc.constant(`client.no_such_operation()`),
  fc.constant(`x = undefined_name + 1`),
);

function source(tests: string[][]): string {
  const head =
    "import boto3\nimport pytest\nfrom botocore.exceptions import ClientError\nfrom moto import mock_aws\n";
  return (
    head +
    tests
      .map(
        (body, i) =>
          `\n\n@mock_aws\ndef test_case_${i}():\n    client = boto3.client("sqs", region_name="us-east-1")\n${body
            .map((l) => "    " + l)
            .join("\n")}\n`,
      )
      .join("")
  );
}

describe.skipIf(!existsSync(modelsDir))("pipeline properties", () => {
  it("never throws, renders parseable Rust, reports every test, keeps no Rust for skipped tests", async () => {
    const api = models().service("sqs")!;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(line, { maxLength: 7 }), { minLength: 1, maxLength: 3 }),
        async (tests) => {
          const file = "test_prop.py";
          const module = await parsePython(source(tests), file);
          const typed = typeModule(module, models(), { service: "sqs" });
          const out = emitModule(typed.module, [...module.diagnostics, ...typed.diagnostics], {
            service: api,
            target: { kind: "winterbaume", crate: "winterbaume_sqs", serviceStruct: "SqsService" },
            clientHelper: { name: "make_client", regionName: "make_client_with_region" },
            fileLabel: file,
          });
          expect(out.reports.length).toBe(tests.length);
          const emitted = new Set(out.unit.tests.map((t) => t.motoTest));
          for (const r of out.reports) {
            expect(emitted.has(r.test)).toBe(r.status !== "skipped");
            if (r.status === "skipped") expect(r.reasons.length).toBeGreaterThan(0);
            expect(r.asserts.rust).toBeLessThanOrEqual(r.asserts.python);
          }
          if (hasRustfmt) {
            const f = formatRust(renderUnit(out.unit));
            expect(f.formatted, `${f.error}\n${renderUnit(out.unit)}`).toBe(true);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
