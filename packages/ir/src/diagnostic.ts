import { formatSpan, type Span } from "./span.js";

export type Severity = "error" | "warning" | "note";

/**
 * Diagnostic codes, one catalogue for the whole compiler (Babel's parse-error catalogue is the
 * model). A code names the problem; the message (from `messages.ts`) gives the detail.
 */
export type DiagnosticCode =
  | "syntax-error"
  | "unsupported-syntax"
  | "unknown-service"
  | "unknown-operation"
  | "unknown-member"
  | "type-mismatch"
  | "approximated"
  | "moto-internal"
  | "server-mode-only"
  | "cloudformation"
  | "cross-service"
  | "resource-api"
  | "unimplemented-operation"
  | "already-ported"
  | "rustfmt-missing"
  | "io-error"
  | "internal-error";

/** Each code with the reason the SPEC gives for it (its classification section names the skip reasons). */
export const DIAGNOSTIC_CODES: Readonly<Record<DiagnosticCode, string>> = {
  "syntax-error": "the Python file does not parse",
  "unsupported-syntax": "a construct the translation does not support (with the construct and file:line:col)",
  "unknown-service": "no Smithy model for the service the file tests (or no service could be told)",
  "unknown-operation": "a boto3 method that is no operation of the service's model",
  "unknown-member": "a key or keyword argument that is no member of the model's shape",
  "type-mismatch": "a value whose type cannot be what the SDK wants where it stands",
  approximated: "translated with a check the SDK makes meaningless replaced or dropped (test is `partial`)",
  "moto-internal": "uses moto internals (backends, `moto_api`, `state_manager`, `moto.<svc>.models`)",
  "server-mode-only": "runs only against a moto server",
  cloudformation: "uses CloudFormation",
  "cross-service": "a client of a service the target crate cannot register",
  "resource-api": "uses the boto3 resource API (until supported)",
  "unimplemented-operation": "the target does not implement an operation the test calls",
  "already-ported": "the target's test file already has this test",
  "rustfmt-missing": "the output could not be formatted (rustfmt absent or failing)",
  "io-error": "an input file that cannot be read",
  "internal-error": "a bug in moto2rust (an exception it did not expect), never a fault of the input",
};

export interface Diagnostic {
  readonly severity: Severity;
  readonly code: DiagnosticCode;
  readonly message: string;
  readonly span: Span;
}

/** A catalogued message with its parameters filled in (see `messages.ts`), not yet placed. */
export interface Message {
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  readonly text: string;
}

/** A catalogue entry: its code and severity, and the text for its typed parameters. */
export type MessageTemplate<A extends readonly unknown[]> = ((...args: A) => Message) & {
  readonly code: DiagnosticCode;
  readonly severity: Severity;
};

/** Define a catalogue entry. */
export function message<A extends readonly unknown[]>(
  severity: Severity,
  code: DiagnosticCode,
  text: (...args: A) => string,
): MessageTemplate<A> {
  const make = (...args: A): Message => ({ code, severity, text: text(...args) });
  return Object.assign(make, { code, severity });
}

export function diagnostic(m: Message, at: Span): Diagnostic {
  return { severity: m.severity, code: m.code, message: m.text, span: at };
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
