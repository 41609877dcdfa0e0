/** Import statements: `ImportDef`s for the IR, and what each bound name means for lowering. */
import type { ImportDef } from "@moto2rust/ir";
import type { ImportBinding, ImportKind, ModuleContext } from "./context.js";
import { field, fieldChildren, namedChildren, type Node } from "./parser.js";

const CONSTANT_NAME = /^[A-Z][A-Z0-9_]*$/;

/** Is `module` a moto module whose every export is internal state (models, backends, moto_api)? */
function isMotoStateModule(module: string): boolean {
  return (
    /(^|\.)(models|backends|moto_api)(\.|$)/.test(module) ||
    module === "moto.server" ||
    module.startsWith("moto.moto_server")
  );
}

/** What `from module import name` (or `import module`, name null) binds. */
function classifyImport(module: string, name: string | null): ImportKind {
  if (name === null) {
    if (module === "boto3") return "boto3";
    if (module.startsWith("moto.")) return "moto-internal";
    return "other";
  }
  if (name === "DEFAULT_ACCOUNT_ID") return "account-id";
  if (module === "moto") {
    if (name === "mock_aws" || name.startsWith("mock_")) return "mock-aws";
    if (name === "settings") return "settings";
    return "moto-internal";
  }
  if (module === "moto.settings") return name === "TEST_SERVER_MODE" ? "server-mode-flag" : "moto-internal";
  if (module.startsWith("moto.")) {
    if (CONSTANT_NAME.test(name) && !isMotoStateModule(module)) return "moto-constant";
    return "moto-internal";
  }
  if (name === "ClientError" && module.startsWith("botocore")) return "client-error";
  return "other";
}

function moduleText(node: Node): string {
  return node.text.replace(/\s+/g, "");
}

export interface LoweredImport {
  readonly defs: ImportDef[];
  /** Local name → what it is bound to. */
  readonly bindings: [string, ImportBinding][];
}

/** Lower an `import_statement`, `import_from_statement` or `future_import_statement`. */
export function lowerImport(mod: ModuleContext, node: Node): LoweredImport {
  const span = mod.span(node);
  const defs: ImportDef[] = [];
  const bindings: [string, ImportBinding][] = [];
  if (node.type === "import_statement") {
    for (const n of fieldChildren(node, "name")) {
      const dotted = n.type === "aliased_import" ? field(n, "name") : n;
      const alias = n.type === "aliased_import" ? field(n, "alias") : null;
      if (dotted === null) continue;
      const module = moduleText(dotted);
      defs.push({ kind: "Import", module, names: [], span });
      if (alias !== null)
        bindings.push([alias.text, { module, name: null, kind: classifyImport(module, null) }]);
      else {
        // `import moto.x.y` binds `moto`, used as `moto.x.y.f()`: classified by the full module.
        const root = module.split(".")[0]!;
        bindings.push([root, { module: root, name: null, kind: classifyImport(module, null) }]);
      }
    }
    return { defs, bindings };
  }
  const moduleNode = node.type === "future_import_statement" ? null : field(node, "module_name");
  const module =
    node.type === "future_import_statement"
      ? "__future__"
      : moduleNode === null
        ? ""
        : moduleText(moduleNode);
  const names: { name: string; alias: string | null }[] = [];
  for (const c of namedChildren(node)) {
    if (c.type === "wildcard_import") names.push({ name: "*", alias: null });
  }
  for (const n of fieldChildren(node, "name")) {
    const dotted = n.type === "aliased_import" ? field(n, "name") : n;
    const alias = n.type === "aliased_import" ? field(n, "alias") : null;
    if (dotted === null) continue;
    const name = moduleText(dotted);
    names.push({ name, alias: alias === null ? null : alias.text });
    bindings.push([alias === null ? name : alias.text, { module, name, kind: classifyImport(module, name) }]);
  }
  defs.push({ kind: "Import", module, names, span });
  return { defs, bindings };
}
