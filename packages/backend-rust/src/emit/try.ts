/**
 * `try:` in Rust. `try/finally`: the body, then the cleanup, in place (a failing body fails the
 * test before its cleanup, which cannot change the outcome: the backend is the test's own).
 * `try: <call> except ClientError [as e]: H [else: E]`: a `match` on the SDK result, `Ok` running
 * E (with the call's value bound when E reads it), `Err` running H with `e` bound as a
 * `pytest.raises` binding is (code and message through `ProvideErrorMetadata`, the HTTP status
 * taken before `.into_service_error()`); `if let` when one arm is empty (clippy's single_match).
 * Only the block's last statement may call: an earlier failing call would be caught in Python.
 */
import {
  EMIT,
  allExprs,
  stmtParts,
  type AnyStmt,
  type ApiCallExpr,
  type Stmt,
  type TryStmt,
  type Typed,
} from "@moto2rust/ir";
import { fail, type FnCx, type LocalVar } from "./context.js";
import { callChain } from "./call.js";
import { block, forget, restore, snapshot } from "./branches.js";

type BodyEmitter = (fx: FnCx, body: readonly Stmt<Typed>[]) => void;
type NamesBound = (body: readonly Stmt<Typed>[]) => Set<string>;

function makesCall(s: AnyStmt): boolean {
  const parts = stmtParts(s);
  for (const root of parts.exprs)
    for (const x of allExprs(root)) if (x.kind === "ApiCall" || x.kind === "HelperCall") return true;
  return parts.body.some(makesCall);
}

export function emitTry(fx: FnCx, s: TryStmt<Typed>, emitBody: BodyEmitter, boundIn: NamesBound): void {
  if (!s.handler) {
    emitBody(fx, s.body);
    emitBody(fx, s.orelse);
    emitBody(fx, s.finalbody);
    return;
  }
  const handler = s.handler;
  const last = s.body[s.body.length - 1];
  const top =
    last?.kind === "ExprStmt" ? last.expr : last?.kind === "Assign" && !last.inlined ? last.value : null;
  if (!last || top?.kind !== "ApiCall") return fail(EMIT.tryLastNotCall(), s.span);
  const call: ApiCallExpr<Typed> = top;
  const prior = s.body.slice(0, -1);
  if (prior.some(makesCall)) return fail(EMIT.tryGuardsMoreThanOneCall(), s.span);
  emitBody(fx, prior);
  fx.statementTemps = new Set();
  const before = snapshot(fx);
  const chain = callChain(fx, call).replace(/\.unwrap\(\)$/, "");

  // The call's value, bound in the `Ok` arm when the `else` block reads it.
  let okPat = "_";
  let okVar: LocalVar | null = null;
  if (last.kind === "Assign" && fx.live.isLive(last, last.target)) {
    okVar = {
      rust: fx.names.local(last.target),
      ty: call.ty,
      mode: "own",
      loopDepth: fx.loopDepth,
      usize: false,
    };
    okPat = okVar.rust;
  }
  const binding = handler.binding;
  const reads = binding ? fx.live.errorFieldsRead(s, binding) : new Set<string>();
  const needService = reads.has("code") || reads.has("message") || reads.has("text");
  const err = binding !== null && (needService || reads.has("http-status")) ? fx.names.local(binding) : null;
  const errPat = err ?? "_";
  const okEmpty = s.orelse.length === 0 && okVar === null;
  const errEmpty = handler.body.length === 0;

  const okArm = (): void => {
    if (okVar && last.kind === "Assign") fx.locals.set(last.target, okVar);
    block(fx, s.orelse, emitBody);
    if (okVar && !okVar.used) fx.lines[okLine] = fx.lines[okLine]!.replace(`Ok(${okPat})`, "Ok(_)");
    restore(fx, before, new Set([...boundIn(s.orelse), ...(last.kind === "Assign" ? [last.target] : [])]));
  };
  const errArm = (): void => {
    fx.indent++;
    let status: string | null = null;
    if (err !== null && reads.has("http-status")) {
      status = fx.names.temp("status", fx.statementTemps);
      fx.statementTemps.add(status);
      fx.line(`let ${status} = ${err}.raw_response().unwrap().status().as_u16();`);
    }
    if (err !== null && needService) fx.line(`let ${err} = ${err}.into_service_error();`);
    if (binding !== null) fx.errors.set(binding, { rust: err ?? "", status, operation: call.op?.name ?? "" });
    try {
      emitBody(fx, handler.body);
    } finally {
      fx.indent--;
    }
    restore(fx, before, new Set([...boundIn(handler.body), ...(binding ? [binding] : [])]));
  };

  let okLine = -1;
  if (okEmpty && errEmpty) fx.line(`let _ = ${chain};`);
  else if (okEmpty) {
    fx.line(`if let Err(${errPat}) = ${chain} {`);
    errArm();
    fx.line("}");
  } else if (errEmpty) {
    okLine = fx.lines.length;
    fx.line(`if let Ok(${okPat}) = ${chain} {`);
    okArm();
    fx.line("}");
  } else {
    fx.line(`match ${chain} {`);
    fx.indent++;
    okLine = fx.lines.length;
    fx.line(`Ok(${okPat}) => {`);
    okArm();
    fx.line("}");
    fx.line(`Err(${errPat}) => {`);
    errArm();
    fx.line("}");
    fx.indent--;
    fx.line("}");
  }
  restore(fx, before, new Set());
  forget(
    fx,
    new Set([
      ...boundIn([last]),
      ...boundIn(handler.body),
      ...boundIn(s.orelse),
      ...(binding ? [binding] : []),
    ]),
  );
  emitBody(fx, s.finalbody);
}
