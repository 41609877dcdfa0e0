#!/usr/bin/env node
/**
 * Facade health check.
 *
 * 1. Generates the aws-sdk facade crate of EVERY service in the models folder (all must generate).
 * 2. Runs `cargo check --offline` on the facades of the services moto tests most (or `--services`),
 *    each with a small smoke test, through the same `checkRust` the `check` command uses.
 *
 *   node scripts/check-facades.mjs [--models DIR] [--services a,b,c|all] [--cache DIR] [--no-generate-all]
 *                                  [--list-services] [--json]
 *
 * Needs a build (`npx tsc -b`). Exit 0 when everything generates and compiles, 1 otherwise, 2 on usage errors.
 *
 * Default services: the 20 with the most test functions under /work/ext/moto/tests (or $MOTO_TESTS), among those
 * with a model; without a moto checkout, FALLBACK_TOP20 below (that count, taken 2025-11: ec2 has the most tests
 * but no model here, test_core is not a service).
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** By moto test functions: dynamodb 623, s3 447, rds 383, glue 271, sagemaker 253, iam 246, cognito-idp 227, ... */
const FALLBACK_TOP20 = [
  "dynamodb",
  "s3",
  "rds",
  "glue",
  "sagemaker",
  "iam",
  "cognito-idp",
  "cloudformation",
  "sns",
  "swf",
  "secretsmanager",
  "iot",
  "events",
  "kms",
  "apigateway",
  "ecs",
  "ssm",
  "lambda",
  "sqs",
  "autoscaling",
];

/** moto test folder suffix → boto3 name, where they differ. */
const MOTO_DIR_ALIASES = {
  awslambda: "lambda",
  awslambda_simple: "lambda",
  cognitoidp: "cognito-idp",
  cognitoidentity: "cognito-identity",
  elb: "elb",
  elbv2: "elbv2",
  stepfunctions: "stepfunctions",
  resourcegroupstaggingapi: "resourcegroupstaggingapi",
  dynamodbstreams: "dynamodbstreams",
  sagemakerruntime: "sagemaker-runtime",
  s3control: "s3control",
  timestreamwrite: "timestream-write",
  iotdata: "iot-data",
  apigatewaymanagementapi: "apigatewaymanagementapi",
  kinesisvideoarchivedmedia: "kinesis-video-archived-media",
  ssoadmin: "sso-admin",
  rdsdata: "rds-data",
  emrcontainers: "emr-containers",
  emrserverless: "emr-serverless",
  mediastoredata: "mediastore-data",
};

function usage(msg) {
  if (msg) process.stderr.write(`check-facades: error: ${msg}\n`);
  process.stderr.write(
    "usage: node scripts/check-facades.mjs [--models DIR] [--services a,b,c|all] [--cache DIR] [--no-generate-all] [--list-services] [--json]\n",
  );
  process.exit(2);
}

let args;
try {
  args = parseArgs({
    options: {
      models: { type: "string" },
      services: { type: "string" },
      cache: { type: "string" },
      "no-generate-all": { type: "boolean", default: false },
      "list-services": { type: "boolean", default: false },
      json: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
    allowPositionals: false,
  }).values;
} catch (e) {
  usage(e.message);
}
if (args.help) usage();

const dist = (pkg) => path.join(repoRoot, "packages", pkg, "dist", "index.js");
for (const pkg of ["sdk-shapes", "backend-rust"]) {
  if (!existsSync(dist(pkg))) usage(`packages/${pkg}/dist is missing: build first (npx tsc -b)`);
}
const shapes = await import(pathToFileURL(dist("sdk-shapes")).href);
const backend = await import(pathToFileURL(dist("backend-rust")).href);

const modelsRoot = path.resolve(
  args.models ?? process.env.MOTO2RUST_MODELS ?? path.resolve(repoRoot, "..", "shared", "api-models-aws"),
);
if (!existsSync(modelsRoot)) usage(`models folder not found: ${modelsRoot}`);
const repo = shapes.openModels(modelsRoot);
const available = repo.available();

function motoTopServices(n) {
  const testsDir = process.env.MOTO_TESTS ?? "/work/ext/moto/tests";
  if (!existsSync(testsDir)) return null;
  const counts = [];
  for (const d of readdirSync(testsDir)) {
    if (!d.startsWith("test_")) continue;
    const dir = path.join(testsDir, d);
    if (!statSync(dir).isDirectory()) continue;
    let fns = 0;
    const walk = (p) => {
      for (const f of readdirSync(p)) {
        const abs = path.join(p, f);
        if (statSync(abs).isDirectory()) walk(abs);
        else if (/^test_.*\.py$/.test(f))
          fns += (readFileSync(abs, "utf8").match(/^\s*(?:async\s+)?def test_/gm) ?? []).length;
      }
    };
    walk(dir);
    const suffix = d.slice("test_".length);
    const boto3 = MOTO_DIR_ALIASES[suffix] ?? suffix;
    const row = shapes.findServiceRow(boto3);
    const name = available.includes(boto3) ? boto3 : row && available.includes(row.boto3) ? row.boto3 : null;
    if (name) counts.push({ name, fns });
  }
  const merged = new Map();
  for (const c of counts) merged.set(c.name, (merged.get(c.name) ?? 0) + c.fns);
  return [...merged.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, n)
    .map(([name]) => name);
}

let toCheck;
if (args.services === "all") toCheck = [...available];
else if (args.services)
  toCheck = args.services
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
else toCheck = motoTopServices(20) ?? FALLBACK_TOP20;
for (const s of toCheck) if (!repo.service(s)) usage(repo.problem(s) ?? `unknown service '${s}'`);
if (args["list-services"]) {
  process.stdout.write(`${toCheck.join("\n")}\n`);
  process.exit(0);
}

const rows = [];
let failed = false;

// 1. Generation of every service.
if (!args["no-generate-all"]) {
  const t0 = Date.now();
  let n = 0;
  let bytes = 0;
  const genFailures = [];
  for (const name of available) {
    try {
      const svc = repo.service(name);
      if (!svc) throw new Error(repo.problem(name) ?? "not loadable");
      const c = backend.generateFacade(svc, {
        modelFile: backend.findModelFile(modelsRoot, svc.info.modelsDir),
      });
      for (const v of Object.values(c.files)) bytes += v.length;
      n++;
    } catch (e) {
      genFailures.push({
        name,
        error: String(e?.stack ?? e)
          .split("\n")
          .slice(0, 3)
          .join(" | "),
      });
    }
  }
  if (genFailures.length > 0) failed = true;
  const line = `generated ${n}/${available.length} facades (${(bytes / 1e6).toFixed(1)} MB of Rust) in ${((Date.now() - t0) / 1000).toFixed(1)} s`;
  if (!args.json) {
    process.stdout.write(line + "\n");
    for (const f of genFailures) process.stdout.write(`  FAILED ${f.name}: ${f.error}\n`);
  }
  rows.push({ kind: "generate-all", services: available.length, generated: n, failures: genFailures });
}

// 2. cargo check of the selected facades.
if (!(await backend.cargoAvailable())) {
  process.stderr.write("check-facades: cargo not found on PATH; skipping cargo check\n");
  process.exit(failed ? 1 : 2);
}
const cacheDir = args.cache ? path.resolve(args.cache) : path.join(os.tmpdir(), "moto2rust-facade-check");
const results = [];
for (const name of toCheck) {
  const svc = repo.service(name);
  const first = svc.operations()[0];
  const crate = svc.info.crate;
  const smoke = [
    `use ${crate}::config::BehaviorVersion;`,
    `use ${crate}::error::ProvideErrorMetadata;`,
    "",
    `async fn make_client() -> ${crate}::Client {`,
    "    let config = aws_config::defaults(BehaviorVersion::latest())",
    `        .region(${crate}::config::Region::new("us-east-1"))`,
    "        .load()",
    "        .await;",
    `    ${crate}::Client::new(&config)`,
    "}",
    "",
    "#[tokio::test]",
    "async fn smoke() {",
    "    let client = make_client().await;",
    first
      ? `    let err = client.${first.method}().send().await.unwrap_err().into_service_error();\n    let _code: Option<&str> = err.code();`
      : "    let _ = client;",
    "}",
    "",
  ].join("\n");
  const t0 = Date.now();
  try {
    const r = await backend.checkRust([{ file: `${name}_smoke.rs`, source: smoke }], {
      service: name,
      repo,
      cacheDir,
    });
    const ok =
      r.facadeErrors.length === 0 &&
      r.cargoFailure === null &&
      r.totals.fails === 0 &&
      r.totals.otherErrors === 0;
    if (!ok) failed = true;
    results.push({
      service: name,
      crate: svc.info.cargoCrate,
      types: svc.types().length,
      operations: svc.operations().length,
      ok,
      warm: r.warm,
      cargoMs: r.timings.cargoMs,
      totalMs: Date.now() - t0,
      errors: [
        ...r.facadeErrors.slice(0, 3),
        ...(r.cargoFailure ? [r.cargoFailure] : []),
        ...r.tests
          .flatMap((t) => t.errors.map((e) => `${e.file}:${e.line}:${e.col}: ${e.message}`))
          .slice(0, 3),
      ],
    });
  } catch (e) {
    failed = true;
    results.push({ service: name, crate: svc.info.cargoCrate, ok: false, errors: [String(e?.message ?? e)] });
  }
  const r = results[results.length - 1];
  if (!args.json) {
    process.stdout.write(
      `${r.service.padEnd(22)} ${String(r.crate).padEnd(30)} types ${String(r.types ?? "?").padStart(5)}  ops ${String(r.operations ?? "?").padStart(4)}  ${r.ok ? "ok  " : "FAIL"}  cargo ${((r.cargoMs ?? 0) / 1000).toFixed(1).padStart(5)} s${r.warm ? " (warm)" : ""}\n`,
    );
    for (const e of r.errors ?? []) process.stdout.write(`    ${e.split("\n").slice(0, 6).join("\n    ")}\n`);
  }
}
if (args.json) {
  process.stdout.write(JSON.stringify({ generation: rows[0] ?? null, checks: results }, null, 2) + "\n");
} else {
  const ok = results.filter((r) => r.ok).length;
  process.stdout.write(`\n${ok}/${results.length} facades compile\n`);
}
process.exit(failed ? 1 : 0);
