/**
 * `openModels(root)`: the `ModelRepository` of an api-models-aws folder. Services load lazily on
 * first use; every lookup of a loaded service is memoised.
 */
import type { SdkType } from "@moto2rust/ir";
import type {
  ErrorInfo,
  ModelRepository,
  OperationInfo,
  ServiceApi,
  ServiceInfo,
  StructureInfo,
  TypeInfo,
  WaiterInfo,
} from "./api.js";
import { xformName } from "./boto3-name.js";
import { buildReturnsResult } from "./builders.js";
import { rustCrateIdent } from "./crate-name.js";
import { enumInfo } from "./enums.js";
import { errorInfo } from "./errors.js";
import { hasTrait, isRecord, shapeName, type Model, type Shape } from "./model.js";
import { ModelLoader, listModelDirs, type LoadedModel, type ModelFileError } from "./model-loader.js";
import { primitivesOf, type Primitives } from "./primitives.js";
import { operationNames } from "./rust-names.js";
import type { ServiceTableRow } from "./service-table.js";
import { boto3NameOf, findServiceRow, serviceRowByModelsDir } from "./services.js";
import { structureInfo } from "./structures.js";
import { Symbols, paginationOf } from "./symbols.js";
import { unionInfo } from "./unions.js";
import { waitersOf } from "./waiters.js";
import { containedOperations, reachableShapes } from "./walk.js";

const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Case- and underscore-insensitive spelling of a name (`ListMFADevices` ~ `list_mfa_devices`). */
const loose = (s: string): string => s.toLowerCase().replace(/[_-]/g, "");

class ServiceView implements ServiceApi {
  private readonly symbols: Symbols;
  private readonly model: Model;
  private opList: OperationInfo[] | null = null;
  /** Operation shapes by name, boto3 method and loose spelling: cheap, so lookups build one operation, not all. */
  private opIndex: {
    readonly byName: Map<string, Shape>;
    readonly byBoto3: Map<string, Shape>;
    readonly loose: Map<string, Shape>;
  } | null = null;
  private readonly opCache = new Map<string, OperationInfo>();
  private reachable: Set<string> | null = null;
  private typeList: TypeInfo[] | null = null;
  private readonly typeCache = new Map<string, TypeInfo | null>();
  private readonly sdkTypeCache = new Map<string, SdkType>();
  private readonly fallibleCache = new Map<string, boolean>();
  private waiterList: WaiterInfo[] | null = null;
  private prims: Primitives | null = null;
  private readonly opShapes: Shape[];

  constructor(
    readonly info: ServiceInfo,
    loaded: LoadedModel,
  ) {
    this.model = loaded.model;
    this.symbols = new Symbols(loaded.model, loaded.service);
    this.opShapes = containedOperations(loaded.model, loaded.service.id).sort((a, b) =>
      byName(shapeName(a.id), shapeName(b.id)),
    );
  }

  private readonly sdkTypeFn = (id: string): SdkType => this.sdkType(id);
  private readonly fallibleFn = (id: string): boolean => this.fallible(id);

  private fallible(id: string): boolean {
    const cached = this.fallibleCache.get(id);
    if (cached !== undefined) return cached;
    const shape = this.model.get(id);
    const result =
      shape !== undefined && shape.type === "structure" && buildReturnsResult(this.symbols, shape);
    this.fallibleCache.set(id, result);
    return result;
  }

  sdkType(shapeId: string): SdkType {
    const cached = this.sdkTypeCache.get(shapeId);
    if (cached !== undefined) return cached;
    const t = this.symbols.sdkType(shapeId, this.fallibleFn);
    this.sdkTypeCache.set(shapeId, t);
    return t;
  }

  private reachableIds(): Set<string> {
    if (!this.reachable) this.reachable = reachableShapes(this.model, this.symbols.service.id);
    return this.reachable;
  }

  private buildType(shape: Shape): TypeInfo | null {
    switch (shape.type) {
      case "structure":
        return shape.id === "smithy.api#Unit" ? null : structureInfo(this.symbols, shape, this.sdkTypeFn);
      case "union":
        return unionInfo(this.symbols, shape, this.sdkTypeFn);
      case "enum":
      case "string":
        return this.symbols.isEnumString(shape) ? enumInfo(this.symbols, shape) : null;
      default:
        return null;
    }
  }

  type(shapeId: string): TypeInfo | undefined {
    const cached = this.typeCache.get(shapeId);
    if (cached !== undefined) return cached ?? undefined;
    const shape = this.model.get(shapeId);
    const generated =
      shape !== undefined &&
      !shapeId.startsWith("smithy.api#") &&
      (shape.synthetic !== null || this.reachableIds().has(shapeId));
    const info = generated ? this.buildType(shape) : null;
    this.typeCache.set(shapeId, info);
    return info ?? undefined;
  }

  types(): readonly TypeInfo[] {
    if (this.typeList) return this.typeList;
    const ids = new Set(this.reachableIds());
    for (const op of this.opShapes) {
      if (op.input) ids.add(op.input);
      if (op.output) ids.add(op.output);
    }
    const out: TypeInfo[] = [];
    for (const id of ids) {
      const t = this.type(id);
      if (t) out.push(t);
    }
    this.typeList = out.sort((a, b) => byName(a.path, b.path) || byName(a.shapeId, b.shapeId));
    return this.typeList;
  }

  private buildOperation(op: Shape): OperationInfo {
    const s = this.symbols;
    const name = shapeName(op.id);
    const names = operationNames(name, s.contextName(op.id));
    const inputShape = this.model.expect(op.input ?? "");
    const outputShape = this.model.expect(op.output ?? "");
    const input = this.type(inputShape.id) as StructureInfo;
    const output = this.type(outputShape.id) as StructureInfo;
    const pagination = paginationOf(s.service, op);
    const paginated =
      pagination !== null &&
      !inputShape.members.some((m) => hasTrait(m.traits, "smithy.api#idempotencyToken"));
    const errors: ErrorInfo[] = [...new Set(op.errors)].map((e) => errorInfo(s, e));
    const http = op.traits["smithy.api#http"];
    return {
      name,
      shapeId: op.id,
      crate: this.info.crate,
      method: names.method,
      outputPath: names.outputPath,
      errorPath: names.errorPath,
      outputShapeId: outputShape.id,
      inputShapeId: inputShape.id,
      boto3Method: xformName(name),
      module: names.module,
      inputPath: names.inputPath,
      fluentBuilder: names.fluentBuilderPath,
      paginator: paginated ? names.paginatorPath : null,
      input,
      output,
      errors,
      http:
        isRecord(http) && typeof http.method === "string" && typeof http.uri === "string"
          ? { method: http.method, uri: http.uri }
          : null,
      pagination: paginated ? pagination : null,
    };
  }

  private index(): NonNullable<ServiceView["opIndex"]> {
    if (this.opIndex) return this.opIndex;
    const byName = new Map<string, Shape>();
    const byBoto3 = new Map<string, Shape>();
    const looseMap = new Map<string, Shape>();
    for (const op of this.opShapes) {
      const name = shapeName(op.id);
      const boto3 = xformName(name);
      const method = operationNames(name, this.symbols.contextName(op.id)).method;
      byName.set(name, op);
      if (!byBoto3.has(boto3)) byBoto3.set(boto3, op);
      for (const key of [loose(name), loose(boto3), loose(method)])
        if (!looseMap.has(key)) looseMap.set(key, op);
    }
    return (this.opIndex = { byName, byBoto3, loose: looseMap });
  }

  private operationOf(op: Shape): OperationInfo {
    let info = this.opCache.get(op.id);
    if (!info) this.opCache.set(op.id, (info = this.buildOperation(op)));
    return info;
  }

  operations(): readonly OperationInfo[] {
    if (!this.opList) this.opList = this.opShapes.map((op) => this.operationOf(op));
    return this.opList;
  }

  operation(name: string): OperationInfo | undefined {
    const op = this.index().byName.get(name);
    return op && this.operationOf(op);
  }

  operationByBoto3(method: string): OperationInfo | undefined {
    const idx = this.index();
    const op = idx.byBoto3.get(method) ?? idx.loose.get(loose(method));
    return op && this.operationOf(op);
  }

  waiters(): readonly WaiterInfo[] {
    if (!this.waiterList) this.waiterList = waitersOf(this.opShapes);
    return this.waiterList;
  }

  primitives(): Primitives {
    if (!this.prims) this.prims = primitivesOf(this.model, this.opShapes);
    return this.prims;
  }
}

function sdkIdOfService(service: Shape): string | undefined {
  const t = service.traits["aws.api#service"];
  return isRecord(t) && typeof t.sdkId === "string" ? t.sdkId : undefined;
}

function serviceInfo(name: string, row: ServiceTableRow | undefined, loaded: LoadedModel): ServiceInfo {
  if (row) {
    return {
      boto3: boto3NameOf(row),
      sdkId: row.sdkId,
      modelsDir: row.modelsDir,
      crate: row.cargoCrate.replace(/-/g, "_"),
      cargoCrate: row.cargoCrate,
    };
  }
  const sdkId = sdkIdOfService(loaded.service) ?? shapeName(loaded.service.id);
  const crate = rustCrateIdent(sdkId);
  return {
    boto3: name,
    sdkId,
    modelsDir: loaded.file.modelsDir,
    crate,
    cargoCrate: crate.replace(/_/g, "-"),
  };
}

class Repository implements ModelRepository {
  private readonly loader: ModelLoader;
  private readonly views = new Map<string, ServiceView | string>();
  private availableList: string[] | null = null;

  constructor(readonly root: string) {
    this.loader = new ModelLoader(root);
  }

  private resolve(name: string): ServiceView | string {
    const cached = this.views.get(name);
    if (cached !== undefined) return cached;
    // Service names are case-insensitive (`ECS`, `AWS-SDK-ECS`); every alias spelling is lower case.
    const lower = name.toLowerCase();
    const row = findServiceRow(name) ?? findServiceRow(lower);
    const modelsDir = row?.modelsDir ?? (listModelDirs(this.root).includes(lower) ? lower : undefined);
    let result: ServiceView | string;
    if (modelsDir === undefined) {
      result =
        `unknown service '${name}': not a boto3 client name, api-models-aws folder or aws-sdk crate ` +
        `in the service table, and ${this.root} has no '${name}' model folder`;
    } else {
      const loaded = this.loader.load(modelsDir, row?.sdkId);
      result = typeof loaded === "string" ? loaded : new ServiceView(serviceInfo(lower, row, loaded), loaded);
    }
    this.views.set(name, result);
    return result;
  }

  service(boto3Name: string): ServiceApi | undefined {
    const r = this.resolve(boto3Name);
    return typeof r === "string" ? undefined : r;
  }

  problem(boto3Name: string): string | undefined {
    const r = this.resolve(boto3Name);
    return typeof r === "string" ? r : undefined;
  }

  malformed(): readonly ModelFileError[] {
    return this.loader.malformed();
  }

  available(): readonly string[] {
    if (!this.availableList) {
      const names = listModelDirs(this.root).map((dir) => {
        const row = serviceRowByModelsDir(dir);
        return row ? boto3NameOf(row) : dir;
      });
      this.availableList = [...new Set(names)].sort(byName);
    }
    return this.availableList;
  }
}

/** The models of an api-models-aws folder (`<dir>/service/<version>/<dir>-<version>.json`). */
export function openModels(root: string): ModelRepository {
  return new Repository(root);
}
