/** The emitted Rust, as items (so tools can merge them into an existing file), and its rendering. */
import type { ServiceApi, ServiceSet } from "@moto2rust/sdk-shapes";

export interface RustItem {
  readonly name: string;
  readonly code: string;
}

export interface RustTest extends RustItem {
  /** The moto test name (parametrized cases share it). */
  readonly motoTest: string;
  /** `// Ported from moto: test_ecs.py::test_x` */
  readonly comment: string;
}

export interface RustUnit {
  /** Paths without `use`/`;`, sorted, deduped. */
  readonly uses: string[];
  readonly constants: RustItem[];
  readonly clientHelpers: RustItem[];
  readonly helpers: RustItem[];
  readonly tests: RustTest[];
  /** Cargo packages the tests need as dev-dependencies. */
  readonly devDependencies: string[];
}

/** A winterbaume service crate: its Rust identifier (`winterbaume_ecs`) and service struct (`EcsService`). */
export interface WinterbaumeCrate {
  readonly crate: string;
  readonly serviceStruct: string;
}

export type Target =
  | (WinterbaumeCrate & {
      readonly kind: "winterbaume";
      /**
       * The crate registering another service a test also uses (several services in one test),
       * or null when winterbaume has none; absent: none but the tested one.
       */
      readonly crateOf?: (api: ServiceApi) => WinterbaumeCrate | null;
    })
  | { readonly kind: "endpoint" };

/**
 * Names of the client helpers. A test with one client calls `name()` / `regionName(region)`;
 * a test whose clients must share one backend (several regions, a client made in a loop) builds
 * `let mock = mockName();` once and derives each client with `mockClientName(&mock, region)`.
 */
export interface ClientHelperNames {
  readonly name: string;
  readonly regionName: string;
  /** `fn() -> MockAws` registering the services the tests use (default `make_mock`). */
  readonly mockName?: string;
  /** `async fn(&MockAws, &str) -> Client` (default `<name>_with_mock`). */
  readonly mockClientName?: string;
}

/** The mock helper names, defaults filled in. */
export function mockHelperNames(h: ClientHelperNames): { mock: string; mockClient: string } {
  return { mock: h.mockName ?? "make_mock", mockClient: h.mockClientName ?? `${h.name}_with_mock` };
}

export interface EmitOptions {
  readonly service: ServiceApi;
  /** The tested service and the others the tests make clients of (from the typing pass). */
  readonly services?: ServiceSet;
  readonly target: Target;
  readonly clientHelper: ClientHelperNames;
  /** `test_ecs.py`, for comments. */
  readonly fileLabel: string;
}

/** The whole file: uses, constants, client helpers, helpers, tests, in that order. */
export function renderUnit(unit: RustUnit): string {
  const blocks: string[] = [];
  if (unit.uses.length) blocks.push(unit.uses.map((u) => `use ${u};`).join("\n"));
  if (unit.constants.length) blocks.push(unit.constants.map((c) => c.code.trimEnd()).join("\n"));
  for (const h of unit.clientHelpers) blocks.push(h.code.trimEnd());
  for (const h of unit.helpers) blocks.push(h.code.trimEnd());
  for (const t of unit.tests) blocks.push(`${t.comment}\n${t.code.trimEnd()}`);
  return blocks.length ? blocks.join("\n\n") + "\n" : "";
}
