/**
 * `json.dumps(<literal>)` → the JSON text Python would produce (separators `", "` / `": "`,
 * ASCII-only escapes, keys in order), as a Rust string literal — or a `format!` when f-strings
 * put computed text inside JSON strings.
 */
import { EMIT, type Typed, type Expr } from "@moto2rust/ir";
import { fail, type FnCx, type RVal } from "./context.js";
import { emitExpr } from "./expr.js";
import { recv } from "./rvalue.js";
import { rustStr } from "./rust-syntax.js";
import { constItemName } from "./constants.js";
import { assertNever } from "@moto2rust/ir";

type Piece = { readonly text: string } | { readonly code: string };

function pyJsonString(s: string): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === '"') out += '\\"';
    else if (ch === "\\") out += "\\\\";
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (ch === "\b") out += "\\b";
    else if (ch === "\f") out += "\\f";
    else if (c < 0x20 || c > 0x7e) {
      if (c > 0xffff) {
        const hi = Math.floor((c - 0x10000) / 0x400) + 0xd800;
        const lo = ((c - 0x10000) % 0x400) + 0xdc00;
        out += `\\u${hi.toString(16).padStart(4, "0")}\\u${lo.toString(16).padStart(4, "0")}`;
      } else out += `\\u${c.toString(16).padStart(4, "0")}`;
    } else out += ch;
  }
  return out + '"';
}

function pieces(fx: FnCx, e: Expr<Typed>, out: Piece[]): void {
  switch (e.kind) {
    case "Str":
      out.push({ text: pyJsonString(e.value) });
      return;
    case "Int":
      out.push({ text: String(BigInt(e.value.replace(/_/g, ""))) });
      return;
    case "Float":
      out.push({ text: e.value });
      return;
    case "Neg":
      out.push({ text: "-" });
      pieces(fx, e.value, out);
      return;
    case "Bool":
      out.push({ text: e.value ? "true" : "false" });
      return;
    case "None":
      out.push({ text: "null" });
      return;
    case "List":
      out.push({ text: "[" });
      e.elements.forEach((x, i) => {
        if (i) out.push({ text: ", " });
        pieces(fx, x, out);
      });
      out.push({ text: "]" });
      return;
    case "Dict":
      out.push({ text: "{" });
      e.entries.forEach((en, i) => {
        if (i) out.push({ text: ", " });
        if (en.key.kind !== "Str") fail(EMIT.jsonDumpsNonStringKey(), en.key.span);
        out.push({ text: pyJsonString(en.key.value) + ": " });
        pieces(fx, en.value, out);
      });
      out.push({ text: "}" });
      return;
    case "FString":
      out.push({ text: '"' });
      for (const p of e.parts) {
        if (p.kind === "text") out.push({ text: pyJsonString(p.text).slice(1, -1) });
        else out.push({ code: jsonSafeString(fx, p.expr) });
      }
      out.push({ text: '"' });
      return;
    case "Const":
    case "Name": {
      const v = emitExpr(fx, e);
      if (v.ty.kind !== "string") fail(EMIT.jsonDumpsVariable(v.ty.kind), e.span);
      out.push({ text: '"' }, { code: jsonSafeString(fx, e) }, { text: '"' });
      return;
    }
    case "HelperCall":
    case "ApiCall":
    case "BinOp":
    case "BuiltinCall":
    case "Bytes":
    case "Comprehension":
    case "ErrorField":
    case "Get":
    case "Len":
    case "Subscript":
    case "DictComprehension":
    case "IfExpr":
      fail(EMIT.jsonDumpsComputedValue(e.kind), e.span);
      break;
    default:
      return assertNever(e);
  }
}

/** A string value spliced into JSON text (ARNs, names: assumed free of quotes and backslashes). */
function jsonSafeString(fx: FnCx, e: Expr<Typed>): string {
  const v = emitExpr(fx, e);
  if (v.ty.kind !== "string" && v.ty.kind !== "int") fail(EMIT.jsonDumpsComputed(), e.span);
  return v.mode === "opt" ? `${recv(v.code)}.unwrap()` : v.code;
}

export function jsonText(fx: FnCx, e: Expr<Typed>): RVal {
  if (e.kind === "Const" && e.wellKnown === null) {
    // `json.dumps(POLICY)` → `const POLICY_JSON: &str = r#"{...}"#;` when the text is static.
    const value = fx.unit.moduleConstants.get(e.name);
    if (value && (value.kind === "Dict" || value.kind === "List")) {
      const ps: Piece[] = [];
      pieces(fx, value, ps);
      if (ps.every((p) => "text" in p)) {
        const name = `${constItemName(e.name)}_JSON`;
        fx.consts.set(
          name,
          `const ${name}: &str = ${rustStr(ps.map((p) => ("text" in p ? p.text : "")).join(""))};`,
        );
        return { code: name, ty: { kind: "string" }, mode: "ref" };
      }
      return jsonText(fx, value);
    }
  }
  const ps: Piece[] = [];
  pieces(fx, e, ps);
  const codes = ps.filter((p): p is { code: string } => "code" in p);
  if (!codes.length) {
    return {
      code: rustStr(ps.map((p) => ("text" in p ? p.text : "")).join("")),
      ty: { kind: "string" },
      mode: "ref",
    };
  }
  let fmt = "";
  const args: string[] = [];
  for (const p of ps) {
    if ("text" in p) fmt += p.text.replace(/\{/g, "{{").replace(/\}/g, "}}");
    else if (/^(?:[a-z_][a-z0-9_]*|[A-Z][A-Z0-9_]*)$/.test(p.code)) fmt += `{${p.code}}`;
    else {
      fmt += "{}";
      args.push(p.code);
    }
  }
  return {
    code: `format!(${[rustStr(fmt), ...args].join(", ")})`,
    ty: { kind: "string" },
    mode: "own",
    temp: true,
  };
}
