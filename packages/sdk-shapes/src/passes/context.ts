/** State shared by the typing passes of one module: the repository, the target service, diagnostics. */
import { diagnostic, type Diagnostic, type Message, type Span } from "@moto2rust/ir";
import type { ModelRepository, ServiceApi } from "../api.js";
import type { HelperTyping } from "./type-helpers.js";
import { ServiceSet } from "../service-set.js";

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

  /** The tested service and the others the module's tests make clients of. */
  readonly services: ServiceSet;
  /** The tested service's API; its type lookups reach every service of `services`. */
  readonly api: ServiceApi;

  constructor(
    readonly repo: ModelRepository,
    target: ServiceApi | ServiceSet,
    readonly options: TypeOptions,
  ) {
    this.services = target instanceof ServiceSet ? target : new ServiceSet(target);
    this.api = this.services.api;
  }

  /** A context for typing whose diagnostics nobody reads (parts of a value already reported). */
  quiet(): TypingContext {
    return new TypingContext(this.repo, this.services, this.options);
  }

  /** The API of a service a client is made for, added to the module's services; undefined without a model. */
  serviceApi(boto3: string): ServiceApi | undefined {
    if (boto3 === this.options.service) return this.services.target;
    const api = this.repo.service(boto3);
    if (api) this.services.add(api);
    return api;
  }

  /** Report a catalogued message (`TYPER` in `@moto2rust/ir`), once per place and text. */
  error(m: Message, at: Span): void {
    const key = `${m.severity}|${m.code}|${at.line}:${at.col}|${m.text}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.diagnostics.push(diagnostic(m, at));
  }
}
