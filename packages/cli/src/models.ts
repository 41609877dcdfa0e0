/** Where the Smithy models come from: `--models`, then `$MOTO2RUST_MODELS`, then `<winterbaume>/vendor/api-models-aws`. */
import { existsSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { findServiceRow, formatModelFileError, type ModelRepository } from "@moto2rust/sdk-shapes";
import { UsageError } from "./io.js";
import { didYouMean, suggest } from "./did-you-mean.js";

export const MODELS_HELP =
  "Smithy JSON models in the api-models-aws layout are needed (https://github.com/aws/api-models-aws): " +
  "pass --models DIR, set MOTO2RUST_MODELS, or give a winterbaume checkout (its vendor/api-models-aws is used).";

export function resolveModelsDir(
  flag: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
  cwd: string,
  winterbaume?: string,
): string {
  const candidates: { dir: string; from: string }[] = [];
  if (flag) candidates.push({ dir: resolve(cwd, flag), from: "--models" });
  else if (env.MOTO2RUST_MODELS)
    candidates.push({ dir: resolve(cwd, env.MOTO2RUST_MODELS), from: "MOTO2RUST_MODELS" });
  else if (winterbaume)
    candidates.push({
      dir: join(resolve(cwd, winterbaume), "vendor", "api-models-aws"),
      from: "--winterbaume",
    });
  const first = candidates[0];
  if (!first) throw new UsageError(`no models found. ${MODELS_HELP}`);
  if (!existsSync(first.dir) || !statSync(first.dir).isDirectory()) {
    throw new UsageError(`models directory ${first.dir} (from ${first.from}) does not exist. ${MODELS_HELP}`);
  }
  return first.dir;
}

/** Services with a model whose boto3 name, models folder or crate name is close to `name`. */
export function similarServices(name: string, repo: ModelRepository): string[] {
  return suggest(
    name.replace(/^aws[-_]sdk[-_]/i, ""),
    repo.available().map((boto3) => {
      const row = findServiceRow(boto3);
      return {
        name: boto3,
        spellings: row ? [boto3, row.modelsDir, row.cargoCrate.replace(/^aws-sdk-/, "")] : [boto3],
      };
    }),
  );
}

/**
 * The boto3 name of a `--service` argument: any alias the models know (boto3 client name,
 * api-models-aws folder, aws-sdk crate), in any case. A miss is a usage error with a
 * "did you mean"; a malformed model file is an input error naming the file and position.
 */
export function resolveServiceName(name: string, repo: ModelRepository): string {
  const api = repo.service(name);
  if (api) return api.info.boto3;
  const problem = repo.problem(name);
  const broken = repo.malformed().find((m) => formatModelFileError(m) === problem);
  if (broken) throw new UsageError(`the model of '${name}' is malformed: ${formatModelFileError(broken)}`);
  throw new UsageError(
    `unknown service '${name}': no model for it under ${repo.root}${didYouMean(similarServices(name, repo))}`,
  );
}

/** Malformed model files met so far, as `path:line:col: error: message` lines (empty when none). */
export function malformedModelLines(repo: ModelRepository): string {
  return repo
    .malformed()
    .map((m) => `${m.path}:${m.line}:${m.col}: error: ${m.message}\n`)
    .join("");
}
