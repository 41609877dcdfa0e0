/**
 * Bytes as moto's tests read them: `resp["Body"].read()` collects a streaming member (S3
 * `Body`: a `ByteStream`, taken out of the response, whose binding becomes `let mut`), a blob's
 * `.read()` is the blob itself (Lambda's `Payload`), `.decode("utf-8")` is UTF-8 text, and
 * `.encode("utf-8")` keeps the text (the typer types it as a string: the SDK takes a string
 * wherever a blob or a stream is wanted).
 */
import { EMIT, type BuiltinCallExpr, type Typed } from "@moto2rust/ir";
import { fail, type FnCx, type RVal } from "./context.js";
import { emitExpr } from "./expr.js";
import { asStr, recv, unwrapOpt } from "./rvalue.js";

export function bytesMethod(fx: FnCx, e: BuiltinCallExpr<Typed>): RVal {
  const receiver = e.receiver;
  if (!receiver) return fail(EMIT.builtinOnThisValue(".", e.name), e.span);
  if (e.name === "read") {
    if (receiver.ty.kind === "blob") return emitExpr(fx, receiver);
    if (receiver.kind !== "Subscript" || !receiver.access || receiver.access.type.kind !== "stream")
      return fail(EMIT.builtinOnThisValue(".", e.name), e.span);
    if (fx.inClosure) return fail(EMIT.streamReadInClosure(), e.span);
    const base = unwrapOpt(emitExpr(fx, receiver.value));
    if (!/^[a-z_][a-z0-9_]*$/.test(base.code) || !makeMutable(fx, base.code))
      return fail(EMIT.streamReadOfValue(), e.span);
    return {
      code: `std::mem::take(&mut ${base.code}.${receiver.access.accessor}).collect().await.unwrap().into_bytes()`,
      ty: e.ty,
      mode: "own",
      temp: true,
    };
  }
  if (e.name === "decode") {
    const v = unwrapOpt(emitExpr(fx, receiver));
    if (v.ty.kind === "string") return v;
    if (v.ty.kind !== "blob") return fail(EMIT.builtinOnThisValue(".", e.name), e.span);
    return {
      code: `String::from_utf8(${recv(v.code)}.as_ref().to_vec()).unwrap()`,
      ty: e.ty,
      mode: "own",
      temp: true,
    };
  }
  if (e.name === "encode") {
    const v = emitExpr(fx, receiver);
    if (v.ty.kind !== "string") return fail(EMIT.builtinOnThisValue(".", e.name), e.span);
    return v.mode === "opt" ? { ...v, code: asStr(v), mode: "ref" } : v;
  }
  return fail(EMIT.builtinOnThisValue(".", e.name), e.span);
}

/** `let name = ...` of this function → `let mut name = ...`; false when `name` is no such binding. */
function makeMutable(fx: FnCx, name: string): boolean {
  // The latest declaration of the name is the one in scope (Rust shadows earlier ones).
  const lines = [
    ...fx.temps.filter((t) => t.name === name).map((t) => t.line),
    ...[...fx.locals.values()].flatMap((v) =>
      v.rust === name && v.decl?.kind === "let" ? [v.decl.line] : [],
    ),
  ];
  if (lines.length === 0) return false;
  const decl = Math.max(...lines);
  const line = fx.lines[decl];
  if (line === undefined) return false;
  if (line.includes(`let mut ${name} `)) return true;
  const m = new RegExp(`^(\\s*)let ${name} = `).exec(line);
  if (!m) return false;
  fx.lines[decl] = line.replace(`let ${name} = `, `let mut ${name} = `);
  return true;
}
