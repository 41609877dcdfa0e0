/** @moto2rust/frontend-python: moto's pytest + boto3 test modules → untyped IR. */
import { diagnostic, FRONTEND, type Message, type Module, type Span } from "@moto2rust/ir";
import { lowerModule } from "./lower-module.js";
import { parseTree, parseTreeWith, pythonParser } from "./parser.js";
import { recoverTopLevel } from "./syntax-recovery.js";
import { decodePythonSource } from "./source-encoding.js";
import { ProgramLoader, SharedTrees, type SourceReader, type ForeignDef } from "./program.js";

export { ProgramLoader, SharedTrees, type SourceReader, type ForeignDef };

export { decodePythonSource, declaredEncoding, type Decoded } from "./source-encoding.js";

/** A module with no functions and one error: what is left when the file cannot be lowered at all. */
function emptyModule(
  file: string,
  problem: Message,
  span: Span = { file, line: 1, col: 1, endLine: 1, endCol: 1 },
): Module {
  return {
    kind: "Module",
    file,
    imports: [],
    constants: [],
    functions: [],
    diagnostics: [diagnostic(problem, span)],
  };
}

/**
 * Parse and lower one Python test module. Never throws on bad input: syntax errors and
 * constructs the IR cannot express are reported in `Module.diagnostics` (and as `Unsupported`
 * statements inside the functions they occur in). Bytes are decoded as CPython would (PEP 263);
 * undecodable or binary input is refused with one diagnostic.
 */
/** Where the module sits, so names it imports from the rest of its moto tree can be read. */
export interface ParseLocation {
  /** Reads (and caches) the other modules; share one per run. */
  readonly loader: ProgramLoader;
  /** The module's path on disk; `file` stays the label used in diagnostics. */
  readonly path: string;
}

export async function parsePython(
  input: string | Uint8Array,
  file: string,
  location?: ParseLocation,
): Promise<Module> {
  let source: string;
  if (typeof input === "string") {
    const nul = input.indexOf("\0");
    if (nul !== -1) {
      const before = input.slice(0, nul);
      const line = before.split("\n").length;
      const col = nul - (before.lastIndexOf("\n") + 1) + 1;
      return emptyModule(file, FRONTEND.binaryInput(line, col), {
        file,
        line,
        col,
        endLine: line,
        endCol: col + 1,
      });
    }
    source = input;
  } else {
    const decoded = decodePythonSource(input, file);
    if (!decoded.ok)
      return { ...emptyModule(file, FRONTEND.syntaxError()), diagnostics: [decoded.diagnostic] };
    source = decoded.text;
  }
  const parser = await pythonParser();
  location?.loader.useParser(parser);
  const parsed =
    location === undefined ? parseTreeWith(parser, source) : location.loader.tree(location.path, source);
  if (parsed === null) return emptyModule(file, FRONTEND.parserGaveUp());
  const root = await recoverTopLevel(source, parsed, parseTree);
  try {
    return lowerModule(file, source, root, location ?? null);
  } catch (e) {
    // A frontend bug outside any function: still never throw on input.
    const message = e instanceof Error ? e.message : String(e);
    return emptyModule(file, FRONTEND.internalError(message));
  }
}
