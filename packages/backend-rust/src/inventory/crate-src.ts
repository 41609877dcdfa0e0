/** The service struct a winterbaume crate exports (`pub use handlers::EcsService;` / `pub struct EcsService`). */
import { children, namedChildren, walk, withRustTree } from "./tree.js";
import { boundName, useDeclarationEntries } from "./uses.js";

export interface ServiceStructs {
  /** Re-exported from `handlers` (`pub use handlers::EcsService;`), first the ones named `…Service`. */
  readonly reexported: readonly string[];
  /** `pub struct …Service` items. */
  readonly structs: readonly string[];
}

/** Reads a crate source (lib.rs or handlers.rs) for service struct names. */
export async function readServiceStructs(source: string): Promise<ServiceStructs> {
  return withRustTree(source, (root) => {
    const reexported: string[] = [];
    const structs: string[] = [];
    for (const n of namedChildren(root)) {
      if (n.type !== "use_declaration") continue;
      if (!children(n).some((c) => c.type === "visibility_modifier" && c.text.startsWith("pub"))) continue;
      for (const e of useDeclarationEntries(n)) {
        const name = boundName(e);
        if (name && /Service$/.test(name) && e.path.includes("handlers")) reexported.push(name);
      }
    }
    walk(root, (n) => {
      if (
        n.type === "struct_item" &&
        children(n).some((c) => c.type === "visibility_modifier" && c.text === "pub")
      ) {
        const name = n.childForFieldName("name")?.text;
        if (name && /Service$/.test(name)) structs.push(name);
      }
      return n.type === "source_file" || n.type === "mod_item" || n.type === "declaration_list";
    });
    return { reexported, structs };
  });
}
