/** The model transforms and customisations, on small hand-written models. */
import { writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { StructureInfo, UnionInfo, EnumInfo, ServiceApi } from "../src/api.js";
import { openModels } from "../src/repository.js";
import { op, service, struct, tempModelsRoot, writeModel } from "./fixtures.js";

const NS = "com.example";
const str = { target: "smithy.api#String" };
const req = (target: string, extra: Record<string, unknown> = {}) => ({
  target,
  traits: { "smithy.api#required": {}, ...extra },
});

function load(shapes: Record<string, unknown>, dir = "example"): ServiceApi {
  const root = tempModelsRoot();
  writeModel(root, dir, shapes);
  const repo = openModels(root);
  const svc = repo.service(dir);
  expect(svc, repo.problem(dir)).toBeDefined();
  return svc!;
}

function structure(svc: ServiceApi, id: string): StructureInfo {
  const t = svc.type(id);
  expect(t?.kind, id).toBe("structure");
  return t as StructureInfo;
}

function member(s: StructureInfo, name: string) {
  const m = s.members.find((x) => x.name === name);
  expect(m, name).toBeDefined();
  return m!;
}

describe("nullability and builders", () => {
  const svc = load({
    [`${NS}#Svc`]: service("Example", [`${NS}#GetThing`]),
    [`${NS}#GetThing`]: op(`${NS}#GetThingRequest`, `${NS}#GetThingResponse`),
    [`${NS}#GetThingRequest`]: struct({
      Name: req("smithy.api#String"),
      Count: { target: "smithy.api#Integer" },
    }),
    [`${NS}#GetThingResponse`]: struct({
      Thing: req(`${NS}#Thing`),
      Names: req(`${NS}#NameList`),
      Total: { target: "smithy.api#PrimitiveInteger", traits: { "smithy.api#default": 0 } },
      Maybe: { target: "smithy.api#Long" },
      NullDefault: { target: "smithy.api#Integer", traits: { "smithy.api#default": null } },
      Status: req(`${NS}#Status`),
      Tags: { target: `${NS}#TagMap` },
    }),
    [`${NS}#Thing`]: struct({ Id: req("smithy.api#String"), When: req("smithy.api#Timestamp") }),
    [`${NS}#Loose`]: struct({ Note: str }),
    [`${NS}#NameList`]: { type: "list", member: str },
    [`${NS}#TagMap`]: { type: "map", key: { target: `${NS}#Status` }, value: str },
    [`${NS}#Status`]: {
      type: "enum",
      members: {
        ACTIVE: { target: "smithy.api#Unit", traits: { "smithy.api#enumValue": "active" } },
        Unknown: { target: "smithy.api#Unit", traits: { "smithy.api#enumValue": "unknown" } },
      },
    },
  });
  const getThing = svc.operation("GetThing")!;

  it("makes every synthetic Input member Option and its builder fallible", () => {
    expect(getThing.inputShapeId).toBe(`${NS}#GetThing$Input`);
    expect(getThing.input.buildReturnsResult).toBe(true);
    expect(member(getThing.input, "Name").returns).toBe("Option<&str>");
    expect(member(getThing.input, "Count").returns).toBe("Option<i32>");
    expect(getThing.input.modelledShapeId).toBe(`${NS}#GetThingRequest`);
  });

  it("applies CLIENT_CAREFUL to outputs", () => {
    const out = getThing.output;
    expect(out.path).toBe("operation::get_thing::GetThingOutput");
    expect(member(out, "Thing")).toMatchObject({
      returns: "Option<&crate::types::Thing>",
      form: "option-ref",
    });
    expect(member(out, "Names")).toMatchObject({
      returns: "&[String]",
      form: "slice",
      fieldType: "Vec<String>",
    });
    expect(member(out, "Total")).toMatchObject({ returns: "i32", form: "copy", defaulted: true });
    expect(member(out, "Maybe")).toMatchObject({ returns: "Option<i64>", form: "option-copy" });
    expect(member(out, "NullDefault").returns).toBe("Option<i32>");
    expect(member(out, "Status")).toMatchObject({ returns: "&crate::types::Status", form: "ref" });
    expect(member(out, "Tags").returns).toBe("Option<&HashMap<crate::types::Status, String>>");
    // Names (required list) and Status (required enum) have no default.
    expect(out.buildReturnsResult).toBe(true);
  });

  it("gives nested types the same rules and SdkTypes", () => {
    const thing = structure(svc, `${NS}#Thing`);
    expect(thing.path).toBe("types::Thing");
    expect(member(thing, "Id")).toMatchObject({ returns: "&str", form: "str", optional: false });
    expect(member(thing, "When").returns).toBe("&aws_smithy_types::DateTime");
    expect(thing.buildReturnsResult).toBe(true);
    expect(svc.sdkType(`${NS}#Thing`)).toEqual({
      kind: "structure",
      shapeId: `${NS}#Thing`,
      path: "types::Thing",
      fallible: true,
    });
    expect(svc.sdkType(`${NS}#TagMap`)).toEqual({
      kind: "map",
      key: { kind: "enum", shapeId: `${NS}#Status`, path: "types::Status" },
      value: { kind: "string" },
      sparse: false,
    });
  });

  it("only lists reachable types", () => {
    expect(svc.type(`${NS}#Loose`)).toBeUndefined();
    expect(svc.type(`${NS}#GetThingResponse`)).toBeUndefined();
    expect(svc.types().map((t) => t.path)).toEqual([
      "operation::get_thing::GetThingInput",
      "operation::get_thing::GetThingOutput",
      "types::Status",
      "types::Thing",
    ]);
  });

  it("names enum variants from members, renaming Unknown", () => {
    const e = svc.type(`${NS}#Status`) as EnumInfo;
    expect(e.variants).toEqual([
      { member: "ACTIVE", value: "active", variant: "Active" },
      { member: "Unknown", value: "unknown", variant: "UnknownValue" },
    ]);
  });

  it("finds operations by boto3 name, exactly or loosely", () => {
    expect(svc.operationByBoto3("get_thing")?.name).toBe("GetThing");
    expect(svc.operationByBoto3("GetThing")?.name).toBe("GetThing");
    expect(svc.operationByBoto3("getthing")?.name).toBe("GetThing");
    expect(svc.operationByBoto3("nope")).toBeUndefined();
  });
});

describe("errors", () => {
  const svc = load({
    [`${NS}#Svc`]: service("Example", [`${NS}#Do`], { errors: [{ target: `${NS}#Throttled` }] }),
    [`${NS}#Do`]: op(null, null, { errors: [{ target: `${NS}#KMSNotFound` }] }),
    [`${NS}#KMSNotFound`]: struct(
      { Reason: str },
      {
        "smithy.api#error": "client",
        "smithy.api#httpError": 404,
        "aws.protocols#awsQueryError": { code: "KMS.NotFound", httpResponseCode: 404 },
      },
    ),
    [`${NS}#Throttled`]: struct({ message: str }, { "smithy.api#error": "server" }),
  });

  it("copies service errors, adds a Message member, and names helpers and codes", () => {
    const d = svc.operation("Do")!;
    expect(d.errors.map((e) => [e.name, e.variant, e.code, e.helper, e.path, e.httpStatus])).toEqual([
      ["KMSNotFound", "KmsNotFound", "KMS.NotFound", "is_kms_not_found", "types::error::KmsNotFound", 404],
      ["Throttled", "Throttled", "Throttled", "is_throttled", "types::error::Throttled", null],
    ]);
    const err = structure(svc, `${NS}#KMSNotFound`);
    expect(err.role).toBe("error");
    expect(err.members.map((m) => [m.name, m.accessor, m.returns])).toEqual([
      ["Reason", "reason", "Option<&str>"],
      ["Message", "message", "Option<&str>"],
    ]);
    expect(structure(svc, `${NS}#Throttled`).members.map((m) => m.name)).toEqual(["message"]);
  });

  it("gives operations without input/output empty synthetic structures", () => {
    const d = svc.operation("Do")!;
    expect(d.input.members).toEqual([]);
    expect(d.input.modelledShapeId).toBeNull();
    expect(d.output.buildReturnsResult).toBe(false);
  });
});

describe("streams, unions, recursion, pagination", () => {
  const svc = load({
    [`${NS}#Svc`]: service("Example", [`${NS}#Upload`, `${NS}#Watch`, `${NS}#ListTrees`, `${NS}#ListOnce`]),
    [`${NS}#Upload`]: op(`${NS}#UploadIn`, `${NS}#UploadOut`),
    [`${NS}#UploadIn`]: struct({
      Body: { target: `${NS}#Stream`, traits: { "smithy.api#httpPayload": {} } },
    }),
    [`${NS}#UploadOut`]: struct({ Body: { target: `${NS}#Stream` } }),
    [`${NS}#Stream`]: { type: "blob", traits: { "smithy.api#streaming": {} } },
    [`${NS}#Watch`]: op(null, `${NS}#WatchOut`),
    [`${NS}#WatchOut`]: struct({ Events: { target: `${NS}#Events` } }),
    [`${NS}#Events`]: {
      type: "union",
      members: { Tick: { target: `${NS}#Tick` }, Boom: { target: `${NS}#Boom` } },
      traits: { "smithy.api#streaming": {} },
    },
    [`${NS}#Tick`]: struct({ At: { target: "smithy.api#Timestamp" } }),
    [`${NS}#Boom`]: struct({ message: str }, { "smithy.api#error": "server" }),
    [`${NS}#ListTrees`]: op(`${NS}#ListIn`, `${NS}#ListOut`, {
      traits: { "smithy.api#paginated": { inputToken: "Next", outputToken: "Next", items: "Trees" } },
    }),
    [`${NS}#ListOnce`]: op(`${NS}#OnceIn`, `${NS}#ListOut`, {
      traits: { "smithy.api#paginated": { inputToken: "Next", outputToken: "Next" } },
    }),
    [`${NS}#ListIn`]: struct({ Next: str }),
    [`${NS}#OnceIn`]: struct({
      Next: str,
      Token: { target: "smithy.api#String", traits: { "smithy.api#idempotencyToken": {} } },
    }),
    [`${NS}#ListOut`]: struct({
      Next: str,
      Trees: { target: `${NS}#Trees` },
      Root: { target: `${NS}#Node` },
    }),
    [`${NS}#Trees`]: { type: "list", member: { target: `${NS}#Node` } },
    [`${NS}#Node`]: struct({ Left: { target: `${NS}#Branch` }, Value: { target: `${NS}#Value` } }),
    [`${NS}#Branch`]: struct({ Node: { target: `${NS}#Node` } }),
    [`${NS}#Value`]: {
      type: "union",
      members: {
        S: str,
        SS: { target: `${NS}#Names` },
        Null: { target: "smithy.api#Unit" },
        Unknown: str,
        Nested: { target: `${NS}#Value2` },
      },
    },
    [`${NS}#Value2`]: struct({ V: { target: `${NS}#Value` } }),
    [`${NS}#Names`]: { type: "list", member: str },
  });

  it("types streaming blobs in Inputs/Outputs as non-Option, defaulted ByteStream", () => {
    const u = svc.operation("Upload")!;
    expect(member(u.input, "Body")).toMatchObject({
      fieldType: "aws_smithy_types::byte_stream::ByteStream",
      returns: "&aws_smithy_types::byte_stream::ByteStream",
      optional: false,
      type: { kind: "stream" },
    });
    expect(u.output.buildReturnsResult).toBe(false);
    expect(svc.primitives()).toMatchObject({
      byteStream: true,
      eventStream: true,
      dateTime: true,
      blob: true,
    });
  });

  it("types event streams as EventReceiver, strips error members and adds them to the operation", () => {
    const w = svc.operation("Watch")!;
    expect(member(w.output, "Events").fieldType).toBe(
      "crate::event_receiver::EventReceiver<crate::types::Events, crate::types::error::EventsError>",
    );
    expect(w.output.buildReturnsResult).toBe(true);
    expect(w.errors.map((e) => e.name)).toEqual(["Boom"]);
    const events = svc.type(`${NS}#Events`) as UnionInfo;
    expect(events.variants.map((v) => v.variant)).toEqual(["Tick"]);
  });

  it("names union variants and helpers, sorted by variant", () => {
    const v = svc.type(`${NS}#Value`) as UnionInfo;
    expect(v.variants.map((x) => [x.variant, x.asHelper, x.isHelper, x.rustType, x.unit])).toEqual([
      ["Nested", "as_nested", "is_nested", "Box<crate::types::Value2>", false],
      ["Null", "as_null", "is_null", "()", true],
      ["S", "as_s", "is_s", "String", false],
      ["Ss", "as_ss", "is_ss", "Vec<String>", false],
      ["UnknownValue", "as_unknown_value", "is_unknown_value", "String", false],
    ]);
  });

  it("boxes one member of each recursive cycle that has no list or map", () => {
    const node = structure(svc, `${NS}#Node`);
    const branch = structure(svc, `${NS}#Branch`);
    const value2 = structure(svc, `${NS}#Value2`);
    // Branch$Node < Node$Left (shape-id order): the Branch member gets the Box.
    expect(member(branch, "Node")).toMatchObject({
      fieldType: "Option<Box<crate::types::Node>>",
      returns: "Option<&crate::types::Node>",
      form: "option-ref",
    });
    expect(member(node, "Left").fieldType).toBe("Option<crate::types::Branch>");
    // Value$Nested < Value2$V: the union variant is boxed instead.
    expect(member(value2, "V").fieldType).toBe("Option<crate::types::Value>");
  });

  it("makes a paginator unless the input has an idempotency token", () => {
    expect(svc.operation("ListTrees")!.paginator).toBe(
      "operation::list_trees::paginator::ListTreesPaginator",
    );
    expect(svc.operation("ListTrees")!.pagination).toEqual({
      inputToken: "Next",
      outputToken: "Next",
      items: "Trees",
      pageSize: null,
    });
    expect(svc.operation("ListOnce")!.paginator).toBeNull();
  });
});

describe("service customisations", () => {
  const ec2 = load(
    {
      "com.amazonaws.ec2#AmazonEC2": service("EC2", ["com.amazonaws.ec2#DescribeVpcs"]),
      "com.amazonaws.ec2#DescribeVpcs": op(null, "com.amazonaws.ec2#DescribeVpcsResult"),
      "com.amazonaws.ec2#DescribeVpcsResult": struct({ Vpcs: { target: "com.amazonaws.ec2#VpcList" } }),
      "com.amazonaws.ec2#VpcList": { type: "list", member: { target: "com.amazonaws.ec2#Vpc" } },
      "com.amazonaws.ec2#Vpc": struct({
        VpcId: req("smithy.api#String"),
        IsDefault: req("smithy.api#Boolean"),
        Count: { target: "smithy.api#PrimitiveInteger", traits: { "smithy.api#default": 0 } },
        Tags: req("com.amazonaws.ec2#Tags"),
      }),
      "com.amazonaws.ec2#Tags": { type: "list", member: str },
    },
    "ec2",
  );

  it("EC2: every member is Option, no builder is fallible (ec2 is not in the table: found by folder)", () => {
    expect(ec2.info).toMatchObject({
      boto3: "ec2",
      crate: "aws_sdk_ec2",
      cargoCrate: "aws-sdk-ec2",
      sdkId: "EC2",
    });
    const vpc = structure(ec2, "com.amazonaws.ec2#Vpc");
    expect(vpc.members.map((m) => m.returns)).toEqual([
      "Option<&str>",
      "Option<bool>",
      "Option<i32>",
      "&[String]",
    ]);
    expect(vpc.buildReturnsResult).toBe(false);
  });

  const s3 = load(
    {
      "com.amazonaws.s3#AmazonS3": service("S3", ["com.amazonaws.s3#HeadObject"]),
      "com.amazonaws.s3#HeadObject": op(null, "com.amazonaws.s3#HeadObjectOutput"),
      "com.amazonaws.s3#HeadObjectOutput": struct(
        {
          KeyCount: { target: "com.amazonaws.s3#KeyCount", traits: { "smithy.api#default": 0 } },
          IsTruncated: req("smithy.api#PrimitiveBoolean", { "smithy.api#default": false }),
          Expires: { target: "com.amazonaws.s3#Expires" },
        },
        { "smithy.api#output": {} },
      ),
      "com.amazonaws.s3#KeyCount": { type: "integer", traits: { "smithy.api#default": 0 } },
      "com.amazonaws.s3#Expires": { type: "timestamp" },
    },
    "s3",
  );

  it("S3: bools and numbers lose their defaults; outputs gain ExpiresString", () => {
    const out = s3.operation("HeadObject")!.output;
    expect(out.members.map((m) => [m.name, m.accessor, m.returns])).toEqual([
      ["KeyCount", "key_count", "Option<i32>"],
      ["IsTruncated", "is_truncated", "bool"],
      ["Expires", "expires", "Option<&aws_smithy_types::DateTime>"],
      ["ExpiresString", "expires_string", "Option<&str>"],
    ]);
    // IsTruncated is @required and lost its default: the builder now fails without it.
    expect(out.buildReturnsResult).toBe(true);
  });
});

describe("model files and repository", () => {
  it("picks the newest version, reports bad JSON and unknown services, resolves names", () => {
    const root = tempModelsRoot();
    const shapes = (sdkId: string) => ({
      [`${NS}#Svc`]: service(sdkId, [`${NS}#Ping`]),
      [`${NS}#Ping`]: op(null, null),
    });
    writeModel(root, "ecs", shapes("OldECS"), "2010-01-01");
    writeModel(root, "ecs", shapes("ECS"), "2014-11-13");
    writeModel(root, "mything", shapes("My Thing Service"));
    const bad = writeModel(root, "sqs", {});
    writeFileSync(bad, "{ not json");
    const repo = openModels(root);
    expect(repo.available()).toEqual(["ecs", "mything", "sqs"]);
    expect(repo.service("ecs")!.info).toEqual({
      boto3: "ecs",
      sdkId: "ECS",
      modelsDir: "ecs",
      crate: "aws_sdk_ecs",
      cargoCrate: "aws-sdk-ecs",
    });
    expect(repo.service("mything")!.info.crate).toBe("aws_sdk_mything");
    expect(repo.service("sqs")).toBeUndefined();
    expect(repo.problem("sqs")).toMatch(/not valid JSON/);
    expect(repo.service("logs")).toBeUndefined();
    expect(repo.problem("logs")).toMatch(/no model for 'cloudwatch-logs'/);
    expect(repo.problem("frobnicate")).toMatch(/unknown service 'frobnicate'/);
    expect(repo.problem("ecs")).toBeUndefined();
  });
});
