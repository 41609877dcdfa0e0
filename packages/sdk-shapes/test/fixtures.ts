/** Tiny hand-written Smithy JSON ASTs written to a temporary api-models-aws layout. */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export type JsonShapes = Record<string, unknown>;

export function tempModelsRoot(): string {
  return mkdtempSync(path.join(tmpdir(), "sdk-shapes-"));
}

/** Writes `<root>/<dir>/service/<version>/<dir>-<version>.json`. */
export function writeModel(root: string, dir: string, shapes: JsonShapes, version = "2020-01-01"): string {
  const folder = path.join(root, dir, "service", version);
  mkdirSync(folder, { recursive: true });
  const file = path.join(folder, `${dir}-${version}.json`);
  writeFileSync(file, JSON.stringify({ smithy: "2.0", shapes }));
  return file;
}

/** A service shape with the given operations and sdkId. */
export function service(sdkId: string, operations: string[], extra: Record<string, unknown> = {}): unknown {
  return {
    type: "service",
    version: "2020-01-01",
    operations: operations.map((target) => ({ target })),
    traits: { "aws.api#service": { sdkId } },
    ...extra,
  };
}

export function op(
  input: string | null,
  output: string | null,
  extra: Record<string, unknown> = {},
): unknown {
  return {
    type: "operation",
    input: { target: input ?? "smithy.api#Unit" },
    output: { target: output ?? "smithy.api#Unit" },
    ...extra,
  };
}

export function struct(members: Record<string, unknown>, traits: Record<string, unknown> = {}): unknown {
  return { type: "structure", members, traits };
}
