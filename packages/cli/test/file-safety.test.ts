/**
 * Never lose or corrupt a user's file: atomic writes that keep mode, owner and symlinks and
 * refuse read-only files; the port lock (two real concurrent runs keep both their tests); the
 * test file and the journal written both or neither; no `*.tmp` left by an interrupted port;
 * `transpile DIR --out` keeping the directory structure; Cargo.toml read as TOML; rustfmt
 * required by `port`.
 */
import { afterAll, describe, expect, it } from "vitest";
import {
  chmodSync,
  chownSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { spawn, spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { UsageError, memoryIO } from "../src/io.js";
import { writeFileAtomic } from "../src/safe-write.js";
import { lockTarget, lockPathOf } from "../src/port/lock.js";
import { crateEdition } from "../src/port/crate.js";
import { port } from "../src/port/port.js";
import { runCli } from "../src/cli.js";
import {
  fakeTranslate,
  models,
  modelsDir,
  repoRoot,
  sandbox,
  snapshot,
  type Sandbox,
} from "./port-helpers.js";

const builtCli = join(repoRoot, "packages/cli/dist/main.js");
const hasRustfmt = spawnSync("rustfmt", ["--version"]).status === 0;
const isRoot = process.getuid?.() === 0;
const temps: string[] = [];
const boxes: Sandbox[] = [];
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
  for (const b of boxes) b.cleanup();
});

function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), "moto2rust-safety-"));
  temps.push(d);
  return d;
}

function box(): Sandbox {
  const b = sandbox();
  boxes.push(b);
  return b;
}

/** Every `*.tmp` or lock file below a directory. */
function leftovers(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.tmp$|\.moto2rust-lock$/.test(e.name)) out.push(p);
    }
  };
  walk(dir);
  return out;
}

const ecsTestFile = (b: Sandbox): string =>
  join(b.winterbaume, "crates/winterbaume-ecs/tests/integration_test.rs");

describe("writeFileAtomic", () => {
  it("keeps the file's mode", () => {
    const d = tempDir();
    const p = join(d, "a.rs");
    writeFileSync(p, "old");
    chmodSync(p, 0o640);
    writeFileAtomic(p, "new");
    expect(readFileSync(p, "utf8")).toBe("new");
    expect(statSync(p).mode & 0o777).toBe(0o640);
  });

  it.skipIf(!isRoot)("keeps the file's owner", () => {
    const d = tempDir();
    const p = join(d, "a.rs");
    writeFileSync(p, "old");
    chownSync(p, 4321, 4322);
    writeFileAtomic(p, "new");
    expect(statSync(p).uid).toBe(4321);
    expect(statSync(p).gid).toBe(4322);
  });

  it("writes through a symlink and keeps the link", () => {
    const d = tempDir();
    mkdirSync(join(d, "real"));
    const real = join(d, "real", "a.rs");
    writeFileSync(real, "old");
    const link = join(d, "link.rs");
    symlinkSync(join("real", "a.rs"), link);
    expect(writeFileAtomic(link, "new")).toBe(real);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe(join("real", "a.rs"));
    expect(readFileSync(real, "utf8")).toBe("new");
    expect(leftovers(d)).toEqual([]);
  });

  it("refuses a read-only file and leaves it unchanged", () => {
    const d = tempDir();
    const p = join(d, "a.rs");
    writeFileSync(p, "old");
    chmodSync(p, 0o444);
    expect(() => writeFileAtomic(p, "new")).toThrow(UsageError);
    expect(() => writeFileAtomic(p, "new")).toThrow(/a\.rs is not writable \(mode 444\)/);
    expect(readFileSync(p, "utf8")).toBe("old");
    expect(leftovers(d)).toEqual([]);
  });
});

describe("port refuses what it cannot write", () => {
  it("a read-only test file: exit 2, one line naming it, nothing changed", async () => {
    const b = box();
    chmodSync(ecsTestFile(b), 0o444);
    const before = snapshot(b.root);
    const m = memoryIO({}, b.root);
    const code = await runCli(
      ["port", "ecs", "--winterbaume", b.winterbaume, "--moto", b.moto, "--models", modelsDir],
      m.io,
    );
    expect(code).toBe(2);
    expect(m.stderr()).toMatch(/^moto2rust: error: .*integration_test\.rs is not writable \(mode 444\)/m);
    expect(m.stderr()).not.toMatch(/\n\s+at /);
    expect(snapshot(b.root)).toEqual(before);
  });
});

describe("port keeps what the user set up", () => {
  it("a symlinked test file stays a symlink with its mode; its target gets the tests", async () => {
    const b = box();
    const testFile = ecsTestFile(b);
    const real = join(b.root, "elsewhere.rs");
    renameSync(testFile, real);
    chmodSync(real, 0o600);
    symlinkSync(real, testFile);
    const before = readFileSync(real, "utf8");
    await port({
      service: "ecs",
      filters: [],
      winterbaume: b.winterbaume,
      moto: b.moto,
      models: models(),
      mode: "write",
      verify: false,
      target: "winterbaume",
      translate: fakeTranslate,
      format: async (items) => items,
    });
    expect(lstatSync(testFile).isSymbolicLink()).toBe(true);
    expect(readlinkSync(testFile)).toBe(real);
    expect(statSync(real).mode & 0o777).toBe(0o600);
    const after = readFileSync(real, "utf8");
    expect(after.length).toBeGreaterThan(before.length);
    expect(before).not.toMatch(/Ported from moto/);
    expect(after).toMatch(/Ported from moto/);
    expect(leftovers(b.root)).toEqual([]);
  });
});

describe("the port lock", () => {
  it("names the holder and fails clearly when the lock is not released in time", async () => {
    const b = box();
    const held = await lockTarget(ecsTestFile(b));
    const waits: string[] = [];
    try {
      await expect(
        lockTarget(ecsTestFile(b), { timeoutMs: 200, onWait: (m) => waits.push(m) }),
      ).rejects.toThrow(new RegExp(`locked by pid ${process.pid} on .*; nothing written`));
      expect(waits).toHaveLength(1);
      expect(waits[0]).toMatch(
        new RegExp(`waiting for .*integration_test\\.rs: locked by pid ${process.pid}`),
      );
    } finally {
      held.release();
    }
    expect(existsSync(lockPathOf(ecsTestFile(b)))).toBe(false);
  });

  it("takes over a lock whose holder is dead", async () => {
    const b = box();
    const dead = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"]);
    const pid = Number(dead.stdout.toString());
    const { hostname } = await import("node:os");
    writeFileSync(lockPathOf(ecsTestFile(b)), JSON.stringify({ pid, host: hostname(), started: "then" }));
    const lock = await lockTarget(ecsTestFile(b), { timeoutMs: 0 });
    lock.release();
  });

  it.skipIf(!hasRustfmt || !existsSync(builtCli))(
    "two concurrent port runs (child processes) both keep their tests",
    async () => {
      const b = box();
      const run = (filter: string): Promise<{ code: number | null; stdout: string; stderr: string }> =>
        new Promise((resolve) => {
          const child = spawn(
            process.execPath,
            [
              builtCli,
              "port",
              "ecs",
              filter,
              "--winterbaume",
              b.winterbaume,
              "--moto",
              b.moto,
              "--models",
              modelsDir,
            ],
            { cwd: b.root },
          );
          let stdout = "";
          let stderr = "";
          child.stdout.on("data", (c) => (stdout += c));
          child.stderr.on("data", (c) => (stderr += c));
          child.on("close", (code) => resolve({ code, stdout, stderr }));
        });
      const [a, c] = await Promise.all([run("test_update_cluster_settings"), run("test_delete_cluster")]);
      expect(a.code, a.stderr).toBe(0);
      expect(c.code, c.stderr).toBe(0);
      const text = readFileSync(ecsTestFile(b), "utf8");
      expect(text).toMatch(/async fn test_update_cluster_settings\(\)/);
      expect(text).toMatch(/async fn test_delete_cluster\(\)/);
      // Each run journals its own addition.
      const journal = readFileSync(join(b.winterbaume, ".agents/docs/JOURNAL.md"), "utf8");
      expect(journal.match(/Port moto tests: ecs/g)).toHaveLength(2);
      expect(leftovers(b.root)).toEqual([]);
    },
    60_000,
  );
});

describe("test file and journal: both or neither", () => {
  const options = (b: Sandbox) => ({
    service: "ecs",
    filters: [],
    winterbaume: b.winterbaume,
    moto: b.moto,
    models: models(),
    mode: "write" as const,
    verify: false,
    target: "winterbaume" as const,
    translate: fakeTranslate,
    format: async (items: readonly string[]) => items,
    now: new Date("2026-07-05T12:00:00Z"),
  });

  it("a read-only journal: refused before the test file is written", async () => {
    const b = box();
    const journal = join(b.winterbaume, ".agents/docs/JOURNAL.md");
    chmodSync(journal, 0o444);
    const before = snapshot(b.root);
    await expect(port(options(b))).rejects.toThrow(/JOURNAL\.md is not writable .*; nothing written/);
    expect(snapshot(b.root)).toEqual(before);
  });

  it("never rewrites existing journal lines, even non-UTF-8 ones", async () => {
    const b = box();
    const journal = join(b.winterbaume, ".agents/docs/JOURNAL.md");
    const old = Buffer.concat([readFileSync(journal), Buffer.from("caf\xe9 latin-1 line\n", "latin1")]);
    writeFileSync(journal, old);
    await port(options(b));
    const after = readFileSync(journal);
    expect(after.subarray(0, old.length)).toEqual(old);
    expect(after.length).toBeGreaterThan(old.length);
  });
});

describe("an interrupted port", () => {
  it.skipIf(!existsSync(builtCli))(
    "leaves no *.tmp and no lock file (SIGINT, SIGTERM)",
    async () => {
      for (const signal of ["SIGINT", "SIGTERM"] as const) {
        const b = box();
        // A rustfmt that never returns: the run is interrupted while it holds the lock.
        const bin = join(b.root, "bin");
        mkdirSync(bin);
        writeFileSync(join(bin, "rustfmt"), "#!/bin/sh\nexec sleep 30\n", { mode: 0o755 });
        const child = spawn(
          process.execPath,
          [builtCli, "port", "ecs", "--winterbaume", b.winterbaume, "--moto", b.moto, "--models", modelsDir],
          { cwd: b.root, env: { ...process.env, PATH: `${bin}:${process.env.PATH}` } },
        );
        const lock = lockPathOf(ecsTestFile(b));
        for (let i = 0; i < 200 && !existsSync(lock); i++) await new Promise((r) => setTimeout(r, 50));
        expect(existsSync(lock)).toBe(true);
        await new Promise((r) => setTimeout(r, 300));
        child.kill(signal);
        const status = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((r) =>
          child.on("close", (code, sig) => r({ code, signal: sig })),
        );
        expect(status.signal ?? status.code).toBeTruthy();
        expect(leftovers(b.root)).toEqual([]);
      }
    },
    60_000,
  );
});

describe("transpile DIR --out", () => {
  it("keeps the directory structure: same file names in two directories never collide", async () => {
    const d = tempDir();
    const src = join(d, "in");
    for (const sub of ["a", "b"]) {
      mkdirSync(join(src, sub), { recursive: true });
      writeFileSync(
        join(src, sub, "test_same.py"),
        `import boto3\nfrom moto import mock_aws\n\n\n@mock_aws\ndef test_${sub}():\n    client = boto3.client("ecs", region_name="us-east-1")\n    client.create_cluster(clusterName="${sub}")\n`,
      );
    }
    const out = join(d, "out");
    const m = memoryIO({}, d);
    expect(await runCli(["transpile", src, "--out", out, "--models", modelsDir, "--json"], m.io)).toBe(0);
    expect(readFileSync(join(out, "a", "test_same.rs"), "utf8")).toMatch(/fn test_a\(\)/);
    expect(readFileSync(join(out, "b", "test_same.rs"), "utf8")).toMatch(/fn test_b\(\)/);
    const json = JSON.parse(m.stdout());
    expect(json.files.map((f: { output: string }) => f.output)).toEqual([
      join(out, "a", "test_same.rs"),
      join(out, "b", "test_same.rs"),
    ]);
    // A second run without --force finds identical files: no false "exists" error.
    const again = memoryIO({}, d);
    expect(await runCli(["transpile", src, "--out", out, "--models", modelsDir], again.io)).toBe(0);
    expect(again.stderr()).not.toMatch(/exists/);
  });
});

describe("Cargo.toml editions, read as TOML", () => {
  const cases: [string, string, string][] = [
    ["single quotes", `[package]\nname = "x"\nedition = '2021'\n`, "2021"],
    ["a comment after [package]", `[package] # the crate\nname = "x"\nedition = "2018" # pinned\n`, "2018"],
    ["a dotted key", `package.name = "x"\npackage.edition = "2024"\n`, "2024"],
    ["an inline table", `package = { name = "x", edition = "2021" }\n`, "2021"],
    ["edition.workspace = true", `[package]\nname = "x"\nedition.workspace = true\n`, "2024"],
    ["edition = { workspace = true }", `[package]\nname = "x"\nedition = { workspace = true }\n`, "2024"],
    ["no edition", `[package]\nname = "x"\n`, "2015"],
  ];
  for (const [what, manifest, edition] of cases) {
    it(what, () => {
      const d = tempDir();
      mkdirSync(join(d, "crate"));
      writeFileSync(
        join(d, "Cargo.toml"),
        `[workspace]\nmembers = ["crate"]\n\n[workspace.package] # shared\nedition = '2024'\n`,
      );
      writeFileSync(join(d, "crate", "Cargo.toml"), manifest);
      expect(crateEdition(d, join(d, "crate"))).toBe(edition);
    });
  }

  it("a manifest that is not TOML is an input error naming its line", () => {
    const d = tempDir();
    writeFileSync(join(d, "Cargo.toml"), `[package\nedition = "2021"\n`);
    expect(() => crateEdition(d, d)).toThrow(/Cargo\.toml:1:\d+: /);
  });
});

describe("port without a usable rustfmt", () => {
  it("stops with an error and writes nothing", async () => {
    const b = box();
    const bin = join(b.root, "bin");
    mkdirSync(bin);
    writeFileSync(join(bin, "rustfmt"), "#!/bin/sh\ncat >/dev/null\necho 'rustfmt: broken' >&2\nexit 1\n", {
      mode: 0o755,
    });
    const before = snapshot(b.winterbaume);
    const oldPath = process.env.PATH;
    process.env.PATH = `${bin}:${oldPath}`;
    try {
      await expect(
        port({
          service: "ecs",
          filters: [],
          winterbaume: b.winterbaume,
          moto: b.moto,
          models: models(),
          mode: "write",
          verify: false,
          target: "winterbaume",
          translate: fakeTranslate,
        }),
      ).rejects.toThrow(
        /cannot format the new tests with rustfmt --edition 2021: rustfmt: broken; nothing written/,
      );
    } finally {
      process.env.PATH = oldPath;
    }
    expect(snapshot(b.winterbaume)).toEqual(before);
  });
});
