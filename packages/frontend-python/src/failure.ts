/**
 * A construct the lowerer cannot express in the IR. Lowering functions return `Expr | Failure`
 * (or `Cond | Failure`) instead of throwing; the statement lowerer turns the first failure of a
 * statement into an `Unsupported` statement plus one diagnostic.
 */
import type { DiagnosticCode } from "@moto2rust/ir";
import type { Node } from "./parser.js";

/** The codes a lowering failure can carry. */
export type FailureCode = Extract<
  DiagnosticCode,
  "unsupported-syntax" | "moto-internal" | "resource-api" | "syntax-error" | "server-mode-only"
>;

export interface Failure {
  readonly kind: "Failure";
  /** Short, precise name of the construct (`lambda`, `call to helper make_queue()`). */
  readonly construct: string;
  readonly code: FailureCode;
  /** The offending node; the diagnostic points at it. */
  readonly node: Node;
}

export function fail(construct: string, node: Node, code: FailureCode = "unsupported-syntax"): Failure {
  const named = code === "moto-internal" ? `moto internals: ${construct}` : construct;
  return { kind: "Failure", construct: named, code, node };
}

export function isFailure<T>(x: T | Failure): x is Failure {
  return typeof x === "object" && x !== null && !Array.isArray(x) && "kind" in x && x.kind === "Failure";
}
