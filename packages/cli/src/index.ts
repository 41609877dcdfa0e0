export {
  transpile,
  inferService,
  defaultWinterbaume,
  type TranspileOptions,
  type TranspileResult,
} from "./transpile.js";
export type { TestReport, ReportTotals, Diagnostic, Reason, TestStatus } from "@moto2rust/ir";
export { ProgramLoader, type SourceReader } from "@moto2rust/frontend-python";
export { fileSystemReader } from "./files.js";
