/** Emitting Rust: typed IR → `RustUnit` → text, and rustfmt. */
export { emitModule, type EmitResult } from "./module.js";
export {
  renderUnit,
  type RustItem,
  type RustTest,
  type RustUnit,
  type Target,
  type EmitOptions,
  type ClientHelperNames,
} from "./unit.js";
export { formatRust, rustfmtTimeoutMs, type FormatResult } from "./rustfmt.js";
export { classify, crudRank, compareOrder, type Category } from "./ordering.js";
