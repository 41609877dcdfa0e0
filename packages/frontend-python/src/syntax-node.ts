/**
 * The plain syntax tree lowering reads: one immutable JS object per tree-sitter node, built once
 * per file by `syntax-tree.ts`. Reading it never crosses into WASM (web-tree-sitter's `Node`
 * marshals and allocates on every property access), so lowering may walk it as often as it likes.
 */

/** A 0-based row and column (UTF-16 code units), as tree-sitter reports them. */
export interface Point {
  readonly row: number;
  readonly column: number;
}

/** One node of the plain tree: what tree-sitter's `Node` offered, as plain data. */
export interface SyntaxNode {
  /** The node type (`identifier`, `call`, `(`, `ERROR`). */
  readonly type: string;
  /** Named nodes are grammar rules; anonymous ones are literal tokens (`(`, `not in`). */
  readonly isNamed: boolean;
  /** An ERROR node (unparsable input). */
  readonly isError: boolean;
  /** A zero-width node the parser inserted to recover from a syntax error. */
  readonly isMissing: boolean;
  /** Is this node, or anything below it, an ERROR or MISSING node? */
  readonly hasError: boolean;
  /** The field this node fills in its parent (`function`, `arguments`), or null. */
  readonly fieldName: string | null;
  /** Source offsets (UTF-16 code units), end exclusive. */
  readonly startIndex: number;
  readonly endIndex: number;
  readonly startPosition: Point;
  readonly endPosition: Point;
  /** The source text the node covers. */
  readonly text: string;
  readonly parent: SyntaxNode | null;
  /** Every child in source order: named and anonymous nodes, comments included. */
  readonly children: readonly SyntaxNode[];
  /** The named children, comments excluded (comments are extras and may appear anywhere). */
  readonly namedChildren: readonly SyntaxNode[];
  /** How many levels of descendants the node has (0 for a leaf). */
  readonly height: number;
}

const NO_NODES: readonly SyntaxNode[] = Object.freeze([]);

/** The source of one file, shared by its nodes: text slices and offset → row/column. */
export class SourceText {
  private lineStarts: number[] | null = null;

  constructor(readonly text: string) {}

  /** The row and column of an offset: rows advance at `\n` only, as in tree-sitter. */
  pointAt(index: number): Point {
    const starts = this.lines();
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (starts[mid]! <= index) lo = mid;
      else hi = mid - 1;
    }
    return { row: lo, column: index - starts[lo]! };
  }

  private lines(): number[] {
    if (this.lineStarts === null) {
      const starts = [0];
      const text = this.text;
      for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
      this.lineStarts = starts;
    }
    return this.lineStarts;
  }
}

/** `PlainNode.flags` bits. */
export const NAMED = 1;
export const ERROR = 2;
export const MISSING = 4;
export const HAS_ERROR = 8;

/**
 * The node implementation. Only the tree builder creates nodes and attaches their children (with
 * `close`); everything else sees the read-only `SyntaxNode` interface. Kept small: a file's whole
 * tree is live while it is lowered, and the garbage collector copies it around.
 */
export class PlainNode implements SyntaxNode {
  children: readonly SyntaxNode[] = NO_NODES;
  namedChildren: readonly SyntaxNode[] = NO_NODES;
  height = 0;

  constructor(
    private readonly source: SourceText,
    readonly type: string,
    /** `NAMED | ERROR | MISSING | HAS_ERROR`. */
    private readonly flags: number,
    readonly fieldName: string | null,
    readonly startIndex: number,
    readonly endIndex: number,
    readonly parent: SyntaxNode | null,
  ) {}

  get isNamed(): boolean {
    return (this.flags & NAMED) !== 0;
  }

  get isError(): boolean {
    return (this.flags & ERROR) !== 0;
  }

  get isMissing(): boolean {
    return (this.flags & MISSING) !== 0;
  }

  get hasError(): boolean {
    return (this.flags & HAS_ERROR) !== 0;
  }

  get text(): string {
    return this.source.text.slice(this.startIndex, this.endIndex);
  }

  get startPosition(): Point {
    return this.source.pointAt(this.startIndex);
  }

  get endPosition(): Point {
    return this.source.pointAt(this.endIndex);
  }

  /** Attach the complete list of children (an array the node now owns). */
  close(children: readonly SyntaxNode[]): void {
    this.children = children;
    let named = 0;
    let height = 0;
    for (const c of children) {
      if (c.isNamed && c.type !== "comment") named++;
      if (c.height >= height) height = c.height + 1;
    }
    this.namedChildren =
      named === children.length ? children : children.filter((c) => c.isNamed && c.type !== "comment");
    this.height = height;
  }
}
