/** The emitted Rust, as items (so tools can merge them into an existing file), and its rendering. */
import type { ServiceApi } from "@moto2rust/sdk-shapes";

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

export type Target =
  | { readonly kind: "winterbaume"; readonly crate: string; readonly serviceStruct: string }
  | { readonly kind: "endpoint" };

export interface EmitOptions {
  readonly service: ServiceApi;
  readonly target: Target;
  readonly clientHelper: { readonly name: string; readonly regionName: string };
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
