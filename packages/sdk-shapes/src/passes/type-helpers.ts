/**
 * Helper functions called by tests (issue 8). A helper is typed once, at its first call in file
 * order: its parameters get the types of that call's arguments (a client parameter the client's
 * service), its body is typed with them, and its return type is the type of its final `return`.
 * Later calls are checked against that signature. Diagnostics inside the helper keep the helper's
 * own spans; the backend reports them for every test that calls it.
 */
import {
  TYPER,
  helperSourceName,
  type CallArg,
  type Expr,
  type FunctionDef,
  type HelperArg,
  type HelperCallExpr,
  type HelperSignature,
  type HelperParamType,
  type OperationRef,
  type SdkType,
  type Span,
  type Stmt,
  type Typed,
  type TypedHelper,
} from "@moto2rust/ir";
import { findMember, memberRef } from "./lookup.js";
import { Scope } from "./scope.js";
import type { ExprTyper } from "./typer.js";
import { describe, unknown } from "./sdk-type.js";

export type BodyTyper = (body: readonly Stmt[], t: ExprTyper) => Stmt<Typed>[];

export class HelperTyping {
  /** Helpers typed so far, with their signatures, by name. */
  readonly typed = new Map<string, TypedHelper>();
  private readonly inProgress = new Set<string>();
  /** Helpers being typed, innermost last. */
  private readonly current: string[] = [];
  /** A helper's `**kwargs` splice: the boto3 method and operation it feeds. */
  private readonly splats = new Map<string, { param: string; method: string; operation: OperationRef }>();

  /** `client.op(**kwargs)` in the helper being typed. */
  noteSplat(param: string, method: string, operation: OperationRef, at: Span, t: ExprTyper): void {
    const helper = this.current[this.current.length - 1];
    if (helper === undefined) return;
    if (this.splats.has(helper)) {
      t.cx.error(TYPER.helperSplicesTwice(helper, param), at);
      return;
    }
    this.splats.set(helper, { param, method, operation });
  }

  constructor(
    private readonly defs: ReadonlyMap<string, FunctionDef>,
    private readonly moduleScope: Scope,
    private readonly typeBody: BodyTyper,
  ) {}

  call(e: HelperCallExpr, t: ExprTyper): Expr<Typed> {
    const def = this.defs.get(e.name);
    if (!def) {
      t.cx.error(TYPER.helperNotModuleFunction(helperSourceName(e.name)), e.span);
      return opaqueCall(e, t, unknown(`helper ${e.name}`));
    }
    const clientParams = new Set(def.clientParams ?? []);
    const types: { name: string; type: HelperParamType | null }[] = [];
    const args = e.args.map((a): HelperArg<Typed> => {
      if (clientParams.has(a.param)) {
        const b = a.value.kind === "Name" ? t.scope.lookup(a.value.id) : undefined;
        if (b?.kind !== "client") {
          t.cx.error(TYPER.helperClientParamNotClient(helperSourceName(e.name), a.param), a.value.span);
          types.push({ name: a.param, type: null });
          return { ...a, value: t.opaque(a.value, unknown(`argument ${a.param}`)) };
        }
        types.push({ name: a.param, type: { kind: "client", service: b.service } });
        // A client is no SDK value: the name stays as written, typed quietly (the signature says what it is).
        return { ...a, value: t.opaque(a.value, unknown(`${b.service} client`)) };
      }
      const literal =
        a.value.kind === "Dict" ||
        a.value.kind === "List" ||
        (a.value.kind === "Name" && t.scope.lookup(a.value.id)?.kind === "literal");
      if (literal) {
        t.cx.error(TYPER.helperLiteralArgument(a.param, helperSourceName(e.name)), a.value.span);
        types.push({ name: a.param, type: null });
        return { ...a, value: t.opaque(a.value, unknown(`argument ${a.param}`)) };
      }
      const value = t.infer(a.value);
      const ty = value.ty;
      if (ty.kind === "unknown") {
        if (a.value.kind === "None")
          t.cx.error(TYPER.helperNoneArgument(a.param, helperSourceName(e.name)), a.value.span);
        types.push({ name: a.param, type: null });
      } else types.push({ name: a.param, type: { kind: "value", ty } });
      return { ...a, value };
    });
    const sig = this.signature(def, types, e, t);
    const untypedKwargs = (): CallArg<Typed>[] | undefined =>
      e.kwargs?.map((a) => ({ ...a, value: t.opaque(a.value, unknown(`keyword ${a.name}`)), member: null }));
    if (!sig) {
      const kw = untypedKwargs();
      return { ...e, args, kwargs: kw, ty: unknown(`helper ${e.name}`) };
    }
    const kwargs = e.kwargs?.map((a): CallArg<Typed> => {
      const sp = this.splats.get(def.name);
      const op = sp ? t.cx.api.operationByBoto3(sp.method) : undefined;
      if (!sp || !op) {
        t.cx.error(TYPER.helperNoSplatCall(helperSourceName(e.name)), a.span);
        return { ...a, value: t.infer(a.value), member: null };
      }
      const m = findMember(op.input, a.name);
      if (!m) {
        t.cx.error(TYPER.noInputMember(op.name, a.name), a.span);
        return { ...a, value: t.infer(a.value), member: null };
      }
      return { ...a, value: t.check(a.value, m.type, "arg"), member: memberRef(m) };
    });
    // Later calls: each argument against the signature.
    const checked = args.map((a, i): HelperArg<Typed> => {
      const want = sig.params[i]?.type;
      const got = types[i]?.type;
      if (!want || !got) return a;
      if (want.kind === "client" || got.kind === "client") {
        if (
          want.kind !== got.kind ||
          (want.kind === "client" && got.kind === "client" && want.service !== got.service)
        )
          t.cx.error(
            TYPER.helperWantsParam(helperSourceName(e.name), describeParam(want), a.param),
            a.value.span,
          );
        return a;
      }
      const source = e.args[i]!.value;
      return { ...a, value: t.check(source, want.ty, "arg") };
    });
    return {
      ...e,
      args: checked,
      kwargs,
      ty: sig.returns ?? unknown(`helper ${e.name}() returns nothing`),
    };
  }

  private signature(
    def: FunctionDef,
    types: readonly { name: string; type: HelperParamType | null }[],
    e: HelperCallExpr,
    t: ExprTyper,
  ): HelperSignature | null {
    const done = this.typed.get(def.name);
    if (done) return done.signature ?? null;
    if (this.inProgress.has(def.name)) {
      t.cx.error(TYPER.helperRecursive(helperSourceName(def.name)), e.span);
      return null;
    }
    if (types.some((p) => p.type === null)) return null;
    this.inProgress.add(def.name);
    this.current.push(def.name);
    const scope = new Scope(this.moduleScope);
    for (const p of types) {
      const ty = p.type!;
      if (ty.kind === "client")
        scope.set(p.name, {
          kind: "client",
          service: ty.service,
          target: t.cx.serviceApi(ty.service) !== undefined,
        });
      else scope.set(p.name, { kind: "value", ty: ty.ty });
    }
    const inner = t.withScope(scope);
    const wasUnsupported = t.cx.inUnsupportedFunction;
    t.cx.inUnsupportedFunction = def.body.some((s) => s.kind === "Unsupported");
    const body = this.typeBody(def.body, inner);
    t.cx.inUnsupportedFunction = wasUnsupported;
    this.current.pop();
    const last = body[body.length - 1];
    let returns: SdkType | null = null;
    if (last?.kind === "Return" && last.value) returns = last.value.ty;
    const sp = this.splats.get(def.name);
    const signature: HelperSignature = {
      params: types.map((p) => ({ name: p.name, type: p.type! })),
      returns,
      ...(sp ? { splat: { param: sp.param, operation: sp.operation } } : {}),
    };
    this.typed.set(def.name, {
      ...def,
      role: "helper",
      parametrize: null,
      body,
      signature,
    });
    this.inProgress.delete(def.name);
    return signature;
  }
}

function describeParam(p: HelperParamType): string {
  return p.kind === "client" ? `${p.service} client` : describe(p.ty);
}

/** A helper call whose helper is unknown: its arguments typed without reporting again. */
function opaqueCall(e: HelperCallExpr, t: ExprTyper, ty: SdkType): Expr<Typed> {
  return {
    ...e,
    args: e.args.map((a) => ({ ...a, value: t.opaque(a.value, unknown(`argument ${a.param}`)) })),
    kwargs: e.kwargs?.map((a) => ({ ...a, value: t.infer(a.value), member: null })),
    ty,
  };
}
