/** Facts about a test body that every report needs, computed one way for every path (emitted or skipped). */
import type { AnyExpr, AnyStmt } from "./nodes.js";
import { allStmts, bodyExprs, childExprs, stmtParts, assertNever } from "./walk.js";

/** boto3 methods called, in evaluation order (arguments before the call), without duplicates. */
export function calledOperations(body: readonly AnyStmt[]): string[] {
  const out: string[] = [];
  const visit = (e: AnyExpr): void => {
    if (e.kind === "ApiCall") {
      for (const a of e.args) visit(a.value);
      if (!out.includes(e.method)) out.push(e.method);
      return;
    }
    for (const c of childExprs(e)) visit(c);
  };
  for (const s of allStmts(body)) for (const e of stmtParts(s).exprs) visit(e);
  return out;
}

/** Python `assert` statements, nested ones included. */
export function countAsserts(body: readonly AnyStmt[]): number {
  let n = 0;
  for (const s of allStmts(body)) {
    if (s.kind === "Assert") n++;
    // The branch of a statically decided `if` that is not translated still had its assertions.
    else if (s.kind === "StaticIf") n += s.droppedAsserts;
  }
  return n;
}

/**
 * A Python literal (strings, numbers, booleans, None, f-strings, dicts, lists, `-1`): a value
 * whose Rust form depends on the type wanted where it stands, not on the value itself.
 */
export function isLiteral(e: AnyExpr): boolean {
  switch (e.kind) {
    case "Str":
    case "Bytes":
    case "Int":
    case "Float":
    case "Bool":
    case "None":
    case "FString":
    case "Dict":
    case "List":
      return true;
    case "Neg":
      return e.value.kind === "Int" || e.value.kind === "Float";
    case "HelperCall":
    case "IfExpr":
    case "ApiCall":
    case "BinOp":
    case "BuiltinCall":
    case "Comprehension":
    case "Const":
    case "ErrorField":
    case "Get":
    case "Len":
    case "Name":
    case "Subscript":
    case "DictComprehension":
      return false;
    default:
      return assertNever(e);
  }
}

/** Names of the helpers a body calls directly (`HelperCall`), in first-call order, without duplicates. */
export function calledHelpers(body: readonly AnyStmt[]): string[] {
  const out: string[] = [];
  for (const e of bodyExprs(body)) if (e.kind === "HelperCall" && !out.includes(e.name)) out.push(e.name);
  return out;
}

/**
 * The Python name of a helper as messages show it: a helper variant for one call shape is named
 * `name[shape]` (frontend helper-shapes.ts); a helper of another file keeps its module path.
 */
export function helperSourceName(name: string): string {
  return name.replace(/\[.*\]$/, "");
}
