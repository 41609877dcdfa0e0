/** A readable, deterministic dump of the IR for golden tests (one node per line, indented). */
import type { AnyCond, AnyExpr, AnyStmt, Module, Phase, UnpackTarget } from "./nodes.js";
import type { SdkType } from "./types.js";
import { assertNever } from "./walk.js";

export function dumpType(t: SdkType): string {
  switch (t.kind) {
    case "string":
    case "bool":
    case "blob":
    case "stream":
    case "timestamp":
    case "document":
      return t.kind;
    case "int":
    case "float":
      return t.rust;
    case "enum":
    case "structure":
    case "union":
      return `${t.kind} ${t.path}`;
    case "list":
      return `list<${dumpType(t.element)}>`;
    case "map":
      return `map<${dumpType(t.key)}, ${dumpType(t.value)}>`;
    case "op-error":
      return `op-error ${t.errorPath}`;
    case "unknown":
      return `unknown(${t.why})`;
    case "tuple":
      return `tuple<${t.elements.map(dumpType).join(", ")}>`;
    default:
      return assertNever(t, "type");
  }
}

function ann(e: AnyExpr): string {
  return e.ty ? ` : ${dumpType(e.ty)}` : "";
}

export function dumpExpr(e: AnyExpr): string {
  switch (e.kind) {
    case "Str":
    case "Bytes":
      return `${e.kind}(${JSON.stringify(e.value)})${ann(e)}`;
    case "Int":
    case "Float":
      return `${e.kind}(${e.value})${ann(e)}`;
    case "Bool":
      return `Bool(${e.value ? "True" : "False"})${ann(e)}`;
    case "None":
      return `None${ann(e)}`;
    case "FString":
      return `FString(${e.parts
        .map((p) =>
          p.kind === "text"
            ? JSON.stringify(p.text)
            : `{${dumpExpr(p.expr)}${p.format ? ":" + p.format : ""}}`,
        )
        .join(", ")})${ann(e)}`;
    case "Name":
      return `Name(${e.id})${ann(e)}`;
    case "Const":
      return `Const(${e.name}${e.wellKnown ? " " + e.wellKnown : ""})${ann(e)}`;
    case "Dict":
      return `Dict{${e.entries
        .map(
          (en) =>
            `${dumpExpr(en.key)}${en.member ? " as ." + en.member.accessor : ""}: ${dumpExpr(en.value)}`,
        )
        .join(", ")}}${ann(e)}`;
    case "List":
      return `${e.tuple ? "Tuple" : "List"}[${e.elements.map(dumpExpr).join(", ")}]${ann(e)}`;
    case "ApiCall":
      return `ApiCall(${e.client}.${e.method}${e.op ? " -> " + e.op.method : ""}${e.args
        .map((a) => `, ${a.name}${a.member ? " as ." + a.member.accessor : ""}=${dumpExpr(a.value)}`)
        .join("")}${e.splat !== undefined ? `, **${e.splat}` : ""})${ann(e)}`;
    case "Subscript":
      return `${dumpExpr(e.value)}[${dumpExpr(e.index)}${e.access ? " as ." + e.access.accessor + "()" : ""}]${ann(e)}`;
    case "Get":
      return `${dumpExpr(e.value)}.get(${dumpExpr(e.key)}${e.fallback ? ", " + dumpExpr(e.fallback) : ""}${
        e.access ? " as ." + e.access.accessor + "()" : ""
      })${ann(e)}`;
    case "ErrorField":
      return `ErrorField(${e.binding}.${e.field})${ann(e)}`;
    case "Len":
      return `len(${dumpExpr(e.value)})${ann(e)}`;
    case "BinOp":
      return `(${dumpExpr(e.left)} ${e.op} ${dumpExpr(e.right)})${ann(e)}`;
    case "Neg":
      return `-(${dumpExpr(e.value)})${ann(e)}`;
    case "BuiltinCall":
      return `${e.receiver ? dumpExpr(e.receiver) + "." : ""}${e.name}(${e.args.map(dumpExpr).join(", ")})${ann(e)}`;
    case "Comprehension":
      return `${e.form}-comp[${dumpExpr(e.element)} for ${e.target} in ${dumpExpr(e.iter)}${e.filters
        .map((f) => " if " + dumpCond(f))
        .join("")}]${ann(e)}`;
    case "DictComprehension":
      return `dict-comp[${dumpExpr(e.key)}: ${dumpExpr(e.value)} for ${e.target} in ${dumpExpr(e.iter)}${e.filters
        .map((f) => " if " + dumpCond(f))
        .join("")}]${ann(e)}`;
    case "HelperCall":
      return `helper ${e.name}(${[
        ...e.args.map((a) => `${a.param}=${dumpExpr(a.value)}`),
        ...(e.kwargs ?? []).map((a) => `**${a.name}=${dumpExpr(a.value)}`),
      ].join(", ")})${ann(e)}`;
    case "IfExpr":
      return `(${dumpExpr(e.then)} if ${dumpCond(e.cond)} else ${dumpExpr(e.otherwise)})${ann(e)}`;
    default:
      return assertNever(e, "expression");
  }
}

export function dumpCond(c: AnyCond): string {
  switch (c.kind) {
    case "Compare":
      return `${dumpExpr(c.left)} ${c.op} ${dumpExpr(c.right)}`;
    case "Contains":
      return `${dumpExpr(c.needle)} ${c.negated ? "not in" : "in"} ${dumpExpr(c.haystack)}`;
    case "IsNone":
      return `${dumpExpr(c.value)} ${c.negated ? "is not None" : "is None"}`;
    case "Truthy":
      return `${c.negated ? "not " : ""}${dumpExpr(c.value)}`;
    case "BoolOp":
      return `(${c.conds.map(dumpCond).join(` ${c.op} `)})`;
    case "AnyAll":
      return `${c.op}(${dumpCond(c.cond)} for ${c.target} in ${dumpExpr(c.iter)}${c.filters
        .map((f) => " if " + dumpCond(f))
        .join("")})`;
    case "IsInstance":
      return `${c.negated ? "not " : ""}isinstance(${dumpExpr(c.value)}, ${c.types.join(" | ")})`;
    default:
      return assertNever(c, "condition");
  }
}

function dumpStmts(body: readonly AnyStmt[], indent: string, out: string[]): void {
  for (const s of body) dumpStmt(s, indent, out);
}

function dumpStmt(s: AnyStmt, indent: string, out: string[]): void {
  const at = `@${s.span.line}:${s.span.col}`;
  switch (s.kind) {
    case "ClientDecl":
      out.push(
        `${indent}ClientDecl ${s.name} = ${s.service}${s.region ? " region=" + dumpExpr(s.region) : ""} ${at}`,
      );
      return;
    case "Assign":
      out.push(`${indent}Assign ${s.target} = ${dumpExpr(s.value)} ${at}`);
      return;
    case "ExprStmt":
      out.push(`${indent}Expr ${dumpExpr(s.expr)} ${at}`);
      return;
    case "Assert":
      out.push(`${indent}Assert ${dumpCond(s.cond)} ${at}`);
      return;
    case "Raises": {
      const exp =
        s.expected.kind === "client-error"
          ? "ClientError"
          : s.expected.kind === "modelled"
            ? `${s.expected.client}.exceptions.${s.expected.name}`
            : s.expected.name;
      out.push(
        `${indent}Raises ${exp}${s.match ? " match=" + dumpExpr(s.match) : ""}${s.binding ? " as " + s.binding : ""} ${at}`,
      );
      dumpStmts(s.body, indent + "  ", out);
      return;
    }
    case "For":
      out.push(`${indent}For ${s.target} in ${dumpExpr(s.iter)} ${at}`);
      dumpStmts(s.body, indent + "  ", out);
      return;
    case "Unsupported":
      out.push(`${indent}Unsupported ${s.construct}: ${JSON.stringify(s.source)} ${at}`);
      return;
    case "Return":
      out.push(`${indent}Return${s.value ? " " + dumpExpr(s.value) : ""} ${at}`);
      return;
    case "StaticIf":
      out.push(
        `${indent}StaticIf ${JSON.stringify(s.condition)} holds=${s.holds} dropped-asserts=${s.droppedAsserts} ${at}`,
      );
      dumpStmts(s.body, indent + "  ", out);
      return;
    case "If":
      out.push(`${indent}If ${dumpCond(s.cond)} ${at}`);
      dumpStmts(s.body, indent + "  ", out);
      if (s.orelse.length > 0) {
        out.push(`${indent}Else`);
        dumpStmts(s.orelse, indent + "  ", out);
      }
      return;
    case "LoopJump":
      out.push(`${indent}${s.jump === "break" ? "Break" : "Continue"} ${at}`);
      return;
    case "While":
      out.push(`${indent}While ${dumpCond(s.cond)} ${at}`);
      dumpStmts(s.body, indent + "  ", out);
      return;
    case "Try":
      out.push(`${indent}Try ${at}`);
      dumpStmts(s.body, indent + "  ", out);
      if (s.handler) {
        out.push(`${indent}Except ClientError${s.handler.binding ? " as " + s.handler.binding : ""}`);
        dumpStmts(s.handler.body, indent + "  ", out);
      }
      if (s.orelse.length > 0) {
        out.push(`${indent}Else`);
        dumpStmts(s.orelse, indent + "  ", out);
      }
      if (s.finalbody.length > 0) {
        out.push(`${indent}Finally`);
        dumpStmts(s.finalbody, indent + "  ", out);
      }
      return;
    case "Unpack":
      out.push(`${indent}Unpack ${dumpTarget(s.target)} = ${dumpExpr(s.value)} ${at}`);
      return;
    case "ForUnpack":
      out.push(`${indent}For ${dumpTarget(s.target)} in ${dumpExpr(s.iter)} ${at}`);
      dumpStmts(s.body, indent + "  ", out);
      return;
    case "Approximated":
      out.push(
        s.patch === null
          ? `${indent}Approximation ${JSON.stringify(s.note)} ${at}`
          : `${indent}Approximated ${s.note}: ${JSON.stringify(s.source)} ${at}`,
      );
      return;
    case "Wait":
      out.push(
        `${indent}Wait ${s.client}.${s.waiter}(${s.args.map((a) => `${a.name}=${dumpExpr(a.value)}`).join(", ")}) ${at}`,
      );
      return;
    default:
      assertNever(s, "statement");
  }
}

function dumpTarget(t: UnpackTarget): string {
  switch (t.kind) {
    case "name":
      return t.id;
    case "discard":
      return "_";
    case "rest":
      return "*_";
    case "tuple":
      return `(${t.elements.map(dumpTarget).join(", ")})`;
    default:
      return assertNever(t, "unpack target");
  }
}

export function dumpModule(m: Module<Phase>): string {
  const out: string[] = [`Module ${m.file}`];
  for (const i of m.imports) {
    out.push(
      `  Import ${i.module}${i.names.length ? " {" + i.names.map((n) => n.name + (n.alias ? " as " + n.alias : "")).join(", ") + "}" : ""}`,
    );
  }
  for (const c of m.constants)
    out.push(`  Constant ${c.name} = ${dumpExpr(c.value)} @${c.span.line}:${c.span.col}`);
  for (const f of m.functions) {
    const head = `${f.role === "test" ? "Test" : "Helper"} ${f.className ? f.className + "." : ""}${f.name}(${f.params.join(", ")})`;
    const decos = f.decorators.length ? ` [${f.decorators.join(", ")}]` : "";
    const clients = f.clientParams?.length ? ` clients(${f.clientParams.join(", ")})` : "";
    out.push(`  ${head}${decos}${clients} @${f.span.line}:${f.span.col}`);
    if (f.parametrize) {
      out.push(`    Parametrize (${f.parametrize.names.join(", ")})`);
      for (const c of f.parametrize.cases) out.push(`      Case ${c.values.map(dumpExpr).join(", ")}`);
    }
    dumpStmts(f.body, "    ", out);
  }
  for (const d of m.diagnostics)
    out.push(`  Diagnostic ${d.span.line}:${d.span.col} ${d.severity} ${d.code}: ${d.message}`);
  return out.join("\n") + "\n";
}
