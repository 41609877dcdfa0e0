/**
 * Which Python assignments are read later: an unused `let` is a Rust warning (and a clippy
 * failure under `-D warnings`), so values nobody reads are not bound.
 */
import {
  allExprs,
  assertNever,
  childExprs,
  condExprs,
  unpackNames,
  type AnyExpr,
  type ErrorFieldExpr,
  type Stmt,
  type Typed,
} from "@moto2rust/ir";

type ErrorFieldName = ErrorFieldExpr["field"];

interface Event {
  readonly pos: number;
  readonly name: string;
  /** For reads of a `pytest.raises` binding: which part of the error is read. */
  readonly field?: ErrorFieldName;
}

export class Liveness {
  private readonly reads: Event[] = [];
  private readonly writes: Event[] = [];
  private readonly writePos = new Map<Stmt<Typed>, number>();
  /** Names a `while` body assigns that were bound before the loop (read again next iteration). */
  private readonly carried = new Set<string>();
  private pos = 0;

  constructor(body: readonly Stmt<Typed>[]) {
    this.walk(body);
  }

  /** Whether a `while` loop assigns `name`, bound before it: one `let mut` updated in place. */
  isCarried(name: string): boolean {
    return this.carried.has(name);
  }

  /** Whether the value `s` binds to `name` is read by a later statement. */
  isLive(s: Stmt<Typed>, name: string): boolean {
    const w = this.writePos.get(s);
    if (w === undefined || this.carried.has(name)) return true;
    const nextWrite = this.writes
      .filter((e) => e.name === name && e.pos > w)
      .reduce((m, e) => Math.min(m, e.pos), Infinity);
    return this.reads.some((r) => r.name === name && r.pos > w && r.pos <= nextWrite);
  }

  /** The error fields read from the binding `s` makes (before it is bound again). */
  errorFieldsRead(s: Stmt<Typed>, name: string): Set<ErrorFieldName> {
    const out = new Set<ErrorFieldName>();
    const w = this.writePos.get(s);
    if (w === undefined) return out;
    const nextWrite = this.writes
      .filter((e) => e.name === name && e.pos > w)
      .reduce((m, e) => Math.min(m, e.pos), Infinity);
    for (const r of this.reads)
      if (r.name === name && r.pos > w && r.pos <= nextWrite && r.field) out.add(r.field);
    return out;
  }

  /** Whether `name` is read after the point where `s` binds (any later read, whatever binds it). */
  readAfter(s: Stmt<Typed>, name: string): boolean {
    const w = this.writePos.get(s);
    if (w === undefined) return true;
    return this.reads.some((r) => r.name === name && r.pos > w);
  }

  /** Whether `name` is read anywhere in the function. */
  isRead(name: string): boolean {
    return this.reads.some((r) => r.name === name);
  }

  /** Reads in `e`; a literal the typer substitutes at each use stays untyped, and is read here too. */
  private read(e: AnyExpr): void {
    // Reads under `["ResponseMetadata"]` emit no Rust (they are approximated away).
    if (e.ty?.kind === "unknown" && e.ty.why.startsWith("response-metadata")) return;
    if (e.kind !== "Name" && e.kind !== "ApiCall" && e.kind !== "ErrorField") {
      for (const c of childExprs(e)) this.read(c);
      return;
    }
    for (const x of allExprs(e)) {
      if (x.kind === "Name") this.reads.push({ pos: this.pos, name: x.id });
      else if (x.kind === "ApiCall") this.reads.push({ pos: this.pos, name: x.client });
      else if (x.kind === "ErrorField") this.reads.push({ pos: this.pos, name: x.binding, field: x.field });
    }
  }

  private write(s: Stmt<Typed>, name: string): void {
    this.writes.push({ pos: this.pos, name });
    this.writePos.set(s, this.pos);
  }

  private walk(body: readonly Stmt<Typed>[]): void {
    for (const s of body) {
      this.pos++;
      switch (s.kind) {
        case "ClientDecl":
          if (s.region) this.read(s.region);
          this.write(s, s.name);
          break;
        case "Assign":
          this.read(s.value);
          this.write(s, s.target);
          break;
        case "ExprStmt":
          this.read(s.expr);
          break;
        case "Assert":
          for (const e of condExprs(s.cond)) this.read(e);
          break;
        case "Raises":
          if (s.match) this.read(s.match);
          this.walk(s.body);
          this.pos++;
          if (s.binding) this.write(s, s.binding);
          break;
        case "For":
          this.read(s.iter);
          this.write(s, s.target);
          this.walk(s.body);
          break;
        case "Unsupported":
          break;
        case "Wait":
          if (s.poll !== null) this.read(s.poll.call);
          else for (const a of s.args) this.read(a.value);
          break;
        case "Return":
          if (s.value) this.read(s.value);
          break;
        case "StaticIf":
          this.walk(s.body);
          break;
        case "If":
          for (const e of condExprs(s.cond)) this.read(e);
          this.walk(s.body);
          this.walk(s.orelse);
          break;
        case "While": {
          const before = new Set(this.writes.map((w) => w.name));
          const start = this.pos;
          for (const e of condExprs(s.cond)) this.read(e);
          this.walk(s.body);
          for (const w of this.writes) if (w.pos > start && before.has(w.name)) this.carried.add(w.name);
          break;
        }
        case "LoopJump":
          break;
        case "Try":
          this.walk(s.body);
          if (s.handler) {
            this.pos++;
            if (s.handler.binding) this.write(s, s.handler.binding);
            this.walk(s.handler.body);
          }
          this.walk(s.orelse);
          this.walk(s.finalbody);
          break;
        case "Unpack":
          this.read(s.value);
          for (const n of unpackNames(s.target)) this.write(s, n);
          break;
        case "ForUnpack":
          this.read(s.iter);
          for (const n of unpackNames(s.target)) this.write(s, n);
          this.walk(s.body);
          break;
        case "Approximated":
          break;
        default:
          assertNever(s, "statement");
      }
    }
  }
}
