/** State shared by the typing passes of one module: the repository, the target service, diagnostics. */
import { diagnostic, type Diagnostic, type DiagnosticCode, type Span } from "@moto2rust/ir";
import type { ModelRepository, ServiceApi } from "../api.js";

export interface TypeOptions {
  /** The boto3 name of the service under test (`ecs`). */
  readonly service: string;
}

export class TypingContext {
  readonly diagnostics: Diagnostic[] = [];
  /** The function being typed has statements the frontend could not lower. */
  inUnsupportedFunction = false;
  private readonly seen = new Set<string>();

  constructor(
    readonly repo: ModelRepository,
    readonly api: ServiceApi,
    readonly options: TypeOptions,
  ) {}

  /** A context for typing whose diagnostics nobody reads (parts of a value already reported). */
  quiet(): TypingContext {
    return new TypingContext(this.repo, this.api, this.options);
  }

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
    this.diagnostics.push(diagnostic({ severity, code, text: message }, at));
  }
}
