/**
 * Conditions the in-process target decides before a test runs. moto's suite runs in decorator
 * mode there: `settings.TEST_SERVER_MODE` is false, `allow_aws_request()` and
 * `settings.is_test_proxy_mode()` are false (`evalModeCondition`), and the environment switches
 * moto's tests read (`os.environ.get("MOTO_...")`, `os.environ.get("TEST_SERVER_MODE", "false")`)
 * are unset. Python truthiness and `==`/`!=` over those values are evaluated; anything else is
 * unknown (null), and the condition is left to the test's run.
 */
import type { Scope } from "./context.js";
import { dottedName, field, namedChildren, unparen, type Node } from "./parser.js";
import { evalModeCondition } from "./skip-reasons.js";

/** A Python value known statically: a bool, a string or None. */
type Known = { readonly v: boolean | string | null };

/** Environment variables the in-process target leaves unset. */
function unsetVariable(name: string): boolean {
  return name.startsWith("MOTO_") || name === "TEST_SERVER_MODE";
}

function truthy(k: Known): boolean {
  return k.v !== null && k.v !== false && k.v !== "";
}

/** The text of a plain string literal (no interpolation, no escapes), or null. */
function literalText(n: Node): string | null {
  if (n.type !== "string") return null;
  const parts = namedChildren(n);
  if (parts.some((p) => p.type !== "string_start" && p.type !== "string_content" && p.type !== "string_end"))
    return null;
  const start = parts.find((p) => p.type === "string_start")?.text ?? "";
  if (/[a-z]/i.test(start)) return null;
  return parts
    .filter((p) => p.type === "string_content")
    .map((p) => p.text)
    .join("");
}

function known(scope: Scope, raw: Node): Known | null {
  const n = unparen(raw);
  const mode = evalModeCondition(scope, n, false);
  if (mode !== null) return { v: mode };
  switch (n.type) {
    case "none":
      return { v: null };
    case "string": {
      const t = literalText(n);
      return t === null ? null : { v: t };
    }
    case "not_operator": {
      const arg = field(n, "argument");
      const a = arg === null ? null : known(scope, arg);
      return a === null ? null : { v: !truthy(a) };
    }
    case "boolean_operator": {
      const l = field(n, "left");
      const r = field(n, "right");
      const op = field(n, "operator")?.text;
      if (l === null || r === null) return null;
      const a = known(scope, l);
      if (a === null) return null;
      // Python's and/or give one of their operands.
      if (op === "and") return truthy(a) ? known(scope, r) : a;
      if (op === "or") return truthy(a) ? a : known(scope, r);
      return null;
    }
    case "comparison_operator": {
      const operands = namedChildren(n);
      const op = n.children
        .filter((c) => !c.isNamed)
        .map((c) => c.text)
        .join(" ");
      if (operands.length !== 2) return null;
      const a = known(scope, operands[0]!);
      const b = known(scope, operands[1]!);
      if (a === null || b === null) return null;
      if (op === "==") return { v: a.v === b.v };
      if (op === "!=") return { v: a.v !== b.v };
      // `is` / `is not`: identity is only certain against None.
      if (op === "is" && (a.v === null || b.v === null)) return { v: a.v === b.v };
      if (op === "is not" && (a.v === null || b.v === null)) return { v: a.v !== b.v };
      return null;
    }
    case "call":
      return knownCall(scope, n);
    default:
      return null;
  }
}

/** `os.environ.get("MOTO_X"[, default])`, `<known str>.lower()` / `.upper()`. */
function knownCall(scope: Scope, n: Node): Known | null {
  const fn = field(n, "function");
  const argList = field(n, "arguments");
  if (fn === null || argList === null) return null;
  const args = namedChildren(argList).filter((a) => a.type !== "comment");
  if (fn.type === "attribute") {
    const method = field(fn, "attribute")?.text;
    const recv = field(fn, "object");
    if ((method === "lower" || method === "upper") && recv !== null && args.length === 0) {
      const r = known(scope, recv);
      if (r === null || typeof r.v !== "string") return null;
      return { v: method === "lower" ? r.v.toLowerCase() : r.v.toUpperCase() };
    }
  }
  const d = dottedName(fn);
  if (d !== "os.environ.get" || scope.importOf("os")?.module !== "os") return null;
  if (args.length < 1 || args.length > 2 || args.some((a) => a.type === "keyword_argument")) return null;
  const name = literalText(unparen(args[0]!));
  if (name === null || !unsetVariable(name)) return null;
  if (args.length === 1) return { v: null };
  return known(scope, args[1]!);
}

/** Whether `cond` holds for the in-process target, or null when only the test's run can tell. */
export function staticCondition(scope: Scope, cond: Node): boolean | null {
  const k = known(scope, cond);
  return k === null ? null : truthy(k);
}
