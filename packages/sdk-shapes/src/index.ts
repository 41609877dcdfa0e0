/** Public API of @moto2rust/sdk-shapes. Export-only. */
export * from "./api.js";
export { openModels } from "./repository.js";
export { ServiceSet } from "./service-set.js";
export { formatModelFileError } from "./model-loader.js";
export type { ModelFileError } from "./model-loader.js";
export { apiSurface } from "./api-surface.js";
export type {
  ApiEnumJson,
  ApiMemberJson,
  ApiOperationJson,
  ApiStructureJson,
  ApiSurfaceJson,
  ApiTypeJson,
  ApiUnionJson,
  ApiWaiterJson,
} from "./api-surface.js";
export { toSnakeCase } from "./snake-case.js";
export { toPascalCase } from "./pascal-case.js";
export { xformName } from "./boto3-name.js";
export {
  RUST_KEYWORDS,
  escapeIfNeeded,
  isReservedWord,
  structureMemberNames,
  typeName,
  enumVariantName,
  unionVariantName,
  unionHelpers,
  errorHelperName,
  operationNames,
  waiterNames,
} from "./rust-names.js";
export type { EscapeFor, OperationNames, StructureMemberNames, WaiterNames } from "./rust-names.js";
export { cargoCrateName, crateModuleName, rustCrateIdent } from "./crate-name.js";
export { SERVICE_TABLE } from "./service-table.js";
export type { ServiceTableRow } from "./service-table.js";
export { findServiceRow } from "./services.js";
export { accessorFor, renderRustType } from "./rust-types.js";
export type { RustType } from "./rust-types.js";
// The typing pass (src/passes/, owned separately).
export * from "./passes/index.js";
