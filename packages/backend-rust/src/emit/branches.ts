/**
 * Statement-level control flow in Rust: a statically decided `if` writes the branch it keeps in
 * place (its dropped assertions make the test partial); `If` becomes `if c { .. } else if .. {
 * .. } else { .. }`, `While` `while c { .. }` (or `loop { ..; if !c { break; } .. }` when the
 * condition needs statements of its own, so they run before every test of it), `break` and
 * `continue` themselves. Python blocks open no scope but Rust blocks do: a name bound in a
 * branch is unknown after the `if` (a later read is reported, never guessed), and each branch
 * starts from the bindings made before the `if`.
 */
import {
  EMIT,
  type IfStmt,
  type LoopJumpStmt,
  type StaticIfStmt,
  type Stmt,
  type Typed,
  type WhileStmt,
} from "@moto2rust/ir";
import { fail, type FnCx, type LocalVar, type ErrorBinding } from "./context.js";
import { condToBool } from "./assert.js";

type BodyEmitter = (fx: FnCx, body: readonly Stmt<Typed>[]) => void;
type NamesBound = (body: readonly Stmt<Typed>[]) => Set<string>;

interface Bindings {
  readonly locals: Map<string, LocalVar>;
  readonly clients: Map<string, string>;
  readonly clientByRegion: Map<string, string>;
  readonly errors: Map<string, ErrorBinding>;
}

export function snapshot(fx: FnCx): Bindings {
  return {
    locals: new Map(fx.locals),
    clients: new Map(fx.clients),
    clientByRegion: new Map(fx.clientByRegion),
    errors: new Map(fx.errors),
  };
}

/** Back to the bindings made before a block, for the names the block bound. */
export function restore(fx: FnCx, before: Bindings, names: ReadonlySet<string>): void {
  for (const py of names) {
    const l = before.locals.get(py);
    if (l) fx.locals.set(py, l);
    else fx.locals.delete(py);
    const c = before.clients.get(py);
    if (c !== undefined) fx.clients.set(py, c);
    else fx.clients.delete(py);
    const e = before.errors.get(py);
    if (e) fx.errors.set(py, e);
    else fx.errors.delete(py);
  }
  // A client declared in the block is out of scope after it.
  fx.clientByRegion.clear();
  for (const [k, v] of before.clientByRegion) fx.clientByRegion.set(k, v);
}

/**
 * After the whole statement: what a block bound depends on the path taken, so it is unknown,
 * except a `let mut` declared outside the block, which the block updated in place.
 */
export function forget(fx: FnCx, names: ReadonlySet<string>): void {
  for (const py of names) {
    const l = fx.locals.get(py);
    if (l?.mutableAt !== undefined && l.mutableAt <= fx.indent) continue;
    fx.locals.delete(py);
    fx.clients.delete(py);
    fx.errors.delete(py);
  }
}

export function emitStaticIf(fx: FnCx, s: StaticIfStmt<Typed>, emitBody: BodyEmitter): void {
  if (s.droppedAsserts > 0)
    fx.approximated(
      EMIT.untakenBranchAsserts(s.droppedAsserts, s.condition, s.holds ? "true" : "false"),
      s.span,
    );
  emitBody(fx, s.body);
}

export function block(fx: FnCx, body: readonly Stmt<Typed>[], emitBody: BodyEmitter): void {
  fx.indent++;
  try {
    emitBody(fx, body);
  } finally {
    fx.indent--;
  }
}

export function emitIf(fx: FnCx, s: IfStmt<Typed>, emitBody: BodyEmitter, boundIn: NamesBound): void {
  const before = snapshot(fx);
  const cond = condToBool(fx, s.cond);
  fx.line(`if ${cond} {`);
  emitArms(fx, s, before, emitBody, boundIn);
  fx.line("}");
  restore(fx, before, new Set());
  forget(fx, boundIn([s]));
}

function emitArms(
  fx: FnCx,
  s: IfStmt<Typed>,
  before: Bindings,
  emitBody: BodyEmitter,
  boundIn: NamesBound,
): void {
  block(fx, s.body, emitBody);
  restore(fx, before, boundIn(s.body));
  if (s.orelse.length === 0) return;
  const only = s.orelse.length === 1 ? s.orelse[0]! : null;
  const at = fx.lines.length;
  fx.line("} else {");
  if (only?.kind !== "If") {
    block(fx, s.orelse, emitBody);
    restore(fx, before, boundIn(s.orelse));
    return;
  }
  // `elif`: `} else if c {` when its condition needs no statements of its own.
  fx.indent++;
  const mark = fx.lines.length;
  fx.statementTemps = new Set();
  const cond = condToBool(fx, only.cond);
  if (fx.lines.length === mark) {
    fx.indent--;
    fx.lines[at] = `${"    ".repeat(fx.indent)}} else if ${cond} {`;
    emitArms(fx, only, before, emitBody, boundIn);
    return;
  }
  fx.line(`if ${cond} {`);
  emitArms(fx, only, before, emitBody, boundIn);
  fx.line("}");
  fx.indent--;
  restore(fx, before, boundIn([only]));
}

export function emitWhile(fx: FnCx, s: WhileStmt<Typed>, emitBody: BodyEmitter, boundIn: NamesBound): void {
  // A `let` in the loop would shadow, not update, a name bound before it: the loop would not see it change.
  const bound = boundIn(s.body);
  for (const py of bound) {
    const l = fx.locals.get(py);
    const inPlace = l?.mutableAt !== undefined && l.mutableAt <= fx.indent;
    if ((l && !inPlace) || fx.clients.has(py)) fail(EMIT.whileRebindsOuterName(py), s.span);
  }
  const before = snapshot(fx);
  const at = fx.lines.length;
  fx.line("loop {");
  fx.indent++;
  fx.loopDepth++;
  try {
    const mark = fx.lines.length;
    const cond = condToBool(fx, s.cond);
    if (cond === "true") {
      // `while True:` is Rust's `loop` (rustc's while_true lint).
    } else if (fx.lines.length === mark) {
      fx.lines[at] = `${"    ".repeat(fx.indent - 1)}while ${cond} {`;
    } else {
      fx.line(`if !(${cond}) {`);
      fx.line("    break;");
      fx.line("}");
    }
    emitBody(fx, s.body);
  } finally {
    fx.indent--;
    fx.loopDepth--;
  }
  fx.line("}");
  restore(fx, before, new Set());
  forget(fx, bound);
}

export function emitLoopJump(fx: FnCx, s: LoopJumpStmt): void {
  if (fx.loopDepth === 0) fail(EMIT.loopJumpOutsideLoop(s.jump), s.span);
  fx.line(`${s.jump};`);
}
