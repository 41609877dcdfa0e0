/**
 * Shared by the port tests: temporary copies of the fixture checkout and moto tree, the models,
 * and a small stand-in translator (so merge/idempotence properties do not depend on the whole
 * compiler; the golden test uses the real `transpile`).
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { openModels, type ModelRepository } from "@moto2rust/sdk-shapes";
import { totals, type TestReport } from "@moto2rust/ir";
import type { TranspileOptions, TranspileResult } from "../src/transpile.js";

export const repoRoot = fileURLToPath(new URL("../../..", import.meta.url));
const fixturesDir = fileURLToPath(new URL("./fixtures/", import.meta.url));
export const modelsDir = join(repoRoot, "..", "shared", "api-models-aws");

let repo: ModelRepository | undefined;
export function models(): ModelRepository {
  repo ??= openModels(modelsDir);
  return repo;
}

export interface Sandbox {
  readonly root: string;
  readonly winterbaume: string;
  readonly moto: string;
  cleanup(): void;
}

/** A fresh copy of the fixture checkout and moto tests in a temp dir. */
export function sandbox(): Sandbox {
  const root = mkdtempSync(join(tmpdir(), "moto2rust-port-"));
  cpSync(join(fixturesDir, "winterbaume"), join(root, "winterbaume"), { recursive: true });
  cpSync(join(fixturesDir, "moto"), join(root, "moto"), { recursive: true });
  return {
    root,
    winterbaume: join(root, "winterbaume"),
    moto: join(root, "moto", "tests"),
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}

/** Every file under a directory with its bytes and mtime, for "nothing changed" checks. */
export function snapshot(dir: string): Map<string, { bytes: string; mtimeMs: number }> {
  const out = new Map<string, { bytes: string; mtimeMs: number }>();
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.set(relative(dir, p), { bytes: readFileSync(p, "latin1"), mtimeMs: statSync(p).mtimeMs });
    }
  };
  walk(dir);
  return out;
}

/**
 * A stand-in translator: one Rust test per `def test_*` (parametrized ones get `_case_N`
 * copies), calling the client helper, one `send()` per boto3 call, `unwrap_err()` for calls
 * under `pytest.raises`. Module helpers `def _x(...)` become async helpers. Test doubles may
 * read Python loosely: this is not the compiler.
 */
export async function fakeTranslate(source: string, options: TranspileOptions): Promise<TranspileResult> {
  const svc = options.service ?? "ecs";
  const sdk = svc === "sqs" ? "aws_sdk_sqs" : "aws_sdk_ecs";
  const struct = options.winterbaume?.serviceStruct ?? "Service";
  const crate = options.winterbaume?.crate ?? "winterbaume_x";
  const helper = options.clientHelper ?? { name: "make_client", regionName: "make_client_with_region" };
  const file = options.file ?? "input.py";
  const base = file.split("/").pop()!;
  const lines = source.split("\n");
  const tests: TestReport[] = [];
  const fns: string[] = [];
  const helpers: string[] = [];
  let usesErr = false;
  for (let i = 0; i < lines.length; i++) {
    const m = /^def (_?\w+)\((.*)\):/.exec(lines[i]!);
    if (!m) continue;
    const name = m[1]!;
    const body: string[] = [];
    for (let j = i + 1; j < lines.length && (lines[j]!.startsWith(" ") || lines[j] === ""); j++)
      body.push(lines[j]!);
    const ops = [
      ...new Set(body.flatMap((l) => [...l.matchAll(/\b(?:client|sqs)\.([a-z_]+)\(/g)].map((x) => x[1]!))),
    ];
    const region = /region_name="([a-z0-9-]+)"/.exec(body.join("\n"))?.[1];
    const raises = body.some((l) => l.includes("pytest.raises"));
    if (name.startsWith("_")) {
      helpers.push(`async fn ${name.slice(1)}(client: &${sdk}::Client) {\n    let _ = client;\n}`);
      continue;
    }
    const params = /parametrize\(\s*"\w+",\s*\[([^\]]*)\]/.exec(
      lines.slice(Math.max(0, i - 3), i).join("\n"),
    );
    const cases = params ? params[1]!.split(",").filter((s) => s.trim()).length : 0;
    const internal = /ecs_backends|\bbackend\b/.test(body.join("\n"));
    const call = region && region !== "us-east-1" ? `${helper.regionName}("${region}")` : `${helper.name}()`;
    const stmts = [`    let client = ${call}.await;`];
    const usesHelper = body.some((l) => /\b_create_cluster\(/.test(l));
    if (usesHelper) stmts.push(`    create_cluster(&client).await;`);
    for (const op of ops) {
      if (raises) {
        usesErr = true;
        stmts.push(`    let err = client.${op}().send().await.unwrap_err();`);
        stmts.push(`    assert!(err.code().is_some());`);
      } else stmts.push(`    client.${op}().send().await.unwrap();`);
    }
    const rustNames = cases > 0 ? Array.from({ length: cases }, (_, k) => `${name}_case_${k + 1}`) : [name];
    if (!internal) {
      for (const rn of rustNames) {
        fns.push(
          `// Ported from moto: ${base}::${name}\n#[tokio::test]\nasync fn ${rn}() {\n${stmts.join("\n")}\n}`,
        );
      }
    }
    tests.push({
      file,
      test: name,
      line: i + 1,
      status: internal ? "skipped" : "ported",
      reasons: internal
        ? [{ code: "moto-internal", message: "uses moto's backends", line: i + 1, col: 1 }]
        : [],
      operations: ops,
      asserts: { python: body.filter((l) => l.trim().startsWith("assert")).length, rust: 0 },
      rustTests: internal ? [] : rustNames,
    });
  }
  const uses = [`${sdk}::config::BehaviorVersion`, "winterbaume_core::MockAws", `${crate}::${struct}`];
  if (usesErr) uses.push(`${sdk}::error::ProvideErrorMetadata`);
  uses.sort();
  const clientHelpers = [
    `async fn ${helper.name}() -> ${sdk}::Client {\n    ${helper.regionName}("us-east-1").await\n}`,
    `async fn ${helper.regionName}(region: &str) -> ${sdk}::Client {\n    let mock = MockAws::builder().with_service(${struct}::new()).build();\n    let config = aws_config::defaults(BehaviorVersion::latest())\n        .http_client(mock.http_client())\n        .credentials_provider(mock.credentials_provider())\n        .region(${sdk}::config::Region::new(region.to_string()))\n        .load()\n        .await;\n    ${sdk}::Client::new(&config)\n}`,
  ];
  const rust = [
    uses.map((u) => `use ${u};`).join("\n"),
    `const ACCOUNT_ID: &str = "123456789012";`,
    ...clientHelpers,
    ...helpers,
    ...fns,
  ].join("\n\n");
  return {
    rust: rust + "\n",
    unit: null,
    tests,
    totals: totals(tests),
    diagnostics: [],
    service: svc,
    formatted: true,
  };
}
