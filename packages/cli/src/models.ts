/** Where the Smithy models come from: `--models`, then `$MOTO2RUST_MODELS`, then `<winterbaume>/vendor/api-models-aws`. */
import { existsSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { UsageError } from "./io.js";

const MODELS_HELP =
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
