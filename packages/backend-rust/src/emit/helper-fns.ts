/**
 * Helper functions called by tests (issue 8): each typed helper becomes one Rust `async fn`
 * whose parameters and return type come from its `HelperSignature` (clients by reference,
 * strings as `&str`, numbers and booleans by value; the result owned), and each `HelperCall`
 * becomes `helper(&client, "a", 1).await`. A helper that cannot be written fails every test that
 * calls it, with the helper's own construct and location as the reason.
 */
import {
  EMIT,
  helperSourceName,
  allStmts,
  assertNever,
  bodyExprs,
  calledHelpers,
  diagnostic,
  unpackNames,
  type AnyStmt,
  type Diagnostic,
  type Expr,
  type FunctionDef,
  type HelperCallExpr,
  type ApiCallExpr,
  type Phase,
  type Typed,
  type TypedHelper,
  type HelperSignature,
  type OperationRef,
  type SdkType,
} from "@moto2rust/ir";
import { EmitFailure, FnCx, fail, isRead, type UnitCx } from "./context.js";
import { NameAllocator } from "./naming.js";
import { Liveness } from "./liveness.js";
import { asCopy, asStr, isCopy, owned, recv } from "./rvalue.js";
import { rustLocalName } from "./rust-syntax.js";
import { callChain } from "./call.js";
import { setterCalls } from "./value.js";
import { emitExpr } from "./expr.js";
import { emitBody } from "./stmt.js";
import { raisingKey, raisingTail } from "./raising-helpers.js";

/** A helper as the unit knows it once its Rust is written (or has failed). */
export interface EmittedHelper {
  readonly def: TypedHelper;
  readonly rust: string;
  readonly signature: HelperSignature;
  /** The `async fn` item, or the failure that makes every caller skipped. */
  readonly result: { readonly code: string; readonly fx: FnCx } | { readonly failure: Diagnostic };
  /** A raising form (raising-helpers.ts): the boto3 call whose error it returns. */
  readonly raises?: ApiCallExpr<Typed>;
}

/** The owned Rust type of a value a helper returns, or null when it has none here. */
function ownedRustType(unit: UnitCx, t: SdkType): string | null {
  switch (t.kind) {
    case "string":
      return "String";
    case "int":
    case "float":
      return t.rust;
    case "bool":
      return "bool";
    case "enum":
    case "structure":
    case "union":
      return unit.typePath(t);
    case "list": {
      const el = ownedRustType(unit, t.element);
      return el === null || t.sparse ? null : `Vec<${el}>`;
    }
    case "blob":
    case "stream":
    case "timestamp":
    case "document":
    case "map":
    case "op-error":
    case "unknown":
      return null;
    case "tuple": {
      const els = t.elements.map((x) => ownedRustType(unit, x));
      return els.every((x) => x !== null) ? `(${els.join(", ")})` : null;
    }
    default:
      return assertNever(t, "type");
  }
}

/** The parameter type of a helper value parameter: `&str`, or a copy type. */
export function paramRustType(t: SdkType): string | null {
  switch (t.kind) {
    case "string":
      return "&str";
    case "int":
    case "float":
      return t.rust;
    case "bool":
      return "bool";
    case "blob":
    case "document":
    case "enum":
    case "list":
    case "map":
    case "op-error":
    case "stream":
    case "structure":
    case "timestamp":
    case "union":
    case "unknown":
    case "tuple":
    default:
      return null;
  }
}

/** Python names of a function (parameters and every name it binds), for the name allocator. */
function pythonNames(f: FunctionDef<Typed>): string[] {
  const out = [...f.params];
  for (const s of allStmts(f.body)) {
    if (s.kind === "Assign") out.push(s.target);
    else if (s.kind === "ClientDecl") out.push(s.name);
    else if (s.kind === "For") out.push(s.target);
    else if (s.kind === "Raises" && s.binding) out.push(s.binding);
    else if (s.kind === "Unpack" || s.kind === "ForUnpack") out.push(...unpackNames(s.target));
  }
  return out;
}

/** Allocate the Rust names of the module's typed helpers (they must not clash with tests or client helpers). */
export function helperNames(
  functions: readonly FunctionDef<Phase>[],
  taken: Set<string>,
): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of functions) {
    if (f.role !== "helper" || !f.signature) continue;
    // A helper of another file has a qualified name (`tests.test_glue.helpers.create_registry`), a
    // variant for one call shape a bracketed one (`create_key[tags=none]`): Rust names the function.
    const py = f.name.replace(/\[.*\]$/, "");
    const base = rustLocalName(py.slice(py.lastIndexOf(".") + 1).replace(/^_+/, "")) || "helper";
    let name = base;
    for (let i = 2; taken.has(name); i++) name = `${base}_${i}`;
    taken.add(name);
    out.set(f.name, name);
  }
  return out;
}

/** Write one helper's `async fn`. */
export function emitHelper(
  unit: UnitCx,
  def: TypedHelper,
  rust: string,
  reserved: readonly string[],
  /** Write the raising form used in `pytest.raises` (raising-helpers.ts). */
  raising = false,
): EmittedHelper {
  const signature = def.signature;
  const { name: mk, regionName: mkr } = unit.options.clientHelper;
  const names = new NameAllocator(pythonNames(def), [mk, mkr, rust, ...reserved]);
  const fx = new FnCx(unit, names, new Liveness(def.body));
  try {
    const params: { rust: string; rt: string }[] = [];
    if (unit.options.target.kind === "winterbaume" && unit.mockHelpers.has(def.name)) {
      // Its clients come from the caller's backend (see UnitCx.mockHelpers).
      fx.mock = names.fresh("mock");
      fx.mockIsRef = true;
      params.push({ rust: fx.mock, rt: "&MockAws" });
    }
    for (const p of signature.params) {
      const name = names.local(p.name);
      if (p.type.kind === "client") {
        // A client of another service the module uses (several services in one test).
        const svc = p.type.service;
        const api = unit.services.all().find((a) => a.info.boto3 === svc);
        const target = unit.options.target;
        if (
          api === undefined ||
          (api !== unit.services.target && target.kind === "winterbaume" && !target.crateOf?.(api))
        )
          fail(EMIT.helperCrossServiceClient(helperSourceName(def.name), svc), def.span);
        fx.clients.set(p.name, name);
        params.push({ rust: name, rt: `&${api.info.crate}::Client` });
        continue;
      }
      const rt = paramRustType(p.type.ty);
      if (rt === null) fail(EMIT.helperParamUnsupportedKind(helperSourceName(def.name), p.name), def.span);
      fx.locals.set(p.name, {
        rust: name,
        ty: p.type.ty,
        mode: p.type.ty.kind === "string" ? "ref" : "own",
        loopDepth: 0,
        usize: false,
        decl: { line: -1, kind: "param" },
      });
      params.push({ rust: name, rt });
    }
    if (signature.splat) {
      const name = names.local(signature.splat.param);
      fx.kwargsFn = name;
      params.push({
        rust: name,
        rt: `impl FnOnce(${fluentBuilder(signature.splat.operation)}) -> ${fluentBuilder(signature.splat.operation)}`,
      });
    }
    if (def.body.some((s) => s.kind === "Unsupported")) {
      const u = def.body.find((s) => s.kind === "Unsupported")!;
      emitBody(fx, [u]);
    }
    if (raising) {
      const tail = raisingTail(def);
      emitBody(fx, def.body.slice(0, tail.index));
      fx.statementTemps = new Set();
      let raises: ApiCallExpr<Typed>;
      if (tail.call.kind === "ApiCall") {
        fx.line(callChain(fx, tail.call));
        raises = tail.call;
      } else {
        const inner = unit.helpers.get(raisingKey(tail.call.name))?.raises;
        if (!inner) return fail(EMIT.helperNotTyped(tail.call.name), tail.call.span);
        fx.line(emitHelperCall(fx, tail.call, raisingKey(tail.call.name)));
        raises = inner;
      }
      if (!raises.op) return fail(EMIT.unresolvedCall(raises.client, raises.method), raises.span);
      const crate = raises.op.crate;
      const returns = ` -> Result<${crate}::${raises.op.outputPath}, ${crate}::error::SdkError<${crate}::${raises.op.errorPath}>>`;
      return { def, rust, signature, result: { code: finish(fx, params, rust, returns), fx }, raises };
    }
    const last = def.body[def.body.length - 1];
    const ret = last?.kind === "Return" ? last : null;
    emitBody(fx, ret ? def.body.slice(0, -1) : def.body);
    let returns = "";
    if (ret?.value) {
      const t = signature.returns;
      const rt = t ? ownedRustType(unit, t) : null;
      if (!t || rt === null) fail(EMIT.helperReturnUnsupportedKind(helperSourceName(def.name)), ret.span);
      returns = ` -> ${rt}`;
      fx.statementTemps = new Set();
      if (ret.value.kind === "ApiCall") fx.line(`${callChain(fx, ret.value)}.unwrap()`);
      else if (ret.value.kind === "List" && ret.value.tuple && t?.kind === "tuple") {
        // `return a, b`: each element owned, as for a single value.
        const parts = ret.value.elements.map((x, i) => returned(fx, x, ownedRustType(unit, t.elements[i]!)!));
        fx.line(`(${parts.join(", ")})`);
      } else fx.line(returned(fx, ret.value, rt!));
    }
    return { def, rust, signature, result: { code: finish(fx, params, rust, returns), fx } };
  } catch (e) {
    if (!(e instanceof EmitFailure)) throw e;
    return {
      def,
      rust,
      signature,
      result: { failure: diagnostic({ severity: "error", code: e.code, text: e.message }, e.span) },
    };
  }
}

/** The `async fn` item of a helper whose body is written. */
function finish(
  fx: FnCx,
  params: readonly { rust: string; rt: string }[],
  rust: string,
  returns: string,
): string {
  fx.dropUnusedBindings();
  const body = fx.lines.filter((l) => l !== "");
  const sig = params.map((p) => `${isRead(body, -1, p.rust) ? p.rust : "_" + p.rust}: ${p.rt}`).join(", ");
  return `async fn ${rust}(${sig})${returns} {\n${body.join("\n")}\n}`;
}

/** A returned value, owned: an owned local (or temporary) is moved out, the return being its last use. */
function returned(fx: FnCx, e: Expr<Typed>, rt: string): string {
  if (e.kind === "ApiCall") return `${callChain(fx, e)}.unwrap()`;
  const v = emitExpr(fx, e);
  if (v.usize) return `${recv(v.code)} as ${rt}`;
  return v.mode === "own" && (v.temp || isCopy(v.ty) || e.kind === "Name") ? v.code : owned(v);
}

/**
 * `helper(&client, "a", 1).await`, bound to a temporary when it returns a value; `key` names
 * another form of the helper (its raising form, see raising-helpers.ts).
 */
export function emitHelperCall(fx: FnCx, e: HelperCallExpr<Typed>, key: string = e.name): string {
  if (fx.inClosure) return fail(EMIT.helperCallInComprehension(), e.span);
  const h = fx.unit.helpers.get(key);
  if (!h) return fail(EMIT.helperNotTyped(helperSourceName(e.name)), e.span);
  const args = e.args.map((a, i) => {
    const p = h.signature.params[i];
    if (!p) return fail(EMIT.helperArgument(a.param, helperSourceName(e.name)), e.span);
    if (p.type.kind === "client") {
      const c = a.value.kind === "Name" ? fx.clients.get(a.value.id) : undefined;
      if (!c) return fail(EMIT.notATargetClient(a.param), a.value.span);
      return `&${c}`;
    }
    const v = emitExpr(fx, a.value);
    return p.type.ty.kind === "string" ? asStr(v) : asCopy(v);
  });
  if (fx.unit.options.target.kind === "winterbaume" && fx.unit.mockHelpers.has(h.def.name)) {
    if (fx.mock === null) return fail(EMIT.helperCreatesClient(helperSourceName(e.name)), e.span);
    args.unshift(fx.mockArg());
  }
  if (h.signature.splat) {
    const setters = (e.kwargs ?? []).flatMap((a) =>
      a.member ? setterCalls(fx, a.member, a.value) : fail(EMIT.unresolvedArgument(a.name), a.span),
    );
    args.push(setters.length === 0 ? "|b| b" : `|b| b${setters.join("")}`);
  } else if ((e.kwargs ?? []).length > 0)
    return fail(EMIT.helperTakesNoKwargs(helperSourceName(e.name)), e.span);
  return `${h.rust}(${args.join(", ")}).await`;
}

/** `aws_sdk_x::operation::op::builders::OpFluentBuilder`: what a `**kwargs` closure maps. */
function fluentBuilder(op: OperationRef): string {
  const module = op.outputPath.split("::")[1] ?? op.method;
  return `${op.crate}::operation::${module}::builders::${op.name}FluentBuilder`;
}

/** Helpers among `defs` that make a boto3 client, directly or through the helpers they call. */
export function clientMakingHelpers(defs: ReadonlyMap<string, FunctionDef<Phase>>): string[] {
  return [...defs].flatMap(([name, d]) =>
    [d.body, ...transitiveHelpers(d.body, defs).map((n) => defs.get(n)?.body ?? [])].some((b) =>
      [...allStmts(b)].some((s) => s.kind === "ClientDecl"),
    )
      ? [name]
      : [],
  );
}

/** Helpers a body calls, directly or through other helpers (each once, in first-call order). */
export function transitiveHelpers(
  body: readonly AnyStmt[],
  defs: ReadonlyMap<string, FunctionDef<Phase>>,
): string[] {
  const out: string[] = [];
  const visit = (b: readonly AnyStmt[]): void => {
    for (const n of calledHelpers(b)) {
      if (out.includes(n)) continue;
      out.push(n);
      const d = defs.get(n);
      if (d) visit(d.body);
    }
  };
  visit(body);
  return out;
}

/**
 * Python assertions a body runs, counting each helper call site as the helper's own assertions
 * (the same way for the Python and the Rust count).
 */
export function assertsThroughHelpers(
  body: readonly AnyStmt[],
  own: (b: readonly AnyStmt[]) => number,
  perHelper: (name: string) => number,
): number {
  let n = own(body);
  for (const e of bodyExprs(body)) if (e.kind === "HelperCall") n += perHelper(e.name);
  return n;
}
