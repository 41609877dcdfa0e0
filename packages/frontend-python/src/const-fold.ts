/**
 * A small constant folder over IR expressions, for module-level values: references to other
 * constants are replaced by their values (so a constant taken from another module needs nothing
 * of that module), and pure operations on literals are evaluated (`"a" + "b"`, `f"{REGION}-x"`
 * with a string `REGION`, integer arithmetic, `str(1)`, `"X".lower()`, indexing a literal).
 * Everything else is kept as it is, with its parts folded.
 */
import { assertNever, type Expr, type FStringPart, type Span } from "@moto2rust/ir";

export interface FoldEnv {
  /** The value of a module constant (not the well-known account id), if known. */
  readonly lookup: (name: string) => Expr | undefined;
  /** Give every folded node this span (the place of use in the importing file), or keep spans. */
  readonly at: Span | null;
}

const MAX_DEPTH = 32;

export function foldExpr(e: Expr, env: FoldEnv, depth = 0): Expr {
  if (depth > MAX_DEPTH) return e;
  const span = env.at ?? e.span;
  const f = (x: Expr): Expr => foldExpr(x, env, depth + 1);
  switch (e.kind) {
    case "Str":
    case "Bytes":
    case "Int":
    case "Float":
    case "Bool":
    case "None":
    case "Name":
    case "ErrorField":
      return { ...e, span };
    case "Const": {
      if (e.wellKnown !== null) return { ...e, span };
      const v = env.lookup(e.name);
      return v === undefined ? { ...e, span } : f(v);
    }
    case "FString": {
      const parts: FStringPart[] = e.parts.map((p) =>
        p.kind === "text" ? p : { kind: "expr", expr: f(p.expr), format: p.format },
      );
      let text = "";
      for (const p of parts) {
        if (p.kind === "text") text += p.text;
        else if (p.format === null && (p.expr.kind === "Str" || p.expr.kind === "Int")) text += p.expr.value;
        else return { kind: "FString", parts, span };
      }
      return { kind: "Str", value: text, span };
    }
    case "Dict":
      return {
        kind: "Dict",
        entries: e.entries.map((x) => ({ key: f(x.key), value: f(x.value), span: env.at ?? x.span })),
        span,
      };
    case "List":
      return { kind: "List", elements: e.elements.map(f), tuple: e.tuple, span };
    case "ApiCall":
      return {
        ...e,
        args: e.args.map((a) => ({ name: a.name, value: f(a.value), span: env.at ?? a.span })),
        span,
      };
    case "Subscript": {
      const value = f(e.value);
      const index = f(e.index);
      const picked = pick(value, index);
      return picked !== null ? { ...picked, span } : { kind: "Subscript", value, index, span };
    }
    case "Get":
      return { kind: "Get", value: f(e.value), key: f(e.key), fallback: e.fallback && f(e.fallback), span };
    case "Len": {
      const value = f(e.value);
      if (value.kind === "List") return { kind: "Int", value: String(value.elements.length), span };
      if (value.kind === "Str" && isAscii(value.value))
        return { kind: "Int", value: String(value.value.length), span };
      return { kind: "Len", value, span };
    }
    case "BinOp": {
      const left = f(e.left);
      const right = f(e.right);
      return binOp(e.op, left, right, span) ?? { kind: "BinOp", op: e.op, left, right, span };
    }
    case "Neg": {
      const value = f(e.value);
      if (value.kind === "Int") return { kind: "Int", value: (-BigInt(value.value)).toString(), span };
      return { kind: "Neg", value, span };
    }
    case "BuiltinCall": {
      const receiver = e.receiver && f(e.receiver);
      const args = e.args.map(f);
      const only = args[0];
      if (e.name === "str" && args.length === 1 && only !== undefined) {
        if (only.kind === "Str") return { ...only, span };
        if (only.kind === "Int") return { kind: "Str", value: only.value, span };
      }
      if (receiver !== null && receiver.kind === "Str" && args.length === 0 && isAscii(receiver.value)) {
        if (e.name === "lower") return { kind: "Str", value: receiver.value.toLowerCase(), span };
        if (e.name === "upper") return { kind: "Str", value: receiver.value.toUpperCase(), span };
      }
      return { kind: "BuiltinCall", name: e.name, receiver, args, span };
    }
    case "Comprehension":
    case "DictComprehension":
      // Its filters are conditions; a comprehension at module level keeps its own spans.
      return e;
    case "HelperCall":
      // A call is never folded: the helper runs in the test.
      return e;
    case "IfExpr":
      // Its condition is a condition; a conditional value keeps its own spans.
      return e;
    default:
      return assertNever(e);
  }
}

function isAscii(s: string): boolean {
  return /^[\x00-\x7f]*$/.test(s);
}

/** `[1, 2][0]`, `{"a": 1}["a"]`: an element of a literal, or null. */
function pick(value: Expr, index: Expr): Expr | null {
  if (value.kind === "List" && index.kind === "Int") {
    const n = Number(index.value);
    const i = n < 0 ? value.elements.length + n : n;
    return value.elements[i] ?? null;
  }
  if (value.kind === "Dict" && (index.kind === "Str" || index.kind === "Int")) {
    for (let i = value.entries.length - 1; i >= 0; i--) {
      const entry = value.entries[i]!;
      if (entry.key.kind === index.kind && entry.key.value === index.value) return entry.value;
    }
  }
  return null;
}

/** Python's floor division and modulo on integers. */
function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a < 0n !== b < 0n ? q - 1n : q;
}

function binOp(op: string, l: Expr, r: Expr, span: Span): Expr | null {
  if (op === "+" && l.kind === "Str" && r.kind === "Str")
    return { kind: "Str", value: l.value + r.value, span };
  if (op === "+" && l.kind === "List" && r.kind === "List" && l.tuple === r.tuple)
    return { kind: "List", elements: [...l.elements, ...r.elements], tuple: l.tuple, span };
  if (op === "*" && l.kind === "Str" && r.kind === "Int" && Number(r.value) <= 4096)
    return { kind: "Str", value: l.value.repeat(Math.max(0, Number(r.value))), span };
  if (l.kind !== "Int" || r.kind !== "Int") return null;
  const a = BigInt(l.value);
  const b = BigInt(r.value);
  switch (op) {
    case "+":
      return { kind: "Int", value: (a + b).toString(), span };
    case "-":
      return { kind: "Int", value: (a - b).toString(), span };
    case "*":
      return { kind: "Int", value: (a * b).toString(), span };
    case "//":
      return b === 0n ? null : { kind: "Int", value: floorDiv(a, b).toString(), span };
    case "%":
      return b === 0n ? null : { kind: "Int", value: (a - b * floorDiv(a, b)).toString(), span };
    default:
      return null;
  }
}

/** `a ** b` on integers (b from 0 to 256), or null. */
export function intPower(l: Expr, r: Expr, span: Span): Expr | null {
  if (l.kind !== "Int" || r.kind !== "Int") return null;
  const b = BigInt(r.value);
  if (b < 0n || b > 256n) return null;
  return { kind: "Int", value: (BigInt(l.value) ** b).toString(), span };
}
