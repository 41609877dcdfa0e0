/** Lookups over the generated service table (boto3 name, models folder, crate suffix). */
import { SERVICE_TABLE, type ServiceTableRow } from "./service-table.js";

const byBoto3 = new Map<string, ServiceTableRow>();
const byModelsDir = new Map<string, ServiceTableRow>();
const byCrateSuffix = new Map<string, ServiceTableRow>();
for (const row of SERVICE_TABLE) {
  if (row.boto3 !== "") byBoto3.set(row.boto3, row);
  byModelsDir.set(row.modelsDir, row);
  byCrateSuffix.set(row.cargoCrate.replace(/^aws-sdk-/, ""), row);
}

/**
 * The table row for a service name. Tries, in order: the boto3 client name (`logs`), the
 * api-models-aws folder (`cloudwatch-logs`; also covers rows whose boto3 name is unknown), the crate
 * suffix (`cloudwatchlogs`, `aws-sdk-cloudwatchlogs`, `aws_sdk_cloudwatchlogs`).
 */
export function findServiceRow(name: string): ServiceTableRow | undefined {
  const crate = name.replace(/^aws[-_]sdk[-_]/, "");
  return byBoto3.get(name) ?? byModelsDir.get(name) ?? byCrateSuffix.get(crate);
}

/** The boto3 name of a row, or its models folder when the table does not know the boto3 name. */
export function boto3NameOf(row: ServiceTableRow): string {
  return row.boto3 !== "" ? row.boto3 : row.modelsDir;
}

/** The row of an api-models-aws folder. */
export function serviceRowByModelsDir(modelsDir: string): ServiceTableRow | undefined {
  return byModelsDir.get(modelsDir);
}
