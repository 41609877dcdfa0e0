export * from "./rust-parser.js";
export { emitModule, type EmitResult } from "./emit-module.js";
export {
  renderUnit,
  type RustItem,
  type RustTest,
  type RustUnit,
  type Target,
  type EmitOptions,
} from "./unit.js";
export { formatRust, type FormatResult } from "./rustfmt.js";
export { classify, crudRank, compareOrder, type Category } from "./ordering.js";
export * from "./inventory/index.js";
export * from "./facade/index.js";
export * from "./check/index.js";
