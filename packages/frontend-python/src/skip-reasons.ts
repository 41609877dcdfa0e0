/**
 * Syntactic skip reasons: moto internals used by a test (`moto-internal`), tests that only run
 * against a moto server (`server-mode-only`). `cloudformation` is reported where the client is
 * declared; `cross-service` is left to the typing pass (it depends on the target).
 */
import type { Scope } from "./context.js";
import { fail } from "./failure.js";
import { lowerImport } from "./imports.js";
import { descendantsOfType, dottedName, field, namedChildren, unparen, type Node } from "./parser.js";

/** `settings.<X>` attributes that are server/decorator-mode switches rather than moto internals. */
export const ALLOWED_SETTINGS: ReadonlySet<string> = new Set(["TEST_SERVER_MODE", "TEST_DECORATOR_MODE"]);

/** Is `dotted` a moto server-mode flag? `server`: true in server mode; `decorator`: true in decorator mode. */
function modeFlag(scope: Scope, dotted: string): "server" | "decorator" | null {
  const parts = dotted.split(".");
  if (parts.length === 1) return scope.importOf(parts[0]!)?.kind === "server-mode-flag" ? "server" : null;
  const last = parts[parts.length - 1]!;
  const base = parts.slice(0, -1).join(".");
  const isSettings =
    base === "moto.settings" || (parts.length === 2 && scope.importOf(base)?.kind === "settings");
  if (!isSettings) return null;
  if (last === "TEST_SERVER_MODE") return "server";
  if (last === "TEST_DECORATOR_MODE") return "decorator";
  return null;
}

/**
 * Evaluate a skip condition with the server mode fixed, every other environment switch at its
 * default (`allow_aws_request()` and `settings.is_test_proxy_mode()` are false). Null: unknown.
 */
export function evalModeCondition(scope: Scope, node: Node, serverMode: boolean): boolean | null {
  const n = unparen(node);
  switch (n.type) {
    case "not_operator": {
      const arg = field(n, "argument");
      const v = arg === null ? null : evalModeCondition(scope, arg, serverMode);
      return v === null ? null : !v;
    }
    case "boolean_operator": {
      const op = field(n, "operator")?.text;
      const l = field(n, "left");
      const r = field(n, "right");
      if (l === null || r === null) return null;
      const a = evalModeCondition(scope, l, serverMode);
      const b = evalModeCondition(scope, r, serverMode);
      if (op === "and") return a === false || b === false ? false : a === true && b === true ? true : null;
      if (op === "or") return a === true || b === true ? true : a === false && b === false ? false : null;
      return null;
    }
    case "identifier":
    case "attribute": {
      const d = dottedName(n);
      const flag = d === null ? null : modeFlag(scope, d);
      return flag === null ? null : flag === "server" ? serverMode : !serverMode;
    }
    case "call": {
      const fn = field(n, "function");
      const d = fn === null ? null : dottedName(fn);
      if (d === null) return null;
      if (d === "allow_aws_request") return false;
      const parts = d.split(".");
      if (
        parts.length === 2 &&
        parts[1] === "is_test_proxy_mode" &&
        scope.importOf(parts[0]!)?.kind === "settings"
      )
        return false;
      return null;
    }
    case "true":
      return true;
    case "false":
      return false;
    default:
      return null;
  }
}

/**
 * What a skip condition means for a test run in decorator mode (how moto's suite usually runs,
 * and what an in-process mock is closest to): `skipped` (the test needs a moto server),
 * `runs` (the condition only skips in server or proxy mode) or `unknown`.
 */
export type SkipWhen = "skipped" | "runs" | "unknown";

export function skipConditionKind(scope: Scope, cond: Node): SkipWhen {
  const inDecorator = evalModeCondition(scope, cond, false);
  const inServer = evalModeCondition(scope, cond, true);
  if (inDecorator === true && inServer === false) return "skipped";
  if (inDecorator === false && inServer !== null) return "runs";
  return "unknown";
}

/** `raise SkipTest(...)`, `raise unittest.SkipTest(...)`, `pytest.skip(...)`. */
function isSkipStatement(node: Node): boolean {
  if (node.type === "raise_statement") {
    const e = namedChildren(node)[0];
    if (e === undefined) return false;
    const target = unparen(e).type === "call" ? field(unparen(e), "function") : e;
    const d = target === null ? null : dottedName(target);
    return d !== null && /(^|\.)SkipTest$/.test(d);
  }
  if (node.type === "expression_statement") {
    const e = namedChildren(node)[0];
    if (e === undefined || e.type !== "call") return false;
    const fn = field(e, "function");
    return fn !== null && dottedName(fn) === "pytest.skip";
  }
  return false;
}

/**
 * `if <mode condition>: raise SkipTest(...)`: `skipped` means the test only runs against a moto
 * server (server-mode-only); `runs` means the guard only skips it in server or proxy mode and
 * can be dropped; null: not a mode guard.
 */
export function classifySkipGuard(scope: Scope, node: Node): Exclude<SkipWhen, "unknown"> | null {
  if (node.type !== "if_statement") return null;
  if (namedChildren(node).some((c) => c.type === "elif_clause" || c.type === "else_clause")) return null;
  const cond = field(node, "condition");
  const body = field(node, "consequence");
  if (cond === null || body === null) return null;
  const stmts = namedChildren(body);
  if (stmts.length === 0 || !stmts.every(isSkipStatement)) return null;
  const when = skipConditionKind(scope, cond);
  return when === "unknown" ? null : when;
}

function isReference(node: Node, parent: Node | null): boolean {
  if (parent === null) return true;
  switch (parent.type) {
    case "attribute":
      return field(parent, "attribute") !== node;
    case "keyword_argument":
      return field(parent, "name") !== node;
    case "function_definition":
    case "class_definition":
    case "parameters":
    case "dotted_name":
    case "aliased_import":
      return false;
    default:
      return true;
  }
}

/**
 * Report every use of moto internals below `root` (a function body): names imported from moto's
 * models/backends/moto_api/core, `*_backends`, `state_manager`, `settings.<X>` other than the
 * mode switches, and imports of such names inside the function.
 */
export function scanMotoInternals(scope: Scope, root: Node): void {
  const mod = scope.mod;
  const visit = (n: Node, parentNode: Node | null): void => {
    if (n.type === "if_statement" && classifySkipGuard(scope, n) !== null) return;
    if (n.type === "import_statement" || n.type === "import_from_statement") {
      const lowered = lowerImport(mod, n);
      const bad = lowered.bindings.find(([, b]) => b.kind === "moto-internal");
      if (bad !== undefined)
        mod.reportFailure(fail(`import of ${bad[1].name ?? bad[1].module}`, n, "moto-internal"));
      return;
    }
    if (n.type === "call") {
      const fn = field(n, "function");
      const local =
        fn !== null && fn.type === "identifier" && !scope.isLocal(fn.text)
          ? mod.webLayerUsers.get(fn.text)
          : undefined;
      const web = local !== undefined ? `${fn!.text}() that uses ${local}` : webLayerCall(n);
      if (web !== null) mod.reportFailure(fail(web, n, "moto-internal"));
    }
    if (n.type === "identifier" && isReference(n, parentNode)) {
      const name = n.text;
      const imp = scope.importOf(name);
      const http = imp === undefined ? null : rawHttpUse(imp.module, imp.name);
      if (http !== null) mod.reportFailure(fail(http.construct, parentNode ?? n, http.code));
      else if (imp !== undefined && imp.kind === "moto-internal")
        mod.reportFailure(fail(`${name} from ${imp.module}`, n, "moto-internal"));
      else if (
        imp === undefined &&
        !scope.isLocal(name) &&
        (/_backends?$/.test(name) || name === "state_manager" || name === "moto_api")
      )
        mod.reportFailure(fail(name, n, "moto-internal"));
      else if (imp?.kind === "settings") {
        const parent = parentNode;
        const attr = parent !== null && parent.type === "attribute" ? field(parent, "attribute") : null;
        if (attr !== null && !ALLOWED_SETTINGS.has(attr.text))
          mod.reportFailure(fail(`settings.${attr.text}`, parent!, "moto-internal"));
      }
      return;
    }
    for (const c of n.namedChildren) visit(c, n);
  };
  visit(root, null);
}

/**
 * A call into moto's own web layer (its Flask app and test client, its threaded server), which
 * an SDK test against another mock cannot make: `backend.test_client()`,
 * `server.create_backend_app("s3")`, `ThreadedMotoServer()`.
 */
function webLayerCall(call: Node): string | null {
  const fn = field(call, "function");
  if (fn === null) return null;
  const d = dottedName(fn);
  const last =
    d === null ? (fn.type === "attribute" ? field(fn, "attribute")?.text : undefined) : d.split(".").pop();
  if (last === "test_client" || last === "create_backend_app" || last === "ThreadedMotoServer")
    return `moto's web layer (${last}())`;
  return null;
}

/** Does a function (a fixture, say) drive moto's web layer anywhere in its body? */
export function usesWebLayer(def: Node): string | null {
  for (const call of descendantsOfType(def, "call")) {
    const web = webLayerCall(call);
    if (web !== null) return web;
  }
  return null;
}

/**
 * `requests` sends raw HTTP to moto's endpoint (server mode, or moto's interception of
 * `requests`); `responses` mocks HTTP around moto. Neither is an SDK call.
 */
function rawHttpUse(
  module: string,
  name: string | null,
): { readonly construct: string; readonly code: "server-mode-only" | "moto-internal" } | null {
  const root = module.split(".")[0];
  if (
    root === "requests" &&
    (name === null || /^(get|post|put|delete|head|patch|options|request|Session)$/.test(name))
  )
    return { construct: "raw HTTP request to moto's endpoint (requests)", code: "server-mode-only" };
  if (root === "responses") return { construct: "HTTP mocking with responses", code: "moto-internal" };
  return null;
}
