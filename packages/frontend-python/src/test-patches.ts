/**
 * Test-time patches that have no in-process equivalent: `freezegun.freeze_time(...)` (moto's clock)
 * and `mock.patch.dict(os.environ, {...})` (moto's `MOTO_*` settings), as a context manager or a
 * decorator. The code under them is translated as written, and the test is `partial` with the
 * patch as the reason (an `Approximated` statement). A patch of `MOTO_ACCOUNT_ID` switches to
 * another account's backend, which the translation cannot express: that stays unsupported.
 */
import type { Scope } from "./context.js";
import { callArgs } from "./call-args.js";
import { dottedName, field, namedChildren, unparen, type Node } from "./parser.js";
import { decodeString } from "./strings.js";

export type TestPatch =
  | { readonly kind: "approximated"; readonly patch: "clock" | "environment"; readonly note: string }
  | { readonly kind: "unsupported"; readonly construct: string };

/** The dotted name `node` refers to through the imports (`freeze_time` → `freezegun.freeze_time`). */
function qualified(scope: Scope, node: Node): string | null {
  const d = dottedName(node);
  if (d === null) return null;
  const [head, ...rest] = d.split(".");
  const imp = scope.importOf(head!);
  if (imp === undefined) return null;
  return [imp.name === null ? imp.module : `${imp.module}.${imp.name}`, ...rest].join(".");
}

/** What the patch `call` (a context manager or a decorator's call) is, or null for other calls. */
export function testPatch(scope: Scope, call: Node, alias: Node | null): TestPatch | null {
  if (call.type !== "call") return null;
  const fn = field(call, "function");
  const name = fn === null ? null : qualified(scope, fn);
  if (name === "freezegun.freeze_time") {
    if (alias !== null)
      return {
        kind: "unsupported",
        construct: `freeze_time(...) as ${alias.text} (the test moves the clock)`,
      };
    return {
      kind: "approximated",
      patch: "clock",
      note: "the backend's clock is not frozen, so checks that depend on the frozen time may not hold",
    };
  }
  if (name === "unittest.mock.patch.dict" || name === "mock.patch.dict") return environPatch(scope, call);
  return null;
}

function environPatch(scope: Scope, call: Node): TestPatch {
  const args = callArgs(call);
  const [target, values] = args.positional;
  const what = "mock.patch.dict";
  if (target === undefined || qualified(scope, target) !== "os.environ")
    return { kind: "unsupported", construct: `${what} of something other than os.environ` };
  if (values === undefined || args.keywords.length > 0 || args.splat !== null || args.positional.length !== 2)
    return { kind: "unsupported", construct: `${what}(os.environ, ...) without one dict of values` };
  const dict = unparen(values);
  if (dict.type !== "dictionary")
    return { kind: "unsupported", construct: `${what}(os.environ, <computed dict>)` };
  const keys: string[] = [];
  for (const pair of namedChildren(dict)) {
    const k = pair.type === "pair" ? field(pair, "key") : null;
    const d = k === null ? null : decodeString(k);
    if (d === null || d.kind !== "str" || !d.pieces.every((p) => p.kind === "text"))
      return { kind: "unsupported", construct: `${what}(os.environ, ...) with a computed key` };
    keys.push(d.pieces.map((p) => (p.kind === "text" ? p.text : "")).join(""));
  }
  if (keys.includes("MOTO_ACCOUNT_ID"))
    return {
      kind: "unsupported",
      construct: `${what}(os.environ) of MOTO_ACCOUNT_ID (another account's backend)`,
    };
  return {
    kind: "approximated",
    patch: "environment",
    note: `the backend does not read ${keys.join(", ")} from the environment, so checks that depend on it may not hold`,
  };
}
