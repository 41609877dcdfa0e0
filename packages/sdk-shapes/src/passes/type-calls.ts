/**
 * Typing boto3 client calls: the method resolves to an operation (`op`), every keyword argument
 * to an input member (`member`), and each argument value is typed against that member's type.
 */
import type { ApiCallExpr, CallArg, Expr } from "@moto2rust/ir";
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

export function typeCall(e: ApiCallExpr, t: ExprTyper): Expr {
  const untypedArgs = (): CallArg[] => e.args.map((a) => ({ ...a, value: t.infer(a.value) }));
  const b = t.scope.lookup(e.client);
  if (!b || b.kind !== "client") {
    t.cx.error(
      "unsupported-syntax",
      `'${e.client}' is not a boto3 client created in this test (fixture or helper clients are not supported)`,
      e.span,
    );
    return { ...e, ty: unknown("no client") };
  }
  if (!b.target) {
    // The client declaration already carries the cross-service error.
    return { ...e, ty: unknown(`cross-service ${b.service}`) };
  }
  const op = t.cx.api.operationByBoto3(e.method);
  if (!op) {
    const util = CLIENT_UTILITIES[e.method];
    t.cx.error(
      util ? "unsupported-syntax" : "unknown-operation",
      util
        ? `${e.client}.${e.method}(): ${util}`
        : `'${t.cx.options.service}' has no operation for boto3 method '${e.method}'`,
      e.span,
    );
    return { ...e, args: untypedArgs(), ty: unknown(`unknown operation ${e.method}`) };
  }
  const args: CallArg[] = e.args.map((a) => {
    const alias = aliasedMember(b.service, op.name, a.name);
    const m = findMember(op.input, a.name) ?? (alias === null ? undefined : findMember(op.input, alias));
    if (!m) {
      t.cx.error("unknown-member", `${op.name} has no input member '${a.name}'`, a.span);
      return { ...a, value: t.infer(a.value) };
    }
    return { ...a, value: t.check(a.value, m.type, "arg"), member: memberRef(m) };
  });
  if (e.splat !== undefined) t.cx.helpers?.noteSplat(e.splat, e.method, operationRef(op), e.span, t);
  return { ...e, args, op: operationRef(op), ty: outputType(op) };
}
