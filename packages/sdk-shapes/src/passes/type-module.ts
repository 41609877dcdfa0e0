/**
 * The typing pass driver: walks every test of a module in order, keeping a variable → type
 * environment per function, and returns an annotated copy of the module plus diagnostics.
 */
import {
  allStmts,
  type ConstantDef,
  type Diagnostic,
  type Expr,
  type FunctionDef,
  type Module,
  type Parametrize,
  type SdkType,
  type Stmt,
  assertNever,
} from "@moto2rust/ir";
import type { ModelRepository } from "../api.js";
import { TypingContext, type TypeOptions } from "./context.js";
import { Scope } from "./scope.js";
import { ExprTyper } from "./typer.js";
import { typeCond } from "./type-conds.js";
import { typeRaises } from "./type-errors.js";
import { isLiteralBuilder } from "./type-values.js";
import { HelperTyping } from "./type-helpers.js";
import { BOOL, F64, I32, STRING, compatible, unknown } from "./sdk-type.js";

export interface TypedModule {
  readonly module: Module;
  /** Diagnostics of the typing pass only (the module's own are not repeated). */
  readonly diagnostics: Diagnostic[];
}

export function typeModule(module: Module, repo: ModelRepository, options: TypeOptions): TypedModule {
  const api = repo.service(options.service);
  if (!api) {
    const at = module.functions
      .flatMap((f) => f.body)
      .find((st) => st.kind === "ClientDecl" && st.service === options.service)?.span ??
      module.functions[0]?.span ?? { file: module.file, line: 1, col: 1, endLine: 1, endCol: 1 };
    return {
      module,
      diagnostics: [
        {
          severity: "error",
          code: "unknown-service",
          message: `no model for service '${options.service}' under ${repo.root}`,
          span: at,
        },
      ],
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
    f.role === "test" ? typeFunction(f, cx, moduleScope, constants) : f,
  );
  // Helpers some test calls come back typed, with their signatures.
  const functions = tests.map((f) => (f.role === "helper" ? (helpers.typed.get(f.name) ?? f) : f));
  const typedConstants = module.constants.map((c) => ({ ...c, value: constants.get(c.name) ?? c.value }));
  return { module: { ...module, constants: typedConstants, functions }, diagnostics: cx.diagnostics };
}

function typeConstants(defs: readonly ConstantDef[], cx: TypingContext, scope: Scope): Map<string, Expr> {
  const out = new Map<string, Expr>();
  // Constants may refer to earlier constants; diagnostics about a constant are only reported where it is used.
  const quiet = new TypingContext(cx.repo, cx.api, cx.options);
  for (const c of defs) {
    if (c.value.kind === "Dict" || c.value.kind === "List") {
      out.set(c.name, c.value);
      continue;
    }
    out.set(c.name, new ExprTyper(quiet, scope, out).infer(c.value));
  }
  return out;
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
      case "Const":
      case "Dict":
      case "ErrorField":
      case "Get":
      case "Len":
      case "List":
      case "Name":
      case "None":
      case "Subscript":
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
): FunctionDef {
  const scope = new Scope(moduleScope);
  const t = new ExprTyper(cx, scope, constants);
  cx.inUnsupportedFunction = [...allStmts(f.body)].some((s) => s.kind === "Unsupported");
  let parametrize = f.parametrize;
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
          return b?.kind === "value" && b.ty.kind !== "unknown" ? t.check(v, b.ty, "arg") : v;
        }),
      })),
    };
  }
  const body = typeBody(f.body, t);
  return { ...f, parametrize, body };
}

/** A value whose type depends on its use: dict/list literals, comprehensions building them, `+` of those. */
function isLiteralValue(e: Expr, t: ExprTyper): boolean {
  if (e.kind === "Dict" || e.kind === "List" || isLiteralBuilder(e)) return true;
  if (e.kind === "Name") return t.scope.lookup(e.id)?.kind === "literal";
  if (e.kind === "BinOp" && e.op === "+") return isLiteralValue(e.left, t) && isLiteralValue(e.right, t);
  return false;
}

function typeBody(body: readonly Stmt[], t: ExprTyper): Stmt[] {
  return body.map((s) => typeStmt(s, t));
}

function typeStmt(s: Stmt, t: ExprTyper): Stmt {
  switch (s.kind) {
    case "ClientDecl": {
      const region = s.region ? t.check(s.region, STRING, "arg") : null;
      const target = s.service === t.cx.options.service;
      if (!target) {
        t.cx.error(
          "cross-service",
          `client for '${s.service}' in a test of '${t.cx.options.service}': the target crate cannot register it`,
          s.span,
        );
      }
      t.scope.set(s.name, { kind: "client", service: s.service, target });
      return { ...s, region };
    }
    case "Assign": {
      if (isLiteralValue(s.value, t)) {
        t.scope.set(s.target, { kind: "literal", value: s.value, stale: false });
        return { ...s, inlined: true };
      }
      const value = t.infer(s.value);
      t.scope.set(s.target, { kind: "value", ty: value.ty ?? unknown("untyped") });
      return { ...s, value };
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
      const it = iter.ty;
      let elem: SdkType;
      if (!it || it.kind === "unknown") elem = unknown("untyped iteration");
      else if (it.kind === "list") elem = it.element;
      else if (it.kind === "map") elem = it.key;
      else {
        t.cx.error("type-mismatch", `cannot iterate over a ${it.kind} value`, s.iter.span);
        elem = unknown("bad iteration");
      }
      t.scope.set(s.target, { kind: "value", ty: elem });
      return { ...s, iter, body: typeBody(s.body, t) };
    }
    case "Unsupported":
      return s;
    case "Return":
      return { ...s, value: s.value ? t.infer(s.value) : null };
    default:
      return assertNever(s, "statement");
  }
}
