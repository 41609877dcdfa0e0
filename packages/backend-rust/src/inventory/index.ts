/** tree-sitter-rust readers of winterbaume crates: test files, handlers, markers, service structs. */
export * from "./uses.js";
export * from "./test-file.js";
export {
  scanHandlers,
  operationCoverage,
  uriSegments,
  type EvidenceKind,
  type HandlerEvidence,
  type HandlerScan,
  type OperationShape,
  type ImplementedOperation,
  type NotImplementedOperation,
  type OperationCoverage,
} from "./handlers.js";
export * from "./markers.js";
export * from "./crate-src.js";
export * from "./code-refs.js";
export { opKey } from "./tree.js";
