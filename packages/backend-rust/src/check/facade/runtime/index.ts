import { AWS_CONFIG_CRATE, AWS_CREDENTIAL_TYPES, AWS_TYPES_CRATE } from "./aws-runtime.js";
import type { SupportCrate } from "./crate.js";
import { BYTES_CRATE, SERDE_JSON_CRATE, UUID_CRATE } from "./ext.js";
import { REGEX_CRATE } from "./regex.js";
import { AWS_SMITHY_TYPES } from "./smithy-types.js";
import { AWS_SMITHY_ASYNC, AWS_SMITHY_HTTP, AWS_SMITHY_RUNTIME_API } from "./smithy-runtime.js";
import { TOKIO, TOKIO_MACROS } from "./tokio.js";
import { WINTERBAUME_CORE } from "./winterbaume.js";

export type { SupportCrate } from "./crate.js";
export { CRATE_ATTRS, RUST_HEADER } from "./crate.js";
export { winterbaumeServiceCrate } from "./winterbaume.js";

/** Every hand-written support crate, in dependency order. */
export const SUPPORT_CRATES: readonly SupportCrate[] = [
  BYTES_CRATE,
  AWS_SMITHY_TYPES,
  AWS_SMITHY_ASYNC,
  AWS_SMITHY_RUNTIME_API,
  AWS_SMITHY_HTTP,
  AWS_CREDENTIAL_TYPES,
  AWS_TYPES_CRATE,
  AWS_CONFIG_CRATE,
  TOKIO_MACROS,
  TOKIO,
  SERDE_JSON_CRATE,
  UUID_CRATE,
  REGEX_CRATE,
  WINTERBAUME_CORE,
];
