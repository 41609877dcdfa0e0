/** @moto2rust/frontend-python: moto's pytest + boto3 test modules → untyped IR. */
import type { Module } from "@moto2rust/ir";
import { lowerModule } from "./lower-module.js";
import { INTERNAL_ERROR } from "./lower-function.js";
import { parseTreeWith, pythonParser } from "./parser.js";
import { ProgramLoader, type SourceReader, type ForeignDef } from "./program.js";

export { ProgramLoader, type SourceReader, type ForeignDef };

/**
 * Parse and lower one Python test module. Never throws on bad input: syntax errors and
 * constructs the IR cannot express are reported in `Module.diagnostics` (and as `Unsupported`
 * statements inside the functions they occur in).
 */
/** A module with no functions and one error at 1:1: what is left when the file cannot be lowered at all. */
function emptyModule(file: string, code: "syntax-error" | "unsupported-syntax", message: string): Module {
  return {
    kind: "Module",
    file,
    imports: [],
    constants: [],
    functions: [],
    diagnostics: [
      { severity: "error", code, message, span: { file, line: 1, col: 1, endLine: 1, endCol: 1 } },
    ],
  };
}

/** Where the module sits, so names it imports from the rest of its moto tree can be read. */
export interface ParseLocation {
  /** Reads (and caches) the other modules; share one per run. */
  readonly loader: ProgramLoader;
  /** The module's path on disk; `file` stays the label used in diagnostics. */
  readonly path: string;
}

export async function parsePython(source: string, file: string, location?: ParseLocation): Promise<Module> {
  const parser = await pythonParser();
  location?.loader.useParser(parser);
  const root =
    location === undefined ? parseTreeWith(parser, source) : location.loader.tree(location.path, source);
  if (root === null) return emptyModule(file, "syntax-error", "syntax error: the parser gave up");
  try {
    return lowerModule(file, source, root, location ?? null);
  } catch (e) {
    // A frontend bug outside any function: still never throw on input.
    const message = e instanceof Error ? e.message : String(e);
    return emptyModule(file, "unsupported-syntax", `${INTERNAL_ERROR}: ${message}`);
  }
}
