import path from "node:path";
import { describe, expect, it } from "vitest";
import { cargoCrateName, crateModuleName, rustCrateIdent } from "../src/crate-name.js";
import { SERVICE_TABLE } from "../src/service-table.js";
import { findServiceRow } from "../src/services.js";
import { oracle, readTsv, sharedDir } from "./helpers.js";

describe("service table", () => {
  it("equals ../shared/service-names.tsv row for row (regenerate with scripts/generate-service-table.mjs)", () => {
    const rows = readTsv(path.join(sharedDir, "service-names.tsv"));
    expect(SERVICE_TABLE.map((r) => ({ ...r }))).toEqual(
      rows.map((r) => ({
        boto3: r.boto3_client,
        sdkId: r.sdk_id,
        endpointPrefix: r.endpoint_prefix,
        modelsDir: r.models_dir,
        apiVersion: r.api_version,
        cargoCrate: r.aws_sdk_rust_crate,
        boto3Source: r.boto3_name_source,
      })),
    );
  });

  it("agrees with the crate-name rule on every row", () => {
    for (const row of SERVICE_TABLE) expect(cargoCrateName(row.sdkId), row.sdkId).toBe(row.cargoCrate);
  });

  it("finds rows by boto3 name, models folder and crate", () => {
    expect(findServiceRow("logs")?.modelsDir).toBe("cloudwatch-logs");
    expect(findServiceRow("cloudwatch-logs")?.boto3).toBe("logs");
    expect(findServiceRow("cloudwatchlogs")?.boto3).toBe("logs");
    expect(findServiceRow("aws_sdk_eventbridge")?.boto3).toBe("events");
    expect(findServiceRow("no-such-service")).toBeUndefined();
  });
});

describe("crate names (SDK-RULES §1.1)", () => {
  it("reproduces every row of oracle/crate_names.tsv", () => {
    const rows = oracle("crate_names.tsv");
    expect(rows.length).toBe(403);
    for (const r of rows) {
      expect(cargoCrateName(r.sdkId!), r.sdkId).toBe(r.cargo_crate);
      expect(rustCrateIdent(r.sdkId!), r.sdkId).toBe(r.rust_crate_ident);
    }
  });

  it.each([
    ["CloudWatch Logs", "cloudwatchlogs"],
    ["Config Service", "config"],
    ["ApiGatewayManagementApi", "apigatewaymanagement"],
    ["Lex Runtime Service", "lexruntime"],
    ["Elastic Load Balancing v2", "elasticloadbalancingv2"],
  ])("%s → %s", (sdkId, expected) => {
    expect(crateModuleName(sdkId)).toBe(expected);
  });
});
