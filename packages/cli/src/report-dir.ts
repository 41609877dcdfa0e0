/** One moto test directory translated in memory: the unit of work of `report`, in-process or in a worker. */
import { readFileSync } from "node:fs";
import { relative } from "node:path";
import type { TestReport } from "@moto2rust/ir";
import type { ModelRepository } from "@moto2rust/sdk-shapes";
import { transpile } from "./transpile.js";
import { fileSystemReader } from "./files.js";
import { ProgramLoader } from "@moto2rust/frontend-python";
import { boto3ForMotoDir } from "./port/names.js";

export async function reportDirectory(
  root: string,
  dir: string,
  files: readonly string[],
  repo: ModelRepository,
  onFile: (label: string) => void = () => {},
  loader: ProgramLoader = new ProgramLoader(fileSystemReader),
): Promise<TestReport[]> {
  const reports: TestReport[] = [];
  // The directory names the service under test; files that create no client (fixtures,
  // resources) still belong to it. Without a rule or a model, each file's clients decide.
  const dirService = boto3ForMotoDir(dir);
  const service = dirService && repo.service(dirService) ? dirService : undefined;
  for (const path of files) {
    const label = relative(root, path);
    onFile(label);
    let source: string;
    try {
      source = readFileSync(path, "utf8");
    } catch {
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
    reports.push(...result.tests);
  }
  return reports;
}
