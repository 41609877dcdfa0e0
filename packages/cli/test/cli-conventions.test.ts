/** The conventions of an npm CLI: --version, help generated from each option table, exit codes, plain errors. */
import { describe, expect, it } from "vitest";
import { cpSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { memoryIO, type CliIO } from "../src/io.js";
import { runCli, VERSION } from "../src/cli.js";
import {
  COMMON_OPTIONS,
  helpText,
  parseCommandArgs,
  type CommandSpec,
  type OptionTable,
} from "../src/args.js";
import { showProgress } from "../src/progress.js";
import { runPort } from "../src/commands/port.js";
import { fakeTranslate, modelsDir, sandbox, snapshot, type Sandbox } from "./port-helpers.js";
import { fileSystemError } from "../src/fs-errors.js";
import { spec as transpileSpec } from "../src/commands/transpile.js";
import { spec as reportSpec } from "../src/commands/report.js";
import { spec as portSpec } from "../src/commands/port.js";
import { spec as apiSpec } from "../src/commands/api.js";
import { spec as checkSpec } from "../src/commands/check.js";

const root = fileURLToPath(new URL("../../..", import.meta.url));
const example = join(root, "examples", "test_ecs_example.py");
const exampleModels = join(root, "examples", "models");
const expected = readFileSync(`${root}/examples/test_ecs_example.expected.rs`, "utf8");
const motoTests = fileURLToPath(new URL("./fixtures/moto/tests", import.meta.url));
const SPECS: readonly CommandSpec<OptionTable>[] = [transpileSpec, reportSpec, portSpec, apiSpec, checkSpec];

async function cli(argv: string[], options: Parameters<typeof memoryIO>[2] = {}, env = {}) {
  const m = memoryIO(env, root, options);
  const code = await runCli(argv, m.io);
  return { code, stdout: m.stdout(), stderr: m.stderr() };
}

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "moto2rust-cli-"));
}

describe("--version and help", () => {
  it("--version, -V and version print the package version", async () => {
    const pkg = JSON.parse(readFileSync(`${root}/packages/cli/package.json`, "utf8")) as { version: string };
    expect(VERSION).toBe(pkg.version);
    for (const flag of ["--version", "-V", "version"]) {
      expect(await cli([flag])).toEqual({ code: 0, stdout: `moto2rust ${pkg.version}\n`, stderr: "" });
    }
  });

  it("help CMD, CMD --help and CMD -h print the text generated from the command's option table", async () => {
    for (const spec of SPECS) {
      const text = helpText(spec);
      for (const argv of [
        ["help", spec.name],
        [spec.name, "--help"],
        [spec.name, "-h"],
      ]) {
        expect(await cli(argv), argv.join(" ")).toEqual({ code: 0, stdout: text, stderr: "" });
      }
      expect(text.startsWith(`usage: moto2rust ${spec.name} `)).toBe(true);
      for (const [name, o] of Object.entries({ ...spec.options, ...COMMON_OPTIONS } as OptionTable)) {
        const label = `--${name}${o.type === "string" ? ` ${o.value ?? "VALUE"}` : ""}`;
        expect(text, `${spec.name} ${label}`).toContain(label);
        expect(text).toContain(o.help.split("\n")[0]!);
        if (o.short) expect(text).toContain(`-${o.short}, --${name}`);
      }
    }
  });

  it("the parser accepts exactly the options of the table", () => {
    for (const spec of SPECS) {
      const argv = Object.entries(spec.options).flatMap(([name, o]) =>
        o.type === "string" ? [`--${name}`, "x"] : [`--${name}`],
      );
      const { values } = parseCommandArgs(argv, spec);
      expect(Object.keys(values).sort()).toEqual(Object.keys(spec.options).sort());
      expect(() => parseCommandArgs(["--no-such-option"], spec)).toThrow(/Unknown option '--no-such-option'/);
    }
  });

  it("lists the commands; an unknown command or help topic is a usage error", async () => {
    const top = await cli(["--help"]);
    expect(top.code).toBe(0);
    for (const spec of SPECS) expect(top.stdout).toContain(`  ${spec.name} `);
    expect(await cli([])).toEqual({ code: 2, stdout: "", stderr: top.stdout });
    expect(await cli(["help", "nope"])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/unknown command 'nope'/),
    });
    const bad = await cli(["transpile", "--bogus"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(
      /^moto2rust: error: Unknown option '--bogus'.*\nRun 'moto2rust transpile --help'/s,
    );
  });
});

describe("exit codes", () => {
  const withUnknownOp = [
    "import boto3",
    "",
    "def test_good():",
    '    client = boto3.client("ecs", region_name="us-east-1")',
    '    client.create_cluster(clusterName="a")',
    "",
    "def test_bad_op():",
    '    client = boto3.client("ecs", region_name="us-east-1")',
    "    client.frobnicate_cluster()",
    "",
  ].join("\n");

  it("0 when every test translates, 1 on error diagnostics, 1 with --strict on a partial test", async () => {
    expect((await cli(["transpile", example, "--models", exampleModels])).code).toBe(0);
    const dir = tempDir();
    writeFileSync(join(dir, "test_bad.py"), withUnknownOp);
    const bad = await cli(["transpile", join(dir, "test_bad.py"), "--models", exampleModels]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/test_bad\.py:9:5: error\[unknown-operation\]: /);
    expect(bad.stdout).toContain("async fn test_good()");
    // A partial test (an approximated assertion) is no error, but --strict fails on it.
    const partial = [
      "import boto3",
      "",
      "def test_status():",
      '    client = boto3.client("ecs", region_name="us-east-1")',
      "    resp = client.list_clusters()",
      '    assert resp["ResponseMetadata"]["HTTPStatusCode"] == 200',
      "",
    ].join("\n");
    writeFileSync(join(dir, "test_partial.py"), partial);
    const args = ["transpile", join(dir, "test_partial.py"), "--models", exampleModels];
    expect((await cli(args)).code).toBe(0);
    expect((await cli([...args, "--strict"])).code).toBe(1);
  });

  it("an internal error prints one line and where to report it, exits 70, and the stack only with --debug", async () => {
    const throwing = (argv: string[], env = {}) => {
      const m = memoryIO(env, root);
      const io: CliIO = {
        ...m.io,
        stdout: () => {
          throw new TypeError("boom");
        },
      };
      return runCli(argv, io).then((code) => ({ code, stderr: m.stderr() }));
    };
    const plain = await throwing(["api", "ecs", "--models", exampleModels]);
    expect(plain.code).toBe(70);
    expect(plain.stderr).toMatch(
      /^moto2rust: internal error: boom\nThis is a bug in moto2rust .*please report it at \S+/,
    );
    expect(plain.stderr).not.toMatch(/\n\s+at /);
    for (const argv of [
      ["--debug", "api", "ecs", "--models", exampleModels],
      ["api", "ecs", "--debug", "--models", exampleModels],
    ]) {
      const debug = await throwing(argv);
      expect(debug.code).toBe(70);
      expect(debug.stderr).toMatch(/TypeError: boom\n\s+at /);
    }
  });
});

describe("file-system errors: one line naming the path, exit 2", () => {
  it("--out is a file", async () => {
    const dir = tempDir();
    const file = join(dir, "out.txt");
    writeFileSync(file, "x");
    const r = await cli(["transpile", example, "--models", exampleModels, "--out", file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`moto2rust: error: --out ${file} is not a directory\n`);
  });

  it("--out below a file", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "f"), "x");
    const out = join(dir, "f", "sub");
    const r = await cli(["transpile", example, "--models", exampleModels, "--out", out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      new RegExp(`^moto2rust: error: cannot create directory ${out}: .*\\(ENOTDIR\\)\\n$`),
    );
  });

  it("names the path and the reason for each errno, the rename's destination for a write", () => {
    const err = (code: string, syscall: string, path: string, dest?: string) =>
      Object.assign(new Error(`${code}: x`), { code, syscall, path, ...(dest ? { dest } : {}) });
    expect(fileSystemError(err("EACCES", "mkdir", "/ro/out"))).toBe(
      "cannot create directory /ro/out: permission denied (EACCES)",
    );
    expect(fileSystemError(err("EROFS", "open", "/ro/a.rs"))).toBe(
      "cannot open /ro/a.rs: read-only file system (EROFS)",
    );
    expect(fileSystemError(err("EPERM", "rename", "/t/.a.rs.tmp", "/t/a.rs"))).toMatch(
      /^cannot write \/t\/a\.rs: /,
    );
    expect(fileSystemError(err("EACCES", "open", "/ro/out/.test_a.rs.0123456789ab.tmp"))).toBe(
      "cannot open /ro/out/test_a.rs: permission denied (EACCES)",
    );
    expect(fileSystemError(new Error("not a file-system error"))).toBeNull();
    expect(fileSystemError(Object.assign(new Error("x"), { code: "ERR_SOMETHING", path: "/x" }))).toBeNull();
  });
});

describe("standard input", () => {
  it("transpile - reads the file from stdin and names it <stdin> in diagnostics", async () => {
    const r = await cli(["transpile", "-", "--models", exampleModels], { stdin: readFileSync(example) });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(expected.replaceAll("test_ecs_example.py::", "<stdin>::"));
    const bad = await cli(["transpile", "-", "--models", exampleModels, "--service", "ecs"], {
      stdin: "def test_x(:\n",
    });
    expect(bad.stderr).toMatch(/^<stdin>:1:\d+: error\[syntax-error\]: /m);
    expect(bad.code).toBe(1);
  });

  it("'-' stands alone and has no --out", async () => {
    expect((await cli(["transpile", "-", example, "--models", exampleModels])).stderr).toMatch(
      /cannot be combined/,
    );
    expect((await cli(["transpile", "-", "--out", tempDir(), "--models", exampleModels])).code).toBe(2);
  });
});

describe("services by any alias", () => {
  it("transpile takes the boto3 name, the crate name and the models folder, in any case", async () => {
    for (const name of ["ecs", "ECS", "aws-sdk-ecs", "AWS-SDK-ECS", "aws_sdk_ecs"]) {
      const r = await cli(["transpile", example, "--models", exampleModels, "--service", name]);
      expect(r.code, name).toBe(0);
      expect(r.stdout, name).toBe(expected);
    }
  });

  it("a miss says did you mean", async () => {
    const r = await cli(["transpile", example, "--models", exampleModels, "--service", "ecss"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `moto2rust: error: unknown service 'ecss': no model for it under ${exampleModels}; did you mean 'ecs'?\n`,
    );
  });
});

describe("malformed model files: which file and where, exit 2", () => {
  const variants: [string, (valid: string) => string, RegExp][] = [
    ["truncated", (v) => v.slice(0, 3000), /:\d+:\d+: error: malformed model file: not valid JSON/],
    ["empty", () => "", /:1:1: error: malformed model file: empty/],
    ["{}", () => "{}", /:1:1: error: malformed model file: not a Smithy JSON AST/],
    [
      "corrupt",
      () => '{\n  "smithy": "2.0",\n  "shapes": {\n    oops\n',
      /:4:5: error: malformed model file: not valid JSON/,
    ],
  ];
  const brokenModels = (mutate: (valid: string) => string) => {
    const dir = tempDir();
    cpSync(exampleModels, dir, { recursive: true });
    const file = join(dir, "ecs", "service", "2014-11-13", "ecs-2014-11-13.json");
    writeFileSync(file, mutate(readFileSync(file, "utf8")));
    return { dir, file };
  };

  it.each(variants)("%s: transpile (inferred and --service) and report", async (_, mutate, message) => {
    const { dir, file } = brokenModels(mutate);
    const t = await cli(["transpile", example, "--models", dir]);
    expect(t.code).toBe(2);
    expect(t.stdout).toBe("");
    expect(t.stderr.startsWith(file)).toBe(true);
    expect(t.stderr).toMatch(message);
    const s = await cli(["transpile", example, "--models", dir, "--service", "ecs"]);
    expect(s.code).toBe(2);
    expect(s.stderr).toContain(file);
    const r = await cli(["report", motoTests, "--models", dir, "--jobs", "1"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toContain(file);
  });
});

describe("report lists files it cannot read or parse", () => {
  it("with the reason, in text and JSON, and still reports the rest", async () => {
    const dir = tempDir();
    cpSync(motoTests, dir, { recursive: true });
    symlinkSync(join(dir, "nowhere.py"), join(dir, "test_ecs", "test_dangling.py"));
    writeFileSync(join(dir, "test_ecs", "test_broken.py"), "import boto3\n\ndef test_x(:\n    pass\n");
    const text = await cli(["report", dir, "--models", exampleModels, "--jobs", "1"]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/2 files could not be read or parsed completely:\n/);
    expect(text.stdout).toMatch(/\n {2}test_ecs\/test_broken\.py:3:\d+: does not parse: /);
    expect(text.stdout).toMatch(/\n {2}test_ecs\/test_dangling\.py:1:1: cannot read: ENOENT/);
    const json = await cli(["report", dir, "--models", exampleModels, "--jobs", "1", "--json"]);
    const problems = JSON.parse(json.stdout).problems as { file: string; reason: string }[];
    expect(problems.map((p) => p.file)).toEqual(["test_ecs/test_broken.py", "test_ecs/test_dangling.py"]);
  });
});

describe("progress output", () => {
  it("only on a terminal, not under CI or TERM=dumb", async () => {
    const io = (env: Record<string, string>, isTTY: boolean) => memoryIO(env, root, { isTTY }).io;
    expect(showProgress(io({}, true))).toBe(true);
    expect(showProgress(io({}, false))).toBe(false);
    expect(showProgress(io({ CI: "true" }, true))).toBe(false);
    expect(showProgress(io({ TERM: "dumb" }, true))).toBe(false);
    const argv = ["report", motoTests, "--models", exampleModels, "--jobs", "1"];
    expect((await cli(argv, { isTTY: true })).stderr).toContain("\r[");
    expect((await cli(argv, { isTTY: true }, { CI: "1" })).stderr).toBe("");
    expect((await cli(argv, { isTTY: true }, { TERM: "dumb" })).stderr).toBe("");
  });
});

describe("port: service names and models", () => {
  const portIn = async (b: Sandbox, args: string[], models = modelsDir) => {
    const m = memoryIO({}, root);
    const code = await runPort(
      [...args, "--winterbaume", b.winterbaume, "--moto", b.moto, "--models", models, "--dry-run"],
      m.io,
      { translate: fakeTranslate },
    );
    return { code, stdout: m.stdout(), stderr: m.stderr() };
  };

  it("takes the crate name in any case and says did you mean on a miss", async () => {
    const b = sandbox();
    try {
      const lower = await portIn(b, ["ecs"]);
      expect(lower.code).toBe(0);
      for (const name of ["ECS", "Winterbaume-ECS", "AWS-SDK-ECS"]) {
        expect(await portIn(b, [name]), name).toEqual(lower);
      }
      const miss = await portIn(b, ["ecss"]);
      expect(miss.code).toBe(2);
      expect(miss.stderr).toMatch(/unknown service 'ecss'.*; did you mean 'ecs'\?\n$/);
    } finally {
      b.cleanup();
    }
  });

  it("a malformed model names the file and position, exit 2, nothing written", async () => {
    const b = sandbox();
    try {
      const dir = tempDir();
      cpSync(exampleModels, dir, { recursive: true });
      const file = join(dir, "ecs", "service", "2014-11-13", "ecs-2014-11-13.json");
      writeFileSync(file, '{\n  "smithy": "2.0",\n  "shapes": {\n    oops\n');
      const before = snapshot(b.winterbaume);
      const r = await portIn(b, ["ecs"], dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(
        new RegExp(
          `^moto2rust: error: the model of winterbaume-ecs is malformed: ${file}:4:5: malformed model file: not valid JSON`,
        ),
      );
      expect(snapshot(b.winterbaume)).toEqual(before);
    } finally {
      b.cleanup();
    }
  });
});
