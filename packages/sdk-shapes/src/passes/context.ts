/** State shared by the typing passes of one module: the repository, the target service, diagnostics. */
import { diagnostic, type Diagnostic, type DiagnosticCode, type Span } from "@moto2rust/ir";
import type { ModelRepository, ServiceApi } from "../api.js";
import type { HelperTyping } from "./type-helpers.js";

export interface TypeOptions {
  /** The boto3 name of the service under test (`ecs`). */
  readonly service: string;
}

export class TypingContext {
  readonly diagnostics: Diagnostic[] = [];
  /** The function being typed has statements the frontend could not lower. */
  inUnsupportedFunction = false;
  private readonly seen = new Set<string>();
  /** Typing of the module's helper functions, shared by every test that calls them. */
  helpers: HelperTyping | null = null;

  constructor(
    readonly repo: ModelRepository,
    readonly api: ServiceApi,
    readonly options: TypeOptions,
  ) {}

  error(code: DiagnosticCode, message: string, at: Span): void {
    this.report("error", code, message, at);
  }

  warning(code: DiagnosticCode, message: string, at: Span): void {
    this.report("warning", code, message, at);
  }

  private report(severity: "error" | "warning", code: DiagnosticCode, message: string, at: Span): void {
    const key = `${severity}|${code}|${at.line}:${at.col}|${message}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.diagnostics.push(diagnostic(severity, code, message, at));
  }
}
