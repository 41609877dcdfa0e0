/** The golden pipeline: input.py → parsePython → typeModule → emitModule → renderUnit → formatRust. */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { formatDiagnostic } from "@moto2rust/ir";
import { parsePython } from "@moto2rust/frontend-python";
import {
  openModels,
  toPascalCase,
  typeModule,
  type ModelRepository,
  type ServiceApi,
} from "@moto2rust/sdk-shapes";
import { emitModule, formatRust, renderUnit, type Target } from "@moto2rust/backend-rust";

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, "../../..");
export const modelsDir = path.resolve(repoRoot, "../shared/api-models-aws");

interface FixtureOptions {
  readonly service?: string;
  readonly target?: "winterbaume" | "endpoint";
  /** The moto file name used in comments and reports (default `test_<fixture>.py`). */
  readonly file?: string;
  /**
   * boto3 names of the other services (several services in one test) the winterbaume checkout
   * has crates for; absent: every service, by winterbaume's naming convention.
   */
  readonly winterbaumeCrates?: readonly string[];
}

let repo: ModelRepository | undefined;
export function models(): ModelRepository {
  repo ??= openModels(modelsDir);
  return repo;
}

function winterbaumeCrate(api: ServiceApi): { crate: string; serviceStruct: string } {
  return {
    crate: api.info.crate.replace(/^aws_sdk_/, "winterbaume_"),
    serviceStruct: `${toPascalCase(api.info.sdkId)}Service`,
  };
}

export async function runFixture(dir: string) {
  const input = readFileSync(path.join(dir, "input.py"), "utf8");
  const optsFile = path.join(dir, "options.json");
  const opts: FixtureOptions = existsSync(optsFile) ? JSON.parse(readFileSync(optsFile, "utf8")) : {};
  const service = opts.service ?? path.basename(dir).split("-")[0]!;
  const file = opts.file ?? `test_${path.basename(dir).replace(/-/g, "_")}.py`;
  const module = await parsePython(input, file);
  const api = models().service(service);
  if (!api) throw new Error(`no model for ${service}`);
  const typed = typeModule(module, models(), { service });
  const target: Target =
    opts.target === "endpoint"
      ? { kind: "endpoint" }
      : {
          kind: "winterbaume",
          ...winterbaumeCrate(api),
          crateOf: (other) =>
            opts.winterbaumeCrates === undefined || opts.winterbaumeCrates.includes(other.info.boto3)
              ? winterbaumeCrate(other)
              : null,
        };
  const emitted = emitModule(typed.module, [...module.diagnostics, ...typed.diagnostics], {
    service: api,
    ...(typed.services ? { services: typed.services } : {}),
    target,
    clientHelper: { name: "make_client", regionName: "make_client_with_region" },
    fileLabel: file,
  });
  const rust = formatRust(renderUnit(emitted.unit));
  const report = {
    tests: emitted.reports,
    devDependencies: emitted.unit.devDependencies,
    diagnostics: emitted.diagnostics.map(formatDiagnostic),
  };
  return { rust, report };
}
