/**
 * Typing boto3 client calls: the method resolves to an operation (`op`), every keyword argument
 * to an input member (`member`), and each argument value is typed against that member's type.
 */
import { TYPER, type ApiCallExpr, type CallArg, type Expr, type Typed } from "@moto2rust/ir";
import { findMember, memberRef, operationRef, outputType } from "./lookup.js";
import { aliasedMember } from "./param-aliases.js";
import { unknown } from "./sdk-type.js";
import type { ExprTyper } from "./typer.js";

/** boto3 client methods that are not operations. */
const CLIENT_UTILITIES: Readonly<Record<string, string>> = {
  get_paginator: "boto3 paginators are not supported yet",
  get_waiter: "boto3 waiters are not supported yet",
  can_paginate: "boto3 client utilities have no SDK equivalent",
  generate_presigned_url: "presigned URLs are not supported yet",
  close: "boto3 client utilities have no SDK equivalent",
};

export function typeCall(e: ApiCallExpr, t: ExprTyper): Expr<Typed> {
  const untypedArgs = (): CallArg<Typed>[] =>
    e.args.map((a) => ({ ...a, value: t.infer(a.value), member: null }));
  const b = t.scope.lookup(e.client);
  if (!b || b.kind !== "client") {
    t.cx.error(TYPER.notAClient(e.client), e.span);
    return t.opaque(e, unknown("no client"));
  }
  const api = b.target ? t.cx.serviceApi(b.service) : undefined;
  if (!api) {
    // The client declaration already carries the missing-model error.
    return t.opaque(e, unknown(`no model for ${b.service}`));
  }
  const op = api.operationByBoto3(e.method);
  if (!op) {
    const util = CLIENT_UTILITIES[e.method];
    t.cx.error(
      util ? TYPER.clientUtility(e.client, e.method, util) : TYPER.noOperationForMethod(b.service, e.method),
      e.span,
    );
    return { ...e, args: untypedArgs(), op: null, ty: unknown(`unknown operation ${e.method}`) };
  }
  const args: CallArg<Typed>[] = e.args.map((a) => {
    const alias = aliasedMember(b.service, op.name, a.name);
    const m = findMember(op.input, a.name) ?? (alias === null ? undefined : findMember(op.input, alias));
    if (!m) {
      t.cx.error(TYPER.noInputMember(op.name, a.name), a.span);
      return { ...a, value: t.infer(a.value), member: null };
    }
    return { ...a, value: t.check(a.value, m.type, "arg"), member: memberRef(m) };
  });
  if (e.splat !== undefined) t.cx.helpers?.noteSplat(e.splat, e.method, operationRef(op), e.span, t);
  return { ...e, args, op: operationRef(op), ty: outputType(op) };
}
