/**
 * The few facts the facade needs from a Smithy model that `ServiceApi` does not carry: the service's
 * `smithy.rules#clientContextParams` (they become `config::Builder` setters such as s3's
 * `force_path_style`). Read straight from the JSON AST file.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

export interface ClientContextParam {
  /** Smithy name (`ForcePathStyle`). */
  readonly name: string;
  readonly type: "boolean" | "string";
}

export interface ModelExtras {
  readonly clientContextParams: readonly ClientContextParam[];
}

/** `<root>/<modelsDir>/service/<version>/<name>.json` (newest version), or undefined. */
export function findModelFile(root: string, modelsDir: string): string | undefined {
  const serviceDir = path.join(root, modelsDir, "service");
  let versions: string[];
  try {
    versions = readdirSync(serviceDir).sort();
  } catch {
    return undefined;
  }
  for (const v of versions.reverse()) {
    const dir = path.join(serviceDir, v);
    try {
      if (!statSync(dir).isDirectory()) continue;
      const json = readdirSync(dir)
        .filter((f) => f.endsWith(".json"))
        .sort();
      if (json.length > 0) return path.join(dir, json[0]!);
    } catch {
      continue;
    }
  }
  return undefined;
}

interface SmithyShape {
  readonly type?: string;
  readonly traits?: Record<string, unknown>;
}

/** Read the extras from a model file; an unreadable file gives empty extras. */
export function readModelExtras(modelFile: string | undefined): ModelExtras {
  if (modelFile === undefined) return { clientContextParams: [] };
  let shapes: Record<string, SmithyShape>;
  try {
    const doc = JSON.parse(readFileSync(modelFile, "utf8")) as { shapes?: Record<string, SmithyShape> };
    shapes = doc.shapes ?? {};
  } catch {
    return { clientContextParams: [] };
  }
  const params: ClientContextParam[] = [];
  for (const shape of Object.values(shapes)) {
    if (shape.type !== "service") continue;
    const ccp = shape.traits?.["smithy.rules#clientContextParams"];
    if (ccp === null || typeof ccp !== "object") continue;
    for (const [name, def] of Object.entries(ccp as Record<string, { type?: string }>)) {
      if (def?.type === "boolean" || def?.type === "string") params.push({ name, type: def.type });
    }
  }
  params.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { clientContextParams: params };
}
