/**
 * `assert isinstance(x, T)` → an `IsInstance` condition. The Python types are resolved through
 * the module's imports (`datetime` from `from datetime import datetime`, `datetime.datetime`
 * after `import datetime`); a builtin name a test shadows is not a type.
 */
import type { Cond, PyTypeName, Span } from "@moto2rust/ir";
import type { Scope } from "./context.js";
import { callArgs } from "./call-args.js";
import { fail, isFailure, type Failure } from "./failure.js";
import { dottedName, field, namedChildren, unparen, type Node } from "./parser.js";
import { lowerExpr } from "./lower-expression.js";

const BUILTIN_TYPES: Readonly<Record<string, PyTypeName>> = {
  str: "str",
  int: "int",
  float: "float",
  bool: "bool",
  list: "list",
  dict: "dict",
  bytes: "bytes",
};

/** Whether `call` is a call of the builtin `isinstance` (not shadowed). */
export function isIsinstanceCall(scope: Scope, call: Node): boolean {
  const fn = field(call, "function");
  if (fn === null || fn.type !== "identifier" || fn.text !== "isinstance") return false;
  return !scope.isLocal("isinstance") && scope.importOf("isinstance") === undefined;
}

export function lowerIsinstance(scope: Scope, call: Node, span: Span): Cond | Failure {
  const args = callArgs(call);
  if (args.splat !== null || args.keywords.length > 0 || args.positional.length !== 2)
    return fail("isinstance() with unexpected arguments", call);
  const value = lowerExpr(scope, args.positional[0]!);
  if (isFailure(value)) return value;
  const typeNode = unparen(args.positional[1]!);
  const typeNodes = typeNode.type === "tuple" ? namedChildren(typeNode) : [typeNode];
  const types: PyTypeName[] = [];
  for (const n of typeNodes) {
    const t = pythonType(scope, n);
    if (t === null) return fail(`isinstance() against ${n.text}`, n);
    if (!types.includes(t)) types.push(t);
  }
  return { kind: "IsInstance", negated: false, value, types, span };
}

function pythonType(scope: Scope, raw: Node): PyTypeName | null {
  const node = unparen(raw);
  const dotted = dottedName(node);
  if (dotted === null) return null;
  const parts = dotted.split(".");
  const head = parts[0]!;
  const imp = scope.importOf(head);
  if (parts.length === 1) {
    if (imp !== undefined) return imp.module === "datetime" && imp.name === "datetime" ? "datetime" : null;
    if (scope.isLocal(head) || scope.mod.functions.has(head) || scope.mod.classes.has(head)) return null;
    return BUILTIN_TYPES[head] ?? null;
  }
  if (parts.length === 2 && imp !== undefined && imp.module === "datetime" && imp.name === null)
    return parts[1] === "datetime" ? "datetime" : null;
  return null;
}
