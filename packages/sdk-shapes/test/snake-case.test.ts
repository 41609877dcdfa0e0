import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { toSnakeCase } from "../src/snake-case.js";
import { oracle, sharedDir } from "./helpers.js";

describe("toSnakeCase", () => {
  it("reproduces all 62,988 smithy-rs testOutput.txt vectors", () => {
    const lines = readFileSync(path.join(sharedDir, "vectors/smithy-rs-snake-case.csv"), "utf8")
      .split("\n")
      .filter((l) => l !== "");
    expect(lines).toHaveLength(62_988);
    const failures: string[] = [];
    for (const line of lines) {
      const comma = line.indexOf(",");
      const input = line.slice(0, comma);
      const expected = line.slice(comma + 1);
      const got = toSnakeCase(input);
      if (got !== expected) failures.push(`${input}: expected ${expected}, got ${got}`);
    }
    expect(failures).toEqual([]);
  });

  it("reproduces every row of oracle/snake_case.tsv", () => {
    const rows = oracle("snake_case.tsv");
    expect(rows.length).toBeGreaterThan(100);
    for (const r of rows) expect(toSnakeCase(r.input!), r.input).toBe(r.expected_snake_case);
  });

  it.each([
    ["ListMFADevices", "list_mfa_devices"],
    ["GetBucketACL", "get_bucket_acl"],
    ["ListACLs", "list_acls"],
    ["DynamoDBv2Action", "dynamo_dbv2_action"],
    ["TotalGpuMemoryInMiB", "total_gpu_memory_in_mib"],
    ["a-b c", "a_b_c"],
    ["", ""],
  ])("%s → %s", (input, expected) => {
    expect(toSnakeCase(input)).toBe(expected);
  });
});
