/**
 * The facade runtime is real Rust (`facade-runtime/`): every file is rustfmt-clean, and the
 * support crates (with a winterbaume service crate made from its template) pass clippy. Lints are
 * forced on (`--force-warn clippy::all`) because the crates allow them for the generated service
 * facades; rustc's own warnings stay allowed (every body is a placeholder, so parameters go unused).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  FACADE_RUNTIME_DIR,
  supportCrates,
  winterbaumeCrates,
  workspaceFiles,
  writeFilesIfChanged,
} from "@moto2rust/backend-rust";

function rsFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const abs = path.join(dir, name);
      if (statSync(abs).isDirectory()) return rsFiles(abs);
      return name.endsWith(".rs") ? [abs] : [];
    });
}

const files = rsFiles(FACADE_RUNTIME_DIR);
/** Helper fns the emitter copies into translated tests (`emit-helpers/`). */
const emitHelpers = rsFiles(path.join(FACADE_RUNTIME_DIR, "..", "emit-helpers"));
const hasRustfmt = spawnSync("rustfmt", ["--version"]).status === 0;
const hasClippy = spawnSync("cargo", ["clippy", "--version"]).status === 0;
if (!hasRustfmt) console.warn("rustfmt not on PATH: the facade runtime's formatting check is skipped");
if (!hasClippy) console.warn("cargo clippy not on PATH: the facade runtime's clippy check is skipped");

describe("facade runtime (.rs files shipped with the package)", () => {
  it("has every support crate's source and the templates", () => {
    const rel = files.map((f) => path.relative(FACADE_RUNTIME_DIR, f).split(path.sep).join("/"));
    for (const c of supportCrates()) {
      expect(rel).toContain(`crates/${c.name}/src/lib.rs`);
      expect(c.files["src/lib.rs"]).toBe(
        readFileSync(path.join(FACADE_RUNTIME_DIR, "crates", c.name, "src/lib.rs"), "utf8"),
      );
    }
    expect(rel).toContain("templates/crate-attrs.rs");
    expect(rel).toContain("templates/service/macros.rs");
  });

  it("is listed in the package's files, so npm pack ships it", () => {
    const pkg = JSON.parse(readFileSync(path.join(FACADE_RUNTIME_DIR, "..", "package.json"), "utf8")) as {
      files?: string[];
    };
    expect(pkg.files).toContain("facade-runtime");
    expect(pkg.files).toContain("emit-helpers");
  });

  it.skipIf(!hasRustfmt)("is rustfmt-clean (edition 2021), as are the emitter's helper fns", () => {
    expect(emitHelpers.length).toBeGreaterThan(0);
    const r = spawnSync("rustfmt", ["--check", "--edition", "2021", ...files, ...emitHelpers], {
      encoding: "utf8",
    });
    expect(r.stdout + r.stderr).toBe("");
    expect(r.status).toBe(0);
  });

  it.skipIf(!hasClippy)("passes clippy (support crates and a winterbaume service crate)", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "moto2rust-facade-clippy-"));
    try {
      const crates = [...supportCrates(), ...winterbaumeCrates(new Map([["ecs", new Set(["EcsService"])]]))];
      writeFilesIfChanged(dir, workspaceFiles(crates));
      const r = spawnSync("cargo", ["clippy", "--offline", "--workspace", "--message-format=short"], {
        cwd: dir,
        encoding: "utf8",
        env: {
          ...process.env,
          RUSTFLAGS: "--force-warn clippy::all",
          CARGO_TARGET_DIR: path.join(dir, "target"),
        },
      });
      const findings = r.stderr
        .split("\n")
        .filter((l) => /(warning|error)(\[\w+\])?:/.test(l) && !/generated \d+ warning/.test(l));
      expect(findings).toEqual([]);
      expect(r.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
