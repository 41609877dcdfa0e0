/** Property tests: no input makes parsePython throw, diagnostics point into the source, lowering is deterministic. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dumpModule } from "@moto2rust/ir";
import { parsePython } from "@moto2rust/frontend-python";
import { invariantProblems } from "./invariants.js";

const fixtures = fileURLToPath(new URL("./fixtures", import.meta.url));
const inputs = readdirSync(fixtures, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => readFileSync(join(fixtures, d.name, "input.py"), "utf8"))
  .filter((s) => s.length > 0);

const TOKENS = [
  "def ",
  "test_x",
  "(",
  ")",
  ":",
  "\n",
  "    ",
  "\t",
  "@mock_aws",
  "@pytest.mark.parametrize",
  "class ",
  "TestX",
  "self",
  "client",
  " = ",
  "boto3.client(",
  '"ecs"',
  "region_name=",
  "'us-east-1'",
  "client.create_cluster(",
  "clusterName=",
  "assert ",
  " == ",
  " != ",
  " in ",
  " not ",
  " is ",
  "None",
  "True",
  "False",
  "[",
  "]",
  "{",
  "}",
  ",",
  ".",
  '"',
  "'",
  '"""',
  'f"{',
  '}"',
  "rb'\\x",
  "\\",
  "#",
  "with pytest.raises(ClientError) as exc:",
  'exc.value.response["Error"]["Code"]',
  "for x in ",
  "if ",
  "else",
  "lambda",
  "yield",
  "return",
  "**",
  "*",
  "0x",
  "1_0",
  "1.5e",
  "-",
  "+",
  "import ",
  "from moto.core import DEFAULT_ACCOUNT_ID as ACCOUNT_ID\n",
  "sqs_backends",
  "settings.TEST_SERVER_MODE",
  "raise SkipTest('x')",
  "\r\n",
  "é",
  "😀",
  "\u0000",
  "\ufffd",
  "any(",
  " for w in ws",
  "[1:2]",
  "pass",
  "try:",
  "except",
  "while ",
  "async ",
  "await ",
  "global ",
];

const tokenSoup = fc.array(fc.constantFrom(...TOKENS), { maxLength: 80 }).map((ts) => ts.join(""));
const fixture = fc.constantFrom(...inputs);

async function check(source: string): Promise<void> {
  const m = await parsePython(source, "prop.py");
  expect(invariantProblems(source, m)).toEqual([]);
}

describe("parsePython properties", () => {
  it("never throws on random Python-ish token soup", async () => {
    await fc.assert(fc.asyncProperty(tokenSoup, check), { numRuns: 300 });
  });

  it("never throws on arbitrary text", async () => {
    await fc.assert(fc.asyncProperty(fc.string({ unit: "binary", maxLength: 200 }), check), { numRuns: 200 });
  });

  it("never throws on truncated fixtures", async () => {
    await fc.assert(
      fc.asyncProperty(fixture, fc.double({ min: 0, max: 1, noNaN: true }), async (src, at) => {
        await check(src.slice(0, Math.floor(src.length * at)));
      }),
      { numRuns: 200 },
    );
  });

  it("never throws on fixtures with a slice removed or a token inserted", async () => {
    await fc.assert(
      fc.asyncProperty(
        fixture,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.nat({ max: 40 }),
        fc.constantFrom(...TOKENS),
        async (src, at, len, token) => {
          const i = Math.floor(src.length * at);
          await check(src.slice(0, i) + src.slice(i + len));
          await check(src.slice(0, i) + token + src.slice(i));
        },
      ),
      { numRuns: 200 },
    );
  });

  it("is deterministic", async () => {
    await fc.assert(
      fc.asyncProperty(fixture, fc.double({ min: 0, max: 1, noNaN: true }), async (src, at) => {
        const cut = src.slice(0, Math.max(1, Math.floor(src.length * at)));
        const a = dumpModule(await parsePython(cut, "det.py"));
        const b = dumpModule(await parsePython(cut, "det.py"));
        expect(a).toBe(b);
      }),
      { numRuns: 100 },
    );
  });

  it("survives pathological nesting without overflowing the stack", async () => {
    const n = 20000;
    const shapes = [
      "def test_x():\n    x = " + "[".repeat(n) + "1" + "]".repeat(n) + "\n",
      "def test_x():\n    assert " + "not ".repeat(n) + "x\n",
      "def test_x():\n    x = 1" + " + 1".repeat(n) + "\n",
      "@a" + ".b".repeat(n) + "\ndef test_x():\n    pass\n",
      "X = " + "(".repeat(n) + "1" + ")".repeat(n) + "\n",
      "class TestX:\n    def test_y(self):\n        y = " + "{1: ".repeat(n) + "1" + "}".repeat(n) + "\n",
      "(".repeat(n),
    ];
    for (const src of shapes) await check(src);
  });

  it("keeps every fixture well-formed", async () => {
    for (const src of inputs) await check(src);
  });
});
