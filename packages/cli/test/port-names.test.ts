/** Name resolution for `port`, text edits and diffs. */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { existsSync } from "node:fs";
import { namesForCrate, resolveService } from "../src/port/names.js";
import { serviceCrates } from "../src/port/crate.js";
import { applyInsertions, splitLines, unifiedDiff, type Insertion } from "../src/port/text-edit.js";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

describe("port name resolution", () => {
  const cases: [string, string, string, string, string][] = [
    // crate suffix, aws-sdk crate, boto3, moto dir, main file
    ["ecs", "aws-sdk-ecs", "ecs", "test_ecs", "test_ecs.py"],
    ["lambda", "aws-sdk-lambda", "lambda", "test_awslambda", "test_lambda.py"],
    ["cloudwatchlogs", "aws-sdk-cloudwatchlogs", "logs", "test_logs", "test_logs.py"],
    ["costexplorer", "aws-sdk-costexplorer", "ce", "test_ce", "test_ce.py"],
    [
      "cognitoidentityprovider",
      "aws-sdk-cognitoidentityprovider",
      "cognito-idp",
      "test_cognitoidp",
      "test_cognitoidp.py",
    ],
    ["elasticloadbalancingv2", "aws-sdk-elasticloadbalancingv2", "elbv2", "test_elbv2", "test_elbv2.py"],
    ["eventbridge", "aws-sdk-eventbridge", "events", "test_events", "test_events.py"],
    ["directory", "aws-sdk-directory", "ds", "test_ds", "test_ds.py"],
    ["sfn", "aws-sdk-sfn", "stepfunctions", "test_stepfunctions", "test_stepfunctions.py"],
    [
      "dynamodbstreams",
      "aws-sdk-dynamodbstreams",
      "dynamodbstreams",
      "test_dynamodbstreams",
      "test_dynamodbstreams.py",
    ],
    ["config", "aws-sdk-config", "config", "test_config", "test_config.py"],
    [
      "applicationdiscoveryservice",
      "aws-sdk-applicationdiscovery",
      "discovery",
      "test_discovery",
      "test_discovery.py",
    ],
    ["macie2", "aws-sdk-macie2", "macie2", "test_macie", "test_macie.py"],
    ["bedrockagent", "aws-sdk-bedrockagent", "bedrock-agent", "test_bedrockagent", "test_bedrockagent.py"],
    ["vpclattice", "aws-sdk-vpclattice", "vpc-lattice", "test_vpclattice", "test_vpclattice.py"],
    ["ec2", "aws-sdk-ec2", "ec2", "test_ec2", "test_ec2.py"],
  ];
  for (const [crate, sdk, boto3, dir, main] of cases) {
    it(`${crate} ↔ ${sdk} ↔ ${boto3} ↔ ${dir}`, () => {
      expect(namesForCrate(crate)).toMatchObject({
        crateSuffix: crate,
        cargoPackage: `winterbaume-${crate}`,
        crateIdent: `winterbaume_${crate}`,
        sdkCargoCrate: sdk,
        sdkCrate: sdk.replace(/-/g, "_"),
        boto3,
        motoDir: dir,
        motoMainFile: main,
      });
    });
  }

  it("accepts the package, sdk crate, boto3 and moto names for a crate of the checkout", () => {
    const crates = ["cloudwatchlogs", "ecs", "lambda", "dynamodb", "dynamodbstreams"];
    for (const input of [
      "cloudwatchlogs",
      "winterbaume-cloudwatchlogs",
      "aws-sdk-cloudwatchlogs",
      "logs",
      "test_logs",
    ]) {
      expect(resolveService(input, crates).map((n) => n.crateSuffix)).toEqual(["cloudwatchlogs"]);
    }
    expect(resolveService("awslambda", crates).map((n) => n.crateSuffix)).toEqual(["lambda"]);
    expect(resolveService("kms", crates)).toEqual([]);
    expect(resolveService("nosuch", crates)).toEqual([]);
  });

  it.skipIf(!existsSync("/work/ext/winterbaume/crates"))(
    "resolves every service crate of a real checkout",
    () => {
      const crates = serviceCrates("/work/ext/winterbaume");
      expect(crates.length).toBeGreaterThan(200);
      expect(crates.filter((c) => namesForCrate(c) === null)).toEqual([]);
    },
  );
});

describe("insertions and their diff", () => {
  const text = fc.array(fc.constantFrom("a", "b", "", "}", "use x;", "fn f() {"), { maxLength: 12 });
  const insertion = (n: number): fc.Arbitrary<Insertion> =>
    fc.record({
      afterLine: fc.integer({ min: 0, max: n }),
      lines: fc.array(fc.constantFrom("+x", "", "// y"), { minLength: 1, maxLength: 3 }),
      priority: fc.integer({ min: 0, max: 3 }),
    });
  const hasPatch = spawnSync("patch", ["--version"]).status === 0;

  it("only ever adds lines, and the diff applies with patch(1)", () => {
    fc.assert(
      fc.property(
        text.chain((lines) =>
          fc.tuple(fc.constant(lines), fc.array(insertion(lines.length), { maxLength: 4 })),
        ),
        ([lines, ins]) => {
          const before = lines.length ? lines.join("\n") + "\n" : "";
          const after = applyInsertions(before, ins);
          const a = splitLines(before);
          const b = splitLines(after);
          expect(b.length).toBe(a.length + ins.reduce((n, i) => n + i.lines.length, 0));
          let k = 0;
          for (const l of b) if (k < a.length && l === a[k]) k++;
          expect(k).toBe(a.length);
          if (!hasPatch || after === before) return;
          const dir = mkdtempSync(join(tmpdir(), "moto2rust-diff-"));
          try {
            writeFileSync(join(dir, "f"), before);
            const diff = unifiedDiff(before, ins, "a/f", "b/f");
            const r = spawnSync("patch", ["-s", "-p1", "-d", dir], { input: diff, encoding: "utf8" });
            expect(r.status, r.stdout + r.stderr + diff).toBe(0);
            expect(readFileSync(join(dir, "f"), "utf8")).toBe(after);
          } finally {
            rmSync(dir, { recursive: true, force: true });
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
