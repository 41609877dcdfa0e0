/**
 * `with pytest.raises(...) [as exc]:` → `let err = client.op()...send().await.unwrap_err();`,
 * `.into_service_error()` when the error's code/message/kind is read, the HTTP status taken from
 * `err.raw_response()` before that, `client.exceptions.X` checked with `err.is_x()`.
 */
import {
  EMIT,
  type Typed,
  type ApiCallExpr,
  type Expr,
  type HelperCallExpr,
  type RaisesStmt,
  type Stmt,
} from "@moto2rust/ir";
import { allExprs, stmtParts } from "@moto2rust/ir";
import { fail, type FnCx } from "./context.js";
import { callChain } from "./call.js";
import { emitHelperCall } from "./helper-fns.js";
import { raisingKey } from "./raising-helpers.js";
import { rustStr } from "./rust-syntax.js";
import { pythonRegex, type PythonRegex } from "./python-regex.js";

/**
 * The call a raises block expects to fail: the outermost call of the last statement that makes
 * one; for a helper call, the boto3 call its raising form returns (raising-helpers.ts).
 */
function raisingStatement(
  fx: FnCx,
  body: readonly Stmt<Typed>[],
): { index: number; call: ApiCallExpr<Typed>; helper: HelperCallExpr<Typed> | null } | null {
  for (let i = body.length - 1; i >= 0; i--) {
    const s = body[i]!;
    const top = s.kind === "ExprStmt" ? s.expr : s.kind === "Assign" && !s.inlined ? s.value : null;
    if (top?.kind === "ApiCall") return { index: i, call: top, helper: null };
    if (top?.kind === "HelperCall") {
      const call = fx.unit.helpers.get(raisingKey(top.name))?.raises;
      return call ? { index: i, call, helper: top } : null;
    }
    for (const root of stmtParts(s).exprs)
      for (const x of allExprs(root)) if (x.kind === "ApiCall" || x.kind === "HelperCall") return null;
    if (stmtParts(s).body.length) return null;
  }
  return null;
}

/**
 * `err` (or `status`) for this block, shadowing the previous block's when that one is no longer
 * read; a fresh name otherwise.
 */
function bindingName(fx: FnCx, s: RaisesStmt<Typed>, base: "err" | "status"): string {
  let name = fx.names.temp(base, fx.statementTemps);
  for (;;) {
    const clash = [...fx.errors.entries()].some(
      ([py, b]) => py !== s.binding && (b.rust === name || b.status === name) && fx.live.readAfter(s, py),
    );
    if (!clash) break;
    fx.statementTemps.add(name);
    name = fx.names.temp(base, fx.statementTemps);
  }
  fx.statementTemps.add(name);
  return name;
}

/**
 * botocore's `str(exc.value)`: "An error occurred (Code) when calling the Op operation: Message",
 * with `Unknown` for an absent code or message (its retry suffix needs a retried 5xx or throttle).
 */
export function botocoreErrorText(err: string, operation: string): string {
  const op = operation.replace(/\{/g, "{{").replace(/\}/g, "}}");
  return (
    `format!("An error occurred ({}) when calling the ${op} operation: {}", ` +
    `${err}.code().unwrap_or("Unknown"), ${err}.message().unwrap_or("Unknown"))`
  );
}

/** A Rust string literal for a regex: raw when it can be. */
export function rawStr(text: string): string {
  if (!text.includes('"')) return `r"${text}"`;
  if (!text.includes('"#')) return `r#"${text}"#`;
  return rustStr(text);
}

function matchPattern(match: Expr<Typed>): PythonRegex {
  if (match.kind !== "Str") return { kind: "unsupported", construct: "a computed pattern" };
  return pythonRegex(match.value);
}

/** `match=`: `re.search` of the pattern in botocore's error text. */
function emitMatch(fx: FnCx, err: string, operation: string, match: Expr<Typed>): void {
  const p = matchPattern(match);
  if (p.kind === "unsupported") {
    fx.approximated(EMIT.raisesMatchPatternUnsupported(p.construct), match.span);
    return;
  }
  fx.errorMeta();
  const text = botocoreErrorText(err, operation);
  if (p.kind === "plain") {
    fx.line(`assert!(${text}.contains(${rustStr(p.text)}));`);
    return;
  }
  fx.devDependencies.add("regex");
  fx.line(`assert!(regex::Regex::new(${rawStr(p.rust)}).unwrap().is_match(&${text}));`);
}

export function emitRaises(fx: FnCx, s: RaisesStmt<Typed>, emitStmt: (s: Stmt<Typed>) => void): void {
  const found = raisingStatement(fx, s.body);
  if (!found) return fail(EMIT.raisesLastNotCall(), s.span);
  for (const b of s.body.slice(0, found.index)) emitStmt(b);
  fx.statementTemps = new Set();
  const call = found.call;
  let missingRequired: string[] = [];
  if (s.expected.kind === "other") {
    // What a helper's call leaves out is the helper's business: no client-side check through it.
    if (found.helper) return fail(EMIT.raisesClientSideError(s.expected.name), s.span);
    const op = call.op ? fx.unit.services.ofCrate(call.op.crate).operation(call.op.name) : undefined;
    const given = new Set(call.args.map((a) => a.name));
    missingRequired = op
      ? op.input.members.filter((m) => m.required && !given.has(m.name)).map((m) => m.name)
      : [];
    if (s.expected.name !== "ParamValidationError" || missingRequired.length === 0) {
      return fail(EMIT.raisesClientSideError(s.expected.name), s.span);
    }
  }
  const chain = found.helper
    ? emitHelperCall(fx, found.helper, raisingKey(found.helper.name))
    : callChain(fx, call);
  if (s.expected.kind === "other") {
    fx.approximated(EMIT.paramValidationMissing(missingRequired.join(", ")), s.span);
    fx.line(`${chain}.unwrap_err();`);
    return;
  }
  const reads = s.binding ? fx.live.errorFieldsRead(s, s.binding) : new Set<string>();
  const modelled = s.expected.kind === "modelled" ? s.expected : null;
  if (modelled && !modelled.error) return fail(EMIT.unknownModelledException(modelled.name), s.span);
  const opErrors = call.op
    ? (fx.unit.services.ofCrate(call.op.crate).operation(call.op.name)?.errors ?? [])
    : [];
  const modelledIsOwn = modelled?.error ? opErrors.some((e) => e.name === modelled.error!.name) : false;
  const matchChecked = s.match !== null && matchPattern(s.match).kind !== "unsupported";
  const needService =
    reads.has("code") ||
    reads.has("message") ||
    reads.has("text") ||
    reads.has("request-id") ||
    modelled !== null ||
    matchChecked;
  if (!needService && !reads.has("http-status")) {
    fx.line(`${chain}.unwrap_err();`);
    if (s.match) emitMatch(fx, "", "", s.match);
    // Only the (static) operation name may still be read.
    if (s.binding) fx.errors.set(s.binding, { rust: "", status: null, operation: call.op?.name ?? "" });
    return;
  }
  const err = bindingName(fx, s, "err");
  let status: string | null = null;
  if (reads.has("http-status")) {
    fx.line(`let ${err} = ${chain}.unwrap_err();`);
    status = bindingName(fx, s, "status");
    fx.line(`let ${status} = ${err}.raw_response().unwrap().status().as_u16();`);
    if (needService) fx.line(`let ${err} = ${err}.into_service_error();`);
  } else {
    fx.line(`let ${err} = ${chain}.unwrap_err().into_service_error();`);
  }
  if (modelled?.error) {
    if (modelledIsOwn) fx.line(`assert!(${err}.${modelled.error.helper}());`);
    else {
      fx.errorMeta();
      fx.line(`assert_eq!(${err}.code(), Some(${rustStr(modelled.error.code)}));`);
    }
  }
  if (s.match) emitMatch(fx, err, call.op?.name ?? call.method, s.match);
  if (s.binding) fx.errors.set(s.binding, { rust: err, status, operation: call.op?.name ?? "" });
}
