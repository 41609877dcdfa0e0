/**
 * API facades: Rust crates with the exact public surface of aws-sdk-rust (generated from the Smithy
 * models through `ServiceApi`) and of the crates emitted tests use (aws-config, aws-smithy-types,
 * tokio, winterbaume-core, ...), with placeholder bodies. Signatures only, for type-checking emitted
 * tests with `cargo check --offline` in seconds, without downloading or building the SDK.
 */
import type { ServiceApi } from "@moto2rust/sdk-shapes";
import { findModelFile, readModelExtras, type ClientContextParam } from "./model-extras.js";
import { readSupportCrates, winterbaumeServiceCrate } from "./runtime/index.js";
import { generateServiceCrate } from "./service-crate.js";
import { workspaceFiles, type FacadeCrate } from "./workspace.js";

export type { FacadeCrate } from "./workspace.js";
export { HARNESS_PACKAGE, HARNESS_EDITION, workspaceFiles, writeFilesIfChanged } from "./workspace.js";
export { findModelFile, readModelExtras } from "./model-extras.js";
export { FACADE_RUNTIME_DIR } from "./runtime/files.js";
export type { ClientContextParam, ModelExtras } from "./model-extras.js";
export { qualify as qualifyRustType, parseRustType, renderQualified } from "./rust-type.js";

/** Bump when generated output changes, so cached facades are regenerated. */
export const FACADE_GENERATOR_VERSION = "4";

export interface FacadeOptions {
  /** The service's model file, for the few facts `ServiceApi` lacks (client context params). */
  readonly modelFile?: string;
  /** Overrides what `modelFile` would give. */
  readonly clientContextParams?: readonly ClientContextParam[];
}

/** The `aws-sdk-<svc>` facade crate of one service. Deterministic. */
export function generateFacade(service: ServiceApi, opts: FacadeOptions = {}): FacadeCrate {
  const clientContextParams = opts.clientContextParams ?? readModelExtras(opts.modelFile).clientContextParams;
  return generateServiceCrate(service, { clientContextParams });
}

/** The hand-written support crates (aws-config, aws-smithy-types, tokio, serde_json, winterbaume-core, ...). */
export function supportCrates(): FacadeCrate[] {
  return readSupportCrates();
}

/** `winterbaume-<suffix>` facade crates exporting the given service structs. */
export function winterbaumeCrates(uses: ReadonlyMap<string, ReadonlySet<string>>): FacadeCrate[] {
  return [...uses.keys()].sort().map((suffix) => winterbaumeServiceCrate(suffix, [...uses.get(suffix)!]));
}

/**
 * `winterbaume_<svc>` crates and the CamelCase items a Rust source uses from them
 * (`use winterbaume_ecs::EcsService;`, `use winterbaume_ecs::{EcsService, X};`, inline paths).
 * `winterbaume_core` is left out (it is a fixed facade).
 */
export function scanWinterbaumeUses(
  source: string,
  into = new Map<string, Set<string>>(),
): Map<string, Set<string>> {
  const add = (suffix: string, name: string): void => {
    if (suffix === "core" || !/^[A-Z][A-Za-z0-9_]*$/.test(name)) return;
    let set = into.get(suffix);
    if (!set) into.set(suffix, (set = new Set()));
    set.add(name);
  };
  for (const m of source.matchAll(/\bwinterbaume_([a-z0-9_]+)::\{([^}]*)\}/g)) {
    for (const part of m[2]!.split(",")) {
      const name = part
        .trim()
        .split(/\s+as\s+/)[0]!
        .trim();
      if (name) add(m[1]!, name);
    }
  }
  for (const m of source.matchAll(/\bwinterbaume_([a-z0-9_]+)::([A-Za-z_][A-Za-z0-9_]*)/g)) add(m[1]!, m[2]!);
  return into;
}

export interface FacadeWorkspaceInput {
  readonly services: readonly ServiceApi[];
  /** api-models-aws root, to find each service's model file; optional. */
  readonly modelsRoot?: string;
  /** `winterbaume_<suffix>` → service struct names. */
  readonly winterbaume?: ReadonlyMap<string, ReadonlySet<string>>;
}

/** Every file of a facade workspace for the given services (relative paths). Deterministic. */
export function generateFacadeWorkspace(input: FacadeWorkspaceInput): Record<string, string> {
  const crates: FacadeCrate[] = supportCrates();
  for (const svc of input.services) {
    const modelFile =
      input.modelsRoot !== undefined ? findModelFile(input.modelsRoot, svc.info.modelsDir) : undefined;
    crates.push(generateFacade(svc, { modelFile }));
  }
  crates.push(...winterbaumeCrates(input.winterbaume ?? new Map()));
  return workspaceFiles(crates);
}
