import { describe, expect, it } from "vitest";
import { xformName } from "../src/boto3-name.js";
import { toPascalCase } from "../src/pascal-case.js";
import {
  enumVariantName,
  errorHelperName,
  escapeIfNeeded,
  operationNames,
  structureMemberNames,
  unionHelpers,
  unionVariantName,
  waiterNames,
} from "../src/rust-names.js";
import { oracle } from "./helpers.js";

describe("toPascalCase (SDK-RULES §2.2)", () => {
  it.each([
    ["VPC", "Vpc"],
    ["DBInstance", "DbInstance"],
    ["KMSInvalidStateException", "KmsInvalidStateException"],
    ["FARGATE", "Fargate"],
    ["EC2", "Ec2"],
    ["STANDARD_IA", "StandardIa"],
    ["us_east_2", "UsEast2"],
    ["nodejs18x", "Nodejs18x"],
    ["java8al2", "Java8al2"],
    ["ListMFADevicesInput", "ListMfaDevicesInput"],
    ["ListObjectsV2Output", "ListObjectsV2Output"],
    ["python3.12", "Python3.12"],
    ["", ""],
  ])("%s → %s", (input, expected) => {
    expect(toPascalCase(input)).toBe(expected);
  });
});

describe("xformName (botocore)", () => {
  it.each([
    ["ListMFADevices", "list_mfa_devices"],
    ["DescribeDBInstances", "describe_db_instances"],
    ["CreateCluster", "create_cluster"],
    ["ListObjectsV2", "list_objects_v2"],
    ["GetBucketAcl", "get_bucket_acl"],
    ["ListWebACLs", "list_web_acls"],
    ["DescribeVpcEndpointServicePermissions", "describe_vpc_endpoint_service_permissions"],
    ["AssignIpv6Addresses", "assign_ipv6_addresses"],
    ["AssumeRoleWithSAML", "assume_role_with_saml"],
    ["GetSMSAttributes", "get_sms_attributes"],
    ["ExecutePartiQLStatement", "execute_partiql_statement"],
    ["CreateStorediSCSIVolume", "create_stored_iscsi_volume"],
    ["already_snake", "already_snake"],
  ])("%s → %s", (input, expected) => {
    expect(xformName(input)).toBe(expected);
  });

  it("applies the partial renames", () => {
    expect(xformName("GetS3Resources")).toBe("get_s3_resources");
  });
});

describe("structure member names (§2.4)", () => {
  it.each([
    ["clusterName", "cluster_name", "set_cluster_name", "get_cluster_name"],
    ["type", "r#type", "set_type", "get_type"],
    ["Type", "r#type", "set_type", "get_type"],
    ["build", "build_value", "set_build", "get_build"],
    ["meta", "meta_value", "set_meta", "get_meta"],
    ["Default", "default_value", "set_default", "get_default"],
    ["send", "send_value", "set_send", "get_send"],
    ["self", "self_", "set_self", "get_self"],
    ["crate", "crate_", "set_crate", "get_crate"],
    ["gen", "gen", "set_gen", "get_gen"],
  ])("%s → %s / %s / %s", (name, accessor, setter, getter) => {
    expect(structureMemberNames(name)).toEqual({ accessor, setSetter: setter, getter });
  });
});

describe("escapeIfNeeded", () => {
  it("escapes identifiers with r#, modules with _, and the unescapable words specially", () => {
    expect(escapeIfNeeded("match")).toBe("r#match");
    expect(escapeIfNeeded("match", "module")).toBe("match_");
    expect(escapeIfNeeded("Self")).toBe("SelfValue");
    expect(escapeIfNeeded("super", "module")).toBe("super_");
    expect(escapeIfNeeded("cluster")).toBe("cluster");
  });
});

describe("operation names (§2.3)", () => {
  it("reproduces every row of oracle/operation_names.tsv (names only, models not needed)", () => {
    const rows = oracle("operation_names.tsv");
    expect(rows).toHaveLength(12);
    for (const r of rows) {
      const n = operationNames(r.smithy_operation!);
      expect(n.method, r.smithy_operation).toBe(r.client_method);
      expect(n.module).toBe(r.module);
      expect(n.inputPath).toBe(r.input_type);
      expect(n.outputPath).toBe(r.output_type);
      expect(n.errorPath).toBe(r.error_type);
      expect(n.fluentBuilderPath).toBe(r.fluent_builder);
      if (r.paginator !== "") expect(n.paginatorPath).toBe(r.paginator);
    }
  });

  it("escapes keyword operations differently for the method and the module", () => {
    const n = operationNames("Match");
    expect(n.method).toBe("r#match");
    expect(n.module).toBe("operation::match_");
  });

  it("uses the renamed context name for method, module, error and fluent builder only", () => {
    const n = operationNames("GetDBThing", "FetchThing");
    expect(n.method).toBe("fetch_thing");
    expect(n.errorName).toBe("FetchThingError");
    expect(n.inputName).toBe("GetDbThingInput");
    expect(n.paginatorName).toBe("GetDbThingPaginator");
  });
});

describe("enum and union variants (§2.5, §2.6)", () => {
  it("reproduces every variant name of oracle/enums.tsv", () => {
    const rows = oracle("enums.tsv");
    expect(rows.length).toBeGreaterThan(40);
    for (const r of rows) expect(enumVariantName(r.smithy_member_name!)).toBe(r.rust_variant);
  });

  it("renames Unknown and builds helpers from the variant", () => {
    expect(enumVariantName("Unknown")).toBe("UnknownValue");
    expect(enumVariantName("UNKNOWN")).toBe("UnknownValue");
    expect(unionVariantName("Unknown")).toBe("UnknownValue");
    expect(unionVariantName("SS")).toBe("Ss");
    expect(unionHelpers("Ss")).toEqual({ asHelper: "as_ss", isHelper: "is_ss" });
    expect(unionHelpers("UnknownValue")).toEqual({
      asHelper: "as_unknown_value",
      isHelper: "is_unknown_value",
    });
  });

  it("builds error helpers from the error variant", () => {
    expect(errorHelperName("ClusterNotFoundException")).toBe("is_cluster_not_found_exception");
    expect(errorHelperName("KmsInvalidStateException")).toBe("is_kms_invalid_state_exception");
  });

  it("names waiters", () => {
    expect(waiterNames("BucketExists")).toEqual({
      method: "wait_until_bucket_exists",
      fluentBuilder: "BucketExistsFluentBuilder",
      module: "waiters::bucket_exists",
    });
  });
});
