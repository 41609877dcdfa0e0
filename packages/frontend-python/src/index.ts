/** @moto2rust/frontend-python: moto's pytest + boto3 test modules → untyped IR. */
import { diagnostic, FRONTEND, type Message, type Module } from "@moto2rust/ir";
import { lowerModule } from "./lower-module.js";
import { parseTree } from "./parser.js";

/**
 * Parse and lower one Python test module. Never throws on bad input: syntax errors and
 * constructs the IR cannot express are reported in `Module.diagnostics` (and as `Unsupported`
 * statements inside the functions they occur in).
 */
/** A module with no functions and one error at 1:1: what is left when the file cannot be lowered at all. */
function emptyModule(file: string, problem: Message): Module {
  return {
    kind: "Module",
    file,
    imports: [],
    constants: [],
    functions: [],
    diagnostics: [diagnostic(problem, { file, line: 1, col: 1, endLine: 1, endCol: 1 })],
  };
}

export async function parsePython(source: string, file: string): Promise<Module> {
  const root = await parseTree(source);
  if (root === null) return emptyModule(file, FRONTEND.parserGaveUp());
  try {
    return lowerModule(file, source, root);
  } catch (e) {
    // A frontend bug outside any function: still never throw on input.
    const message = e instanceof Error ? e.message : String(e);
    return emptyModule(file, FRONTEND.internalError(message));
  }
}
