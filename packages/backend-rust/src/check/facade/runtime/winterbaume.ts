/** Facade of one `winterbaume-<svc>` crate: its service structs (`templates/winterbaume-service.rs` each). */
import { crateAttrs, RUST_HEADER, type SupportCrate } from "./crate.js";
import { runtimeFile } from "./files.js";

/** The template's first line is a comment about the template itself. */
function serviceStruct(name: string): string {
  const template = runtimeFile("templates/winterbaume-service.rs");
  return template.slice(template.indexOf("\n") + 1).replace(/\bServiceStruct\b/g, name);
}

/**
 * A `winterbaume-<svc>` facade exporting the given service structs (`EcsService`), each with
 * `new()`, `Default` and a `MockService` impl. `suffix` is the crate suffix (`ecs` for `winterbaume_ecs`).
 */
export function winterbaumeServiceCrate(suffix: string, structs: readonly string[]): SupportCrate {
  const names = [...new Set(structs)].sort();
  return {
    name: `winterbaume-${suffix.replace(/_/g, "-")}`,
    lib: `winterbaume_${suffix}`,
    deps: ["winterbaume-core"],
    files: {
      "src/lib.rs":
        RUST_HEADER +
        `//! Facade of winterbaume-${suffix}: its service structs.\n` +
        crateAttrs() +
        names.map(serviceStruct).join("\n"),
    },
  };
}
