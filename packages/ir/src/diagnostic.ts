import { formatSpan, type Span } from "./span.js";

export type Severity = "error" | "warning" | "note";

/**
 * Diagnostic codes, one catalogue for the whole compiler (Babel's parse-error catalogue is the model).
 * A code names the problem; the message gives the detail.
 */
export type DiagnosticCode =
  | "syntax-error"
  | "unsupported-syntax"
  | "unknown-service"
  | "unknown-operation"
  | "unknown-member"
  | "type-mismatch"
  | "missing-models"
  | "approximated"
  | "moto-internal"
  | "server-mode-only"
  | "cloudformation"
  | "cross-service"
  | "resource-api"
  | "unimplemented-operation"
  | "already-ported"
  | "rustfmt-missing"
  | "io-error";

export interface Diagnostic {
  readonly severity: Severity;
  readonly code: DiagnosticCode;
  readonly message: string;
  readonly span: Span;
}

export function diagnostic(severity: Severity, code: DiagnosticCode, message: string, at: Span): Diagnostic {
  return { severity, code, message, span: at };
}

/** `file:line:col: severity[code]: message`, the one format every command prints (as rustc does). */
export function formatDiagnostic(d: Diagnostic): string {
  return `${formatSpan(d.span)}: ${d.severity}[${d.code}]: ${d.message}`;
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    a.span.file.localeCompare(b.span.file) ||
    a.span.line - b.span.line ||
    a.span.col - b.span.col ||
    a.message.localeCompare(b.message)
  );
}
