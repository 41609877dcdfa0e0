/** One moto test directory translated in memory: the unit of work of `report`, in-process or in a worker. */
import { readFileSync } from "node:fs";
import { relative } from "node:path";
import type { TestReport } from "@moto2rust/ir";
import type { ModelFileError, ModelRepository } from "@moto2rust/sdk-shapes";
import { transpile } from "./transpile.js";
import { fileSystemReader } from "./files.js";
import { ProgramLoader, SharedTrees } from "@moto2rust/frontend-python";
import { boto3ForMotoDir } from "./port/names.js";

/** A file `report` could not read, or could only partly parse: listed, never silently dropped. */
export interface FileProblem {
  readonly file: string;
  readonly line: number;
  readonly col: number;
  readonly reason: string;
}

export interface DirectoryReport {
  readonly tests: TestReport[];
  readonly problems: FileProblem[];
  /** Model files met so far that could not be used (input errors: the command exits 2). */
  readonly malformed: readonly ModelFileError[];
}

/** Trees of imported modules and conftest files, parsed once per process (or worker) and shared by its directories. */
const sharedTrees = new SharedTrees();

export async function reportDirectory(
  root: string,
  dir: string,
  files: readonly string[],
  repo: ModelRepository,
  onFile: (label: string) => void = () => {},
  loader: ProgramLoader = new ProgramLoader(fileSystemReader, sharedTrees),
): Promise<DirectoryReport> {
  const tests: TestReport[] = [];
  const problems: FileProblem[] = [];
  // The directory names the service under test; files that create no client (fixtures,
  // resources) still belong to it. Without a rule or a model, each file's clients decide.
  const dirService = boto3ForMotoDir(dir);
  const service = dirService && repo.service(dirService) ? dirService : undefined;
  for (const path of files) {
    const label = relative(root, path);
    onFile(label);
    let source: Uint8Array;
    try {
      source = readFileSync(path);
    } catch (e) {
      problems.push({ file: label, line: 1, col: 1, reason: `cannot read: ${(e as Error).message}` });
      continue;
    }
    const result = await transpile(source, {
      file: label,
      path,
      loader,
      models: repo,
      rustfmt: false,
      ...(service ? { service } : {}),
    });
    // A file that does not parse (or that the frontend could not read) keeps the tests it still
    // has, and is listed once with its first such error.
    const unparsed = result.diagnostics.filter(
      (d) => d.severity === "error" && (d.code === "syntax-error" || d.code === "io-error"),
    );
    const first = unparsed[0];
    if (first) {
      const more = unparsed.length > 1 ? ` (and ${unparsed.length - 1} more)` : "";
      problems.push({
        file: label,
        line: first.span.line,
        col: first.span.col,
        reason: `${first.code === "syntax-error" ? "does not parse" : "cannot read"}: ${first.message}${more}`,
      });
    }
    tests.push(...result.tests);
  }
  return { tests, problems, malformed: [...repo.malformed()] };
}
