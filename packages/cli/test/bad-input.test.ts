/**
 * Every bad input gets a clear answer: a syntax error in the middle of a file, a file that does
 * not parse at all, binary input, non-UTF-8 sources (PEP 263), integer literals out of range for
 * the member's type, a rustfmt that hangs, and diagnostics that point at their construct.
 */
import { afterAll, describe, expect, it } from "vitest";
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { formatRust, parseRust, syntaxErrors } from "@moto2rust/backend-rust";
import { openModels } from "@moto2rust/sdk-shapes";
import { transpile } from "moto2rust";
import { runCli } from "../src/cli.js";
import { memoryIO } from "../src/io.js";
import { modelsDir } from "./port-helpers.js";

const repo = openModels(modelsDir);
const temps: string[] = [];
afterAll(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })));
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), "moto2rust-bad-"));
  temps.push(d);
  return d;
}

const HEAD = "import boto3\nfrom moto import mock_aws\n\n\n";
const test = (name: string, body: string): string =>
  `@mock_aws\ndef ${name}():\n    client = boto3.client("ecs", region_name="us-east-1")\n${body}\n\n`;

async function validRust(rust: string): Promise<void> {
  const tree = await parseRust(rust);
  try {
    expect(syntaxErrors(tree.rootNode)).toEqual([]);
  } finally {
    tree.delete();
  }
}

describe("a syntax error in the middle of a file", () => {
  const source =
    HEAD +
    test("test_one", '    client.create_cluster(clusterName="a")') +
    test("test_broken", '    client.create_cluster(clusterName="a"\n    x = = 3') +
    test("test_two", '    client.create_cluster(clusterName="b")') +
    test("test_three", '    resp = client.list_clusters()\n    assert len(resp["clusterArns"]) == 0');

  it("reports every test tree-sitter can still see; skips only the broken one, at its real line", async () => {
    const r = await transpile(source, { file: "test_mid.py", models: repo, rustfmt: false });
    expect(r.tests.map((t) => [t.test, t.status])).toEqual([
      ["test_one", "ported"],
      ["test_broken", "skipped"],
      ["test_two", "ported"],
      ["test_three", "ported"],
    ]);
    const broken = r.tests[1]!;
    expect(broken.reasons[0]!.code).toBe("syntax-error");
    expect([broken.reasons[0]!.line, broken.reasons[0]!.col]).toEqual([13, 5]);
    expect(r.rust).toMatch(/async fn test_two\(\)/);
    await validRust(r.rust);
  });

  it("a test tree-sitter cannot read as a function: one syntax error, the next test kept", async () => {
    const src =
      HEAD +
      test("test_a", "    client.create_cluster(clusterName=[") +
      test("test_b", "    client.list_clusters()");
    const r = await transpile(src, { file: "test_dec.py", models: repo, rustfmt: false });
    expect(r.tests.map((t) => [t.test, t.status])).toEqual([["test_b", "ported"]]);
    expect(r.diagnostics.map((d) => [d.severity, d.code, d.span.line])).toEqual([
      ["error", "syntax-error", 5],
    ]);
  });

  it("in a test class: the methods after the broken one are kept, in one class", async () => {
    const src = [
      "import boto3",
      "from moto import mock_aws",
      "",
      "",
      "@mock_aws",
      "class TestThings:",
      '    """Things."""',
      "",
      "    def test_one(self):",
      '        client = boto3.client("ecs", region_name="us-east-1")',
      '        client.create_cluster(clusterName="a"',
      "",
      "    def test_two(self):",
      '        client = boto3.client("ecs", region_name="us-east-1")',
      '        client.create_cluster(clusterName="b")',
      "",
      '    @pytest.mark.parametrize("name", ["x", "y"])',
      "    def test_three(self, name):",
      '        client = boto3.client("ecs", region_name="us-east-1")',
      "        client.create_cluster(clusterName=name)",
      "",
      "",
      "def test_after():",
      '    client = boto3.client("ecs", region_name="us-east-1")',
      "    client.list_clusters()",
      "",
    ].join("\n");
    const r = await transpile(src, { file: "test_cls.py", models: repo, rustfmt: false });
    const byName = Object.fromEntries(r.tests.map((t) => [t.test, t]));
    expect(Object.keys(byName).sort()).toEqual(["test_after", "test_one", "test_three", "test_two"]);
    expect(byName.test_one!.status).toBe("skipped");
    expect(byName.test_one!.reasons.map((x) => [x.code, x.line])).toEqual([["syntax-error", 11]]);
    expect(byName.test_two!.status).toBe("ported");
    expect(byName.test_three!.status).not.toBe("skipped");
    expect(byName.test_after!.status).toBe("ported");
    await validRust(r.rust);
  });

  it("a file that does not parse at all fails --strict", async () => {
    const d = tempDir();
    writeFileSync(join(d, "test_garbage.py"), ")))) ((( ]]] :::\n");
    const m = memoryIO({}, d);
    expect(await runCli(["transpile", "test_garbage.py", "--models", modelsDir, "--strict"], m.io)).toBe(1);
    expect(m.stderr()).toMatch(/test_garbage\.py:1:1: error(\[syntax-error\])?: syntax error/);
  });
});

describe("binary input", () => {
  it("is refused outright with one diagnostic (and fails --strict)", async () => {
    const d = tempDir();
    const bytes = Buffer.alloc(20_000);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 131) % 256;
    writeFileSync(join(d, "test_bin.py"), bytes);
    const m = memoryIO({}, d);
    expect(await runCli(["transpile", "test_bin.py", "--models", modelsDir, "--strict"], m.io)).toBe(1);
    const errors = m
      .stderr()
      .split("\n")
      .filter((l) => /: (error|warning|note)(\[[a-z-]+\])?: /.test(l));
    expect(errors).toEqual([
      "test_bin.py:1:1: error[syntax-error]: binary input: NUL byte at 1:1; not a Python source file",
    ]);
    expect(m.stdout()).toBe("");
  });
});

describe("non-UTF-8 sources", () => {
  const body = (s: string) => HEAD + test("test_enc", `    client.create_cluster(clusterName="${s}")`);

  it("honours a PEP 263 latin-1 declaration", async () => {
    const bytes = Buffer.from("# -*- coding: latin-1 -*-\n" + body("caf\u00e9"), "latin1");
    const r = await transpile(bytes, { file: "test_enc.py", models: repo, rustfmt: false });
    expect(r.tests[0]!.status).toBe("ported");
    expect(r.rust).toContain('.cluster_name("café")');
  });

  it("honours a declaration on line 2 (cp1252)", async () => {
    const bytes = Buffer.from(
      "#!/usr/bin/env python\n# vim: set fileencoding=cp1252 :\n" + body("x\x80"),
      "latin1",
    );
    const r = await transpile(bytes, { file: "test_enc.py", models: repo, rustfmt: false });
    expect(r.rust).toContain('.cluster_name("x€")');
  });

  it("refuses undecodable bytes at their line:col: no U+FFFD, nothing ported", async () => {
    const bytes = Buffer.from(body("caf\u00e9"), "latin1");
    const r = await transpile(bytes, { file: "test_enc.py", models: repo, rustfmt: false });
    expect(r.rust).toBe("");
    expect(r.tests.filter((t) => t.status !== "skipped")).toEqual([]);
    expect(r.diagnostics.map((d) => [d.code, d.span.line, d.span.col, d.message])).toEqual([
      [
        "syntax-error",
        8,
        43,
        "cannot decode byte 0xe9 as utf-8 (declare the file's encoding with `# -*- coding: NAME -*-`)",
      ],
    ]);
  });

  it("refuses bytes a declared encoding cannot decode, and unknown encodings", async () => {
    const ascii = Buffer.from("# coding: ascii\n" + body("caf\u00e9"), "latin1");
    const a = await transpile(ascii, { file: "t.py", models: repo, rustfmt: false });
    expect(a.diagnostics.map((d) => `${d.span.line}:${d.span.col} ${d.message}`)).toEqual([
      "9:43 cannot decode byte 0xe9 as ascii",
    ]);
    const unknown = Buffer.from("# coding: klingon\n" + body("x"), "latin1");
    const u = await transpile(unknown, { file: "t.py", models: repo, rustfmt: false });
    expect(u.diagnostics.map((d) => `${d.span.line}:${d.span.col} ${d.message}`)).toEqual([
      "1:11 unknown encoding 'klingon' in the coding declaration",
    ]);
  });

  it("reads a UTF-8 BOM and CRLF line ends", async () => {
    const bytes = Buffer.from("\ufeff" + body("日本").replace(/\n/g, "\r\n"), "utf8");
    const r = await transpile(bytes, { file: "t.py", models: repo, rustfmt: false });
    expect(r.tests[0]!.status).toBe("ported");
    expect(r.rust).toContain('.cluster_name("日本")');
  });
});

describe("integer literals out of range for the member's type", () => {
  const task = (memory: string) =>
    `    client.register_task_definition(family="f", containerDefinitions=[{"name": "c", "image": "i", "memory": ${memory}}])`;
  for (const [value, ok] of [
    ["2147483647", true],
    ["-2147483648", true],
    ["2147483648", false],
    ["-2147483649", false],
    ["99999999999999999999999999", false],
    ["0x80000000", false],
  ] as const) {
    it(`${value} for an i32 member is ${ok ? "ported" : "a type-mismatch"}`, async () => {
      const r = await transpile(HEAD + test("test_mem", task(value)), {
        file: "t.py",
        models: repo,
        rustfmt: false,
      });
      const t = r.tests[0]!;
      if (ok) {
        expect(t.status).toBe("ported");
      } else {
        expect(t.status).toBe("skipped");
        expect(t.reasons[0]!.code).toBe("type-mismatch");
        expect(t.reasons[0]!.message).toMatch(/out of range for i32/);
        expect([t.reasons[0]!.line, t.reasons[0]!.col]).toEqual([8, 109]);
        expect(r.rust).not.toMatch(/2147483648|9999999/);
      }
    });
  }
});

describe("integer literals Rust would give a type they do not fit", () => {
  for (const [what, body, message] of [
    [
      "a negative number compared with len() (a usize)",
      '    resp = client.list_clusters()\n    assert len(resp["clusterArns"]) == -1',
      /len\(\) is unsigned/,
    ],
    [
      "a huge literal bound to a variable",
      "    n = 99999999999999999999999\n    client.list_clusters(maxResults=n)",
      /integer literal 99999999999999999999999, out of range for i32/,
    ],
    [
      "a huge range() bound",
      '    for i in range(99999999999999999999999):\n        client.create_cluster(clusterName=f"c{i}")',
      /integer literal 99999999999999999999999, out of range for i32/,
    ],
  ] as const) {
    it(`${what}: a type-mismatch, nothing emitted`, async () => {
      const r = await transpile(HEAD + test("test_x", body), { file: "t.py", models: repo, rustfmt: false });
      expect(r.tests[0]!.status).toBe("skipped");
      expect(r.tests[0]!.reasons[0]!.code).toBe("type-mismatch");
      expect(r.tests[0]!.reasons[0]!.message).toMatch(message);
      expect(r.rust).not.toMatch(/fn test_x/);
    });
  }
});

describe("rustfmt without a timeout", () => {
  it("is bounded: a hanging rustfmt falls back to the unformatted, valid text with a warning", async () => {
    const d = tempDir();
    mkdirSync(join(d, "bin"));
    writeFileSync(join(d, "bin", "rustfmt"), "#!/bin/sh\nexec sleep 30\n");
    chmodSync(join(d, "bin", "rustfmt"), 0o755);
    const path = process.env.PATH;
    process.env.PATH = `${join(d, "bin")}:${path}`;
    process.env.MOTO2RUST_RUSTFMT_TIMEOUT_MS = "500";
    try {
      const start = Date.now();
      const f = formatRust("fn main() {}\n");
      expect(f).toEqual({ code: "fn main() {}\n", formatted: false, error: "rustfmt timed out after 0.5 s" });
      const r = await transpile(HEAD + test("test_x", '    client.create_cluster(clusterName="a")'), {
        file: "t.py",
        models: repo,
      });
      expect(Date.now() - start).toBeLessThan(5_000);
      expect(r.formatted).toBe(false);
      expect(r.diagnostics.map((x) => `${x.severity} ${x.code}: ${x.message}`)).toEqual([
        "warning rustfmt-missing: output not formatted: rustfmt timed out after 0.5 s",
      ]);
      expect(r.tests[0]!.status).toBe("ported");
      await validRust(r.rust);
    } finally {
      process.env.PATH = path;
      delete process.env.MOTO2RUST_RUSTFMT_TIMEOUT_MS;
    }
  });
});

describe("diagnostic positions point at the construct", () => {
  it("an unknown service: at its client, not 1:1", async () => {
    const src =
      HEAD + '\n\n@mock_aws\ndef test_x():\n    client = boto3.client("nosuchservice")\n    client.go()\n';
    const r = await transpile(src, { file: "t.py", models: repo, rustfmt: false });
    const d = r.diagnostics.find((x) => x.code === "unknown-service")!;
    expect([d.span.line, d.span.col]).toEqual([9, 5]);
  });

  it("no client at all: at the first test", async () => {
    const src = HEAD + "\n\ndef test_x():\n    assert 1 == 1\n";
    const r = await transpile(src, { file: "t.py", models: repo, rustfmt: false });
    const d = r.diagnostics.find((x) => x.code === "unknown-service")!;
    expect([d.span.line, d.span.col]).toEqual([7, 1]);
  });

  it("an unknown service named by --service: at the file's first function", async () => {
    const src = HEAD + test("test_x", "    client.list_clusters()");
    const { typeModule } = await import("@moto2rust/sdk-shapes");
    const { parsePython } = await import("@moto2rust/frontend-python");
    const typed = typeModule(await parsePython(src, "t.py"), repo, { service: "nosuchservice" });
    expect(typed.diagnostics.map((x) => [x.code, x.span.line, x.span.col])).toEqual([
      ["unknown-service", 5, 1],
    ]);
  });
});

describe("malformed models found by the fuzz suite", () => {
  const op = (errors: string) =>
    JSON.stringify({
      smithy: "2.0",
      shapes: {
        "com.amazonaws.ecs#Svc": {
          type: "service",
          version: "2014-11-13",
          operations: [{ target: "com.amazonaws.ecs#ListThings" }],
          traits: { "aws.api#service": { sdkId: "ECS", endpointPrefix: "ecs" } },
        },
        "com.amazonaws.ecs#ListThings": { type: "operation", errors: JSON.parse(errors) },
      },
    });
  for (const [what, errors] of [
    ["an error reference without a target", '[{"targe": "com.amazonaws.ecs#Oops"}]'],
    ["an errors list that is not a list", '{"target": "com.amazonaws.ecs#Oops"}'],
  ] as const) {
    it(`${what}: a diagnostic, no crash`, async () => {
      const d = tempDir();
      mkdirSync(join(d, "ecs", "service", "2014-11-13"), { recursive: true });
      writeFileSync(join(d, "ecs", "service", "2014-11-13", "ecs-2014-11-13.json"), op(errors));
      const r = await transpile(HEAD + test("test_x", "    client.list_things()"), {
        file: "t.py",
        models: d,
        rustfmt: false,
      });
      expect(r.rust).toBe("");
      expect(r.tests[0]!.status).toBe("skipped");
      expect(r.diagnostics.filter((x) => x.severity === "error").length).toBeGreaterThan(0);
    });
  }
});
