/** The Smithy 2.0 JSON AST as api-models-aws ships it (only the parts this package reads). */

export type AstTraits = Readonly<Record<string, unknown>>;

export interface AstRef {
  readonly target: string;
}

export interface AstMember {
  readonly target: string;
  readonly traits?: AstTraits;
}

export interface AstShape {
  readonly type: string;
  readonly traits?: AstTraits;
  readonly members?: Readonly<Record<string, AstMember>>;
  readonly member?: AstMember;
  readonly key?: AstMember;
  readonly value?: AstMember;
  readonly mixins?: readonly AstRef[];
  readonly input?: AstRef;
  readonly output?: AstRef;
  readonly errors?: readonly AstRef[];
  readonly operations?: readonly AstRef[];
  readonly resources?: readonly AstRef[];
  readonly collectionOperations?: readonly AstRef[];
  readonly create?: AstRef;
  readonly put?: AstRef;
  readonly read?: AstRef;
  readonly update?: AstRef;
  readonly delete?: AstRef;
  readonly list?: AstRef;
  readonly rename?: Readonly<Record<string, string>>;
  readonly version?: string;
}

export interface AstModel {
  readonly smithy: string;
  readonly shapes: Readonly<Record<string, AstShape>>;
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

/**
 * Checks the structure of a parsed JSON AST the loader relies on: shape ids and member names in
 * Smithy's grammar (they become Rust identifiers), a type per shape, and a `target` in every
 * reference. Trait values are not checked here.
 */
export function asAstModel(json: unknown): AstModel | string {
  if (!isRecord(json)) return "not a JSON object";
  if (typeof json.smithy !== "string") return 'no "smithy" version';
  if (!isRecord(json.shapes)) return 'no "shapes" object';
  // Names become Rust identifiers: a name outside Smithy's identifier grammar would give Rust
  // that does not parse, so the model is malformed.
  for (const [id, shape] of Object.entries(json.shapes)) {
    if (!SHAPE_ID.test(id)) return `shape id ${JSON.stringify(id)} is not a Smithy shape id`;
    if (!isRecord(shape)) return `shape ${id} is not an object`;
    if (typeof shape.type !== "string") return `shape ${id} has no "type"`;
    if (shape.members !== undefined) {
      if (!isRecord(shape.members)) return `shape ${id}: "members" is not an object`;
      for (const [name, member] of Object.entries(shape.members)) {
        if (!IDENTIFIER.test(name))
          return `shape ${id} has a member named ${JSON.stringify(name)}, not a Smithy identifier`;
        if (!isReference(member)) return `shape ${id}: member ${name} has no "target"`;
      }
    }
    // Every other reference the loader follows: `{"target": "ns#Name"}`, alone or in a list.
    for (const key of [
      "member",
      "key",
      "value",
      "input",
      "output",
      "create",
      "put",
      "read",
      "update",
      "delete",
      "list",
    ]) {
      if (shape[key] !== undefined && !isReference(shape[key]))
        return `shape ${id}: "${key}" has no "target"`;
    }
    for (const key of ["errors", "operations", "resources", "collectionOperations", "mixins"]) {
      const list = shape[key];
      if (list !== undefined && !(Array.isArray(list) && list.every(isReference)))
        return `shape ${id}: "${key}" is not a list of targets`;
    }
  }
  return json as unknown as AstModel;
}

function isReference(x: unknown): boolean {
  return isRecord(x) && typeof x.target === "string";
}

/** Smithy's `identifier` and absolute shape id (IDL 2.0 §"Shape ID" grammar). */
const IDENTIFIER = /^_*[A-Za-z][A-Za-z0-9_]*$/;
const SHAPE_ID = /^_*[A-Za-z][A-Za-z0-9_]*(\._*[A-Za-z][A-Za-z0-9_]*)*#_*[A-Za-z][A-Za-z0-9_]*$/;
