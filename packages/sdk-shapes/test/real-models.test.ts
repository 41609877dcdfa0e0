/** SDK-RULES examples checked against the local models (beyond the oracle TSVs). */
import { describe, expect, it } from "vitest";
import type { ServiceApi, StructureInfo, UnionInfo } from "../src/api.js";
import { openModels } from "../src/repository.js";
import { modelsRoot } from "./helpers.js";

const repo = openModels(modelsRoot);

function svc(name: string): ServiceApi {
  const s = repo.service(name);
  expect(s, repo.problem(name)).toBeDefined();
  return s!;
}

function byPath(service: string, path: string): StructureInfo {
  const t = svc(service)
    .types()
    .find((x) => x.path === path);
  expect(t?.kind, `${service} ${path}`).toBe("structure");
  return t as StructureInfo;
}

function returns(service: string, path: string, member: string): string | undefined {
  return byPath(service, path).members.find((m) => m.name === member)?.returns;
}

describe("accessor return types from SDK-RULES §3.3 and §7", () => {
  it.each([
    ["iam", "types::User", "UserName", "&str"],
    ["iam", "types::User", "CreateDate", "&aws_smithy_types::DateTime"],
    ["iam", "types::User", "PasswordLastUsed", "Option<&aws_smithy_types::DateTime>"],
    ["iam", "types::AccessKey", "Status", "&crate::types::StatusType"],
    ["iam", "operation::list_users::ListUsersOutput", "Users", "&[crate::types::User]"],
    ["iam", "operation::list_users::ListUsersOutput", "IsTruncated", "bool"],
    ["route53", "types::HostedZone", "ResourceRecordSetCount", "Option<i64>"],
    ["dynamodb", "operation::scan::ScanOutput", "Items", "&[HashMap<String, crate::types::AttributeValue>]"],
    ["s3", "operation::list_objects_v2::ListObjectsV2Output", "IsTruncated", "Option<bool>"],
    ["s3", "operation::list_objects_v2::ListObjectsV2Output", "KeyCount", "Option<i32>"],
    ["s3", "operation::get_object::GetObjectOutput", "ContentLength", "Option<i64>"],
    ["s3", "operation::get_object::GetObjectOutput", "ExpiresString", "Option<&str>"],
    ["s3", "operation::get_object::GetObjectOutput", "Body", "&aws_smithy_types::byte_stream::ByteStream"],
    [
      "polly",
      "operation::synthesize_speech::SynthesizeSpeechOutput",
      "AudioStream",
      "&aws_smithy_types::byte_stream::ByteStream",
    ],
    ["sts", "types::Credentials", "AccessKeyId", "&str"],
    ["sts", "types::Credentials", "Expiration", "&aws_smithy_types::DateTime"],
    ["s3", "types::Tag", "Key", "&str"],
    [
      "bedrock-runtime",
      "operation::converse::ConverseOutput",
      "additionalModelResponseFields",
      "Option<&aws_smithy_types::Document>",
    ],
  ])("%s %s.%s → %s", (service, path, member, expected) => {
    expect(returns(service, path, member)).toBe(expected);
  });

  it("renames members that clash with builder methods (§2.4)", () => {
    const m = byPath("codebuild", "operation::start_build::StartBuildOutput").members[0]!;
    expect(m).toMatchObject({
      name: "build",
      accessor: "build_value",
      setSetter: "set_build",
      getter: "get_build",
    });
    const t = byPath("ecs", "types::PlacementStrategy").members.find((x) => x.name === "type")!;
    expect(t).toMatchObject({ accessor: "r#type", setSetter: "set_type" });
  });
});

describe("types that exist twice or shadow prelude names (§1.2, §2.3)", () => {
  it("keeps a modelled output that other shapes use as a types:: struct too", () => {
    expect(byPath("lambda", "types::FunctionConfiguration").shapeId).toBe(
      "com.amazonaws.lambda#FunctionConfiguration",
    );
    const out = byPath(
      "lambda",
      "operation::update_function_configuration::UpdateFunctionConfigurationOutput",
    );
    expect(out.modelledShapeId).toBe("com.amazonaws.lambda#FunctionConfiguration");
    expect(byPath("pinpoint", "types::CreateApplicationRequest").role).toBe("type");
  });

  it("keeps prelude-looking names", () => {
    expect(byPath("rds", "types::Option").shapeId).toBe("com.amazonaws.rds#Option");
    expect(byPath("s3", "types::Error").shapeId).toBe("com.amazonaws.s3#Error");
  });
});

describe("builders (§5)", () => {
  it.each([
    ["emr-serverless", "types::InitialCapacityConfig", true], // RemoveDefaults: WorkerCounts
    ["s3", "types::CompletedPart", false],
    ["s3", "types::Tag", true],
    ["sts", "types::Credentials", true],
    ["iam", "operation::get_user::GetUserOutput", false],
    ["ecs", "types::Tag", false],
  ])("%s %s → %s", (service, path, fallible) => {
    expect(byPath(service, path).buildReturnsResult).toBe(fallible);
  });

  it("s3-control PublicAccessBlockConfiguration loses its defaults (RemoveDefaults)", () => {
    const t = byPath("s3-control", "types::PublicAccessBlockConfiguration");
    expect(t.members.map((m) => m.returns)).toEqual([
      "Option<bool>",
      "Option<bool>",
      "Option<bool>",
      "Option<bool>",
    ]);
  });
});

describe("errors, unions, waiters, primitives", () => {
  it("uses the awsQueryError code and the shape-name helper (§6)", () => {
    const e = svc("iam")
      .operation("GetUser")!
      .errors.find((x) => x.name === "NoSuchEntityException")!;
    expect(e).toMatchObject({ code: "NoSuchEntity", helper: "is_no_such_entity_exception", httpStatus: 404 });
    const q = svc("sqs")
      .operation("GetQueueUrl")!
      .errors.find((x) => x.name === "QueueDoesNotExist")!;
    expect(q.code).toBe("AWS.SimpleQueueService.NonExistentQueue");
    const k = svc("kms")
      .operation("Encrypt")!
      .errors.find((x) => x.name === "KMSInvalidStateException")!;
    expect(k).toMatchObject({
      variant: "KmsInvalidStateException",
      helper: "is_kms_invalid_state_exception",
    });
    expect(k.path).toBe("types::error::KmsInvalidStateException");
  });

  it("names the DynamoDB AttributeValue variants (§2.6)", () => {
    const u = svc("dynamodb").type("com.amazonaws.dynamodb#AttributeValue") as UnionInfo;
    expect(u.variants.map((v) => v.variant)).toEqual([
      "B",
      "Bool",
      "Bs",
      "L",
      "M",
      "N",
      "Ns",
      "Null",
      "S",
      "Ss",
    ]);
    const m = u.variants.find((v) => v.variant === "M")!;
    expect(m.rustType).toBe("HashMap<String, crate::types::AttributeValue>");
    expect(m.asHelper).toBe("as_m");
  });

  it("lists waiters and primitives", () => {
    expect(
      svc("s3")
        .waiters()
        .map((w) => w.method),
    ).toEqual([
      "wait_until_bucket_exists",
      "wait_until_bucket_not_exists",
      "wait_until_object_exists",
      "wait_until_object_not_exists",
    ]);
    expect(svc("s3").primitives()).toEqual({
      blob: true,
      dateTime: true,
      byteStream: true,
      eventStream: true,
    });
    expect(svc("ecs").primitives()).toEqual({
      blob: false,
      dateTime: true,
      byteStream: false,
      eventStream: false,
    });
  });

  it("resolves boto3 names that differ from the models folder and crate", () => {
    expect(svc("logs").info).toEqual({
      boto3: "logs",
      sdkId: "CloudWatch Logs",
      modelsDir: "cloudwatch-logs",
      crate: "aws_sdk_cloudwatchlogs",
      cargoCrate: "aws-sdk-cloudwatchlogs",
    });
    expect(svc("events").info.crate).toBe("aws_sdk_eventbridge");
    expect(svc("bedrock-runtime").info.boto3).toBe("bedrock-runtime");
    expect(svc("iam").operationByBoto3("list_mfa_devices")?.name).toBe("ListMFADevices");
    expect(svc("sqs").operationByBoto3("get_queue_url")?.name).toBe("GetQueueUrl");
  });
});
