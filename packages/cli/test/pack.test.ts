/**
 * Installable like any npm CLI: `npm pack` of every workspace gives tarballs that install into an
 * empty project (the npm registry is the only network) and run the bundled example, and the
 * checked-in bin wrapper makes `npx moto2rust` work in the repository after `npm ci`.
 */
import { describe, expect, it } from "vitest";
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../..", import.meta.url));
const builtCli = join(root, "packages", "cli", "dist", "main.js");
const WORKSPACES = ["ir", "sdk-shapes", "frontend-python", "backend-rust", "cli"] as const;

interface PackageJson {
  readonly name: string;
  readonly version: string;
  readonly license?: string;
  readonly repository?: { readonly url: string };
  readonly files?: readonly string[];
  readonly main?: string;
  readonly types?: string;
  readonly exports?: Record<string, { readonly types: string; readonly default: string }>;
  readonly bin?: Record<string, string>;
  readonly dependencies?: Record<string, string>;
}
const pkg = (dir: string): PackageJson =>
  JSON.parse(readFileSync(join(root, "packages", dir, "package.json"), "utf8")) as PackageJson;

/** npm run by `npm test` passes its own npm_* settings down; a child npm must not inherit them. */
function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^npm_/i.test(k)) env[k] = v;
  return { ...env, npm_config_update_notifier: "false", npm_config_fund: "false", npm_config_audit: "false" };
}

function npm(args: string[], cwd: string): string {
  return execFileSync("npm", args, {
    cwd,
    env: cleanEnv(),
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
}

describe("package metadata", () => {
  it("every package.json has the licence, the repository, files, entry points and exact workspace versions", () => {
    const license = readFileSync(join(root, "LICENSE"), "utf8");
    expect(license).toMatch(/Apache License\s+Version 2\.0/);
    const versions = new Map(WORKSPACES.map((w) => [pkg(w).name, pkg(w).version]));
    for (const w of WORKSPACES) {
      const p = pkg(w);
      expect(p.license, w).toBe("Apache-2.0");
      expect(p.repository?.url, w).toMatch(/^git\+https:\/\//);
      expect(p.files, w).toContain("dist");
      expect(readFileSync(join(root, "packages", w, "LICENSE"), "utf8"), w).toBe(license);
      expect(p.main, w).toBe("./dist/index.js");
      expect(p.types, w).toBe("./dist/index.d.ts");
      expect(p.exports?.["."], w).toEqual({ types: "./dist/index.d.ts", default: "./dist/index.js" });
      for (const [dep, range] of Object.entries(p.dependencies ?? {})) {
        if (versions.has(dep)) expect(range, `${w} -> ${dep}`).toBe(versions.get(dep));
      }
    }
    const rootPkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as PackageJson;
    expect(rootPkg.license).toBe("Apache-2.0");
    expect(rootPkg.repository?.url).toBe(pkg("cli").repository?.url);
  });

  it("the bin is a checked-in wrapper, so npm links it before dist/ is built", () => {
    expect(pkg("cli").bin).toEqual({ moto2rust: "./bin/moto2rust.js" });
    const tracked = execFileSync("git", ["ls-files", "packages/cli/bin/moto2rust.js"], {
      cwd: root,
      encoding: "utf8",
    });
    expect(tracked.trim()).toBe("packages/cli/bin/moto2rust.js");
    expect(readFileSync(join(root, "packages", "cli", "bin", "moto2rust.js"), "utf8")).toMatch(
      /^#!\/usr\/bin\/env node\n[\s\S]*import "\.\.\/dist\/main\.js";\n$/,
    );
  });
});

describe.skipIf(!existsSync(builtCli))("installed from npm pack tarballs", () => {
  it("npx moto2rust --version works in the repository after npm ci && npm run build", () => {
    const r = spawnSync("npx", ["--no-install", "moto2rust", "--version"], {
      cwd: root,
      env: cleanEnv(),
      encoding: "utf8",
    });
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe(`moto2rust ${pkg("cli").version}\n`);
    expect(r.status).toBe(0);
  });

  it("the packed workspaces install into an empty project and run the bundled example", () => {
    const work = mkdtempSync(join(tmpdir(), "moto2rust-pack-"));
    const packs = join(work, "packs");
    mkdirSync(packs);
    const packed = JSON.parse(npm(["pack", "--workspaces", "--pack-destination", packs, "--json"], root)) as {
      name: string;
      filename: string;
      files: { path: string }[];
    }[];
    expect(packed.map((p) => p.name).sort()).toEqual(WORKSPACES.map((w) => pkg(w).name).sort());
    for (const p of packed) {
      const paths = p.files.map((f) => f.path);
      expect(paths, p.name).toEqual(
        expect.arrayContaining(["LICENSE", "package.json", "dist/index.js", "dist/index.d.ts"]),
      );
      expect(
        paths.filter((f) => /^(src|test)\//.test(f)),
        p.name,
      ).toEqual([]);
      if (p.name === "moto2rust")
        expect(paths).toEqual(
          expect.arrayContaining(["bin/moto2rust.js", "dist/main.js", "dist/report-worker.js"]),
        );
    }

    const project = join(work, "project");
    mkdirSync(project);
    writeFileSync(
      join(project, "package.json"),
      JSON.stringify({ name: "try-moto2rust", version: "1.0.0", private: true }),
    );
    npm(
      [
        "install",
        "--prefer-offline",
        "--no-audit",
        "--no-fund",
        ...packed.map((p) => join(packs, p.filename)),
      ],
      project,
    );

    const npx = (args: string[], input?: string) =>
      spawnSync("npx", ["--no-install", "moto2rust", ...args], {
        cwd: project,
        env: cleanEnv(),
        encoding: "utf8",
        input,
      });
    const version = npx(["--version"]);
    expect(version.stdout).toBe(`moto2rust ${pkg("cli").version}\n`);
    expect(version.status).toBe(0);

    const example = npx([
      "transpile",
      join(root, "examples", "test_ecs_example.py"),
      "--models",
      join(root, "examples", "models"),
    ]);
    expect(example.stderr).toBe("2 tests: 2 ported, 0 partial, 0 skipped\n");
    expect(example.stdout).toBe(readFileSync(join(root, "examples", "test_ecs_example.expected.rs"), "utf8"));
    expect(example.status).toBe(0);

    // The library entry and its types resolve from the installed package.
    const lib = spawnSync(
      process.execPath,
      ["--input-type=module", "-e", 'const m = await import("moto2rust"); console.log(typeof m.transpile);'],
      { cwd: project, encoding: "utf8" },
    );
    expect(lib.stdout).toBe("function\n");
    expect(existsSync(join(project, "node_modules", "moto2rust", "dist", "index.d.ts"))).toBe(true);
    rmSync(work, { recursive: true, force: true });
  });
});
