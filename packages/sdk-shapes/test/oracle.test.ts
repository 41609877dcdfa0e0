/**
 * The aws-sdk-rust ground truth in ../shared/oracle: every row is checked against the surface
 * derived from the local models. EC2 has no local model (its JSON is too large to ship), so EC2
 * rows are skipped by that rule, and the test asserts the skipped rows are exactly the EC2 ones.
 */
import { describe, expect, it } from "vitest";
import { apiSurface, type ApiSurfaceJson, type ApiStructureJson } from "../src/api-surface.js";
import type { ModelRepository } from "../src/api.js";
import { openModels } from "../src/repository.js";
import { SERVICE_TABLE } from "../src/service-table.js";
import { enumVariantName } from "../src/rust-names.js";
import { modelsRoot, oracle, type Row } from "./helpers.js";

const repo: ModelRepository = openModels(modelsRoot);
const surfaces = new Map<string, ApiSurfaceJson | null>();

/** The surface of an aws-sdk crate (`aws_sdk_ecs`), or null when the crate's model is not local. */
function surfaceOf(crate: string): ApiSurfaceJson | null {
  if (!surfaces.has(crate)) {
    const row = SERVICE_TABLE.find((r) => r.cargoCrate.replace(/-/g, "_") === crate);
    const service = row ? repo.service(row.modelsDir) : undefined;
    surfaces.set(crate, service ? apiSurface(service) : null);
  }
  return surfaces.get(crate)!;
}

function structure(s: ApiSurfaceJson, path: string): ApiStructureJson | undefined {
  const t = s.types.find((x) => x.path === path);
  return t && t.kind === "structure" ? t : undefined;
}

/** Rows whose crate has a local model, after checking the others are exactly the EC2 rows. */
function checkable(rows: Row[]): Row[] {
  const skipped = rows.filter((r) => surfaceOf(r.service_sdk_crate!) === null);
  for (const r of skipped) expect(r.service_sdk_crate).toBe("aws_sdk_ec2");
  expect(skipped).toEqual(rows.filter((r) => r.service_sdk_crate === "aws_sdk_ec2"));
  return rows.filter((r) => surfaceOf(r.service_sdk_crate!) !== null);
}

describe("oracle/accessors.tsv", () => {
  const rows = oracle("accessors.tsv");
  it("has rows, and the only crate without a local model is EC2", () => {
    expect(rows.length).toBeGreaterThan(0);
    expect(checkable(rows).length).toBeGreaterThan(0);
  });
  it.each(checkable(rows).map((r) => [`${r.rust_type_path}.${r.member_name}`, r] as const))("%s", (_, r) => {
    const s = surfaceOf(r.service_sdk_crate!)!;
    const t = structure(s, r.rust_type_path!);
    expect(t, r.rust_type_path).toBeDefined();
    expect(t!.shape).toBe(r.smithy_shape_id);
    const m = t!.members.find((x) => x.name === r.member_name);
    expect(m, r.member_name).toBeDefined();
    expect(m!.accessor).toBe(r.rust_accessor);
    expect(m!.returns).toBe(r.rust_return_type);
  });
});

describe("oracle/builders.tsv", () => {
  const rows = oracle("builders.tsv");
  it("has rows, and the only crate without a local model is EC2", () => {
    expect(rows.length).toBeGreaterThan(0);
    expect(checkable(rows).length).toBeGreaterThan(0);
  });
  it.each(checkable(rows).map((r) => [r.rust_type_path!, r] as const))("%s", (_, r) => {
    const t = structure(surfaceOf(r.service_sdk_crate!)!, r.rust_type_path!);
    expect(t, r.rust_type_path).toBeDefined();
    expect(t!.shape).toBe(r.smithy_shape_id);
    expect(String(t!.buildReturnsResult)).toBe(r.build_returns_result);
  });
});

describe("oracle/operation_names.tsv", () => {
  const rows = oracle("operation_names.tsv");
  it("has rows, and the only crate without a local model is EC2", () => {
    expect(checkable(rows).length).toBe(rows.length - 1);
  });
  it.each(checkable(rows).map((r) => [`${r.service_sdk_crate}::${r.smithy_operation}`, r] as const))(
    "%s",
    (_, r) => {
      const op = surfaceOf(r.service_sdk_crate!)!.operations.find((o) => o.name === r.smithy_operation);
      expect(op).toBeDefined();
      expect({
        method: op!.method,
        module: op!.input.replace(/::[^:]+$/, ""),
        input: op!.input,
        output: op!.output,
        error: op!.error,
        fluentBuilder: op!.fluentBuilder,
        paginator: op!.paginator ?? "",
      }).toEqual({
        method: r.client_method,
        module: r.module,
        input: r.input_type,
        output: r.output_type,
        error: r.error_type,
        fluentBuilder: r.fluent_builder,
        paginator: r.paginator,
      });
    },
  );
});

describe("oracle/enums.tsv", () => {
  const rows = oracle("enums.tsv");
  it("finds most rows' members in the local model (the rest are newer runtimes)", () => {
    const found = rows.filter((r) => {
      const t = surfaceOf(r.service_sdk_crate!)?.types.find((x) => x.path === r.rust_type_path);
      return t?.kind === "enum" && t.variants.some((v) => v.member === r.smithy_member_name);
    });
    expect(found.length / rows.length).toBeGreaterThan(0.8);
  });
  it.each(rows.map((r) => [r.smithy_member_name!, r] as const))("%s", (_, r) => {
    const t = surfaceOf(r.service_sdk_crate!)!.types.find((x) => x.path === r.rust_type_path);
    expect(t?.kind).toBe("enum");
    expect(t!.shape).toBe(r.smithy_shape_id);
    const v = t!.kind === "enum" ? t!.variants.find((x) => x.member === r.smithy_member_name) : undefined;
    if (v === undefined) {
      // A runtime newer than the local model (api-models-aws of Apr 2025, e.g. python314): the
      // naming rule must still give the generated variant.
      expect(enumVariantName(r.smithy_member_name!)).toBe(r.rust_variant);
      return;
    }
    expect(v.value).toBe(r.wire_value);
    expect(v.variant).toBe(r.rust_variant);
  });
});
