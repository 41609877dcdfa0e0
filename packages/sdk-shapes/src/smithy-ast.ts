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
  return json as unknown as AstModel;
}
