/**
 * Statements of a test body: client declarations, assignments (`let`, only for values read
 * later; a response read bound to a name is unwrapped as Python's KeyError would fail), calls,
 * assertions, `pytest.raises` blocks and `for` loops.
 */
import { emitSleep } from "./sleep.js";
import { frozenClock } from "./datetime.js";
import { EMIT, type Typed, type AssignStmt, type Expr, type ForStmt, type Stmt } from "@moto2rust/ir";
import { assertNever, childExprs, unpackNames } from "@moto2rust/ir";
import { emitForUnpack, emitUnpack } from "./unpack.js";
import { fail, type FnCx, type LocalVar, type Mode, type RVal } from "./context.js";
import { emitClientDecl } from "./client-helpers.js";
import { callChain } from "./call.js";
import { emitExpr } from "./expr.js";
import { emitAssert } from "./assert.js";
import { emitRaises } from "./errors.js";
import { isCopy, owned, present, recv, unwrapOpt } from "./rvalue.js";
import { iterSource } from "./iter.js";
import { emitHelperCall } from "./helper-fns.js";
import { emitIf, emitLoopJump, emitStaticIf, emitWhile } from "./branches.js";
import { emitTry } from "./try.js";
import { emitCarried } from "./carried.js";

/** How long a translated waiter polls before it fails (the SDK's waiters take a maximum wait). */
const WAITER_MAX_WAIT = "std::time::Duration::from_secs(60)";

export function emitBody(fx: FnCx, body: readonly Stmt<Typed>[]): void {
  for (const s of body) emitStmt(fx, s);
}

function emitStmt(fx: FnCx, s: Stmt<Typed>): void {
  fx.statementTemps = new Set();
  switch (s.kind) {
    case "ClientDecl":
      return emitClientDecl(fx, s);
    case "Assign":
      return emitAssign(fx, s);
    case "ExprStmt":
      if (s.expr.kind === "HelperCall") {
        fx.line(`${emitHelperCall(fx, s.expr)};`);
        return;
      }
      if (s.expr.kind === "BuiltinCall" && s.expr.name === "time.sleep") return emitSleep(fx, s.expr);
      if (s.expr.kind !== "ApiCall") return emitDiscard(fx, s.expr);
      fx.line(`${callChain(fx, s.expr)}.unwrap();`);
      return;
    case "Assert":
      return emitAssert(fx, s);
    case "Raises":
      return emitRaises(fx, s, (b) => emitStmt(fx, b));
    case "For":
      return emitFor(fx, s);
    case "Unsupported":
      return fail(EMIT.unsupportedStatement(s.construct, s.source.split("\n")[0]), s.span);
    case "Return":
      // A helper's final `return` is written by helper-fns.ts; anywhere else it has no Rust form.
      return fail(EMIT.returnStatement(), s.span);
    case "StaticIf":
      return emitStaticIf(fx, s, emitBody);
    case "If":
      return emitIf(fx, s, emitBody, (b) => assignedIn(b));
    case "While":
      return emitWhile(fx, s, emitBody, (b) => assignedIn(b));
    case "LoopJump":
      return emitLoopJump(fx, s);
    case "Try":
      return emitTry(fx, s, emitBody, (b) => assignedIn(b));
    case "Unpack":
      return emitUnpack(fx, s);
    case "ForUnpack":
      return emitForUnpack(fx, s, assignedIn(s.body));
    case "Wait":
      if (s.poll === null) return fail(EMIT.unresolvedCall(s.client, s.waiter), s.span);
      fx.uses.add(`${fx.unit.crate}::client::Waiters`);
      fx.line(`${callChain(fx, s.poll.call, { method: s.poll.method, maxWait: WAITER_MAX_WAIT })}.unwrap();`);
      return;
    case "Approximated":
      // A left-out step the frontend reported (an `approximated` warning): only the comment.
      if (s.patch === null) {
        fx.line(`// approximated: ${s.note.replace(/\n/g, " ")}`);
        return;
      }
      if (s.patch === "clock") frozenClock.add(fx);
      fx.approximated(EMIT.patchNotApplied(s.source.split("\n")[0]!.trim(), s.note), s.span);
      return;
    default:
      return assertNever(s, "statement");
  }
}

export function bind(
  fx: FnCx,
  py: string,
  ty: LocalVar["ty"],
  mode: Mode,
  usize = false,
  kind: "let" | "for" = "let",
  flex = false,
): string {
  const rust = fx.names.local(py);
  const v: LocalVar = {
    rust,
    ty,
    mode,
    loopDepth: fx.loopDepth,
    usize,
    flex,
    decl: { line: fx.lines.length, kind },
  };
  fx.locals.set(py, v);
  fx.bound.push(v);
  return rust;
}

/** How a value is held once bound to a local: subscripts unwrapped, places borrowed, variables borrowed. */
function bindingForm(s: AssignStmt<Typed>, v: RVal): { code: string; mode: Mode } {
  let val = v;
  if (s.value.kind !== "Get" && val.mode === "opt") val = unwrapOpt(val);
  // A borrow of a temporary dies with its statement: bind an owned copy instead.
  if (val.borrowsTemp) {
    if (val.mode === "opt") fail(EMIT.optionalBorrowOfTemporary(), s.span);
    return { code: owned(val), mode: "own" };
  }
  switch (val.mode) {
    case "place":
      if (isCopy(val.ty)) return { code: val.code, mode: "own" };
      // A JSON value indexed out of a temporary document: own a copy.
      if (val.ty.kind === "document") return { code: `${val.code}.clone()`, mode: "own" };
      return {
        code: `&${val.code}`,
        mode: val.ty.kind === "string" || val.ty.kind === "list" ? "sref" : "ref",
      };
    case "own":
      if (val.temp || isCopy(val.ty)) return { code: val.code, mode: "own" };
      return {
        code: `&${val.code}`,
        mode: val.ty.kind === "string" || val.ty.kind === "list" ? "sref" : "ref",
      };
    case "opt":
    case "ref":
    case "sref":
      return { code: val.code, mode: val.mode };
    default:
      return assertNever(val.mode);
  }
}

function emitAssign(fx: FnCx, s: AssignStmt<Typed>): void {
  if (s.inlined) return;
  if (fx.live.isCarried(s.target)) return emitCarried(fx, s);
  const live = fx.live.isLive(s, s.target);
  if (s.value.kind === "HelperCall") {
    const call = emitHelperCall(fx, s.value);
    if (!live) {
      fx.line(`${call};`);
      return;
    }
    const ty = s.value.ty;
    if (ty.kind === "unknown") fail(EMIT.untypedExpression(ty.why), s.span);
    const rust = bind(fx, s.target, ty, "own");
    fx.line(`let ${rust} = ${call};`);
    return;
  }
  if (s.value.kind === "ApiCall") {
    const chain = callChain(fx, s.value);
    if (!live) {
      fx.line(`${chain}.unwrap();`);
      return;
    }
    const rust = bind(fx, s.target, s.value.ty, "own");
    fx.line(`let ${rust} = ${chain}.unwrap();`);
    return;
  }
  if (
    live &&
    s.value.kind === "BuiltinCall" &&
    s.value.name === "sorted" &&
    s.value.args.length === 1 &&
    !s.value.receiver
  ) {
    // `x = sorted(xs)` → `let mut x = xs.to_vec(); x.sort();`
    const src = unwrapOpt(emitExpr(fx, s.value.args[0]!));
    const el = src.ty.kind === "list" ? src.ty.element.kind : "";
    if (el === "string" || el === "int" || el === "enum" || el === "bool") {
      const rust = bind(fx, s.target, src.ty, "own");
      fx.line(
        `let mut ${rust} = ${src.mode === "own" && src.temp ? src.code : `${recv(src.code)}.to_vec()`};`,
      );
      fx.line(`${rust}.sort();`);
      return;
    }
  }
  // A value nobody reads is still evaluated, as Python does: its calls made, its subscripts checked.
  if (!live) return emitDiscard(fx, s.value);
  const v = emitExpr(fx, s.value);
  const form = bindingForm(s, v);
  const line = fx.lines.length;
  const rust = bind(fx, s.target, v.ty, form.mode, v.usize === true, "let", v.flex === true);
  if (v.json) fx.locals.get(s.target)!.json = true;
  if (v.presence && form.code === v.code) {
    // `xs = xs["Items"]` rebinds the name the presence check would read through: check it now,
    // as Python's KeyError would at this assignment.
    if (/^[A-Za-z_][A-Za-z0-9_]*/.exec(v.presence)?.[0] === rust) {
      fx.line(`let ${rust} = ${present(v).code};`);
      return;
    }
    fx.locals.get(s.target)!.presence = { code: v.presence, line };
  }
  fx.line(`let ${rust} = ${form.code};`);
}

/**
 * A value computed and thrown away (`_ = resp["X"]`, a bare `resp["X"]["Y"]`, an assignment nobody
 * reads): Python still raises KeyError when a subscripted key is absent, so every outermost
 * subscript becomes a presence check (`let _ = resp.x().unwrap();`, the raw field for optional
 * lists) and every call is made. These are not assertions: the assertion count does not change.
 */
function emitDiscard(fx: FnCx, e: Expr<Typed>): void {
  if (e.kind === "Subscript") {
    const v = emitExpr(fx, e);
    if (v.presence) fx.line(`let _ = ${present(v).code};`);
    else if (v.mode === "opt") fx.line(`let _ = ${recv(v.code)}.unwrap();`);
    else if (v.mode === "place") fx.line(`let _ = &${v.code};`);
    else fx.line(`let _ = ${v.code};`);
    return;
  }
  if (e.kind === "ApiCall") {
    fx.line(`${callChain(fx, e)}.unwrap();`);
    return;
  }
  if (e.kind === "HelperCall") {
    fx.line(`${emitHelperCall(fx, e)};`);
    return;
  }
  // Comprehension elements and filters run per element: only the source is checked.
  const parts = e.kind === "Comprehension" ? [e.iter] : childExprs(e);
  for (const c of parts) emitDiscard(fx, c);
}

/** Python names a body (re)binds. */
function assignedIn(body: readonly Stmt<Typed>[], out = new Set<string>()): Set<string> {
  for (const s of body) {
    switch (s.kind) {
      case "Assign":
        out.add(s.target);
        break;
      case "ClientDecl":
        out.add(s.name);
        break;
      case "For":
        out.add(s.target);
        assignedIn(s.body, out);
        break;
      case "Raises":
        if (s.binding) out.add(s.binding);
        assignedIn(s.body, out);
        break;
      case "StaticIf":
      case "While":
        assignedIn(s.body, out);
        break;
      case "If":
        assignedIn(s.body, out);
        assignedIn(s.orelse, out);
        break;
      case "Try":
        if (s.handler?.binding) out.add(s.handler.binding);
        for (const b of [s.body, s.handler?.body ?? [], s.orelse, s.finalbody]) assignedIn(b, out);
        break;
      case "Return":
      case "Assert":
      case "ExprStmt":
      case "Unsupported":
      case "LoopJump":
        break;
      case "Unpack":
        for (const n of unpackNames(s.target)) out.add(n);
        break;
      case "ForUnpack":
        for (const n of unpackNames(s.target)) out.add(n);
        assignedIn(s.body, out);
        break;
      case "Approximated":
      case "Wait":
        break;
      default:
        return assertNever(s);
    }
  }
  return out;
}

function emitFor(fx: FnCx, s: ForStmt<Typed>): void {
  const src = iterSource(fx, s.iter);
  const iter = src.loopCode;
  const elemMode = src.elemMode;
  const elemTy = src.elemTy;
  const rebinds = assignedIn(s.body);
  rebinds.add(s.target);
  const used = fx.live.isLive(s, s.target);
  fx.loopDepth++;
  const target =
    s.target === "_"
      ? "_"
      : used
        ? bind(fx, s.target, elemTy, elemMode, false, "for", src.flex === true)
        : `_${fx.names.local(s.target)}`;
  fx.line(`for ${target} in ${iter} {`);
  fx.indent++;
  try {
    emitBody(fx, s.body);
  } finally {
    fx.indent--;
    fx.loopDepth--;
  }
  fx.line("}");
  // Python keeps loop bindings after the loop; Rust does not: later reads must fail loudly.
  for (const py of rebinds) {
    fx.locals.delete(py);
    fx.clients.delete(py);
  }
}
