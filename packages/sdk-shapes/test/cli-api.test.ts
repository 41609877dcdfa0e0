/** `moto2rust api` (packages/cli/src/commands/api.ts, owned with this package). */
import { describe, expect, it } from "vitest";
import { run } from "../../cli/src/commands/api.js";
import { memoryIO } from "../../cli/src/io.js";
import { modelsRoot, oracle } from "./helpers.js";

describe("moto2rust api", () => {
  it("prints the JSON surface, including every accessor oracle row of the service", async () => {
    const { io, stdout, stderr } = memoryIO({ MOTO2RUST_MODELS: modelsRoot });
    expect(await run(["ecs", "--json"], io)).toBe(0);
    expect(stderr()).toBe("");
    const surface = JSON.parse(stdout());
    expect(surface).toMatchObject({ service: "ecs", crate: "aws_sdk_ecs" });
    const cluster = surface.types.find((t: { path: string }) => t.path === "types::Cluster");
    expect(cluster.members[0]).toEqual({
      name: "clusterArn",
      accessor: "cluster_arn",
      returns: "Option<&str>",
      setter: "cluster_arn",
      setSetter: "set_cluster_arn",
      getter: "get_cluster_arn",
      fieldType: "Option<String>",
    });
    const create = surface.operations.find((o: { name: string }) => o.name === "CreateCluster");
    expect(create).toMatchObject({
      method: "create_cluster",
      boto3: "create_cluster",
      input: "operation::create_cluster::CreateClusterInput",
      output: "operation::create_cluster::CreateClusterOutput",
      error: "operation::create_cluster::CreateClusterError",
      fluentBuilder: "operation::create_cluster::builders::CreateClusterFluentBuilder",
      paginator: null,
    });
    for (const r of oracle("accessors.tsv").filter((x) => x.service_sdk_crate === "aws_sdk_ecs")) {
      const t = surface.types.find((x: { path: string }) => x.path === r.rust_type_path);
      const m = t.members.find((x: { name: string }) => x.name === r.member_name);
      expect(m.returns).toBe(r.rust_return_type);
    }
  });

  it("takes --models over the environment and prints a readable summary without --json", async () => {
    const { io, stdout } = memoryIO({});
    expect(await run(["logs", "--models", modelsRoot], io)).toBe(0);
    expect(stdout()).toMatch(/^aws_sdk_cloudwatchlogs \(aws-sdk-cloudwatchlogs\): boto3 'logs'/);
    expect(stdout()).toContain(
      "get_log_events -> client.get_log_events() -> operation::get_log_events::GetLogEventsOutput",
    );
  });

  it("exits 2 with a pointer to api-models-aws when no models are configured", async () => {
    const { io, stderr } = memoryIO({});
    expect(await run(["ecs", "--json"], io)).toBe(2);
    expect(stderr()).toMatch(/github\.com\/aws\/api-models-aws/);
  });

  it("exits 2 on an unknown service or bad usage", async () => {
    const a = memoryIO({ MOTO2RUST_MODELS: modelsRoot });
    expect(await run(["frobnicate", "--json"], a.io)).toBe(2);
    expect(a.stderr()).toMatch(/unknown service 'frobnicate'/);
    const b = memoryIO({ MOTO2RUST_MODELS: modelsRoot });
    expect(await run([], b.io)).toBe(2);
    expect(b.stderr()).toMatch(/give exactly one service name/);
    const c = memoryIO({ MOTO2RUST_MODELS: modelsRoot });
    expect(await run(["ecs", "--bogus"], c.io)).toBe(2);
  });
});
