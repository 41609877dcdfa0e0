/**
 * The typing pass driver: walks every test of a module in order, keeping a variable → type
 * environment per function, and returns an annotated copy of the module plus diagnostics.
 */
import {
  TYPER,
  allExprs,
  allStmts,
  assertNever,
  diagnostic,
  type ConstantDef,
  type Diagnostic,
  type Expr,
  type FunctionDef,
  type Module,
  type Parametrize,
  type SdkType,
  type Span,
  type Stmt,
  type Typed,
} from "@moto2rust/ir";
import type { ModelRepository } from "../api.js";
import type { ServiceSet } from "../service-set.js";
import { TypingContext, type TypeOptions } from "./context.js";
import { Scope } from "./scope.js";
import { ExprTyper } from "./typer.js";
import { typeCond } from "./type-conds.js";
import { typeRaises } from "./type-errors.js";
import { isLiteralBuilder } from "./type-values.js";
import { HelperTyping } from "./type-helpers.js";
import { typeBranching } from "./type-branches.js";
import { bindUnpack, typeTupleLiteral } from "./type-unpack.js";
import { typeWait } from "./type-waiters.js";
import { BOOL, F64, I32, STRING, compatible, unknown } from "./sdk-type.js";

export interface TypedModule {
  /** The typed tree; null when the service has no model (the one diagnostic says so). */
  readonly module: Module<Typed> | null;
  /** Diagnostics of the typing pass only (the module's own are not repeated). */
  readonly diagnostics: Diagnostic[];
  /** The tested service and every other one the tests make clients of (null without a model). */
  readonly services: ServiceSet | null;
}

export function typeModule(module: Module, repo: ModelRepository, options: TypeOptions): TypedModule {
  const api = repo.service(options.service);
  if (!api) {
    const at = module.functions
      .flatMap((f) => f.body)
      .find((st) => st.kind === "ClientDecl" && st.service === options.service)?.span ??
      module.functions[0]?.span ?? { file: module.file, line: 1, col: 1, endLine: 1, endCol: 1 };
    return {
      module: null,
      diagnostics: [diagnostic(TYPER.noModelForService(options.service, repo.root), at)],
      services: null,
    };
  }
  const cx = new TypingContext(repo, api, options);
  const moduleScope = new Scope();
  const constants = typeConstants(module.constants, cx, moduleScope);
  const helperDefs = new Map(
    module.functions
      .filter((f) => f.role === "helper" && f.clientParams !== undefined)
      .map((f) => [f.name, f]),
  );
  const helpers = new HelperTyping(helperDefs, moduleScope, typeBody);
  cx.helpers = helpers;
  const tests = module.functions.map((f) =>
    f.role === "test"
      ? typeFunction(f, cx, moduleScope, constants.values, constants.types)
      : { ...f, role: f.role, signature: undefined },
  );
  // Helpers some test calls come back typed, with their signatures.
  const functions = tests.map((f) => (f.role === "helper" ? (helpers.typed.get(f.name) ?? f) : f));
  return {
    module: { ...module, constants: constants.typed, functions },
    diagnostics: cx.diagnostics,
    services: cx.services,
  };
}

interface TypedConstants {
  /** As written, for the typer to substitute at each use. */
  readonly values: Map<string, Expr>;
  /** Types of the constants not typed at each use. */
  readonly types: Map<string, SdkType>;
  readonly typed: ConstantDef<Typed>[];
}

function typeConstants(defs: readonly ConstantDef[], cx: TypingContext, scope: Scope): TypedConstants {
  const values = new Map<string, Expr>();
  const types = new Map<string, SdkType>();
  const typed: ConstantDef<Typed>[] = [];
  // Constants may refer to earlier constants; diagnostics about a constant are only reported where it is used.
  const quiet = new TypingContext(cx.repo, cx.services, cx.options);
  for (const c of defs) {
    const t = new ExprTyper(quiet, scope, values, types);
    values.set(c.name, c.value);
    if (c.value.kind === "Dict" || c.value.kind === "List") {
      // Typed at each use; the backend reads it only as JSON text (`json.dumps(NAME)`).
      typed.push({ ...c, value: t.check(c.value, { kind: "document" }, "arg"), inlined: true });
      continue;
    }
    const value = t.infer(c.value);
    types.set(c.name, value.ty);
    typed.push({ ...c, value, inlined: false });
  }
  return { values, types, typed };
}

function paramType(p: Parametrize, index: number): SdkType {
  const tys = p.cases.map((c) => {
    const v = c.values[index];
    if (!v) return unknown("missing value");
    switch (v.kind) {
      case "Str":
      case "FString":
        return STRING;
      case "Int":
        return I32;
      case "Float":
        return F64;
      case "Bool":
        return BOOL;
      case "Neg":
        return v.value.kind === "Float" ? F64 : I32;
      case "ApiCall":
      case "BinOp":
      case "HelperCall":
      case "BuiltinCall":
      case "Bytes":
      case "Comprehension":
      case "IfExpr":
      case "Const":
      case "Dict":
      case "ErrorField":
      case "Get":
      case "Len":
      case "List":
      case "Name":
      case "None":
      case "Subscript":
      case "DictComprehension":
        return unknown(`parametrized ${v.kind} value`);
      default:
        return assertNever(v);
    }
  });
  const first = tys[0] ?? unknown("no cases");
  return tys.every((t) => compatible(t, first) && compatible(first, t))
    ? first
    : unknown("mixed parametrized values");
}

function typeFunction(
  f: FunctionDef,
  cx: TypingContext,
  moduleScope: Scope,
  constants: ReadonlyMap<string, Expr>,
  constantTypes: ReadonlyMap<string, SdkType>,
): FunctionDef<Typed> & { readonly role: "test" } {
  const scope = new Scope(moduleScope);
  const t = new ExprTyper(cx, scope, constants, constantTypes);
  cx.inUnsupportedFunction = [...allStmts(f.body)].some((s) => s.kind === "Unsupported");
  let parametrize: Parametrize<Typed> | null = null;
  f.params.forEach((p, i) => {
    if (i === 0 && f.className !== null && p === "self") return;
    const pi = f.parametrize?.names.indexOf(p) ?? -1;
    if (f.parametrize && pi >= 0) {
      const ty = paramType(f.parametrize, pi);
      scope.set(p, { kind: "value", ty });
    } else {
      scope.set(p, { kind: "fixture" });
    }
  });
  if (f.parametrize) {
    const names = f.parametrize.names;
    parametrize = {
      ...f.parametrize,
      cases: f.parametrize.cases.map((c) => ({
        ...c,
        values: c.values.map((v, i) => {
          const b = scope.lookup(names[i] ?? "");
          if (b?.kind !== "value") return t.opaque(v, unknown("no parameter"));
          // A parameter of no single type: its values keep that, and the backend skips the test.
          return b.ty.kind !== "unknown" ? t.check(v, b.ty, "arg") : t.opaque(v, b.ty);
        }),
      })),
    };
  }
  const body = typeBody(f.body, t);
  return { ...f, role: "test", parametrize, body };
}

/**
 * `{x["Id"] for x in xs}` / `set(xs)` bound to a name: Rust has no set type here, so each use
 * (`==`, `len`) rebuilds it from the same reads; only when it makes no call (the reads are
 * the same each time) and goes stale when a name it reads is re-assigned.
 */
function isPureSet(e: Expr): boolean {
  const set =
    (e.kind === "Comprehension" && e.form === "set") ||
    (e.kind === "BuiltinCall" && e.name === "set" && e.receiver === null);
  if (!set) return false;
  for (const x of allExprs(e))
    if (x.kind === "ApiCall" || x.kind === "HelperCall" || (x.kind === "BuiltinCall" && x.name === "uuid4"))
      return false;
  return true;
}

/** A value whose type depends on its use: dict/list literals, comprehensions building them, `+` of those. */
function isLiteralValue(e: Expr, t: ExprTyper): boolean {
  if (e.kind === "Dict" || e.kind === "List" || isLiteralBuilder(e) || isPureSet(e)) return true;
  if (e.kind === "Name") return t.scope.lookup(e.id)?.kind === "literal";
  if (e.kind === "BinOp" && e.op === "+") return isLiteralValue(e.left, t) && isLiteralValue(e.right, t);
  return false;
}

/** What a `for` loop binds per element: list elements, map keys. */
function iterElement(it: SdkType, at: Span, t: ExprTyper): SdkType {
  if (it.kind === "unknown") return unknown("untyped iteration");
  if (it.kind === "list") return it.element;
  if (it.kind === "map") return it.key;
  t.cx.error(TYPER.cannotIterate(it.kind), at);
  return unknown("bad iteration");
}

function typeBody(body: readonly Stmt[], t: ExprTyper): Stmt<Typed>[] {
  return body.map((s) => typeStmt(s, t));
}

function typeStmt(s: Stmt, t: ExprTyper): Stmt<Typed> {
  switch (s.kind) {
    case "ClientDecl": {
      const region = s.region ? t.check(s.region, STRING, "arg") : null;
      // A client of another service is typed against that service's model (several services
      // in one test); the backend decides whether its target can register that service.
      const target = t.cx.serviceApi(s.service) !== undefined;
      if (!target) t.cx.error(TYPER.noModelForService(s.service, t.cx.repo.root), s.span);
      t.scope.set(s.name, { kind: "client", service: s.service, target });
      return { ...s, region };
    }
    case "Assign": {
      if (isLiteralValue(s.value, t)) {
        t.scope.set(s.target, { kind: "literal", value: s.value, stale: false });
        return { ...s, inlined: true };
      }
      const value = t.infer(s.value);
      t.scope.set(s.target, { kind: "value", ty: value.ty });
      return { ...s, value, inlined: false };
    }
    case "ExprStmt":
      return { ...s, expr: t.infer(s.expr) };
    case "Assert":
      return { ...s, cond: typeCond(s.cond, t) };
    case "Raises": {
      const body = typeBody(s.body, t);
      return typeRaises(s, body, t);
    }
    case "For": {
      const iter = t.infer(s.iter);
      t.scope.set(s.target, { kind: "value", ty: iterElement(iter.ty, s.iter.span, t) });
      return { ...s, iter, body: typeBody(s.body, t) };
    }
    case "Unsupported":
    case "Approximated":
      return s;
    case "Wait":
      return typeWait(s, t);
    case "Return":
      if (s.value?.kind === "List" && s.value.tuple) return { ...s, value: typeTupleLiteral(s.value, t) };
      return { ...s, value: s.value ? t.infer(s.value) : null };
    case "StaticIf":
    case "If":
    case "LoopJump":
    case "While":
    case "Try":
      return typeBranching(s, t, typeBody);
    case "Unpack": {
      const value = t.infer(s.value);
      bindUnpack(s.target, value.ty, t, s.span);
      return { ...s, value };
    }
    case "ForUnpack": {
      const iter = t.infer(s.iter);
      bindUnpack(s.target, iterElement(iter.ty, s.iter.span, t), t, s.span);
      return { ...s, iter, body: typeBody(s.body, t) };
    }
    default:
      return assertNever(s, "statement");
  }
}
