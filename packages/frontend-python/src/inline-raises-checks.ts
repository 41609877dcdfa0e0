/**
 * Helpers that only check a pytest `ExceptionInfo` (`assert_dryrun_error(ex)` after a
 * `with pytest.raises(ClientError) as ex:` block): their statements are lowered in place, in the
 * test, with the parameter standing for the test's binding, so each of their assertions is one of
 * the test's (reads of `ex.value.response[...]`, as written in the test). Only helpers whose body
 * is assignments to names and assertions are inlined, and only when the names they bind are not
 * the test's own; the statements take the call's span (their own file is another one).
 */
import type { Span, Stmt } from "@moto2rust/ir";
import type { HelperDef, Scope } from "./context.js";
import { callArgs } from "./call-args.js";
import { effectiveStatements } from "./client-factories.js";
import { foreignHelper } from "./foreign-helpers.js";
import { dottedName, field, namedChildren, unparen, type Node } from "./parser.js";

/** The helper `call` names when each of its arguments is a test's `ExceptionInfo`, with the parameter bindings. */
function raisesCheck(scope: Scope, call: Node): { def: HelperDef; aliases: Map<string, string> } | null {
  if (call.type !== "call") return null;
  const fn = field(call, "function");
  const name = fn === null ? null : dottedName(fn);
  if (name === null) return null;
  const def = scope.mod.helperDefs.get(name) ?? foreignHelper(scope.mod, name);
  if (def === undefined || def === null) return null;
  const args = callArgs(call);
  if (args.keywords.length > 0 || args.splat !== null) return null;
  if (def.params.some((p) => p.splat !== null) || def.params.length !== args.positional.length) return null;
  const aliases = new Map<string, string>();
  for (const [i, a] of args.positional.entries()) {
    const u = unparen(a);
    if (u.type !== "identifier" || !scope.isLocal(u.text) || !scope.raisesBindings.has(u.text)) return null;
    aliases.set(def.params[i]!.name, u.text);
  }
  return { def, aliases };
}

/** The names a body of assignments and assertions binds, or null when it does anything else. */
function boundNames(body: readonly Node[]): string[] | null {
  const names: string[] = [];
  for (const s of body) {
    if (s.type === "assert_statement") continue;
    const a = s.type === "expression_statement" ? namedChildren(s)[0] : undefined;
    const left = a?.type === "assignment" ? field(a, "left") : null;
    if (left === null || left.type !== "identifier") return null;
    names.push(left.text);
  }
  return names;
}

/** Every `span` in `x` replaced by `span`. */
function respan<T>(x: T, span: Span): T {
  if (Array.isArray(x)) return x.map((v: unknown) => respan(v, span)) as T;
  if (x === null || typeof x !== "object") return x;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(x)) out[k] = k === "span" ? span : respan(v, span);
  return out as T;
}

/**
 * `helper(ex)` as a statement: the helper's statements lowered in place (see the module doc), or
 * null when it is not such a helper.
 */
export function inlineRaisesCheck(
  scope: Scope,
  stmt: Node,
  call: Node,
  lowerBlock: (scope: Scope, block: Node | null) => Stmt[],
): Stmt[] | null {
  const found = raisesCheck(scope, call);
  const body = found === null ? null : field(found.def.node, "body");
  if (found === null || body === null) return null;
  const names = boundNames(effectiveStatements(body));
  if (names === null || names.some((n) => scope.isLocal(n) || found.aliases.has(n))) return null;
  for (const [param, binding] of found.aliases) scope.raisesAliases.set(param, binding);
  scope.inlinedVars.push(...names);
  try {
    return respan(lowerBlock(scope, body), scope.mod.span(stmt));
  } finally {
    for (const param of found.aliases.keys()) scope.raisesAliases.delete(param);
    scope.inlinedVars.splice(scope.inlinedVars.length - names.length, names.length);
    for (const n of names) scope.errorAliases.delete(n);
  }
}
