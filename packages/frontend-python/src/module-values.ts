/**
 * The value of a module-level assignment, evaluated the way moto's suite runs in process
 * (decorator mode: `settings.TEST_SERVER_MODE` false, `allow_aws_request()` false):
 * `"us-east-1" if settings.TEST_SERVER_MODE else "us-west-2"` takes its branch, `2**20` and
 * `"{}-x".format(NAME)` are computed, everything else is lowered as any expression and folded.
 */
import type { Expr, FStringPart } from "@moto2rust/ir";
import type { ModuleContext } from "./context.js";
import { callArgs } from "./call-args.js";
import { foldExpr, intPower } from "./const-fold.js";
import { fail, isFailure } from "./failure.js";
import { lowerExpr, type Lowered } from "./lower-expression.js";
import { moduleScope } from "./module-scope.js";
import { field, namedChildren, unparen, type Node } from "./parser.js";
import { evalModeCondition } from "./skip-reasons.js";

/** The value of a condition in decorator mode, or null when it depends on anything else. */
export function moduleCondition(mod: ModuleContext, cond: Node): boolean | null {
  return evalModeCondition(moduleScope(mod), cond, false);
}

function folded(mod: ModuleContext, e: Expr): Expr {
  return foldExpr(e, { lookup: (name) => mod.constants.get(name), at: null });
}

export function lowerModuleValue(mod: ModuleContext, raw: Node): Lowered {
  const node = unparen(raw);
  switch (node.type) {
    case "conditional_expression": {
      const [then, cond, otherwise] = namedChildren(node);
      if (then === undefined || cond === undefined || otherwise === undefined)
        return fail("conditional expression", node, "syntax-error");
      const v = moduleCondition(mod, cond);
      if (v === null) return fail("conditional expression (x if c else y) on a runtime condition", node);
      return lowerModuleValue(mod, v ? then : otherwise);
    }
    case "binary_operator": {
      if (field(node, "operator")?.text !== "**") break;
      const l = field(node, "left");
      const r = field(node, "right");
      if (l === null || r === null) break;
      const a = lowerModuleValue(mod, l);
      if (isFailure(a)) return a;
      const b = lowerModuleValue(mod, r);
      if (isFailure(b)) return b;
      return intPower(folded(mod, a), folded(mod, b), mod.span(node)) ?? fail("operator **", node);
    }
    case "call": {
      const fn = field(node, "function");
      if (fn === null || fn.type !== "attribute" || field(fn, "attribute")?.text !== "format") break;
      const receiver = field(fn, "object");
      if (receiver === null) break;
      return formatCall(mod, node, receiver);
    }
  }
  return lowerExpr(moduleScope(mod), node);
}

/** `"{}-{name}".format(a, name=b)` on a constant template: the f-string it stands for, folded. */
function formatCall(mod: ModuleContext, call: Node, receiver: Node): Lowered {
  const template = lowerModuleValue(mod, receiver);
  if (isFailure(template)) return template;
  const t = folded(mod, template);
  if (t.kind !== "Str") return fail("str.format() on a value that is not a constant string", call);
  const args = callArgs(call);
  if (args.splat !== null) return fail("argument unpacking in str.format()", args.splat);
  const positional: Expr[] = [];
  for (const p of args.positional) {
    const v = lowerModuleValue(mod, p);
    if (isFailure(v)) return v;
    positional.push(v);
  }
  const named = new Map<string, Expr>();
  for (const k of args.keywords) {
    const v = lowerModuleValue(mod, k.value);
    if (isFailure(v)) return v;
    named.set(k.name, v);
  }
  const parts: FStringPart[] = [];
  const text = (x: string): void => {
    const last = parts[parts.length - 1];
    if (last !== undefined && last.kind === "text")
      parts[parts.length - 1] = { kind: "text", text: last.text + x };
    else parts.push({ kind: "text", text: x });
  };
  let next = 0;
  const s = t.value;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if ((c === "{" || c === "}") && s[i + 1] === c) {
      text(c);
      i++;
      continue;
    }
    if (c === "}") return fail("str.format() template with a lone }", call);
    if (c !== "{") {
      text(c);
      continue;
    }
    const end = s.indexOf("}", i);
    if (end < 0) return fail("str.format() template with a lone {", call);
    const key = s.slice(i + 1, end);
    let v: Expr | undefined;
    if (key === "") v = positional[next++];
    else if (/^\d+$/.test(key)) v = positional[Number(key)];
    else if (/^[A-Za-z_]\w*$/.test(key)) v = named.get(key);
    else return fail(`str.format() field {${key}}`, call);
    if (v === undefined) return fail(`str.format() field {${key}} without an argument`, call);
    parts.push({ kind: "expr", expr: v, format: null });
    i = end;
  }
  return folded(mod, { kind: "FString", parts, span: mod.span(call) });
}
