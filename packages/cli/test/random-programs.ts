/**
 * fast-check arbitraries for random (valid) Smithy models and random straight-line moto-style
 * programs over them. Every generated program is valid against its model, so the compiler must
 * translate every test, and every Python assert must come out as one Rust assert.
 */
import fc from "fast-check";
import { xformName } from "@moto2rust/sdk-shapes";

export type MemberKind =
  | "string"
  | "int-default"
  | "boxed-int"
  | "long"
  | "bool-default"
  | "enum"
  | "string-list"
  | "struct"
  | "struct-list"
  | "string-map";

export interface GenMember {
  readonly name: string;
  readonly kind: MemberKind;
}
export interface GenOperation {
  readonly name: string;
  readonly input: readonly GenMember[];
  readonly output: readonly GenMember[];
  readonly error: string;
}
export interface GenModel {
  readonly operations: readonly GenOperation[];
  /** Members of the one nested structure (`Detail`) that struct members point to. */
  readonly detailRequiredName: boolean;
}

const WORDS = [
  "Alpha",
  "Bucket",
  "Cluster",
  "Item",
  "Queue",
  "Key",
  "Name",
  "Arn",
  "Status",
  "Count",
  "Db",
  "Vpc",
  "Url",
  "Policy",
  "Mode",
  "Size",
];
const KINDS: readonly MemberKind[] = [
  "string",
  "int-default",
  "boxed-int",
  "long",
  "bool-default",
  "enum",
  "string-list",
  "struct",
  "struct-list",
  "string-map",
];
const REGIONS = ["us-east-1", "us-east-2", "eu-west-1"];

const pascalName = fc
  .array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 3 })
  .map((ws) => ws.join(""));
const memberName = fc
  .tuple(pascalName, fc.boolean())
  .map(([n, camel]) => (camel ? n[0]!.toLowerCase() + n.slice(1) : n));

function uniqueMembers(minLength: number) {
  return fc
    .uniqueArray(fc.tuple(memberName, fc.constantFrom(...KINDS)), {
      minLength,
      maxLength: 5,
      selector: ([n]) => n.toLowerCase(),
    })
    .map((ms) => ms.map(([name, kind]) => ({ name, kind })));
}

export const modelArb: fc.Arbitrary<GenModel> = fc
  .record({
    ops: fc.uniqueArray(
      fc.record({
        verb: fc.constantFrom("Create", "Describe", "List", "Delete", "Update", "Get", "Put", "Tag"),
        noun: pascalName,
        input: uniqueMembers(0),
        output: uniqueMembers(1),
      }),
      { minLength: 1, maxLength: 4, selector: (o) => (o.verb + o.noun).toLowerCase() },
    ),
    detailRequiredName: fc.boolean(),
  })
  .map(({ ops, detailRequiredName }) => ({
    detailRequiredName,
    operations: ops.map((o) => ({
      name: o.verb + o.noun,
      input: o.input,
      output: o.output,
      error: `${o.noun}NotFoundException`,
    })),
  }));

// ------------------------------------------------------------------------------------------------
// The model as Smithy JSON (api-models-aws layout, placed where the `ecs` service would be)
// ------------------------------------------------------------------------------------------------

const NS = "com.amazonaws.ecs#";

function target(kind: MemberKind): string {
  switch (kind) {
    case "string":
      return `${NS}String`;
    case "int-default":
      return `${NS}Integer`;
    case "boxed-int":
      return `${NS}BoxedInteger`;
    case "long":
      return `${NS}BoxedLong`;
    case "bool-default":
      return `${NS}Boolean`;
    case "enum":
      return `${NS}State`;
    case "string-list":
      return `${NS}StringList`;
    case "struct":
      return `${NS}Detail`;
    case "struct-list":
      return `${NS}DetailList`;
    case "string-map":
      return `${NS}StringMap`;
  }
}

/** Smithy 2 repeats a target's default on the member; without it the member is nullable. */
function memberTraits(kind: MemberKind): { traits?: Record<string, unknown> } {
  if (kind === "int-default") return { traits: { "smithy.api#default": 0 } };
  if (kind === "bool-default") return { traits: { "smithy.api#default": false } };
  return {};
}

export function modelJson(model: GenModel): string {
  const shapes: Record<string, unknown> = {};
  const members = (ms: readonly GenMember[]) =>
    Object.fromEntries(ms.map((m) => [m.name, { target: target(m.kind), ...memberTraits(m.kind) }]));
  shapes[`${NS}FuzzService`] = {
    type: "service",
    version: "2014-11-13",
    operations: model.operations.map((o) => ({ target: NS + o.name })),
    traits: { "aws.api#service": { sdkId: "ECS", endpointPrefix: "ecs" }, "aws.protocols#awsJson1_1": {} },
  };
  for (const o of model.operations) {
    shapes[NS + o.name] = {
      type: "operation",
      input: { target: `${NS}${o.name}Request` },
      output: { target: `${NS}${o.name}Response` },
      errors: [{ target: NS + o.error }],
    };
    shapes[`${NS}${o.name}Request`] = {
      type: "structure",
      members: members(o.input),
      traits: { "smithy.api#input": {} },
    };
    shapes[`${NS}${o.name}Response`] = {
      type: "structure",
      members: members(o.output),
      traits: { "smithy.api#output": {} },
    };
    shapes[NS + o.error] = {
      type: "structure",
      members: { message: { target: `${NS}String` } },
      traits: { "smithy.api#error": "client" },
    };
  }
  shapes[`${NS}Detail`] = {
    type: "structure",
    members: {
      Name: { target: `${NS}String`, traits: model.detailRequiredName ? { "smithy.api#required": {} } : {} },
      Size: { target: `${NS}Integer`, traits: { "smithy.api#default": 0 } },
    },
  };
  shapes[`${NS}DetailList`] = { type: "list", member: { target: `${NS}Detail` } };
  shapes[`${NS}StringList`] = { type: "list", member: { target: `${NS}String` } };
  shapes[`${NS}StringMap`] = {
    type: "map",
    key: { target: `${NS}String` },
    value: { target: `${NS}String` },
  };
  shapes[`${NS}String`] = { type: "string" };
  shapes[`${NS}Integer`] = { type: "integer", traits: { "smithy.api#default": 0 } };
  shapes[`${NS}BoxedInteger`] = { type: "integer" };
  shapes[`${NS}BoxedLong`] = { type: "long" };
  shapes[`${NS}Boolean`] = { type: "boolean", traits: { "smithy.api#default": false } };
  shapes[`${NS}State`] = {
    type: "enum",
    members: {
      ACTIVE: { target: "smithy.api#Unit", traits: { "smithy.api#enumValue": "ACTIVE" } },
      IN_USE: { target: "smithy.api#Unit", traits: { "smithy.api#enumValue": "in-use" } },
    },
  };
  return JSON.stringify({ smithy: "2.0", shapes }, null, 2);
}

// ------------------------------------------------------------------------------------------------
// Programs
// ------------------------------------------------------------------------------------------------

function pyValue(kind: MemberKind): string {
  switch (kind) {
    case "string":
      return '"value-1"';
    case "int-default":
    case "boxed-int":
    case "long":
      return "5";
    case "bool-default":
      return "True";
    case "enum":
      return '"ACTIVE"';
    case "string-list":
      return '["a", "b"]';
    case "struct":
      return '{"Name": "n1", "Size": 2}';
    case "struct-list":
      return '[{"Name": "n1"}, {"Name": "n2", "Size": 3}]';
    case "string-map":
      return '{"k1": "v1"}';
  }
}

/** Python asserts about one output member (each line is exactly one assert). */
function pyAsserts(resp: string, m: GenMember, pick: number): string[] {
  const at = `${resp}["${m.name}"]`;
  switch (m.kind) {
    case "string":
      return [[`assert ${at} == "value-1"`], [`assert ${at} is not None`], [`assert ${at} != "other"`]][
        pick % 3
      ]!;
    case "int-default":
    case "boxed-int":
    case "long":
      return [[`assert ${at} == 0`], [`assert ${at} > 1`], [`assert ${at} != 7`]][pick % 3]!;
    case "bool-default":
      return [[`assert ${at} is True`], [`assert ${at} is False`], [`assert ${at} == False`]][pick % 3]!;
    case "enum":
      return [[`assert ${at} == "ACTIVE"`], [`assert ${at} == "in-use"`]][pick % 2]!;
    case "string-list":
      return [
        [`assert len(${at}) == 2`],
        [`assert "a" in ${at}`, `assert ${at}[0] == "a"`],
        [`assert "z" not in ${at}`],
        [`assert ${at} == []`],
        [`assert len(${at}) == 0`],
        [`assert not ${at}`],
      ][pick % 6]!;
    case "struct":
      return [[`assert ${at}["Name"] == "n1"`], [`assert ${at}["Size"] == 2`]][pick % 2]!;
    case "struct-list":
      return [[`assert len(${at}) == 1`], [`assert ${at}[0]["Name"] == "n1"`]][pick % 2]!;
    case "string-map":
      return [[`assert ${at}["k1"] == "v1"`], [`assert len(${at}) == 1`], [`assert ${at} == {}`]][pick % 3]!;
  }
}

/** Loops with tuple targets and tuple assignments over a response's members; each assert counted. */
function tupleSteps(
  resp: string,
  output: readonly GenMember[],
  pick: number,
  fromHelper: boolean,
): { lines: string[]; asserts: number } {
  if (fromHelper) return { lines: ['    assert status == "done"'], asserts: 1 };
  const list = output.find((m) => m.kind === "string-list" || m.kind === "struct-list");
  const map = output.find((m) => m.kind === "string-map");
  switch (pick) {
    case 1:
      if (map)
        return {
          lines: [
            `    for key, value in ${resp}["${map.name}"].items():`,
            `        assert ${resp}["${map.name}"][key] == value`,
          ],
          asserts: 1,
        };
      if (list?.kind === "string-list")
        return {
          lines: [
            `    for idx, item in enumerate(${resp}["${list.name}"]):`,
            `        assert ${resp}["${list.name}"][idx] == item`,
          ],
          asserts: 1,
        };
      if (list)
        return {
          lines: [
            `    for idx, item in enumerate(${resp}["${list.name}"], start=1):`,
            `        assert idx >= 1`,
            `        assert item["Name"] != "none"`,
          ],
          asserts: 2,
        };
      return { lines: [], asserts: 0 };
    case 2:
      if (list?.kind === "string-list")
        return {
          lines: [
            `    for first, (i, second) in zip(${resp}["${list.name}"], enumerate(${resp}["${list.name}"])):`,
            `        assert first == second`,
          ],
          asserts: 1,
        };
      return { lines: [], asserts: 0 };
    case 3:
      return {
        lines: [
          '    label, (count, _) = "x", (2, "unused")',
          '    assert label == "x"',
          "    assert count > 1",
        ],
        asserts: 2,
      };
    default:
      return { lines: [], asserts: 0 };
  }
}

/** A statement that reads a member and throws the value away (no assert). */
function pyDiscard(resp: string, m: GenMember, pick: number): string {
  const at = `${resp}["${m.name}"]`;
  if (m.kind === "struct" && pick % 2 === 0) return `${at}["Size"]`;
  return pick % 2 === 0 ? `_ = ${at}` : at;
}

/** Kinds two `.get()` reads of which compare with `!=` into one `assert_ne!`. */
const COMPARABLE: ReadonlySet<MemberKind> = new Set([
  "string",
  "boxed-int",
  "long",
  "enum",
  "string-list",
  "struct",
  "string-map",
]);

/** `pytest.raises(..., match=...)` patterns: plain text and regexes the regex crate can express. */
const MATCHES = [
  '"NotFoundException"',
  String.raw`r"\(\w+NotFound\w*\)"`,
  'r"operation: .*$"',
  '"when calling the"',
];

export interface GenProgram {
  readonly source: string;
  /** Python asserts per test function name. */
  readonly asserts: ReadonlyMap<string, number>;
}

export function programArb(model: GenModel): fc.Arbitrary<GenProgram> {
  return fc
    .record({
      regions: fc.array(fc.constantFrom(...REGIONS), {
        minLength: model.operations.length,
        maxLength: model.operations.length,
      }),
      picks: fc.array(fc.nat(5), { minLength: 40, maxLength: 40 }),
      inputSubsets: fc.array(fc.nat(31), {
        minLength: model.operations.length,
        maxLength: model.operations.length,
      }),
      withErrors: fc.boolean(),
      /** Per test: 0 = one client, 1 = a second client in another region, 2 = clients made in a loop. */
      clients: fc.array(fc.nat(2), {
        minLength: model.operations.length,
        maxLength: model.operations.length,
      }),
      discards: fc.array(fc.boolean(), {
        minLength: model.operations.length,
        maxLength: model.operations.length,
      }),
      // Issue 8: the call (and half of its asserts) in a helper; the client from a fixture.
      viaHelper: fc.array(fc.boolean(), {
        minLength: model.operations.length,
        maxLength: model.operations.length,
      }),
      clientFixture: fc.boolean(),
      valueFixture: fc.boolean(),
      // A yield fixture with a teardown (taking the client fixture), and a `params=` fixture.
      teardownFixture: fc.boolean(),
      paramsFixture: fc.boolean(),
      /**
       * Control flow per test: 0 none, 1 `if not settings.TEST_SERVER_MODE:` (decided statically),
       * 2 `if "M" in resp: ... else: ...`, 3 `try/except ClientError as err`, 4 `while True: ...
       * break`, 5 `for` with `if ...: continue`, 6 polling `while "M" not in resp: resp = ...`.
       */
      flows: fc.array(fc.nat(6), {
        minLength: model.operations.length,
        maxLength: model.operations.length,
      }),
      /**
       * Per test, tuple targets: 1 = a loop over `enumerate(...)` / `.items()` of a list or map
       * member, 2 = over `zip(...)`, 3 = a tuple assignment (from a helper's tuple when there is one).
       */
      tuples: fc.array(fc.nat(3), {
        minLength: model.operations.length,
        maxLength: model.operations.length,
      }),
    })
    .map(
      ({
        regions,
        picks,
        inputSubsets,
        withErrors,
        clients,
        discards,
        viaHelper,
        clientFixture,
        valueFixture,
        teardownFixture,
        paramsFixture,
        flows,
        tuples,
      }) => {
        const lines = [
          "import boto3",
          "import pytest",
          "from botocore.exceptions import ClientError",
          "from moto import mock_aws, settings",
          "",
        ];
        const asserts = new Map<string, number>();
        let p = 0;
        if (clientFixture) {
          lines.push(
            "",
            '@pytest.fixture(name="client")',
            "def fixture_client():",
            "    with mock_aws():",
            '        yield boto3.client("ecs", region_name="us-east-2")',
            "",
          );
        }
        if (valueFixture) {
          lines.push("", "@pytest.fixture", "def resource_name():", '    return "fixture-value"', "");
        }
        const tracked = clientFixture && teardownFixture && model.operations.length > 0;
        if (tracked) {
          const op = model.operations[0]!;
          const kwargs = op.input
            .filter((_, j) => (inputSubsets[0]! >> j) & 1)
            .map((m) => `${m.name}=${pyValue(m.kind)}`);
          lines.push(
            "",
            "@pytest.fixture",
            "def tracked(client):",
            '    name = "tracked-value"',
            "    yield name",
            `    client.${xformName(op.name)}(${kwargs.join(", ")})`,
            "",
          );
        }
        if (paramsFixture) {
          lines.push(
            "",
            '@pytest.fixture(params=["p-one", "p-two"])',
            "def variant(request):",
            "    return request.param",
            "",
          );
        }
        model.operations.forEach((op, i) => {
          const method = xformName(op.name);
          const name = `test_${method}_${i}`;
          const kwargs = op.input
            .filter((_, j) => (inputSubsets[i]! >> j) & 1)
            .map((m) => `${m.name}=${pyValue(m.kind)}`);
          const helper = viaHelper[i] === true;
          const params = helper && clientFixture ? ["client"] : [];
          if (helper && valueFixture) params.push("resource_name");
          if (helper && tracked) params.push("tracked");
          if (helper && paramsFixture) params.push("variant");
          const body = params.includes("client")
            ? []
            : [`    client = boto3.client("ecs", region_name="${regions[i]}")`];
          const helperBody: string[] = [];
          const tupleReturn = helper && tuples[i] === 3;
          if (tupleReturn) body.push(`    resp, status = _call_${method}_${i}(client)`);
          if (helper) {
            if (!tupleReturn) body.push(`    resp = _call_${method}_${i}(client)`);
            helperBody.push(`    resp = client.${method}(${kwargs.join(", ")})`);
          } else body.push(`    resp = client.${method}(${kwargs.join(", ")})`);
          if (params.includes("resource_name")) body.push('    assert resource_name == "fixture-value"');
          if (params.includes("tracked")) body.push('    assert tracked == "tracked-value"');
          if (params.includes("variant")) body.push('    assert variant != ""');
          let n = ["resource_name", "tracked", "variant"].filter((f) => params.includes(f)).length;
          op.output.forEach((m, k) => {
            for (const a of pyAsserts("resp", m, picks[p++ % picks.length]!)) {
              (helper && k % 2 === 0 ? helperBody : body).push(`    ${a}`);
              n++;
            }
          });
          if (!helper)
            n += controlFlow(body, op, method, kwargs.join(", "), flows[i]!, picks[p++ % picks.length]!);
          const tupled = tupleSteps("resp", op.output, tuples[i]!, tupleReturn);
          body.push(...tupled.lines);
          n += tupled.asserts;
          if (discards[i]) {
            const m = op.output[picks[p++ % picks.length]! % op.output.length]!;
            body.push(`    ${pyDiscard("resp", m, picks[p++ % picks.length]!)}`);
          }
          const other = REGIONS.find((r) => r !== regions[i])!;
          if (clients[i] === 1) {
            // A second client in another region: same backend; compared member by member.
            body.push(`    other = boto3.client("ecs", region_name="${other}")`);
            body.push(`    other_resp = other.${method}(${kwargs.join(", ")})`);
            const m = op.output.find((x) => COMPARABLE.has(x.kind));
            if (m) {
              body.push(`    assert resp.get("${m.name}") != other_resp.get("${m.name}")`);
              n++;
            }
          } else if (clients[i] === 2) {
            body.push(`    for region in ["${regions[i]}", "${other}"]:`);
            body.push(`        each = boto3.client("ecs", region_name=region)`);
            body.push(`        each.${method}(${kwargs.join(", ")})`);
          }
          if (helper)
            lines.push(
              "",
              `def _call_${method}_${i}(client):`,
              ...helperBody,
              tupleReturn ? '    return resp, "done"' : "    return resp",
              "",
            );
          lines.push("", "@mock_aws", `def ${name}(${params.join(", ")}):`, ...body, "");
          asserts.set(name, n);
          if (withErrors) {
            const ename = `${name}_error`;
            lines.push(
              "",
              "@mock_aws",
              `def ${ename}():`,
              '    client = boto3.client("ecs", region_name="us-east-1")',
              `    with pytest.raises(ClientError, match=${MATCHES[i % MATCHES.length]}) as exc:`,
              `        client.${method}()`,
              `    assert exc.value.response["Error"]["Code"] == "${op.error}"`,
              "",
            );
            asserts.set(ename, 1);
          }
        });
        return { source: lines.join("\n") + "\n", asserts };
      },
    );
}

/** Members whose absence Rust can observe (no model default). */
const NULLABLE: ReadonlySet<MemberKind> = new Set([
  "string",
  "boxed-int",
  "long",
  "enum",
  "string-list",
  "struct",
  "struct-list",
  "string-map",
]);

/**
 * Statements with branches, loops or `try` added to a test body after `resp = client.op(...)`;
 * returns the number of Python asserts they hold (every one kept in Rust).
 */
function controlFlow(
  body: string[],
  op: GenOperation,
  method: string,
  kwargs: string,
  flow: number,
  pick: number,
): number {
  const m = op.output[pick % op.output.length]!;
  const inner = (lines: readonly string[]): string[] => lines.map((a) => `        ${a}`);
  switch (flow) {
    case 1: {
      const as = pyAsserts("resp", m, pick);
      body.push(
        "    if not settings.TEST_SERVER_MODE:",
        ...inner(as),
        "    else:",
        `        client.${method}(${kwargs})`,
      );
      return as.length;
    }
    case 2: {
      const nullable = op.output.find((x) => NULLABLE.has(x.kind));
      if (!nullable) return 0;
      const as = pyAsserts("resp", nullable, pick);
      body.push(
        `    if "${nullable.name}" in resp:`,
        ...inner(as),
        "    else:",
        `        assert resp.get("${nullable.name}") is None`,
      );
      return as.length + 1;
    }
    case 3:
      body.push(
        "    try:",
        `        client.${method}(${kwargs})`,
        "    except ClientError as err:",
        `        assert err.response["Error"]["Code"] == "${op.error}"`,
      );
      return 1;
    case 4: {
      const as = pyAsserts("resp", m, pick);
      body.push("    while True:", ...inner(as), "        break");
      return as.length;
    }
    case 6: {
      const nullable = op.output.find((x) => NULLABLE.has(x.kind));
      if (!nullable) return 0;
      body.push(`    while "${nullable.name}" not in resp:`, `        resp = client.${method}(${kwargs})`);
      return 0;
    }
    case 5:
      body.push(
        '    for name in ["a", "b"]:',
        '        if name == "a":',
        "            continue",
        `        client.${method}(${kwargs})`,
      );
      return 0;
    default:
      return 0;
  }
}

// ------------------------------------------------------------------------------------------------
// Resource-API programs (boto3.resource) over a real model with boto3 resource definitions
// ------------------------------------------------------------------------------------------------

/** One step of a resource program, given the queues created so far (their names). */
type ResourceStep =
  | { readonly kind: "create" }
  | { readonly kind: "by-name"; readonly q: number }
  | { readonly kind: "by-url"; readonly q: number }
  | { readonly kind: "send"; readonly q: number; readonly n: number }
  | { readonly kind: "receive"; readonly q: number; readonly n: number }
  | { readonly kind: "attribute"; readonly q: number }
  | { readonly kind: "url"; readonly q: number }
  | { readonly kind: "reload"; readonly q: number }
  | { readonly kind: "set-attributes"; readonly q: number; readonly n: number }
  | { readonly kind: "collection"; readonly q: number }
  | { readonly kind: "comprehension"; readonly q: number };

const resourceStepArb: fc.Arbitrary<ResourceStep> = fc.oneof(
  fc.constant({ kind: "create" as const }),
  ...(["by-name", "by-url", "attribute", "url", "reload", "collection", "comprehension"] as const).map(
    (kind) => fc.nat(7).map((q) => ({ kind, q })),
  ),
  ...(["send", "receive", "set-attributes"] as const).map((kind) =>
    fc.record({ q: fc.nat(7), n: fc.integer({ min: 1, max: 9 }) }).map(({ q, n }) => ({ kind, q, n })),
  ),
);

/**
 * Straight-line SQS programs written against `boto3.resource("sqs")`: queues created by action
 * or built from identifiers, messages sent and received (a resource list), attributes read
 * (load on first read), reloads, the `queues` collection iterated and comprehended.
 */
export const resourceProgramArb: fc.Arbitrary<GenProgram> = fc
  .array(
    fc.record({
      region: fc.constantFrom(...REGIONS),
      steps: fc.array(resourceStepArb, { minLength: 1, maxLength: 10 }),
    }),
    { minLength: 1, maxLength: 3 },
  )
  .map((tests) => {
    const lines = ["import boto3", "from moto import mock_aws", ""];
    const asserts = new Map<string, number>();
    tests.forEach((t, i) => {
      const name = `test_queue_resources_${i}`;
      const body = [`    sqs = boto3.resource("sqs", region_name="${t.region}")`];
      const queues: string[] = [];
      let n = 0;
      let fresh = 0;
      const create = (): string => {
        const v = `queue_${fresh++}`;
        body.push(`    ${v} = sqs.create_queue(QueueName="q${queues.length}")`);
        queues.push(v);
        return v;
      };
      create();
      for (const s of t.steps) {
        if (s.kind === "create") {
          create();
          continue;
        }
        const q = queues[s.q % queues.length]!;
        const qname = `q${s.q % queues.length}`;
        switch (s.kind) {
          case "by-name": {
            const v = `queue_${fresh++}`;
            body.push(`    ${v} = sqs.get_queue_by_name(QueueName="${qname}")`);
            queues.push(v);
            break;
          }
          case "by-url": {
            const v = `queue_${fresh++}`;
            body.push(`    ${v} = sqs.Queue(${q}.url)`);
            queues.push(v);
            break;
          }
          case "send":
            body.push(`    ${q}.send_message(MessageBody="body-${s.n}")`);
            break;
          case "receive":
            body.push(
              `    messages = ${q}.receive_messages(MaxNumberOfMessages=${s.n})`,
              "    for message in messages:",
              '        assert message.body.startswith("body-")',
            );
            n++;
            break;
          case "attribute":
            body.push(`    assert ${q}.attributes["VisibilityTimeout"] == "30"`);
            n++;
            break;
          case "url":
            body.push(`    assert ${q}.url.endswith("/${qname}")`);
            n++;
            break;
          case "reload":
            body.push(`    ${q}.reload()`);
            break;
          case "set-attributes":
            body.push(`    ${q}.set_attributes(Attributes={"DelaySeconds": "${s.n}"})`);
            break;
          case "collection":
            body.push("    for listed in sqs.queues.all():", '        assert listed.url.startswith("http")');
            n++;
            break;
          case "comprehension":
            body.push(`    assert ${q}.url in [listed.url for listed in sqs.queues.all()]`);
            n++;
            break;
        }
      }
      lines.push("", "@mock_aws", `def ${name}():`, ...body, "");
      asserts.set(name, n);
    });
    return { source: lines.join("\n") + "\n", asserts };
  });
