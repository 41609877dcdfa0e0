export {
  transpile,
  inferService,
  defaultWinterbaume,
  type TranspileOptions,
  type TranspileResult,
} from "./transpile.js";
export type { TestReport, ReportTotals, Diagnostic, Reason, TestStatus } from "@moto2rust/ir";
