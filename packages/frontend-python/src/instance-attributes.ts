/**
 * Test classes (issue 8): instance attributes a test method and its class's setup hook
 * (`setup_method`, `setUp`, `setup`, `setup_class`) assign (`self.client = boto3.client(...)`,
 * `self.name = "x"`) are locals of the Rust test, named `self.<attr>` in the IR (a name no Python
 * local can have). The setup hook's statements run first in every test method. `self.mock =
 * mock_aws()` with `self.mock.start()` / `.stop()` are no-ops for an in-process mock.
 */
import type { ModuleContext, Scope } from "./context.js";
import { dottedName, field, namedChildren, unparen, type Node } from "./parser.js";

/** The IR local name of instance attribute `attr`. */
export function selfLocal(attr: string): string {
  return `self.${attr}`;
}

/** Attributes `<receiver>.X` assigned anywhere in `body` (not in nested functions). */
export function assignedAttributes(body: Node | null, receiver: string): string[] {
  const out: string[] = [];
  if (body === null) return out;
  const visit = (n: Node): void => {
    if (n.type === "function_definition" || n.type === "class_definition" || n.type === "lambda") return;
    if (n.type === "assignment") {
      const left = field(n, "left");
      const t = left === null ? null : unparen(left);
      if (t !== null && t.type === "attribute") {
        const obj = field(t, "object");
        const attr = field(t, "attribute");
        if (
          obj !== null &&
          unparen(obj).type === "identifier" &&
          unparen(obj).text === receiver &&
          attr !== null
        )
          if (!out.includes(attr.text)) out.push(attr.text);
      }
    }
    for (const c of n.namedChildren) visit(c);
  };
  visit(body);
  return out;
}

/** `self.x` (x a known instance attribute) → its IR local name, else null. */
export function selfAttribute(scope: Scope, node: Node): string | null {
  const n = unparen(node);
  if (n.type !== "attribute" || scope.selfName === null) return null;
  const obj = field(n, "object");
  const attr = field(n, "attribute");
  if (obj === null || attr === null) return null;
  const o = unparen(obj);
  if (o.type !== "identifier" || (o.text !== scope.selfName && o.text !== scope.setupSelf)) return null;
  return scope.selfAttrs.has(attr.text) ? selfLocal(attr.text) : null;
}

/** Is `node` a `mock_aws()` call (the in-process mock needs no start/stop)? */
export function isMockAwsCall(mod: ModuleContext, scope: Scope, node: Node): boolean {
  const n = unparen(node);
  if (n.type !== "call") return false;
  const fn = field(n, "function");
  const d = fn === null ? null : dottedName(fn);
  if (d === null) return false;
  return scope.importOf(d.split(".")[0]!)?.kind === "mock-aws" || mod.imports.get(d)?.kind === "mock-aws";
}

/** `self.mock.start()` / `.stop()` on an attribute bound to `mock_aws()`. */
export function isMockStartStop(scope: Scope, stmt: Node): boolean {
  if (stmt.type !== "expression_statement") return false;
  const call = namedChildren(stmt)[0];
  if (call === undefined || call.type !== "call") return false;
  const fn = field(call, "function");
  if (fn === null || fn.type !== "attribute") return false;
  const method = field(fn, "attribute")?.text;
  const obj = field(fn, "object");
  if ((method !== "start" && method !== "stop") || obj === null) return false;
  const o = unparen(obj);
  if (o.type !== "attribute") return false;
  const base = field(o, "object");
  const attr = field(o, "attribute");
  return (
    base !== null && attr !== null && unparen(base).text === scope.selfName && scope.mockAttrs.has(attr.text)
  );
}
