/**
 * The program a test file belongs to: the moto tree that holds it (the nearest parent directory
 * with `tests/__init__.py`; moto's source package `moto/` sits beside `tests/`), the modules its
 * imports name, and the `conftest.py` files above it. Files are read through a `SourceReader`
 * (the CLI passes the real file system) and each module is parsed and summarised once per loader,
 * so one loader shared by a whole run reads every file at most once.
 */
import { dirname, join, relative, sep } from "node:path";
import type { Parser } from "web-tree-sitter";
import { parseTreeWith, type Node } from "./parser.js";
import { summariseModule, type ModuleSummary } from "./module-summary.js";

/** How the loader reads files: the text of a file, or null when it does not exist or cannot be read. */
export interface SourceReader {
  readonly readFile: (path: string) => string | null;
}

/** A function definition (plain or decorated) in another file. */
export interface ForeignDef {
  readonly node: Node;
  readonly file: string;
}

/**
 * Syntax trees of modules read only for their names (imports, conftest files), shared by the
 * loaders of one process: a tree is a pure function of the module's text, so sharing it changes
 * no output, and `tests/conftest.py` is then parsed once per run instead of once per directory.
 */
export class SharedTrees {
  private readonly trees = new Map<string, { readonly source: string; readonly root: Node | null }>();

  get(path: string, source: string): Node | null | undefined {
    const hit = this.trees.get(path);
    return hit !== undefined && hit.source === source ? hit.root : undefined;
  }

  set(path: string, source: string, root: Node | null): void {
    this.trees.set(path, { source, root });
  }
}

export class ProgramLoader {
  private readonly texts = new Map<string, string | null>();
  private readonly roots = new Map<string, string | null>();
  private readonly summaries = new Map<string, ModuleSummary | null | "pending">();
  private readonly trees = new Map<string, { readonly source: string; readonly root: Node | null }>();
  private parser: Parser | null = null;

  constructor(
    private readonly reader: SourceReader,
    private readonly shared: SharedTrees = new SharedTrees(),
  ) {}

  /** Called by `parsePython` before lowering: the loaded parser reads further modules synchronously. */
  useParser(parser: Parser): void {
    this.parser = parser;
  }

  private text(path: string): string | null {
    let t = this.texts.get(path);
    if (t === undefined) {
      t = this.reader.readFile(path);
      this.texts.set(path, t);
    }
    return t;
  }

  /** The text of a file the loader has read (or can read), or null. */
  source(path: string): string | null {
    return this.text(path);
  }

  /** The moto tree holding `file`: the nearest parent directory with `tests/__init__.py`, or null. */
  treeRoot(file: string): string | null {
    const start = dirname(file);
    const seen: string[] = [];
    let dir = start;
    let found: string | null = null;
    for (;;) {
      const cached = this.roots.get(dir);
      if (cached !== undefined) {
        found = cached;
        break;
      }
      seen.push(dir);
      if (this.text(join(dir, "tests", "__init__.py")) !== null) {
        found = dir;
        break;
      }
      const up = dirname(dir);
      if (up === dir) break;
      dir = up;
    }
    for (const d of seen) this.roots.set(d, found);
    return found;
  }

  /**
   * The file of a module named in an import of `fromFile` (`tests`, `tests.test_s3`,
   * `.test_x`, `..`, `moto.core`), or null when it is outside the moto tree or absent.
   */
  resolveModule(fromFile: string, module: string): string | null {
    const root = this.treeRoot(fromFile);
    if (root === null) return null;
    const dots = /^\.*/.exec(module)![0].length;
    const rest = module.slice(dots);
    const parts = rest === "" ? [] : rest.split(".");
    let base: string;
    if (dots > 0) {
      base = dirname(fromFile);
      for (let i = 1; i < dots; i++) base = dirname(base);
    } else {
      if (parts[0] !== "tests" && parts[0] !== "moto") return null;
      base = root;
    }
    const target = join(base, ...parts);
    const inside = relative(root, target);
    if (inside.startsWith("..") || inside.split(sep)[0] === "..") return null;
    for (const candidate of parts.length === 0 ? [] : [target + ".py"]) {
      if (this.text(candidate) !== null) return candidate;
    }
    const init = join(target, "__init__.py");
    return this.text(init) !== null ? init : null;
  }

  /**
   * The syntax tree of `source`, the text of `path`: parsed once per loader, so a test module
   * that is both translated and imported by another one is parsed once. Null when the parser is
   * not loaded yet or gives up.
   */
  tree(path: string, source: string): Node | null {
    const cached = this.trees.get(path);
    if (cached !== undefined && cached.source === source) return cached.root;
    if (this.parser === null) return null;
    const root = parseTreeWith(this.parser, source);
    this.trees.set(path, { source, root });
    if (!this.texts.has(path)) this.texts.set(path, source);
    return root;
  }

  /** `path` relative to its moto tree (`tests/test_x/helpers.py`), for messages. */
  label(path: string): string {
    const root = this.treeRoot(path);
    return (root === null ? path : relative(root, path)).split(sep).join("/");
  }

  /** The parsed and summarised module at `path`; null when absent, unparsable, or part of an import cycle. */
  summary(path: string): ModuleSummary | null {
    const cached = this.summaries.get(path);
    if (cached === "pending") return null;
    if (cached !== undefined) return cached;
    const source = this.text(path);
    if (source === null) return null;
    let root = this.shared.get(path, source);
    if (root === undefined) {
      root = this.tree(path, source);
      if (this.parser !== null) this.shared.set(path, source, root);
    }
    this.summaries.set(path, "pending");
    let result: ModuleSummary | null = null;
    if (root !== null) {
      try {
        result = summariseModule(path, source, root, this);
      } catch {
        // A frontend bug on a module only read for its names: the names stay unresolved.
        result = null;
      }
    }
    this.summaries.set(path, result);
    return result;
  }

  /**
   * The `conftest.py` files that apply to `file`, nearest first: its own directory's, then each
   * parent's up to the moto tree's root.
   */
  conftests(file: string): string[] {
    const root = this.treeRoot(file);
    if (root === null) return [];
    const out: string[] = [];
    let dir = dirname(file);
    for (;;) {
      const c = join(dir, "conftest.py");
      if (c !== file && this.text(c) !== null) out.push(c);
      if (dir === root) break;
      const up = dirname(dir);
      if (up === dir) break;
      dir = up;
    }
    return out;
  }
}
