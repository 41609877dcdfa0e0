/**
 * Finds a service's Smithy JSON AST under an api-models-aws root
 * (`<modelsDir>/service/<version>/<modelsDir>-<version>.json`, newest version wins), parses it on
 * first use, applies smithy-rs's model transforms and the AWS SDK customisations, and caches the result.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { Model, isRecord, type Shape } from "./model.js";
import { asAstModel } from "./smithy-ast.js";
import { addErrorMessage } from "./transforms/add-error-message.js";
import { applyServiceCustomizations } from "./transforms/customizations.js";
import { normalizeEventStreams } from "./transforms/event-stream-normalizer.js";
import { flattenMixins } from "./transforms/flatten-mixins.js";
import { normalizeOperations } from "./transforms/operation-normalizer.js";
import { boxRecursiveShapes } from "./transforms/recursive-boxer.js";
import { copyServiceErrorsToOperations } from "./transforms/service-errors.js";

export interface ModelFile {
  readonly modelsDir: string;
  readonly version: string;
  readonly path: string;
}

/** A model file that exists but cannot be used: unreadable, not JSON, not a Smithy AST, no service. */
export interface ModelFileError {
  readonly path: string;
  /** 1-based position of the JSON syntax error; 1:1 when the problem is not at one place. */
  readonly line: number;
  readonly col: number;
  readonly message: string;
}

/** `path:line:col: message`, the compiler's diagnostic shape. */
export function formatModelFileError(e: ModelFileError): string {
  return `${e.path}:${e.line}:${e.col}: ${e.message}`;
}

/** Line and column (1-based) of a JSON.parse error in `text`, from the offset V8 reports. */
export function jsonErrorPosition(text: string, error: Error): { line: number; col: number } {
  const lc = /\(line (\d+) column (\d+)\)/.exec(error.message);
  if (lc) return { line: Number(lc[1]), col: Number(lc[2]) };
  const at = /at position (\d+)/.exec(error.message);
  const offset = at ? Math.min(Number(at[1]), text.length) : text.length;
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  return { line, col: offset - (before.lastIndexOf("\n") + 1) + 1 };
}

export interface LoadedModel {
  readonly file: ModelFile;
  readonly model: Model;
  readonly service: Shape;
}

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

function listDir(p: string): string[] {
  try {
    return readdirSync(p);
  } catch {
    return [];
  }
}

/** The model file of one folder: the newest `service/<version>/`, preferring `<dir>-<version>.json`. */
export function findModelFile(root: string, modelsDir: string): ModelFile | undefined {
  const serviceDir = join(root, modelsDir, "service");
  const versions = listDir(serviceDir)
    .filter((v) => isDir(join(serviceDir, v)))
    .sort()
    .reverse();
  for (const version of versions) {
    const dir = join(serviceDir, version);
    const preferred = join(dir, `${modelsDir}-${version}.json`);
    if (existsSync(preferred)) return { modelsDir, version, path: preferred };
    const any = listDir(dir)
      .filter((f) => f.endsWith(".json"))
      .sort()[0];
    if (any !== undefined) return { modelsDir, version, path: join(dir, any) };
  }
  return undefined;
}

/** Every folder of `root` that holds a model file, sorted. */
export function listModelDirs(root: string): string[] {
  return listDir(root)
    .filter((d) => isDir(join(root, d, "service")) && findModelFile(root, d) !== undefined)
    .sort();
}

function sdkIdOf(shape: Shape): string | undefined {
  const t = shape.traits["aws.api#service"];
  return isRecord(t) && typeof t.sdkId === "string" ? t.sdkId : undefined;
}

/** The service shape of a model: the only one, or the one whose sdkId is `sdkId`. */
function pickService(model: Model, sdkId: string | undefined): Shape | undefined {
  const services = model.ofType("service");
  return services.find((s) => sdkId !== undefined && sdkIdOf(s) === sdkId) ?? services[0];
}

/**
 * The transforms smithy-rs runs before generating a client (`ClientCodegenVisitor.baselineTransform`,
 * then the AWS SDK decorators' `transformModel`), in the same order.
 */
export function transformModel(model: Model, service: Shape): void {
  flattenMixins(model);
  copyServiceErrorsToOperations(model, service.id);
  boxRecursiveShapes(model);
  addErrorMessage(model);
  normalizeOperations(model);
  normalizeEventStreams(model);
  applyServiceCustomizations(model, service);
}

/** Reads, parses and transforms one model file. Returns what is wrong instead of throwing on bad input. */
export function loadModelFile(file: ModelFile, sdkId?: string): LoadedModel | ModelFileError {
  const at = (message: string, line = 1, col = 1): ModelFileError => ({
    path: file.path,
    line,
    col,
    message,
  });
  let text: string;
  try {
    text = readFileSync(file.path, "utf8");
  } catch (e) {
    return at(`cannot read the model file: ${(e as Error).message}`);
  }
  if (text.trim() === "") return at("malformed model file: empty");
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    const { line, col } = jsonErrorPosition(text, e as Error);
    return at(`malformed model file: not valid JSON (${(e as Error).message})`, line, col);
  }
  const ast = asAstModel(json);
  if (typeof ast === "string") return at(`malformed model file: not a Smithy JSON AST (${ast})`);
  const model = new Model(ast);
  const service = pickService(model, sdkId);
  if (!service) return at("malformed model file: no service shape");
  transformModel(model, service);
  return { file, model, service };
}

function isLoaded(x: LoadedModel | ModelFileError): x is LoadedModel {
  return "model" in x;
}

/** Lazily loads and caches models by folder name. */
export class ModelLoader {
  private readonly cache = new Map<string, LoadedModel | string>();
  private readonly broken: ModelFileError[] = [];

  constructor(readonly root: string) {}

  /** The transformed model of `modelsDir`, or a message saying why there is none. */
  load(modelsDir: string, sdkId?: string): LoadedModel | string {
    const cached = this.cache.get(modelsDir);
    if (cached !== undefined) return cached;
    const file = findModelFile(this.root, modelsDir);
    let loaded: LoadedModel | string;
    if (file === undefined) {
      loaded = `no model for '${modelsDir}' under ${this.root} (expected ${modelsDir}/service/<version>/${modelsDir}-<version>.json)`;
    } else {
      const result = loadModelFile(file, sdkId);
      if (isLoaded(result)) loaded = result;
      else {
        this.broken.push(result);
        loaded = formatModelFileError(result);
      }
    }
    this.cache.set(modelsDir, loaded);
    return loaded;
  }

  /** Model files that were found but could not be used, in the order they were tried. */
  malformed(): readonly ModelFileError[] {
    return this.broken;
  }
}
