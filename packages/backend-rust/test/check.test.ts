/**
 * cargo-backed checks of the facade: hand-written tests in the emitted style for six services must
 * type-check, a deliberately wrong file must fail with each error attributed to the right test, and
 * the oracle's accessor return types and build() fallibility must hold exactly.
 * Skipped (with a message) when cargo is not installed.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { findServiceRow, openModels } from "@moto2rust/sdk-shapes";
import {
  CargoNotFoundError,
  cargoAvailable,
  checkRust,
  CheckInputError,
  type CheckResult,
} from "../src/check/index.js";
import { oracleAccessors, oracleBuilders } from "./check-fixtures/oracle.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, "../../..");
const modelsRoot = path.resolve(repoRoot, "../shared/api-models-aws");
const oracleDir = path.resolve(repoRoot, "../shared/oracle");
const fixtures = path.join(here, "check-fixtures");
const cacheDir = process.env["MOTO2RUST_CACHE"] ?? path.join(os.tmpdir(), "moto2rust-cache");

const hasCargo = await cargoAvailable();
if (!hasCargo) console.warn("check.test.ts: cargo is not on PATH; skipping the cargo-backed facade checks");

const FIXTURE_SERVICES = ["ecs", "iam", "sqs", "kms", "secretsmanager", "dynamodb"] as const;
const repo = openModels(modelsRoot);

function boto3OfCrate(crate: string): string | undefined {
  const row = findServiceRow(crate);
  if (!row) return undefined;
  const name = row.boto3 !== "" ? row.boto3 : row.modelsDir;
  return repo.service(name)?.info.crate === crate ? name : undefined;
}

describe.skipIf(!hasCargo)("checkRust against generated facades", () => {
  let result: CheckResult;
  let accessors: ReturnType<typeof oracleAccessors>;
  let builders: ReturnType<typeof oracleBuilders>;
  let services: string[];
  const fixtureFile = (name: string) => path.join(fixtures, `${name}.rs`);

  beforeAll(async () => {
    const have = (crate: string) => boto3OfCrate(crate) !== undefined;
    accessors = oracleAccessors(oracleDir, have);
    builders = oracleBuilders(oracleDir, have);
    const wanted = new Set<string>([...FIXTURE_SERVICES, "s3"]);
    for (const c of [...accessors.crates, ...builders.crates]) wanted.add(boto3OfCrate(c)!);
    services = [...wanted].sort();
    // One workspace, one cargo run: every file is its own test target.
    result = await checkRust(
      [
        ...FIXTURE_SERVICES.map((s) => fixtureFile(s)),
        fixtureFile("iam_wrong"),
        fixtureFile("runtime_s3"),
        { file: "oracle_accessors.rs", source: accessors.source },
        { file: "oracle_builders.rs", source: builders.source },
      ],
      { service: services, repo, cacheDir },
    );
  }, 900_000);

  it("builds the facades without errors", () => {
    expect(result.facadeErrors).toEqual([]);
    expect(result.cargoFailure).toBeNull();
  });

  it.each(FIXTURE_SERVICES)("the %s fixture type-checks", (svc) => {
    const entries = result.tests.filter((t) => t.file === fixtureFile(svc));
    const failures = entries
      .filter((t) => !t.compiles)
      .map((t) => t.errors.map((e) => e.rendered).join("\n"));
    expect(failures).toEqual([]);
    expect(entries.filter((t) => t.test !== null).length).toBeGreaterThanOrEqual(3);
  });

  it("supports the runtime surface tests use (tokio test forms, ByteStream, serde_json, uuid, presigning)", () => {
    const entries = result.tests.filter((t) => t.file === fixtureFile("runtime_s3"));
    expect(entries.map((t) => t.errors.map((e) => e.rendered).join("\n")).filter((x) => x !== "")).toEqual(
      [],
    );
    expect(entries.filter((t) => t.test !== null && t.compiles).length).toBe(5);
  });

  it("attributes each error of the wrong fixture to its test function", () => {
    const file = fixtureFile("iam_wrong");
    const byTest = new Map(
      result.tests.filter((t) => t.file === file).map((t) => [t.test ?? `helper:${t.scope}`, t]),
    );
    expect(byTest.get("test_right")?.compiles).toBe(true);
    const wrongAccessor = byTest.get("test_wrong_accessor")!;
    expect(wrongAccessor.compiles).toBe(false);
    expect(wrongAccessor.errors.map((e) => e.code)).toEqual(["E0599"]);
    expect(wrongAccessor.errors[0]!.message).toContain("`name`");
    const strVsSome = byTest.get("test_wrong_str_vs_some")!;
    expect(strVsSome.compiles).toBe(false);
    expect(strVsSome.errors).toHaveLength(1);
    expect(strVsSome.errors[0]!.message).toContain("Option<&str>");
    const missingUnwrap = byTest.get("test_wrong_missing_unwrap")!;
    expect(missingUnwrap.compiles).toBe(false);
    expect(missingUnwrap.errors.map((e) => e.code)).toEqual(["E0308"]);
    expect(missingUnwrap.errors[0]!.rendered).toContain("Result<");
    // Error lines fall inside the functions they are attributed to.
    const source = readFileSync(file, "utf8").split("\n");
    expect(source[wrongAccessor.errors[0]!.line - 1]).toContain(".name()");
    expect(source[missingUnwrap.errors[0]!.line - 1]).toContain(".build())");
    // An error in a helper is reported outside the tests.
    const helper = byTest.get("helper:helper_with_error")!;
    expect(helper.test).toBeNull();
    expect(helper.errors).toHaveLength(1);
  });

  it("counts totals over every file", () => {
    const tests = result.tests.filter((t) => t.test !== null);
    expect(result.totals.tests).toBe(tests.length);
    expect(result.totals.fails).toBe(3);
    expect(result.totals.otherErrors).toBe(1);
  });

  it("reproduces every oracle accessor return type exactly", () => {
    expect(accessors.rows).toBeGreaterThanOrEqual(70);
    const errors = result.tests.filter((t) => t.file === "oracle_accessors.rs").flatMap((t) => t.errors);
    expect(errors.map((e) => e.rendered)).toEqual([]);
  });

  it("reproduces every oracle build() fallibility exactly", () => {
    expect(builders.rows).toBeGreaterThanOrEqual(80);
    const errors = result.tests.filter((t) => t.file === "oracle_builders.rs").flatMap((t) => t.errors);
    expect(errors.map((e) => e.rendered)).toEqual([]);
  });

  it("reuses the generated facade and cargo's target dir on a second run", async () => {
    const start = Date.now();
    const warm = await checkRust([fixtureFile("ecs")], { service: services, repo, cacheDir });
    expect(warm.warm).toBe(true);
    expect(warm.workspace).toBe(result.workspace);
    expect(warm.totals.fails).toBe(0);
    expect(warm.timings.generateMs).toBeLessThan(5_000);
    expect(Date.now() - start).toBeLessThan(60_000);
  }, 300_000);
});

describe("checkRust input and environment errors", () => {
  it("rejects an unknown service", async () => {
    await expect(
      checkRust([{ file: "x.rs", source: "" }], { service: "no-such-service", repo, cacheDir }),
    ).rejects.toBeInstanceOf(CheckInputError);
  });

  it("rejects a missing file", async () => {
    await expect(checkRust(["/no/such/file.rs"], { service: "ecs", repo, cacheDir })).rejects.toBeInstanceOf(
      CheckInputError,
    );
  });

  it("says clearly when cargo is missing", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "moto2rust-nocargo-"));
    try {
      const err = await checkRust([{ file: "x.rs", source: "#[test]\nfn t() {}\n" }], {
        service: "sqs",
        repo,
        cacheDir: dir,
        cargo: "moto2rust-no-such-cargo",
      }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(CargoNotFoundError);
      expect((err as Error).message).toMatch(/not found on PATH/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
