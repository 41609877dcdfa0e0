/**
 * Crate name from a Smithy `sdkId` (SDK-RULES §1.1; smithy-rs `buildSrc/.../ServiceLoader.kt`):
 * lowercase, delete spaces, strip a trailing `service`, then a trailing `api`.
 */

/** `CloudWatch Logs` → `cloudwatchlogs`, `Config Service` → `config`, `ApiGatewayManagementApi` → `apigatewaymanagement`. */
export function crateModuleName(sdkId: string): string {
  let s = sdkId.toLowerCase().split(" ").join("");
  if (s.endsWith("service")) s = s.slice(0, -"service".length);
  if (s.endsWith("api")) s = s.slice(0, -"api".length);
  return s;
}

/** Cargo package name (`aws-sdk-cloudwatchlogs`). */
export function cargoCrateName(sdkId: string): string {
  return `aws-sdk-${crateModuleName(sdkId)}`;
}

/** Rust crate identifier (`aws_sdk_cloudwatchlogs`). */
export function rustCrateIdent(sdkId: string): string {
  return `aws_sdk_${crateModuleName(sdkId)}`;
}
