/**
 * The program loader on an in-memory moto tree: module resolution, conftest fixtures and imported
 * functions in `ModuleContext.foreign`, module values evaluated in decorator mode, and the limits
 * (cycles, paths outside the tree, runtime conditions) that must stay unresolved.
 */
import { describe, expect, it } from "vitest";
import { dumpModule } from "@moto2rust/ir";
import { parsePython, ProgramLoader, SharedTrees } from "@moto2rust/frontend-python";
import { ModuleContext } from "../src/context.js";
import { declareForeign, declareNames } from "../src/lower-module.js";
import { parseTree, pythonParser } from "../src/parser.js";

function loaderOf(files: Record<string, string>): ProgramLoader {
  return new ProgramLoader({ readFile: (p) => files[p] ?? null });
}

const TREE: Record<string, string> = {
  "/m/tests/__init__.py": 'EXAMPLE_ID = "ex-1"\n',
  "/m/tests/conftest.py": [
    "import pytest",
    "@pytest.fixture",
    "def account_id():",
    '    return "123456789012"',
    '@pytest.fixture(name="shadowed")',
    "def shadowed_fixture():",
    "    return 1",
    "",
  ].join("\n"),
  "/m/tests/test_svc/__init__.py": [
    "def svc_aws_verified(func):",
    "    return func",
    'REGION = "eu-west-1"',
    "",
  ].join("\n"),
  "/m/tests/test_svc/conftest.py": [
    "import pytest",
    "@pytest.fixture",
    "def table_name():",
    '    return "t"',
    "",
  ].join("\n"),
  "/m/tests/test_svc/helpers.py": ["def make_thing(client):", "    return 1", 'SUFFIX = "-s"', ""].join("\n"),
  "/m/tests/test_svc/test_a.py": ["from .test_b import B", 'A = "a" + B', ""].join("\n"),
  "/m/tests/test_svc/test_b.py": ["from .test_a import A", 'B = "b"', 'AB = A + "!"', ""].join("\n"),
  "/m/moto/core/__init__.py": 'DEFAULT_ACCOUNT_ID = "123456789012"\nLIMIT = 2**4\n',
};

async function contextOf(path: string, source: string, files = TREE): Promise<ModuleContext> {
  const loader = loaderOf(files);
  loader.useParser(await pythonParser());
  const root = await parseTree(source);
  if (root === null) throw new Error("parse failed");
  const mod = new ModuleContext(path, source, { loader, path });
  declareNames(mod, root.namedChildren);
  declareForeign(mod);
  return mod;
}

describe("program loader", () => {
  it("finds the tree root and resolves module names, never outside it", () => {
    const l = loaderOf(TREE);
    expect(l.treeRoot("/m/tests/test_svc/test_x.py")).toBe("/m");
    expect(l.treeRoot("/elsewhere/test_x.py")).toBeNull();
    const from = "/m/tests/test_svc/test_x.py";
    expect(l.resolveModule(from, "tests")).toBe("/m/tests/__init__.py");
    expect(l.resolveModule(from, "tests.test_svc")).toBe("/m/tests/test_svc/__init__.py");
    expect(l.resolveModule(from, ".helpers")).toBe("/m/tests/test_svc/helpers.py");
    expect(l.resolveModule(from, ".")).toBe("/m/tests/test_svc/__init__.py");
    expect(l.resolveModule(from, "..")).toBe("/m/tests/__init__.py");
    expect(l.resolveModule(from, "moto.core")).toBe("/m/moto/core/__init__.py");
    expect(l.resolveModule(from, "....")).toBeNull();
    expect(l.resolveModule(from, "os.path")).toBeNull();
    expect(l.conftests(from)).toEqual(["/m/tests/test_svc/conftest.py", "/m/tests/conftest.py"]);
  });

  it("hands imported functions, module members and conftest fixtures to the lowering", async () => {
    const source = [
      "import pytest",
      "from tests.test_svc import svc_aws_verified, REGION",
      "from . import helpers",
      "@pytest.fixture",
      "def shadowed():",
      "    return 2",
      "",
    ].join("\n");
    const mod = await contextOf("/m/tests/test_svc/sub/test_x.py", source, {
      ...TREE,
      "/m/tests/test_svc/sub/__init__.py": "",
      "/m/tests/test_svc/sub/helpers.py": TREE["/m/tests/test_svc/helpers.py"]!,
    });
    const seen = [...mod.foreign].map(([k, v]) => `${k} ${v.node.type} ${v.file}`).sort();
    expect(seen).toEqual([
      "account_id decorated_definition /m/tests/conftest.py",
      "helpers.make_thing function_definition /m/tests/test_svc/sub/helpers.py",
      "svc_aws_verified function_definition /m/tests/test_svc/__init__.py",
      "table_name decorated_definition /m/tests/test_svc/conftest.py",
    ]);
  });

  it("evaluates module values as moto's suite runs in process", async () => {
    const source = [
      "from moto import settings",
      "from moto.core import LIMIT",
      "from tests import EXAMPLE_ID",
      'REGION = "us-east-1" if settings.TEST_SERVER_MODE else "us-west-2"',
      'RUNTIME = "a" if some_flag() else "b"',
      "if settings.TEST_DECORATOR_MODE:",
      "    SIZE = LIMIT * 2",
      "else:",
      "    SIZE = 0",
      'NAME = "{}-{x}".format(EXAMPLE_ID, x=SIZE)',
      'ARN = f"arn:{REGION}:{NAME}"',
      "",
      "def test_x():",
      "    assert ARN == NAME",
      "",
    ].join("\n");
    const loader = loaderOf(TREE);
    const m = await parsePython(source, "test_x.py", { loader, path: "/m/tests/test_svc/test_x.py" });
    const constants = Object.fromEntries(m.constants.map((c) => [c.name, c.value]));
    expect(constants["REGION"]).toMatchObject({ kind: "Str", value: "us-west-2" });
    expect(constants["SIZE"]).toMatchObject({ kind: "Int", value: "32" });
    expect(constants["NAME"]).toMatchObject({ kind: "Str", value: "ex-1-32" });
    expect(constants["ARN"]).toMatchObject({ kind: "Str", value: "arn:us-west-2:ex-1-32" });
    expect(constants["RUNTIME"]).toBeUndefined();
    expect(dumpModule(m)).toMatch(
      /module variable RUNTIME is not a constant: unsupported conditional expression/,
    );
  });

  it("leaves a name that needs an import cycle unresolved instead of looping", async () => {
    const loader = loaderOf(TREE);
    const source = "from .test_b import AB\n\ndef test_x():\n    assert AB\n";
    const m = await parsePython(source, "test_x.py", { loader, path: "/m/tests/test_svc/test_x.py" });
    expect(m.functions[0]!.body[0]).toMatchObject({ kind: "Unsupported" });
    expect(dumpModule(m)).toMatch(/imported name AB from \.test_b: .*imported name A from \.test_a/);
  });

  it("parses a module read for its names once for all loaders sharing trees, and re-parses a changed text", async () => {
    const shared = new SharedTrees();
    const parser = await pythonParser();
    const reader = { readFile: (p: string) => TREE[p] ?? null };
    const first = new ProgramLoader(reader, shared);
    first.useParser(parser);
    expect(first.summary("/m/tests/conftest.py")).not.toBeNull();
    const tree = shared.get("/m/tests/conftest.py", TREE["/m/tests/conftest.py"]!);
    expect(tree).toBeTruthy();
    const second = new ProgramLoader(reader, shared);
    second.useParser(parser);
    expect(second.summary("/m/tests/conftest.py")).not.toBeNull();
    expect(shared.get("/m/tests/conftest.py", TREE["/m/tests/conftest.py"]!)).toBe(tree);
    expect(shared.get("/m/tests/conftest.py", "changed = 1\n")).toBeUndefined();
  });
});
