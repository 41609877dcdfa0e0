/**
 * The in-memory model one service is typed from: a mutable copy of the JSON AST plus the Smithy
 * prelude, which the transforms (`transforms/`) rewrite the way smithy-rs's model transformers do.
 */
import type { AstMember, AstModel, AstShape, AstTraits } from "./smithy-ast.js";

export type ShapeType =
  | "structure"
  | "union"
  | "enum"
  | "intEnum"
  | "string"
  | "blob"
  | "boolean"
  | "byte"
  | "short"
  | "integer"
  | "long"
  | "float"
  | "double"
  | "bigInteger"
  | "bigDecimal"
  | "timestamp"
  | "document"
  | "list"
  | "set"
  | "map"
  | "operation"
  | "service"
  | "resource"
  | "unknown";

const SHAPE_TYPES: ReadonlySet<string> = new Set<ShapeType>([
  "structure",
  "union",
  "enum",
  "intEnum",
  "string",
  "blob",
  "boolean",
  "byte",
  "short",
  "integer",
  "long",
  "float",
  "double",
  "bigInteger",
  "bigDecimal",
  "timestamp",
  "document",
  "list",
  "set",
  "map",
  "operation",
  "service",
  "resource",
]);

export type Traits = Record<string, unknown>;

export interface Member {
  readonly name: string;
  /** Shape id of the containing shape. */
  container: string;
  target: string;
  traits: Traits;
  /** Set by the recursive-shape boxer: the Rust field is `Box<T>`. */
  boxed: boolean;
}

/** Marks a synthetic operation Input/Output (smithy-rs `SyntheticInputTrait`/`SyntheticOutputTrait`). */
export interface SyntheticInfo {
  readonly role: "input" | "output";
  /** Operation shape id. */
  readonly operation: string;
  /** The modelled input/output shape, or null when the operation had none. */
  readonly originalId: string | null;
}

export interface Shape {
  readonly id: string;
  type: ShapeType;
  traits: Traits;
  /** Structure/union/enum/intEnum members; `[member]` for lists; `[key, value]` for maps. */
  members: Member[];
  input: string | null;
  output: string | null;
  errors: string[];
  /** Service/resource: operations (including resource lifecycle operations) and nested resources. */
  operations: string[];
  resources: string[];
  rename: Readonly<Record<string, string>>;
  mixins: string[];
  synthetic: SyntheticInfo | null;
  /** Event-stream unions: error members stripped by the event-stream normaliser. */
  eventStreamErrors: Member[];
}

/** Smithy prelude shapes a model can target. */
const PRELUDE: ReadonlyArray<readonly [string, ShapeType, Traits]> = [
  ["String", "string", {}],
  ["Blob", "blob", {}],
  ["BigInteger", "bigInteger", {}],
  ["BigDecimal", "bigDecimal", {}],
  ["Timestamp", "timestamp", {}],
  ["Document", "document", {}],
  ["Boolean", "boolean", {}],
  ["PrimitiveBoolean", "boolean", { "smithy.api#default": false }],
  ["Byte", "byte", {}],
  ["PrimitiveByte", "byte", { "smithy.api#default": 0 }],
  ["Short", "short", {}],
  ["PrimitiveShort", "short", { "smithy.api#default": 0 }],
  ["Integer", "integer", {}],
  ["PrimitiveInteger", "integer", { "smithy.api#default": 0 }],
  ["Long", "long", {}],
  ["PrimitiveLong", "long", { "smithy.api#default": 0 }],
  ["Float", "float", {}],
  ["PrimitiveFloat", "float", { "smithy.api#default": 0 }],
  ["Double", "double", {}],
  ["PrimitiveDouble", "double", { "smithy.api#default": 0 }],
  ["Unit", "structure", { "smithy.api#unitType": {} }],
];

export const UNIT = "smithy.api#Unit";

export function emptyShape(id: string, type: ShapeType): Shape {
  return {
    id,
    type,
    traits: {},
    members: [],
    input: null,
    output: null,
    errors: [],
    operations: [],
    resources: [],
    rename: {},
    mixins: [],
    synthetic: null,
    eventStreamErrors: [],
  };
}

function memberFrom(container: string, name: string, ast: AstMember): Member {
  return { name, container, target: ast.target, traits: { ...(ast.traits ?? {}) }, boxed: false };
}

function shapeFrom(id: string, ast: AstShape): Shape {
  const type: ShapeType = SHAPE_TYPES.has(ast.type) ? (ast.type as ShapeType) : "unknown";
  const shape = emptyShape(id, type);
  shape.traits = { ...(ast.traits ?? {}) };
  if (ast.members) shape.members = Object.entries(ast.members).map(([n, m]) => memberFrom(id, n, m));
  if (ast.member) shape.members = [memberFrom(id, "member", ast.member)];
  if (ast.key && ast.value)
    shape.members = [memberFrom(id, "key", ast.key), memberFrom(id, "value", ast.value)];
  shape.input = ast.input && ast.input.target !== UNIT ? ast.input.target : null;
  shape.output = ast.output && ast.output.target !== UNIT ? ast.output.target : null;
  shape.errors = (ast.errors ?? []).map((r) => r.target);
  const lifecycle = [ast.create, ast.put, ast.read, ast.update, ast.delete, ast.list].flatMap((r) =>
    r ? [r.target] : [],
  );
  shape.operations = [
    ...lifecycle,
    ...(ast.operations ?? []).map((r) => r.target),
    ...(ast.collectionOperations ?? []).map((r) => r.target),
  ];
  shape.resources = (ast.resources ?? []).map((r) => r.target);
  shape.rename = ast.rename ?? {};
  shape.mixins = (ast.mixins ?? []).map((r) => r.target);
  return shape;
}

/** A mutable model: the AST's shapes plus the prelude. */
export class Model {
  readonly shapes = new Map<string, Shape>();

  constructor(ast: AstModel) {
    for (const [name, type, traits] of PRELUDE) {
      const s = emptyShape(`smithy.api#${name}`, type);
      s.traits = { ...traits };
      this.shapes.set(s.id, s);
    }
    for (const [id, shape] of Object.entries(ast.shapes)) this.shapes.set(id, shapeFrom(id, shape));
  }

  get(id: string): Shape | undefined {
    return this.shapes.get(id);
  }

  /** The shape, or a placeholder of type `unknown` when the model does not define it. */
  expect(id: string): Shape {
    return this.shapes.get(id) ?? emptyShape(id, "unknown");
  }

  add(shape: Shape): void {
    this.shapes.set(shape.id, shape);
  }

  /** Every shape of one type, in model order. */
  ofType(type: ShapeType): Shape[] {
    const out: Shape[] = [];
    for (const s of this.shapes.values()) if (s.type === type) out.push(s);
    return out;
  }
}

export function hasTrait(traits: AstTraits, id: string): boolean {
  return Object.prototype.hasOwnProperty.call(traits, id);
}

/** Shape name part of an id (`com.amazonaws.ecs#Cluster` → `Cluster`; synthetic `…#Op$Input` → `OpInput`). */
export function shapeName(id: string): string {
  const hash = id.indexOf("#");
  const rest = hash < 0 ? id : id.slice(hash + 1);
  return rest.replace("$", "");
}

export function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}
