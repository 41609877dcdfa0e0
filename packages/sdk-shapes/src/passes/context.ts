/** State shared by the typing passes of one module: the repository, the target service, diagnostics. */
import { diagnostic, type Diagnostic, type Message, type Span } from "@moto2rust/ir";
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

  /** A context for typing whose diagnostics nobody reads (parts of a value already reported). */
  quiet(): TypingContext {
    return new TypingContext(this.repo, this.api, this.options);
  }

  /** Report a catalogued message (`TYPER` in `@moto2rust/ir`), once per place and text. */
  error(m: Message, at: Span): void {
    const key = `${m.severity}|${m.code}|${at.line}:${at.col}|${m.text}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.diagnostics.push(diagnostic(m, at));
  }
}
