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

/** Checks the outer structure of a parsed JSON AST; shapes are trusted to follow the Smithy spec. */
export function asAstModel(json: unknown): AstModel | string {
  if (!isRecord(json)) return "not a JSON object";
  if (typeof json.smithy !== "string") return 'no "smithy" version';
  if (!isRecord(json.shapes)) return 'no "shapes" object';
  // Names become Rust identifiers: a name outside Smithy's identifier grammar would give Rust
  // that does not parse, so the model is malformed.
  for (const [id, shape] of Object.entries(json.shapes)) {
    if (!SHAPE_ID.test(id)) return `shape id ${JSON.stringify(id)} is not a Smithy shape id`;
    if (!isRecord(shape)) return `shape ${id} is not an object`;
    if (isRecord(shape.members)) {
      for (const name of Object.keys(shape.members)) {
        if (!IDENTIFIER.test(name))
          return `shape ${id} has a member named ${JSON.stringify(name)}, not a Smithy identifier`;
      }
    }
  }
  return json as unknown as AstModel;
}

/** Smithy's `identifier` and absolute shape id (IDL 2.0 §"Shape ID" grammar). */
const IDENTIFIER = /^_*[A-Za-z][A-Za-z0-9_]*$/;
const SHAPE_ID = /^_*[A-Za-z][A-Za-z0-9_]*(\._*[A-Za-z][A-Za-z0-9_]*)*#_*[A-Za-z][A-Za-z0-9_]*$/;
