/**
 * The boto3 resource API lowering: the generated table is what boto3's own definitions (read
 * from ../shared/boto3-resources) give, the JMESPath subset, the TypeSerializer, and the IR a
 * few resource programs lower to.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { dumpExpr, type Expr, type Span, type Stmt } from "@moto2rust/ir";
import { parsePython } from "@moto2rust/frontend-python";
import { applySteps, parsePath, setParam } from "../src/resources/paths.js";
import { serializeValue } from "../src/resources/serialize.js";
import { serviceDefs } from "../src/resources/definitions.js";
// @ts-expect-error: a plain ES module script without type declarations.
import { generate, GENERATED_FILE } from "../../../scripts/gen-boto3-resources.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, "../../..");
const resourcesDir = path.resolve(repoRoot, "../shared/boto3-resources");
const modelsDir = path.resolve(repoRoot, "../shared/api-models-aws");
const span: Span = { file: "t.py", line: 1, col: 1, endLine: 1, endCol: 1 };

describe.skipIf(!existsSync(resourcesDir) || !existsSync(modelsDir))("generated resource table", () => {
  it("is what the generator makes from boto3's definitions and the models", () => {
    const { text } = generate(resourcesDir, modelsDir) as { text: string };
    expect(text).toBe(readFileSync(GENERATED_FILE as string, "utf8"));
  });

  it("keeps boto3's requests, identifiers and paths", () => {
    const json = JSON.parse(
      readFileSync(path.join(resourcesDir, "ec2/2016-11-15/resources-1.json"), "utf8"),
    ) as { resources: { Instance: { load: { request: { operation: string }; path: string } } } };
    const instance = serviceDefs("ec2")!.resources["Instance"]!;
    expect(instance.load?.request.operation).toBe(json.resources.Instance.load.request.operation);
    expect(instance.load?.request.method).toBe("describe_instances");
    expect(instance.load?.path).toBe(json.resources.Instance.load.path);
    expect(instance.attributes["instance_type"]).toBe("InstanceType");
    expect(instance.identifiers.map((i) => i.python)).toEqual(["id"]);
    expect(serviceDefs("s3")!.resources["Bucket"]!.hasMany["objects"]?.request.method).toBe("list_objects");
    expect(serviceDefs("s3")!.service.has["Bucket"]).toBeDefined();
    expect(serviceDefs("ec2")!.resources["Instance"]!.has["vpc"]).toBeDefined();
  });
});

describe("JMESPath subset", () => {
  it.each([
    ["@", []],
    [
      "Vpc.VpcId",
      [
        { kind: "member", name: "Vpc" },
        { kind: "member", name: "VpcId" },
      ],
    ],
    [
      "Reservations[0].Instances[0]",
      [
        { kind: "member", name: "Reservations" },
        { kind: "index", index: 0 },
        { kind: "member", name: "Instances" },
        { kind: "index", index: 0 },
      ],
    ],
    [
      "Contents[].Key",
      [{ kind: "member", name: "Contents" }, { kind: "each" }, { kind: "member", name: "Key" }],
    ],
    [
      "Entries[*].Id",
      [{ kind: "member", name: "Entries" }, { kind: "each" }, { kind: "member", name: "Id" }],
    ],
  ])("%s", (p, steps) => {
    expect(parsePath(p)).toEqual(steps);
  });

  it("rejects multi-select and pipes", () => {
    expect(parsePath("[Versions,DeleteMarkers]|[]")).toBeNull();
  });

  it("reads along a path and cannot read through [] without a loop", () => {
    const root: Expr = { kind: "Name", id: "r", span };
    expect(dumpExpr(applySteps(root, parsePath("Vpcs[0]")!, span)!)).toBe('Name(r)[Str("Vpcs")][Int(0)]');
    expect(applySteps(root, parsePath("Vpcs[]")!, span)).toBeNull();
  });

  it("builds request parameters", () => {
    const args: Parameters<typeof setParam>[0] = [];
    const v = (s: string): Expr => ({ kind: "Str", value: s, span });
    expect(setParam(args, "InstanceIds[0]", v("i-1"), span)).toBe(true);
    expect(setParam(args, "Filters[0].Name", v("vpc-id"), span)).toBe(true);
    expect(setParam(args, "Filters[0].Values[0]", v("vpc-1"), span)).toBe(true);
    expect(args.map((a) => `${a.name}=${dumpExpr(a.value)}`)).toEqual([
      'InstanceIds=List[Str("i-1")]',
      'Filters=List[Dict{Str("Name"): Str("vpc-id"), Str("Values"): List[Str("vpc-1")]}]',
    ]);
  });
});

describe("TypeSerializer", () => {
  const lit = async (py: string): Promise<Expr> => {
    const m = await parsePython(`X = ${py}\n`, "t.py");
    return m.constants[0]!.value;
  };
  it.each([
    ['"a"', 'Dict{Str("S"): Str("a")}'],
    ["12", 'Dict{Str("N"): Str("12")}'],
    ["-1.5", 'Dict{Str("N"): Str("-1.5")}'],
    ["True", 'Dict{Str("BOOL"): Bool(True)}'],
    ["None", 'Dict{Str("NULL"): Bool(True)}'],
    ['b"x"', 'Dict{Str("B"): Bytes("x")}'],
    ['["a", 1]', 'Dict{Str("L"): List[Dict{Str("S"): Str("a")}, Dict{Str("N"): Str("1")}]}'],
    ['{"k": "v"}', 'Dict{Str("M"): Dict{Str("k"): Dict{Str("S"): Str("v")}}}'],
    ['{"a", "b"}', 'Dict{Str("SS"): List[Str("a"), Str("b")]}'],
    ["{1, 2}", 'Dict{Str("NS"): List[Str("1"), Str("2")]}'],
  ])("%s", async (py, expected) => {
    const s = serializeValue(await lit(py));
    expect(s === null ? null : dumpExpr(s)).toBe(expected);
  });

  it("leaves values of unknown type to the caller", async () => {
    expect(serializeValue({ kind: "Name", id: "x", span })).toBeNull();
    expect(serializeValue(await lit(`{"a", 1}`))).toBeNull();
  });
});

async function body(src: string): Promise<Stmt[]> {
  const m = await parsePython(`import boto3\n\ndef test_x():\n${src.replace(/^/gm, "    ")}\n`, "t.py");
  return [...m.functions[0]!.body];
}

describe("resource lowering", () => {
  it("a created resource reads its data from the response; reload() loads again", async () => {
    const stmts = await body(
      [
        'ec2 = boto3.resource("ec2", region_name="us-east-1")',
        'vpc = ec2.create_vpc(CidrBlock="10.0.0.0/16")',
        "assert vpc.cidr_block == '10.0.0.0/16'",
        "vpc.reload()",
        "assert vpc.state == 'available'",
      ].join("\n"),
    );
    expect(stmts.map((s) => s.kind)).toEqual([
      "ClientDecl",
      "Assign",
      "Assign",
      "Assert",
      "Assign",
      "Assign",
      "Assert",
    ]);
    const [, resp, vpc, , load, data] = stmts as [Stmt, Stmt, Stmt, Stmt, Stmt, Stmt];
    expect(resp.kind === "Assign" && dumpExpr(resp.value)).toBe(
      'ApiCall(ec2.create_vpc, CidrBlock=Str("10.0.0.0/16"))',
    );
    expect(vpc.kind === "Assign" && dumpExpr(vpc.value)).toBe('Name(create_vpc)[Str("Vpc")]');
    expect(load.kind === "Assign" && dumpExpr(load.value)).toBe(
      'ApiCall(ec2.describe_vpcs, VpcIds=List[Name(vpc)[Str("VpcId")]])',
    );
    expect(data.kind === "Assign" && data.target).toBe("vpc_data");
  });

  it("a resource from its identifiers loads on first read only", async () => {
    const stmts = await body(
      [
        'sqs = boto3.resource("sqs")',
        'queue = sqs.Queue("https://q")',
        'assert queue.attributes["A"] == "1"',
        'assert queue.attributes["B"] == "2"',
      ].join("\n"),
    );
    expect(stmts.map((s) => s.kind)).toEqual(["ClientDecl", "Assign", "Assert", "Assert"]);
    expect(stmts[1]!.kind === "Assign" && dumpExpr(stmts[1].value)).toBe(
      'ApiCall(sqs.get_queue_attributes, QueueUrl=Str("https://q"), AttributeNames=List[Str("All")])',
    );
  });

  it("a load inside a loop body is not reused after the loop", async () => {
    const stmts = await body(
      [
        'sqs = boto3.resource("sqs")',
        'queue = sqs.Queue("https://q")',
        "for x in [1]:",
        '    assert queue.attributes["A"] == "1"',
        'assert queue.attributes["A"] == "1"',
      ].join("\n"),
    );
    expect(stmts.map((s) => s.kind)).toEqual(["ClientDecl", "For", "Assign", "Assert"]);
  });

  it("what boto3 does in hand-written code is reported, not guessed", async () => {
    const m = await parsePython(
      'import boto3\n\ndef test_x():\n    s3 = boto3.resource("s3")\n    assert s3.Bucket("b").creation_date\n',
      "t.py",
    );
    expect(m.diagnostics.map((d) => `${d.code}: ${d.message}`)).toEqual([
      'resource-api: uses the boto3 resource API (attributes of Bucket (boto3 loads them with hand-written code, not a load action)): `s3.Bucket("b").creation_date`',
    ]);
  });
});
