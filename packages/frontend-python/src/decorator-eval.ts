/**
 * Partial evaluation of a resource-creating decorator (`@dynamodb_aws_verified(add_range=True)`,
 * `@s3_aws_verified`, issue 8): its Python code runs here, on the tree-sitter nodes of the file
 * that defines it, with its arguments and defaults known and the switches of moto's in-process
 * run folded (`os.environ.get(...)` gives its default: a Rust test reads no environment, so
 * `allow_aws_request()` is false; `mock_aws()`/`nullcontext()` are no-op contexts; `sleep` and
 * `print` do nothing). What the decorator does to AWS is not run: each boto3 call becomes a
 * residual IR statement (`ClientDecl`, `Assign` of an `ApiCall`), in order, split by the call
 * of the test into setup and teardown; the keyword arguments it passes to the test are the
 * values the test's parameters get. `uuid4()` is a fixed UUID derived from the test: every Rust
 * test has its own backend, so a fixed name cannot collide. Whatever depends on a value only known
 * at run time (a condition on a response, a `try`/`except`) stops the evaluation with the
 * construct and its `file:line:col`.
 */
import { type CallArg, type Expr, type Span, type Stmt } from "@moto2rust/ir";
import { decodeString } from "./strings.js";
import { parameters } from "./locals.js";
import { field, fieldChildren, namedChildren, unparen, type Node } from "./parser.js";
import { foreignModule, locate, type EvalModule } from "./decorator-modules.js";
import { describe, Env, equal, fromExpr, NONE, toExpr, truthy, type PyVal } from "./decorator-values.js";
import { evalModeCondition } from "./skip-reasons.js";
import { moduleScope } from "./module-scope.js";

/** What evaluating a decorator around one test gives. */
export interface DecoratorEffect {
  /** Residual statements before the test body. */
  readonly setup: Stmt[];
  /** Keyword arguments the decorator passes to the test, in the order it sets them. */
  readonly injected: ReadonlyMap<string, PyVal>;
  /** Residual statements after the test body; null when they could not be evaluated (see `teardownWhy`). */
  readonly teardown: Stmt[] | null;
  readonly teardownWhy: string | null;
}

/** Why the evaluation stopped: the construct and where it is. */
class Stop {
  constructor(
    readonly why: string,
    readonly code: StopCode = "unsupported-syntax",
  ) {}
}

/** Why an evaluation stops: a construct it cannot evaluate, or moto's own machinery the decorator drives. */
export type StopCode = "unsupported-syntax" | "moto-internal";

type Signal = { readonly k: "normal" } | { readonly k: "return"; readonly value: PyVal };
const NORMAL: Signal = { k: "normal" };

const MAX_STEPS = 20000;
const MAX_CALL_DEPTH = 40;

export interface DecoratorUse {
  /** The module the decorator is defined in, and its `function_definition`. */
  readonly module: EvalModule;
  readonly def: Node;
  /** The decorator's own call arguments (`@d(add_range=True)`), evaluated in the test's module; null for `@d`. */
  readonly call: {
    readonly positional: readonly Node[];
    readonly keywords: readonly { name: string; value: Node }[];
  } | null;
  readonly testModule: EvalModule;
  /** The test's parameters in order (positional arguments the decorator passes bind to them). */
  readonly testParams: readonly string[];
  /** Parameters pytest passes to the test (no default value): they go through the decorator unchanged. */
  readonly passThrough: readonly string[];
  /** Names of the residual variables start with this (`s3_aws_verified.client`). */
  readonly prefix: string;
  /** Seed of the deterministic `uuid4()` values (the test's qualified name). */
  readonly seed: string;
  /** Span of every residual statement: the decorator line in the test file. */
  readonly span: Span;
}

/** Evaluate `use`; a string says why it cannot be (construct and location). */
export function evaluateDecorator(
  use: DecoratorUse,
): DecoratorEffect | { readonly why: string; readonly code: StopCode } {
  const ev = new Evaluator(use);
  try {
    return ev.run();
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
    if (ev.testCalled)
      return {
        setup: ev.setup,
        injected: ev.injected,
        teardown: null,
        teardownWhy: e.why,
      };
    return { why: e.why, code: e.code };
  }
}

class Evaluator {
  readonly setup: Stmt[] = [];
  readonly teardown: Stmt[] = [];
  readonly injected = new Map<string, PyVal>();
  testCalled = false;
  private steps = 0;
  private depth = 0;
  private uuids = 0;
  private readonly usedNames = new Set<string>();
  /** The variable the value being evaluated is assigned to, to name residual variables after it. */
  private hint: string | null = null;

  constructor(private readonly use: DecoratorUse) {}

  run(): DecoratorEffect {
    const u = this.use;
    const deco: PyVal = { k: "func", def: u.def, module: u.module, closure: null };
    let wrapped: PyVal;
    if (u.call === null) wrapped = this.call(deco, [{ k: "test" }], new Map(), u.def, u.module);
    else {
      const env = new Env(null);
      const pos = u.call.positional.map((n) => this.expr(n, env, u.testModule));
      const kws = new Map(u.call.keywords.map((k) => [k.name, this.expr(k.value, env, u.testModule)]));
      const inner = this.call(deco, pos, kws, u.def, u.module);
      wrapped = this.call(inner, [{ k: "test" }], new Map(), u.def, u.module);
    }
    const given = new Map<string, PyVal>(u.passThrough.map((p) => [p, { k: "param", name: p }]));
    this.call(wrapped, [], given, u.def, u.module);
    if (!this.testCalled) throw new Stop(`decorator that never calls the test (${locate(u.module, u.def)})`);
    return {
      setup: this.setup,
      injected: this.injected,
      teardown: this.teardown,
      teardownWhy: null,
    };
  }

  private stop(what: string, node: Node, m: EvalModule, code: StopCode = "unsupported-syntax"): never {
    throw new Stop(`${what} at ${locate(m, node)}`, code);
  }

  private out(): Stmt[] {
    return this.testCalled ? this.teardown : this.setup;
  }

  private fresh(base: string): string {
    let name = `${this.use.prefix}.${base}`;
    for (let i = 2; this.usedNames.has(name); i++) name = `${this.use.prefix}.${base}_${i}`;
    this.usedNames.add(name);
    return name;
  }

  // -------------------------------------------------------------------------------------------
  // Statements
  // -------------------------------------------------------------------------------------------

  private block(block: Node | null, env: Env, m: EvalModule): Signal {
    if (block === null) return NORMAL;
    for (const s of namedChildren(block)) {
      const sig = this.stmt(s, env, m);
      if (sig.k === "return") return sig;
    }
    return NORMAL;
  }

  private stmt(s: Node, env: Env, m: EvalModule): Signal {
    if (++this.steps > MAX_STEPS) this.stop("decorator code that runs too long to evaluate", s, m);
    switch (s.type) {
      case "comment":
      case "pass_statement":
        return NORMAL;
      case "expression_statement": {
        for (const e of namedChildren(s)) {
          if (e.type === "assignment") this.assign(e, env, m);
          else if (e.type === "augmented_assignment") this.augAssign(e, env, m);
          else if (e.type === "string" || e.type === "concatenated_string") continue;
          else if (e.type === "call") this.callNode(e, env, m, true);
          else this.expr(e, env, m);
        }
        return NORMAL;
      }
      case "return_statement": {
        const v = namedChildren(s)[0];
        return { k: "return", value: v === undefined ? NONE : this.expr(v, env, m) };
      }
      case "if_statement":
        return this.ifStmt(s, env, m);
      case "with_statement":
        return this.withStmt(s, env, m);
      case "try_statement":
        return this.tryStmt(s, env, m);
      case "for_statement":
        return this.forStmt(s, env, m);
      case "function_definition": {
        const name = field(s, "name")?.text;
        if (name !== undefined) env.vars.set(name, { k: "func", def: s, module: m, closure: env });
        return NORMAL;
      }
      case "decorated_definition": {
        const def = field(s, "definition");
        const name = def === null ? undefined : field(def, "name")?.text;
        if (def === null || def.type !== "function_definition" || name === undefined)
          this.stop("decorated class", s, m);
        // Decorators apply bottom-up: `@wraps(func)` keeps the function, a function decorates it.
        let fn: PyVal = { k: "func", def, module: m, closure: env };
        for (const d of namedChildren(s)
          .filter((c) => c.type === "decorator")
          .reverse()) {
          const e = namedChildren(d)[0];
          const v = e === undefined ? NONE : this.expr(e, env, m);
          if (v.k === "builtin" && v.name === "wraps()") continue;
          if (v.k !== "func")
            this.stop(`decorator ${d.text.replace(/^@\s*/, "")} on a nested function`, d, m);
          fn = this.call(v, [fn], new Map(), d, m);
        }
        env.vars.set(name, fn);
        return NORMAL;
      }
      default:
        return this.stop(s.type.replace(/_/g, " "), s, m);
    }
  }

  private ifStmt(s: Node, env: Env, m: EvalModule): Signal {
    const cond = field(s, "condition");
    if (cond === null) this.stop("malformed if statement", s, m);
    if (this.test(cond, env, m)) return this.block(field(s, "consequence"), env, m);
    for (const alt of fieldChildren(s, "alternative")) {
      if (alt.type === "else_clause") return this.block(field(alt, "body"), env, m);
      const c = field(alt, "condition");
      if (c === null) this.stop("malformed elif clause", alt, m);
      if (this.test(c, env, m)) return this.block(field(alt, "consequence"), env, m);
    }
    return NORMAL;
  }

  private test(cond: Node, env: Env, m: EvalModule): boolean {
    const v = truthy(this.expr(cond, env, m));
    if (v === null) this.stop(`condition \`${cond.text}\` known only at run time`, cond, m);
    return v;
  }

  private withStmt(s: Node, env: Env, m: EvalModule): Signal {
    const clause = namedChildren(s).find((c) => c.type === "with_clause");
    for (const item of clause === undefined ? [] : namedChildren(clause)) {
      const value = field(item, "value");
      if (value === null || unparen(value).type === "as_pattern")
        this.stop(`context manager \`${item.text}\``, item, m);
      if (this.expr(unparen(value), env, m).k !== "context")
        this.stop(`context manager \`${item.text}\``, item, m);
    }
    return this.block(field(s, "body"), env, m);
  }

  private tryStmt(s: Node, env: Env, m: EvalModule): Signal {
    const parts = namedChildren(s);
    const handler = parts.find((c) => c.type === "except_clause" || c.type === "except_group_clause");
    if (handler !== undefined) this.stop("try statement with an except clause", handler, m);
    if (parts.some((c) => c.type === "else_clause")) this.stop("try statement with an else clause", s, m);
    const sig = this.block(field(s, "body"), env, m);
    const fin = parts.find((c) => c.type === "finally_clause");
    const finBlock = fin === undefined ? undefined : namedChildren(fin).find((c) => c.type === "block");
    if (finBlock !== undefined) {
      const f = this.block(finBlock, env, m);
      if (f.k === "return") return f;
    }
    return sig;
  }

  private forStmt(s: Node, env: Env, m: EvalModule): Signal {
    const left = field(s, "left");
    const right = field(s, "right");
    if (left === null || right === null || left.type !== "identifier") this.stop("for loop", s, m);
    if (namedChildren(s).some((c) => c.type === "else_clause"))
      this.stop("for loop with an else clause", s, m);
    const it = this.expr(right, env, m);
    if (it.k !== "list") this.stop(`for loop over a ${describe(it)}`, right, m);
    for (const item of [...it.items]) {
      env.vars.set(left.text, item);
      const sig = this.block(field(s, "body"), env, m);
      if (sig.k === "return") return sig;
    }
    return NORMAL;
  }

  private assign(a: Node, env: Env, m: EvalModule): PyVal {
    const left = field(a, "left");
    const right = field(a, "right");
    if (left === null || right === null) this.stop("annotation without a value", a, m);
    const target = unparen(left);
    let v: PyVal;
    if (right.type === "assignment") v = this.assign(right, env, m);
    else {
      this.hint = target.type === "identifier" && unparen(right).type === "call" ? target.text : null;
      try {
        v = this.expr(right, env, m);
      } finally {
        this.hint = null;
      }
    }
    this.store(target, v, env, m);
    return v;
  }

  private store(target: Node, v: PyVal, env: Env, m: EvalModule): void {
    if (target.type === "identifier") {
      env.vars.set(target.text, v);
      return;
    }
    if (target.type === "subscript") {
      const obj = this.expr(field(target, "value")!, env, m);
      const keys = fieldChildren(target, "subscript");
      if (keys.length !== 1) this.stop(`subscript assignment \`${target.text}\``, target, m);
      const key = this.expr(keys[0]!, env, m);
      if (obj.k === "dict" && key.k === "str") obj.entries.set(key.v, v);
      else if (obj.k === "list" && key.k === "int" && key.v >= 0 && key.v < obj.items.length)
        obj.items[key.v] = v;
      else this.stop(`subscript assignment to a ${describe(obj)}`, target, m);
      return;
    }
    this.stop(`assignment to \`${target.text}\``, target, m);
  }

  private augAssign(a: Node, env: Env, m: EvalModule): void {
    const left = field(a, "left");
    const right = field(a, "right");
    const op = field(a, "operator")?.text;
    if (left === null || right === null || op !== "+=") this.stop(`augmented assignment \`${a.text}\``, a, m);
    const target = unparen(left);
    if (target.type !== "identifier") this.stop(`augmented assignment \`${a.text}\``, a, m);
    const cur = this.expr(target, env, m);
    const add = this.expr(right, env, m);
    this.store(target, this.plus(cur, add, a, m), env, m);
  }

  // -------------------------------------------------------------------------------------------
  // Expressions
  // -------------------------------------------------------------------------------------------

  private expr(raw: Node, env: Env, m: EvalModule): PyVal {
    const n = unparen(raw);
    switch (n.type) {
      case "none":
        return NONE;
      case "true":
        return { k: "bool", v: true };
      case "false":
        return { k: "bool", v: false };
      case "integer": {
        const v = Number(n.text.replace(/_/g, ""));
        if (!Number.isSafeInteger(v)) this.stop(`integer ${n.text}`, n, m);
        return { k: "int", v };
      }
      case "string":
      case "concatenated_string":
        return this.string(n, env, m);
      case "identifier":
        return this.name(n, env, m);
      case "attribute":
        return this.attribute(n, env, m);
      case "call":
        return this.callNode(n, env, m, false);
      case "subscript":
        return this.subscript(n, env, m);
      case "list":
      case "tuple": {
        const items: PyVal[] = [];
        for (const c of namedChildren(n)) {
          if (c.type === "list_splat") this.stop("* splat in a list", c, m);
          items.push(this.expr(c, env, m));
        }
        return { k: "list", items };
      }
      case "dictionary": {
        const entries = new Map<string, PyVal>();
        for (const c of namedChildren(n)) {
          if (c.type === "dictionary_splat") {
            const inner = namedChildren(c)[0];
            const d = inner === undefined ? NONE : this.expr(inner, env, m);
            if (d.k !== "dict") this.stop(`** splat of a ${describe(d)}`, c, m);
            for (const [k, v] of d.entries) entries.set(k, v);
            continue;
          }
          if (c.type !== "pair") this.stop(c.type.replace(/_/g, " "), c, m);
          const key = this.expr(field(c, "key")!, env, m);
          if (key.k !== "str") this.stop(`dict key that is a ${describe(key)}`, c, m);
          entries.set(key.v, this.expr(field(c, "value")!, env, m));
        }
        return { k: "dict", entries };
      }
      case "binary_operator": {
        const op = field(n, "operator")?.text;
        const l = this.expr(field(n, "left")!, env, m);
        const r = this.expr(field(n, "right")!, env, m);
        if (op === "+") return this.plus(l, r, n, m);
        return this.stop(`operator ${op ?? "?"}`, n, m);
      }
      case "not_operator": {
        const v = truthy(this.expr(field(n, "argument")!, env, m));
        if (v === null) this.stop(`\`${n.text}\` known only at run time`, n, m);
        return { k: "bool", v: !v };
      }
      case "boolean_operator": {
        const op = field(n, "operator")?.text;
        const l = this.expr(field(n, "left")!, env, m);
        const t = truthy(l);
        if (t === null) this.stop(`\`${n.text}\` known only at run time`, n, m);
        if (op === "and") return t ? this.expr(field(n, "right")!, env, m) : l;
        return t ? l : this.expr(field(n, "right")!, env, m);
      }
      case "conditional_expression": {
        const [then, cond, otherwise] = namedChildren(n);
        if (then === undefined || cond === undefined || otherwise === undefined)
          this.stop("malformed conditional expression", n, m);
        return this.test(cond, env, m) ? this.expr(then, env, m) : this.expr(otherwise, env, m);
      }
      case "comparison_operator":
        return this.compare(n, env, m);
      default:
        return this.stop(n.type.replace(/_/g, " "), n, m);
    }
  }

  private string(n: Node, env: Env, m: EvalModule): PyVal {
    const d = decodeString(n);
    if (d.kind !== "str") this.stop(d.kind === "bytes" ? "bytes literal" : d.construct, n, m);
    let out = "";
    for (const p of d.pieces) {
      if (p.kind === "text") out += p.text;
      else {
        if (p.format !== null) this.stop(`f-string format ${p.format}`, p.expr, m);
        out += this.str(this.expr(p.expr, env, m), p.expr, m);
      }
    }
    return { k: "str", v: out };
  }

  private str(v: PyVal, at: Node, m: EvalModule): string {
    if (v.k === "str") return v.v;
    if (v.k === "uuid") return v.text;
    if (v.k === "int") return String(v.v);
    if (v.k === "bool") return v.v ? "True" : "False";
    if (v.k === "none") return "None";
    return this.stop(`str() of a ${describe(v)}`, at, m);
  }

  private plus(l: PyVal, r: PyVal, at: Node, m: EvalModule): PyVal {
    if (l.k === "str" && r.k === "str") return { k: "str", v: l.v + r.v };
    if (l.k === "int" && r.k === "int") return { k: "int", v: l.v + r.v };
    if (l.k === "list" && r.k === "list") return { k: "list", items: [...l.items, ...r.items] };
    return this.stop(`+ of a ${describe(l)} and a ${describe(r)}`, at, m);
  }

  private compare(n: Node, env: Env, m: EvalModule): PyVal {
    const operands = namedChildren(n);
    const ops = fieldChildren(n, "operators").map((o) => o.text.replace(/\s+/g, " "));
    if (operands.length !== 2 || ops.length !== 1) this.stop(`comparison \`${n.text}\``, n, m);
    const a = this.expr(operands[0]!, env, m);
    const b = this.expr(operands[1]!, env, m);
    const op = ops[0]!;
    let v: boolean | null = null;
    if (op === "==" || op === "!=") {
      const e = equal(a, b);
      v = e === null ? null : op === "==" ? e : !e;
    } else if (op === "is" || op === "is not") {
      if (b.k === "none" && a.k !== "runtime" && a.k !== "param") v = (a.k === "none") === (op === "is");
    } else if (op === "<" || op === "<=" || op === ">" || op === ">=") {
      if (a.k === "int" && b.k === "int")
        v = op === "<" ? a.v < b.v : op === "<=" ? a.v <= b.v : op === ">" ? a.v > b.v : a.v >= b.v;
    } else if (op === "in" || op === "not in") {
      let found: boolean | null = null;
      if (b.k === "dict" && a.k === "str") found = b.entries.has(a.v);
      else if (b.k === "list") {
        const hits = b.items.map((x) => equal(a, x));
        found = hits.includes(true) ? true : hits.includes(null) ? null : false;
      } else if (b.k === "str" && a.k === "str") found = b.v.includes(a.v);
      v = found === null ? null : op === "in" ? found : !found;
    }
    if (v === null) this.stop(`comparison \`${n.text}\` known only at run time`, n, m);
    return { k: "bool", v };
  }

  private subscript(n: Node, env: Env, m: EvalModule): PyVal {
    const obj = this.expr(field(n, "value")!, env, m);
    const keys = fieldChildren(n, "subscript");
    if (keys.length !== 1) this.stop(`subscript \`${n.text}\``, n, m);
    const keyNode = keys[0]!;
    if (keyNode.type === "slice") return this.slice(obj, keyNode, env, m);
    const key = this.expr(keyNode, env, m);
    if (obj.k === "dict" && key.k === "str") {
      const v = obj.entries.get(key.v);
      if (v === undefined) this.stop(`KeyError ${JSON.stringify(key.v)}`, n, m);
      return v;
    }
    if (obj.k === "list" && key.k === "int") {
      const v = obj.items[key.v < 0 ? obj.items.length + key.v : key.v];
      if (v === undefined) this.stop("IndexError", n, m);
      return v;
    }
    if (obj.k === "runtime" && (key.k === "str" || key.k === "int")) {
      const index: Expr =
        key.k === "str"
          ? { kind: "Str", value: key.v, span: this.use.span }
          : { kind: "Int", value: String(key.v), span: this.use.span };
      return { k: "runtime", expr: { kind: "Subscript", value: obj.expr, index, span: this.use.span } };
    }
    return this.stop(`subscript of a ${describe(obj)}`, n, m);
  }

  private slice(obj: PyVal, s: Node, env: Env, m: EvalModule): PyVal {
    const bounds: (number | null)[] = [null];
    for (const c of s.children) {
      if (c.type === ":") bounds.push(null);
      else if (c.isNamed) {
        const v = this.expr(c, env, m);
        if (v.k !== "int") this.stop(`slice bound that is a ${describe(v)}`, c, m);
        bounds[bounds.length - 1] = v.v;
      }
    }
    if (bounds.length !== 2) this.stop(`slice \`${s.text}\``, s, m);
    const [from, to] = bounds as [number | null, number | null];
    const text = obj.k === "str" ? obj.v : obj.k === "uuid" ? obj.text : null;
    if (text !== null) return { k: "str", v: text.slice(from ?? 0, to ?? undefined) };
    if (obj.k === "list") return { k: "list", items: obj.items.slice(from ?? 0, to ?? undefined) };
    return this.stop(`slice of a ${describe(obj)}`, s, m);
  }

  /** A name: a local of some enclosing activation, else a top-level name of the module, else a builtin. */
  private name(n: Node, env: Env, m: EvalModule): PyVal {
    const local = env.lookup(n.text);
    if (local !== undefined) return local;
    const b = m.binding(n.text);
    if (b !== undefined) {
      if (b.kind === "boto3") return { k: "builtin", name: "boto3" };
      if (b.kind === "mock-aws") return { k: "builtin", name: "mock_aws" };
      if (b.kind === "server-mode-flag") return this.modeFlag(n, m);
      if (b.kind === "settings") return { k: "builtin", name: "settings" };
      if (b.kind === "account-id")
        return {
          k: "runtime",
          expr: { kind: "Const", name: "ACCOUNT_ID", wellKnown: "account-id", span: this.use.span },
        };
      const known = b.name === null ? b.module : `${b.module}.${b.name}`;
      if (KNOWN_LIBRARY.has(known)) return { k: "builtin", name: known };
    }
    const r = m.lookup(n.text);
    // A moto name that is not a plain constant (a setting, a backend): the decorator drives moto itself.
    if (
      b !== undefined &&
      r.kind !== "constant" &&
      (b.kind === "moto-internal" || /^moto(\.|$)/.test(b.module))
    )
      this.stop(`${n.text} from ${b.module}`, n, m, "moto-internal");
    switch (r.kind) {
      case "constant": {
        const v = fromExpr(r.value);
        if (v === null) this.stop(`module constant ${n.text} that is not a literal`, n, m);
        return v;
      }
      case "definition": {
        const fm = foreignModule(m.mod, r.def.file);
        const def = r.def.node.type === "decorated_definition" ? field(r.def.node, "definition") : r.def.node;
        if (fm === null || def === null || def.type !== "function_definition")
          this.stop(`definition of ${n.text}`, n, m);
        return { k: "func", def, module: fm, closure: null };
      }
      case "not-constant":
        return this.stop(`${n.text}: ${r.why}`, n, m);
      case "module":
        return this.stop(`module ${n.text} used as a value`, n, m);
      case "unresolved":
        break;
    }
    if (b === undefined && PY_BUILTINS.has(n.text)) return { k: "builtin", name: n.text };
    return this.stop(`name ${n.text}`, n, m);
  }

  private modeFlag(n: Node, m: EvalModule): PyVal {
    const v = evalModeCondition(moduleScope(m.mod), n, false);
    if (v === null) this.stop(`setting \`${n.text}\``, n, m);
    return { k: "bool", v };
  }

  private attribute(n: Node, env: Env, m: EvalModule): PyVal {
    const obj = this.expr(field(n, "object")!, env, m);
    const attr = field(n, "attribute")!.text;
    if (obj.k === "builtin") {
      if (obj.name === "settings") return this.modeFlag(n, m);
      const full = `${obj.name}.${attr}`;
      if (KNOWN_LIBRARY.has(full) || full === "boto3.client") return { k: "builtin", name: full };
      return this.stop(`${full}`, n, m);
    }
    if (obj.k === "client") {
      if (attr === "exceptions" || attr === "meta") this.stop(`client.${attr}`, n, m);
      return { k: "method", name: attr, self: obj };
    }
    if (
      (obj.k === "list" && LIST_METHODS.has(attr)) ||
      (obj.k === "dict" && DICT_METHODS.has(attr)) ||
      (obj.k === "str" && STR_METHODS.has(attr)) ||
      (obj.k === "waiter" && attr === "wait")
    )
      return { k: "method", name: attr, self: obj };
    return this.stop(`attribute .${attr} of a ${describe(obj)}`, n, m);
  }

  private callNode(n: Node, env: Env, m: EvalModule, discard: boolean): PyVal {
    const hint = this.hint;
    this.hint = null;
    const fn = this.expr(field(n, "function")!, env, m);
    const positional: PyVal[] = [];
    const keywords = new Map<string, PyVal>();
    const args = field(n, "arguments");
    for (const a of args === null ? [] : namedChildren(args)) {
      if (a.type === "keyword_argument") {
        keywords.set(field(a, "name")!.text, this.expr(field(a, "value")!, env, m));
      } else if (a.type === "dictionary_splat") {
        const d = this.expr(namedChildren(a)[0]!, env, m);
        if (d.k !== "dict") this.stop(`** splat of a ${describe(d)}`, a, m);
        for (const [k, v] of d.entries) keywords.set(k, v);
      } else if (a.type === "list_splat") {
        const l = this.expr(namedChildren(a)[0]!, env, m);
        if (l.k !== "list") this.stop(`* splat of a ${describe(l)}`, a, m);
        positional.push(...l.items);
      } else if (a.type === "comment") continue;
      else positional.push(this.expr(a, env, m));
    }
    if (fn.k === "method" && fn.self.k === "client")
      return this.apiCall(fn.self, fn.name, positional, keywords, n, m, discard ? null : hint);
    this.hint = hint;
    try {
      return this.call(fn, positional, keywords, n, m);
    } finally {
      this.hint = null;
    }
  }

  /** Call a value with evaluated arguments. */
  private call(
    fn: PyVal,
    pos: readonly PyVal[],
    kws: ReadonlyMap<string, PyVal>,
    at: Node,
    m: EvalModule,
  ): PyVal {
    if (fn.k === "func") return this.invoke(fn, pos, kws, at, m);
    if (fn.k === "builtin") return this.builtin(fn.name, pos, kws, at, m);
    if (fn.k === "method") return this.method(fn.name, fn.self, pos, kws, at, m);
    if (fn.k !== "test") return this.stop(`call of a ${describe(fn)}`, at, m);
    if (this.testCalled) this.stop("second call of the test", at, m);
    if (pos.length > this.use.testParams.length)
      this.stop("more positional arguments than the test takes", at, m);
    pos.forEach((v, i) => this.injected.set(this.use.testParams[i]!, v));
    for (const [k, v] of kws) {
      if (this.injected.has(k)) this.stop(`test given ${k} twice`, at, m);
      this.injected.set(k, v);
    }
    this.testCalled = true;
    return NONE;
  }

  private invoke(
    fn: Extract<PyVal, { k: "func" }>,
    pos: readonly PyVal[],
    kws: ReadonlyMap<string, PyVal>,
    at: Node,
    m: EvalModule,
  ): PyVal {
    const name = field(fn.def, "name")?.text ?? "<function>";
    if (this.depth >= MAX_CALL_DEPTH) this.stop(`calls nested too deep (${name}())`, at, m);
    const env = new Env(fn.closure);
    const params = parameters(field(fn.def, "parameters"));
    const rest = [...pos];
    const left = new Map(kws);
    for (const p of params) {
      if (p.splat === "*") {
        env.vars.set(p.name, { k: "list", items: rest.splice(0) });
      } else if (p.splat === "**") {
        env.vars.set(p.name, { k: "dict", entries: new Map(left) });
        left.clear();
      } else if (rest.length > 0) {
        if (left.has(p.name)) this.stop(`${name}() given ${p.name} twice`, at, m);
        env.vars.set(p.name, rest.shift()!);
      } else if (left.has(p.name)) {
        env.vars.set(p.name, left.get(p.name)!);
        left.delete(p.name);
      } else if (p.hasDefault) {
        const d = field(p.node, "value");
        env.vars.set(p.name, d === null ? NONE : this.expr(d, new Env(fn.closure), fn.module));
      } else this.stop(`${name}() without argument ${p.name}`, at, m);
    }
    if (rest.length > 0) this.stop(`${name}() given too many arguments`, at, m);
    if (left.size > 0) this.stop(`${name}() given unknown keyword ${[...left.keys()][0]!}`, at, m);
    this.depth++;
    try {
      const sig = this.block(field(fn.def, "body"), env, fn.module);
      return sig.k === "return" ? sig.value : NONE;
    } finally {
      this.depth--;
    }
  }

  private builtin(
    name: string,
    pos: readonly PyVal[],
    kws: ReadonlyMap<string, PyVal>,
    at: Node,
    m: EvalModule,
  ): PyVal {
    const arg = (i: number, kw: string | null = null): PyVal | undefined =>
      pos[i] ?? (kw === null ? undefined : kws.get(kw));
    switch (name) {
      case "str":
        return { k: "str", v: pos[0] === undefined ? "" : this.str(pos[0], at, m) };
      case "len": {
        const v = arg(0);
        if (v?.k === "list") return { k: "int", v: v.items.length };
        if (v?.k === "dict") return { k: "int", v: v.entries.size };
        if (v?.k === "str") return { k: "int", v: v.v.length };
        return this.stop(`len() of a ${v === undefined ? "nothing" : describe(v)}`, at, m);
      }
      case "range": {
        const a = arg(0);
        const b = arg(1);
        const lo = b === undefined ? 0 : a?.k === "int" ? a.v : NaN;
        const hi = b === undefined ? (a?.k === "int" ? a.v : NaN) : b.k === "int" ? b.v : NaN;
        if (!Number.isInteger(lo) || !Number.isInteger(hi) || hi - lo > 1000) this.stop("range()", at, m);
        const items: PyVal[] = [];
        for (let i = lo; i < hi; i++) items.push({ k: "int", v: i });
        return { k: "list", items };
      }
      case "print":
      case "time.sleep":
        return NONE;
      case "uuid.uuid4":
        return { k: "uuid", text: stableUuid(`${this.use.seed}#${this.uuids++}`) };
      case "mock_aws":
      case "contextlib.nullcontext":
        return { k: "context" };
      case "functools.wraps":
        return { k: "builtin", name: "wraps()" };
      case "os.environ.get":
      case "os.getenv": {
        // A Rust test reads no environment: the decorator runs as when the variable is unset.
        return arg(1, "default") ?? NONE;
      }
      case "boto3.client":
        return this.client(pos, kws, at, m);
      default:
        return this.stop(`call of ${name}()`, at, m);
    }
  }

  private client(pos: readonly PyVal[], kws: ReadonlyMap<string, PyVal>, at: Node, m: EvalModule): PyVal {
    const service = pos[0] ?? kws.get("service_name");
    const region = pos[1] ?? kws.get("region_name");
    for (const k of kws.keys())
      if (k !== "service_name" && k !== "region_name") this.stop(`boto3.client(${k}=...)`, at, m);
    if (service?.k !== "str") this.stop("boto3.client() of a computed service", at, m);
    if (region !== undefined && region.k !== "str" && region.k !== "none")
      this.stop("boto3.client() in a computed region", at, m);
    const name = this.fresh(this.hint ?? "client");
    const span = this.use.span;
    this.out().push({
      kind: "ClientDecl",
      name,
      service: service.v,
      region: region === undefined || region.k === "none" ? null : { kind: "Str", value: region.v, span },
      span,
    });
    return { k: "client", name, service: service.v, region: region?.k === "str" ? region.v : null };
  }

  private method(
    name: string,
    self: PyVal,
    pos: readonly PyVal[],
    kws: ReadonlyMap<string, PyVal>,
    at: Node,
    m: EvalModule,
  ): PyVal {
    if (self.k === "list" && name === "append" && pos.length === 1) {
      self.items.push(pos[0]!);
      return NONE;
    }
    if (self.k === "list" && name === "extend" && pos[0]?.k === "list") {
      self.items.push(...pos[0].items);
      return NONE;
    }
    if (self.k === "dict" && name === "get" && pos[0]?.k === "str")
      return self.entries.get(pos[0].v) ?? pos[1] ?? NONE;
    if (self.k === "dict" && name === "update") {
      if (pos[0] !== undefined && pos[0].k !== "dict") this.stop("dict.update() of a non-dict", at, m);
      for (const [k, v] of pos[0]?.k === "dict" ? pos[0].entries : []) self.entries.set(k, v);
      for (const [k, v] of kws) self.entries.set(k, v);
      return NONE;
    }
    if (self.k === "str" && name === "lower") return { k: "str", v: self.v.toLowerCase() };
    if (self.k === "str" && name === "upper") return { k: "str", v: self.v.toUpperCase() };
    if (self.k === "waiter" && name === "wait") {
      if (pos.length > 0) this.stop("positional argument to wait()", at, m);
      const span = this.use.span;
      const args: CallArg[] = [];
      for (const [key, v] of kws) {
        if (key === "WaiterConfig") continue; // polling delays: the SDK's defaults apply
        const e = toExpr(v, span);
        if (typeof e === "string") this.stop(`argument ${key}=: ${e}`, at, m);
        args.push({ name: key, value: e, span });
      }
      this.out().push({ kind: "Wait", client: self.client, waiter: self.name, args, span });
      return NONE;
    }
    return this.stop(`method call .${name}() on a ${describe(self)}`, at, m);
  }

  /** `client.op(Key=value, **known)`: a residual API call, bound to a variable unless discarded. */
  private apiCall(
    client: Extract<PyVal, { k: "client" }>,
    method: string,
    pos: readonly PyVal[],
    kws: ReadonlyMap<string, PyVal>,
    at: Node,
    m: EvalModule,
    hint: string | null,
  ): PyVal {
    if (method === "get_waiter") {
      const w = pos[0] ?? kws.get("waiter_name");
      if (w?.k !== "str") this.stop("get_waiter() of a computed name", at, m);
      return { k: "waiter", client: client.name, name: w.v };
    }
    if (pos.length > 0) this.stop(`positional argument to ${method}()`, at, m);
    const span = this.use.span;
    const args: CallArg[] = [];
    for (const [name, v] of kws) {
      const e = toExpr(v, span);
      if (typeof e === "string") this.stop(`argument ${name}=: ${e}`, at, m);
      args.push({ name, value: e, span });
    }
    const call: Expr = { kind: "ApiCall", client: client.name, method, args, span };
    if (hint === null && this.discardNext(at)) {
      this.out().push({ kind: "ExprStmt", expr: call, span });
      return NONE;
    }
    const target = this.fresh(hint ?? method);
    this.out().push({ kind: "Assign", target, value: call, span });
    return { k: "runtime", expr: { kind: "Name", id: target, span } };
  }

  /** Is the call node a statement of its own (its result dropped)? */
  private discardNext(at: Node): boolean {
    return at.parent?.type === "expression_statement";
  }
}

const KNOWN_LIBRARY = new Set([
  "os",
  "os.environ",
  "os.environ.get",
  "os.getenv",
  "uuid",
  "uuid.uuid4",
  "time",
  "time.sleep",
  "contextlib.nullcontext",
  "functools.wraps",
]);
const PY_BUILTINS = new Set(["str", "len", "range", "print"]);
const LIST_METHODS = new Set(["append", "extend"]);
const DICT_METHODS = new Set(["get", "update"]);
const STR_METHODS = new Set(["lower", "upper"]);

/** A UUID-shaped string (version 4 layout) determined by `seed` (FNV-1a, four rounds). */
function stableUuid(seed: string): string {
  let hex = "";
  for (let round = 0; round < 4; round++) {
    let h = 0x811c9dc5 ^ round;
    for (let i = 0; i < seed.length; i++) {
      h ^= seed.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    hex += h.toString(16).padStart(8, "0");
  }
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
