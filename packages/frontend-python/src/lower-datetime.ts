/**
 * `datetime` as moto's tests use it, folded where Python's value is fixed: `datetime(2021, 2, 1,
 * tzinfo=timezone.utc)` (naive ones too: botocore sends a naive datetime as UTC) is a timestamp
 * literal (`BuiltinCall datetime`, args `[epoch seconds]`); `datetime.now()` / `now(timezone.utc)` /
 * `utcnow()` is the clock (`BuiltinCall datetime.now`, args `[offset seconds]`); adding or
 * subtracting a literal `timedelta(...)` moves either one. Anything else about dates (a local
 * timezone, `.replace()`, `.timestamp()`, a computed timedelta) stays unsupported.
 */
import type { Expr, Span } from "@moto2rust/ir";
import type { Scope } from "./context.js";
import { callArgs } from "./call-args.js";
import { fail, isFailure, type Failure } from "./failure.js";
import { dottedName, field, unparen, type Node } from "./parser.js";
import { normaliseFloat, normaliseInt } from "./numbers.js";

type Lowered = Expr | Failure;

/** The dotted name `node` refers to through the imports (`datetime` → `datetime.datetime`), or null. */
function qualified(scope: Scope, node: Node): string | null {
  const d = dottedName(node);
  if (d === null) return null;
  const [head, ...rest] = d.split(".");
  if (scope.isLocal(head!)) return null;
  const imp = scope.importOf(head!);
  if (imp === undefined) return null;
  return [imp.name === null ? imp.module : `${imp.module}.${imp.name}`, ...rest].join(".");
}

const FROM_TIMESTAMP = "datetime.datetime.fromtimestamp";
const NOW = new Set(["datetime.datetime.now", "datetime.datetime.utcnow"]);
const UTC = new Set(["datetime.timezone.utc", "pytz.utc", "pytz.UTC"]);
const UTC_CALLS = new Set(["dateutil.tz.tzutc", "dateutil.tz.UTC"]);

/** Whether `node` is one of the date expressions this module lowers (a call or a `+`/`-`). */
export function isDatetimeExpr(scope: Scope, raw: Node): boolean {
  const node = unparen(raw);
  if (node.type === "call") {
    const fn = field(node, "function");
    const name = fn === null ? null : qualified(scope, fn);
    return name === "datetime.datetime" || name === FROM_TIMESTAMP || (name !== null && NOW.has(name));
  }
  if (node.type === "binary_operator") {
    const left = field(node, "left");
    const right = field(node, "right");
    const op = field(node, "operator")?.text;
    if (left !== null && isDatetimeExpr(scope, left)) return true;
    // `t - timedelta(seconds=60)` with `t` any timestamp value (`utc_now`, a response's date).
    return (op === "+" || op === "-") && right !== null && isTimedelta(scope, right);
  }
  return false;
}

/** Lower a node `isDatetimeExpr` accepted. */
export function lowerDatetime(
  scope: Scope,
  raw: Node,
  span: Span,
  lowerOther: (scope: Scope, node: Node) => Lowered,
): Lowered {
  const node = unparen(raw);
  if (node.type === "binary_operator") {
    const op = field(node, "operator")?.text;
    const left = field(node, "left");
    const right = field(node, "right");
    if (left === null || right === null || (op !== "+" && op !== "-"))
      return fail(`operator ${op ?? "?"} on a datetime`, node);
    const delta = timedeltaSeconds(scope, right);
    if (isFailure(delta)) return delta;
    const signed = op === "+" ? delta : -delta;
    if (!isDatetimeExpr(scope, left)) {
      const value = lowerOther(scope, left);
      if (isFailure(value)) return value;
      return {
        kind: "BuiltinCall",
        name: "datetime.shift",
        receiver: value,
        args: [int(String(signed), span)],
        span,
      };
    }
    const base = lowerDatetime(scope, left, span, lowerOther);
    if (isFailure(base)) return base;
    if (base.kind !== "BuiltinCall") return fail("datetime arithmetic", node);
    if (base.name === "datetime.shift" && base.args[0]?.kind === "Int") {
      const moved = Number(base.args[0].value) + signed;
      return { ...base, args: [int(String(moved), span)], span };
    }
    if (base.args[0]?.kind !== "Int") return fail("datetime arithmetic", node);
    const moved = Number(base.args[0].value) + signed;
    return { ...base, args: [{ kind: "Int", value: String(moved), span }], span };
  }
  const fn = field(node, "function");
  const name = fn === null ? null : qualified(scope, fn);
  const args = callArgs(node);
  if (args.splat !== null) return fail("argument unpacking in a datetime call", node);
  if (name !== null && NOW.has(name)) {
    // The instant is the same in any timezone (`now(tzlocal)`, `now(t.tzinfo)`): the argument
    // only decides how Python prints it, so it is not lowered.
    if (args.positional.length + args.keywords.length > 1 || args.keywords.some((k) => k.name !== "tz"))
      return fail(`${dottedName(fn!) ?? "datetime.now"}() with unexpected arguments`, node);
    return { kind: "BuiltinCall", name: "datetime.now", receiver: null, args: [int("0", span)], span };
  }
  if (name === FROM_TIMESTAMP) {
    // `datetime.fromtimestamp(1, timezone.utc)`: an instant, the same in any timezone; without
    // one it is a naive local time, which botocore would send as UTC (another instant).
    const [secs, tz] = args.positional;
    const tzArg = tz ?? args.keywords.find((k) => k.name === "tz")?.value;
    const n = secs === undefined ? null : unparen(secs);
    const value = n !== null && n.type === "integer" ? normaliseInt(n.text) : null;
    if (value === null || tzArg === undefined || args.positional.length + args.keywords.length !== 2)
      return fail("datetime.fromtimestamp() of other than an int literal and a timezone", node);
    return { kind: "BuiltinCall", name: "datetime", receiver: null, args: [int(value, span)], span };
  }
  // datetime(year, month, day, hour=0, minute=0, second=0, microsecond=0, tzinfo=None)
  const names = ["year", "month", "day", "hour", "minute", "second", "microsecond"];
  const parts = [0, 1, 1, 0, 0, 0, 0];
  if (args.positional.length < 3 || args.positional.length > 7)
    return fail("datetime() without year, month and day", node);
  const given = [...args.positional.map((v, i) => [names[i]!, v] as const)];
  for (const k of args.keywords) {
    if (k.name === "tzinfo") {
      if (!isUtc(scope, k.value) && unparen(k.value).type !== "none")
        return fail("datetime() in a timezone other than UTC", k.node);
      continue;
    }
    given.push([k.name, k.value]);
  }
  for (const [n, v] of given) {
    const i = names.indexOf(n);
    const value = unparen(v).type === "integer" ? normaliseInt(unparen(v).text) : null;
    if (i < 0 || value === null) return fail(`datetime() with a computed or unknown ${n}`, v);
    parts[i] = Number(value);
  }
  if (parts[6] !== 0) return fail("datetime() with microseconds", node);
  const ms = Date.UTC(parts[0]!, parts[1]! - 1, parts[2]!, parts[3]!, parts[4]!, parts[5]!);
  if (!Number.isFinite(ms) || parts[0]! < 1) return fail("datetime() out of range", node);
  return {
    kind: "BuiltinCall",
    name: "datetime",
    receiver: null,
    args: [int(String(ms / 1000), span)],
    span,
  };
}

function int(value: string, span: Span): Expr {
  return { kind: "Int", value, span };
}

function isUtc(scope: Scope, raw: Node): boolean {
  const node = unparen(raw);
  if (node.type === "call") {
    const fn = field(node, "function");
    const name = fn === null ? null : qualified(scope, fn);
    return name !== null && UTC_CALLS.has(name) && callArgs(node).positional.length === 0;
  }
  const name = qualified(scope, node);
  return name !== null && UTC.has(name);
}

const UNIT_SECONDS: Readonly<Record<string, number>> = {
  weeks: 604800,
  days: 86400,
  hours: 3600,
  minutes: 60,
  seconds: 1,
};

function isTimedelta(scope: Scope, raw: Node): boolean {
  const node = unparen(raw);
  const fn = node.type === "call" ? field(node, "function") : null;
  return fn !== null && qualified(scope, fn) === "datetime.timedelta";
}

/** `timedelta(days=1, seconds=30)` with literal amounts, in whole seconds. */
function timedeltaSeconds(scope: Scope, raw: Node): number | Failure {
  const node = unparen(raw);
  const fn = node.type === "call" ? field(node, "function") : null;
  if (fn === null || qualified(scope, fn) !== "datetime.timedelta")
    return fail("datetime arithmetic with something other than a literal timedelta()", node);
  const args = callArgs(node);
  if (args.splat !== null || args.positional.length > 2)
    return fail("timedelta() with unexpected arguments", node);
  const amounts: (readonly [string, Node])[] = [
    ...args.positional.map((v, i) => [i === 0 ? "days" : "seconds", v] as const),
    ...args.keywords.map((k) => [k.name, k.value] as const),
  ];
  let total = 0;
  for (const [unit, v] of amounts) {
    const per = UNIT_SECONDS[unit];
    const n = unparen(v);
    const text =
      n.type === "integer" ? normaliseInt(n.text) : n.type === "float" ? normaliseFloat(n.text) : null;
    if (per === undefined || text === null) return fail(`timedelta() with a computed or unknown ${unit}`, v);
    total += Number(text) * per;
  }
  if (!Number.isInteger(total)) return fail("timedelta() of a fraction of a second", node);
  return total;
}
