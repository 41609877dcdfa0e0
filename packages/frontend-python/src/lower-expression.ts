/** Python expressions → IR expressions. Anything the IR cannot express is a `Failure`. */
import { lowerSortedByKey } from "./lower-sort-key.js";
import { isDatetimeExpr, lowerDatetime } from "./lower-datetime.js";
import type {
  BinOpExpr,
  BuiltinCallExpr,
  CallArg,
  Cond,
  DictEntry,
  DictExpr,
  Expr,
  FStringPart,
  Span,
} from "@moto2rust/ir";
import type { Scope } from "./context.js";
import { boto3CallKind, throughResource } from "./boto3-calls.js";
import { callArgs } from "./call-args.js";
import { errorField, errorPath, exceptionField, raisesAttributeFailure } from "./error-response.js";
import { fail, isFailure, type Failure } from "./failure.js";
import { normaliseFloat, normaliseInt } from "./numbers.js";
import { dottedName, field, fieldChildren, namedChildren, unparen, type Node } from "./parser.js";
import { decodeString } from "./strings.js";
import { staticCondition } from "./static-conditions.js";
import { recordRead } from "./record-returns.js";
import { lowerComprehension, lowerDictComprehension } from "./lower-comprehension.js";
import { lowerCond } from "./lower-condition.js";
import { ALLOWED_SETTINGS } from "./skip-reasons.js";
import { allExprs, assertNever } from "@moto2rust/ir";
import { importedConstant, moduleAttributeConstant } from "./imported-names.js";
import { lowerResourceExpr } from "./resources/index.js";
import { lowerHelperCall } from "./helper-calls.js";
import { foreignHelper } from "./foreign-helpers.js";
import { foldedOperand, mergedRead } from "./helper-shapes.js";
import { foldExpr } from "./const-fold.js";
import { moduleScope } from "./module-scope.js";
import { selfAttribute } from "./instance-attributes.js";
import { constantDict } from "./literal-mutations.js";

export type Lowered = Expr | Failure;

/** Lower every node, stopping at the first failure. */
export function lowerAll(scope: Scope, nodes: readonly Node[]): Expr[] | Failure {
  const out: Expr[] = [];
  for (const n of nodes) {
    const e = lowerExpr(scope, n);
    if (isFailure(e)) return e;
    out.push(e);
  }
  return out;
}

const NODE_CONSTRUCTS: Readonly<Record<string, string>> = {
  lambda: "lambda",
  conditional_expression: "conditional expression (x if c else y)",
  comparison_operator: "comparison used as a value",
  boolean_operator: "and/or used as a value",
  not_operator: "not used as a value",
  list_comprehension: "list comprehension",
  set_comprehension: "set comprehension",
  dictionary_comprehension: "dict comprehension",
  generator_expression: "generator expression",
  await: "await",
  named_expression: "assignment expression (:=)",
  yield: "yield",
  ellipsis: "ellipsis (...)",
  slice: "slice",
  list_splat: "* unpacking",
  dictionary_splat: "** unpacking",
  keyword_argument: "keyword argument",
  ERROR: "syntax error",
};

/**
 * `x if c else y`, and `a or b` / `a and b` used as values: the branch the in-process target
 * takes when the condition is decided statically (`x if settings.TEST_SERVER_MODE else y`,
 * `None or {}`), else an `IfExpr` (`a or b` is `a if a else b`, for an `a` that reading twice
 * changes nothing: no call).
 */
function lowerConditionalValue(scope: Scope, node: Node, span: Span): Lowered {
  if (node.type === "conditional_expression") {
    const [then, cond, otherwise] = namedChildren(node);
    if (then === undefined || cond === undefined || otherwise === undefined)
      return fail("conditional expression", node, "syntax-error");
    const v = staticCondition(scope, cond);
    if (v !== null) return lowerExpr(scope, v ? then : otherwise);
    const c = lowerCond(scope, cond);
    if (isFailure(c)) return c;
    const t = lowerExpr(scope, then);
    if (isFailure(t)) return t;
    const o = lowerExpr(scope, otherwise);
    if (isFailure(o)) return o;
    return { kind: "IfExpr", cond: c, then: t, otherwise: o, span };
  }
  const op = field(node, "operator")?.text;
  const left = field(node, "left");
  const right = field(node, "right");
  if (left === null || right === null || (op !== "and" && op !== "or"))
    return fail("boolean operator", node, "syntax-error");
  const v = staticCondition(scope, left);
  if (v !== null) return lowerExpr(scope, (op === "or") === v ? left : right);
  const l = lowerExpr(scope, left);
  if (isFailure(l)) return l;
  for (const x of allExprs(l))
    if (x.kind === "ApiCall" || x.kind === "HelperCall" || (x.kind === "BuiltinCall" && x.name === "uuid4"))
      return fail(NODE_CONSTRUCTS[node.type]!, node);
  const r = lowerExpr(scope, right);
  if (isFailure(r)) return r;
  const cond: Cond = { kind: "Truthy", negated: false, value: l, span: l.span };
  return op === "or"
    ? { kind: "IfExpr", cond, then: l, otherwise: r, span }
    : { kind: "IfExpr", cond, then: r, otherwise: structuredClone(l), span };
}

export function lowerExpr(scope: Scope, raw: Node): Lowered {
  const node = unparen(raw);
  const span = scope.mod.span(node);
  if (node.isMissing) return fail("missing expression", node, "syntax-error");
  // `tags or {}`, `x if p is None else y` in a helper variant: the operand its shape picks.
  const picked = foldedOperand(scope, node);
  if (picked !== null) return lowerExpr(scope, picked);
  switch (node.type) {
    case "string":
    case "concatenated_string":
      return lowerString(scope, node, span);
    case "integer": {
      const v = normaliseInt(node.text);
      return v === null ? fail(`numeric literal ${node.text}`, node) : { kind: "Int", value: v, span };
    }
    case "float": {
      const v = normaliseFloat(node.text);
      return v === null ? fail(`numeric literal ${node.text}`, node) : { kind: "Float", value: v, span };
    }
    case "true":
      return { kind: "Bool", value: true, span };
    case "false":
      return { kind: "Bool", value: false, span };
    case "none":
      return { kind: "None", span };
    case "identifier":
      return lowerName(scope, node, span);
    case "dictionary":
      return lowerDict(scope, node, span);
    case "list":
    case "tuple":
    case "expression_list":
    case "set": {
      const elements: Expr[] = [];
      for (const c of namedChildren(node)) {
        if (c.type === "list_splat") return fail("* unpacking in a collection literal", c);
        const e = lowerExpr(scope, c);
        if (isFailure(e)) return e;
        elements.push(e);
      }
      const list: Expr = {
        kind: "List",
        elements,
        tuple: node.type === "tuple" || node.type === "expression_list",
        span,
      };
      // `{a, b}` is `set([a, b])`.
      return node.type === "set"
        ? { kind: "BuiltinCall", name: "set", receiver: null, args: [list], span }
        : list;
    }
    case "subscript":
      return lowerSubscript(scope, node, span);
    case "list_comprehension":
    case "set_comprehension":
    case "generator_expression":
      return lowerComprehension(scope, node, lowerExpr, lowerCond);
    case "conditional_expression":
    case "boolean_operator":
      return lowerConditionalValue(scope, node, span);
    case "dictionary_comprehension":
      return lowerDictComprehension(scope, node, lowerExpr, lowerCond);
    case "attribute":
      return lowerAttribute(scope, node);
    case "call":
      return lowerCall(scope, node, span);
    case "unary_operator": {
      const op = field(node, "operator");
      const arg = field(node, "argument");
      if (op === null || arg === null) return fail("unary operator", node, "syntax-error");
      const v = lowerExpr(scope, arg);
      if (isFailure(v)) return v;
      if (op.text === "-") return { kind: "Neg", value: v, span };
      if (op.text === "+") return v;
      return fail(`unary operator ${op.text}`, node);
    }
    case "binary_operator": {
      if (isDatetimeExpr(scope, node)) return lowerDatetime(scope, node, span, lowerExpr);
      const op = field(node, "operator");
      const left = field(node, "left");
      const right = field(node, "right");
      if (op === null || left === null || right === null)
        return fail("binary operator", node, "syntax-error");
      if (!isBinOp(op.text)) return fail(`operator ${op.text}`, node);
      const l = lowerExpr(scope, left);
      if (isFailure(l)) return l;
      const r = lowerExpr(scope, right);
      if (isFailure(r)) return r;
      return { kind: "BinOp", op: op.text, left: l, right: r, span };
    }
    default:
      return fail(
        NODE_CONSTRUCTS[node.type] ?? node.type.replace(/_/g, " "),
        node,
        node.type === "ERROR" ? "syntax-error" : "unsupported-syntax",
      );
  }
}

const BIN_OPS = ["+", "-", "*", "/", "//", "%"] as const;
function isBinOp(op: string): op is BinOpExpr["op"] {
  return (BIN_OPS as readonly string[]).includes(op);
}

function lowerString(scope: Scope, node: Node, span: Span): Lowered {
  const d = decodeString(node);
  switch (d.kind) {
    case "error":
      return fail(d.construct, d.node);
    case "bytes":
      return { kind: "Bytes", value: d.value, span };
    case "str": {
      if (d.pieces.every((p) => p.kind === "text")) {
        return { kind: "Str", value: d.pieces.map((p) => (p.kind === "text" ? p.text : "")).join(""), span };
      }
      const parts: FStringPart[] = [];
      for (const p of d.pieces) {
        if (p.kind === "text") parts.push({ kind: "text", text: p.text });
        else {
          const e = lowerExpr(scope, p.expr);
          if (isFailure(e)) return e;
          parts.push({ kind: "expr", expr: e, format: p.format });
        }
      }
      return { kind: "FString", parts, span };
    }
  }
}

/** `self.x`: the instance attribute's local (a client, an error alias or a value). */
function lowerLocalName(scope: Scope, name: string, node: Node): Lowered {
  const alias = scope.errorAliases.get(name);
  if (alias !== undefined) return errorField(scope, alias, node);
  if (scope.raisesBindings.has(name)) return fail(`pytest ExceptionInfo ${name} as a value`, node);
  if (scope.resources.has(name)) return fail("boto3 resource object", node, "resource-api");
  return { kind: "Name", id: name, span: scope.mod.span(node) };
}

/** What a bare identifier refers to. */
function lowerName(scope: Scope, node: Node, span: Span): Lowered {
  const name = node.text;
  if (scope.comprehensionVars.includes(name)) return { kind: "Name", id: name, span };
  const imp = scope.importOf(name);
  // A parameter the helper variant's calls leave None (helper-shapes.ts).
  if (scope.shape?.get(name) === "none") return { kind: "None", span };
  // A parameter the helper variant's calls give a constant dict/list literal: that literal.
  const literal = scope.literalParams?.get(name);
  if (literal !== undefined) return lowerExpr(moduleScope(literal.mod), literal.node);
  if (imp === undefined && scope.isLocal(name)) {
    const alias = scope.errorAliases.get(name);
    if (alias !== undefined) return errorField(scope, alias, node);
    if (scope.raisesBindings.has(name)) return fail(`pytest ExceptionInfo ${name} as a value`, node);
    if (scope.resources.has(name)) return lowerResourceExpr(scope, node);
    if (name === scope.selfName) return fail(`${name} (the test class instance)`, node);
    return { kind: "Name", id: name, span };
  }
  if (imp !== undefined) {
    switch (imp.kind) {
      case "account-id":
        return { kind: "Const", name: "ACCOUNT_ID", wellKnown: "account-id", span };
      case "moto-internal":
        return fail(`${name} from ${imp.module}`, node, "moto-internal");
      case "moto-constant":
      case "other": {
        const value = importedConstant(scope.mod, name, imp, span);
        if (value !== null && typeof value !== "string") return constRef(scope, name, span);
        const why = value === null ? "" : `: ${value}`;
        if (imp.kind === "moto-constant") return fail(`moto constant ${name} from ${imp.module}${why}`, node);
        return fail(`imported name ${name}${imp.name === null ? "" : ` from ${imp.module}`}${why}`, node);
      }
      case "settings":
        return fail("moto settings as a value", node);
      case "server-mode-flag":
        return fail("TEST_SERVER_MODE outside a skip guard", node);
      case "mock-aws":
        return fail(`${name} as a value`, node);
      case "client-error":
        return fail("ClientError as a value", node);
      case "boto3":
        return fail("boto3 module as a value", node);
    }
  }
  if (scope.mod.constants.has(name)) return constRef(scope, name, span);
  if (/_backends?$/.test(name) || name === "state_manager" || name === "moto_api")
    return fail(name, node, "moto-internal");
  if (scope.mod.functions.has(name)) return fail(`reference to helper function ${name}`, node);
  if (scope.mod.classes.has(name)) return fail(`reference to class ${name}`, node);
  if (scope.mod.moduleVars.has(name)) return fail(`module variable ${name} (not a constant)`, node);
  return fail(`unresolved name ${name}`, node);
}

function lowerDict(scope: Scope, node: Node, span: Span): Lowered {
  const entries: DictEntry[] = [];
  for (const c of namedChildren(node)) {
    if (c.type === "dictionary_splat") return fail("** unpacking in a dict literal", c);
    if (c.type !== "pair")
      return fail(
        c.type === "ERROR" ? "syntax error" : "dict entry",
        c,
        c.type === "ERROR" ? "syntax-error" : "unsupported-syntax",
      );
    const k = field(c, "key");
    const v = field(c, "value");
    if (k === null || v === null) return fail("dict entry", c, "syntax-error");
    const key = lowerExpr(scope, k);
    if (isFailure(key)) return key;
    const value = lowerExpr(scope, v);
    if (isFailure(value)) return value;
    entries.push({ key, value, span: scope.mod.span(c) });
  }
  return { kind: "Dict", entries, span };
}

function lowerSubscript(scope: Scope, node: Node, span: Span): Lowered {
  const path = errorPath(scope, node);
  if (path !== null) return errorField(scope, path, node);
  const value = field(node, "value");
  const indices = fieldChildren(node, "subscript");
  if (value === null || indices.length === 0) return fail("subscript", node, "syntax-error");
  if (indices.length > 1) return fail("subscript with several indices", node);
  const index = indices[0]!;
  // `net["subnet1"]` of a record helper's result: its tuple element (record-returns.ts).
  const record = recordRead(scope, node, span);
  if (record !== null) return record;
  const v = lowerExpr(scope, value);
  if (isFailure(v)) return v;
  if (index.type === "slice") return lowerSlice(scope, v, index, span);
  const i = lowerExpr(scope, index);
  if (isFailure(i)) return i;
  // A helper variant's dict of defaults read by key (helper-shapes.ts): the default, statically.
  const merged = mergedRead(scope, value, i, node);
  if (merged !== null) return merged;
  return { kind: "Subscript", value: v, index: i, span };
}

/** `x[a:b]` → `BuiltinCall slice` (receiver `x`, args `[a, b]`, `None` for an omitted bound). */
function lowerSlice(scope: Scope, value: Expr, slice: Node, span: Span): Lowered {
  const bounds: (Node | null)[] = [null];
  for (const c of slice.children) {
    if (c.type === "comment") continue;
    if (c.type === ":") bounds.push(null);
    else bounds[bounds.length - 1] = c;
  }
  if (bounds.length > 2 && bounds[2] !== null) return fail("slice with a step", slice);
  const args: Expr[] = [];
  for (const b of bounds.slice(0, 2)) {
    if (b === null) {
      args.push({ kind: "None", span: scope.mod.span(slice) });
      continue;
    }
    const e = lowerExpr(scope, b);
    if (isFailure(e)) return e;
    args.push(e);
  }
  return { kind: "BuiltinCall", name: "slice", receiver: value, args, span };
}

/** The identifier at the root of an attribute/call/subscript chain, or null. */
function rootIdentifier(node: Node): Node | null {
  let n: Node | null = unparen(node);
  while (n !== null) {
    if (n.type === "identifier") return n;
    if (n.type === "attribute") n = field(n, "object");
    else if (n.type === "call") n = field(n, "function");
    else if (n.type === "subscript") n = field(n, "value");
    else return null;
    if (n !== null) n = unparen(n);
  }
  return null;
}

/** A failure for things rooted at a name that is not a local value (`settings.X`, `json.dumps`, `self.x`). */
function rootFailure(scope: Scope, node: Node, describe: (root: string) => string): Failure | null {
  const root = rootIdentifier(node);
  if (root === null) return null;
  const name = root.text;
  if (name === scope.selfName && scope.isLocal(name)) {
    const d = dottedName(node);
    return fail(`instance attribute ${d ?? name + "." + "…"}`, node);
  }
  const imp = scope.importOf(name);
  if (imp !== undefined) {
    switch (imp.kind) {
      case "moto-internal":
        return fail(
          imp.name === null ? (dottedName(node) ?? imp.module) : `${imp.name} from ${imp.module}`,
          node,
          "moto-internal",
        );
      case "settings": {
        const d = dottedName(node) ?? "";
        const attr = d.split(".")[1] ?? "";
        if (ALLOWED_SETTINGS.has(attr)) return fail(`settings.${attr} outside a skip guard`, node);
        return fail(`settings.${attr}`, node, "moto-internal");
      }
      case "boto3":
        return fail(describe(name), node);
      case "account-id":
      case "client-error":
      case "mock-aws":
      case "moto-constant":
      case "other":
      case "server-mode-flag":
        return fail(describe(name), node);
      default:
        return assertNever(imp.kind);
    }
  }
  if (scope.isLocal(name)) return null;
  if (/_backends?$/.test(name) || name === "state_manager" || name === "moto_api")
    return fail(name, node, "moto-internal");
  if (scope.mod.constants.has(name)) return null;
  if (scope.mod.functions.has(name)) return fail(describe(name), node);
  return fail(describe(name), node);
}

function lowerAttribute(scope: Scope, node: Node): Lowered {
  if (scope.requestParam !== null && dottedName(node) === `${scope.requestParam}.param`)
    return { kind: "Name", id: scope.requestParam, span: scope.mod.span(node) };
  const attrLocal = selfAttribute(scope, node);
  if (attrLocal !== null) return lowerLocalName(scope, attrLocal, node);
  const path = errorPath(scope, node);
  if (path !== null) return errorField(scope, path, node);
  const operation = exceptionField(scope, node, "operation");
  if (operation !== null) return operation;
  const raisesFailure = raisesAttributeFailure(scope, node);
  if (raisesFailure !== null) return raisesFailure;
  if (throughResource(scope, node)) return lowerResourceExpr(scope, node);
  const d = dottedName(node);
  const moduleConstant = importedModuleConstant(scope, node, d);
  if (moduleConstant !== null) return moduleConstant;
  const rf = rootFailure(
    scope,
    node,
    () => `attribute access ${d ?? "." + (field(node, "attribute")?.text ?? "")}`,
  );
  if (rf !== null) return rf;
  const attr = field(node, "attribute");
  const root = rootIdentifier(node);
  if (root !== null && scope.isLocal(root.text) && scope.clients.has(root.text)) {
    const path = d ?? `${root.text}.…`;
    if (path.startsWith(`${root.text}.exceptions`))
      return fail(`${root.text}.exceptions outside pytest.raises`, node);
    return fail(`client attribute ${path}`, node);
  }
  return fail(`attribute access .${attr?.text ?? ""}`, node);
}

/** `helpers.NAME` after `from . import helpers` (or `import tests.x as helpers`): NAME's value there. */
function importedModuleConstant(scope: Scope, node: Node, dotted: string | null): Lowered | null {
  const parts = dotted?.split(".") ?? [];
  if (parts.length !== 2) return null;
  const imp = scope.importOf(parts[0]!);
  if (imp === undefined || imp.kind !== "other") return null;
  const r = moduleAttributeConstant(scope.mod, parts[0]!, imp, parts[1]!, scope.mod.span(node));
  if (r === null) return null;
  if (typeof r === "string") return fail(`${dotted} (not a constant: ${r})`, node);
  return constRef(scope, r.name, scope.mod.span(node));
}

/** A module constant: by name, or its folded value in a helper read from another file (see foreign-helpers.ts). */
function constRef(scope: Scope, name: string, span: Span): Expr {
  const value = scope.mod.inlineConstants ? scope.mod.constants.get(name) : undefined;
  if (value === undefined) return { kind: "Const", name, wellKnown: null, span };
  return foldExpr(value, { lookup: (n) => scope.mod.constants.get(n), at: span });
}

type BuiltinName = BuiltinCallExpr["name"];
const BUILTIN_FUNCTIONS: ReadonlySet<string> = new Set<BuiltinName>(["str", "int", "sorted", "set", "list"]);
const BUILTIN_METHODS: ReadonlySet<string> = new Set<BuiltinName>([
  "lower",
  "upper",
  "startswith",
  "endswith",
  "strip",
  "split",
  "join",
  "keys",
  "values",
  "items",
]);
/** `x.lower()`, `x.split(...)`, `d.items()`, …: string and dict methods lowered as builtins. */
export function isBuiltinMethod(name: string): name is BuiltinName {
  return BUILTIN_METHODS.has(name);
}
function isBuiltinName(name: string): name is BuiltinName {
  return BUILTIN_FUNCTIONS.has(name) || BUILTIN_METHODS.has(name);
}

/** boto3 client methods that are not API operations. */
const CLIENT_SPECIAL_METHODS: Readonly<Record<string, string>> = {
  get_paginator: "paginator (client.get_paginator())",
  get_waiter: "waiter (client.get_waiter())",
  can_paginate: "client.can_paginate()",
  generate_presigned_url: "presigned URL",
  generate_presigned_post: "presigned POST",
  close: "client.close()",
};

function lowerCall(scope: Scope, node: Node, span: Span): Lowered {
  const fn = field(node, "function");
  if (fn === null) return fail("call", node, "syntax-error");
  const callee = unparen(fn);
  if (isDatetimeExpr(scope, node)) return lowerDatetime(scope, node, span, lowerExpr);
  const boto = boto3CallKind(scope, node);
  if (boto === "client") return fail("boto3.client() outside a simple assignment", node);
  if (boto === "resource") return fail("boto3.resource", node, "resource-api");
  if (boto === "session") return fail("boto3 session", node);
  const args = callArgs(node);
  // `obj.get()["Body"].read()`: the bytes of a value, wherever it comes from (a resource too).
  const bytesReceiver = callee.type === "attribute" ? field(callee, "object") : null;
  if (bytesReceiver !== null && unparen(bytesReceiver).type === "subscript") {
    const m = field(callee, "attribute")?.text ?? "";
    const bytes = lowerBytesMethod(scope, m, unparen(bytesReceiver), node, args, span);
    if (bytes !== null) return bytes;
  }
  if (throughResource(scope, callee)) return lowerResourceExpr(scope, node);

  if (callee.type === "identifier") return lowerFunctionCall(scope, node, callee, args, span);
  if (callee.type !== "attribute") return fail("call of a computed callee", node);

  const method = field(callee, "attribute")?.text ?? "";
  const receiverNode = field(callee, "object");
  if (receiverNode === null) return fail("call", node, "syntax-error");
  const receiver = unparen(receiverNode);
  if (boto3CallKind(scope, receiver) === "client")
    return fail("API call on a boto3.client() not bound to a name", node);

  // client.create_cluster(...), self.client.create_cluster(...)
  const receiverName =
    receiver.type === "identifier" && scope.isLocal(receiver.text)
      ? receiver.text
      : selfAttribute(scope, receiver);
  if (receiverName !== null && scope.clients.has(receiverName)) {
    const special = CLIENT_SPECIAL_METHODS[method];
    if (special !== undefined) return fail(special, node);
    const lowered = lowerClientArgs(scope, node);
    if (isFailure(lowered)) return lowered;
    const splat = kwargsSplat(scope, node);
    return {
      kind: "ApiCall",
      client: receiverName,
      method,
      args: lowered,
      ...(splat !== null ? { splat } : {}),
      span,
    };
  }
  if (receiverName !== null && scope.resources.has(receiverName))
    return fail("boto3 resource object", node, "resource-api");
  if (receiver.type === "identifier" && scope.isLocal(receiver.text) && scope.resources.has(receiver.text)) {
    return lowerResourceExpr(scope, node);
  }
  const raisesFailure = raisesAttributeFailure(scope, receiver);
  if (raisesFailure !== null) return raisesFailure;

  // body.read(), text.encode("utf-8"), json.dumps(x).encode()
  const bytesMethod = lowerBytesMethod(scope, method, receiver, node, args, span);
  if (bytesMethod !== null) return bytesMethod;
  if (
    method === "replace" &&
    args.positional.length === 2 &&
    args.keywords.length === 0 &&
    args.splat === null
  ) {
    // `s.replace(old, new)` (a datetime's `.replace(tzinfo=...)` takes keywords).
    const value = lowerExpr(scope, receiver);
    if (isFailure(value)) return value;
    const lowered = lowerAll(scope, args.positional);
    if (isFailure(lowered)) return lowered;
    return { kind: "BuiltinCall", name: "replace", receiver: value, args: lowered, span };
  }
  // json.dumps(...), uuid.uuid4()
  const dotted = dottedName(callee);
  // helpers.create_registry(...) after `from . import helpers`
  const foreign =
    dotted === null || scope.isLocal(dotted.split(".")[0]!) ? null : foreignHelper(scope.mod, dotted);
  if (foreign !== null) return lowerHelperCall(scope, foreign, node, args, span);
  const library = libraryCall(scope, dotted);
  if (library !== null) return lowerLibraryCall(scope, library, node, args, span);
  // time.sleep(...), self.helper(...), settings.is_test_proxy_mode()
  const rf = rootFailure(scope, callee, () => `call to ${dotted ?? method}()`);
  if (rf !== null) return rf;

  if (method === "get" && errorPath(scope, receiver) === null) {
    if (args.splat !== null || args.keywords.length > 0) return fail(".get() with keyword arguments", node);
    if (args.positional.length < 1 || args.positional.length > 2)
      return fail(".get() with unexpected arguments", node);
    const value = lowerExpr(scope, receiver);
    if (isFailure(value)) return value;
    const key = lowerExpr(scope, args.positional[0]!);
    if (isFailure(key)) return key;
    let fallback: Expr | null = null;
    if (args.positional.length === 2) {
      const fb = lowerExpr(scope, args.positional[1]!);
      if (isFailure(fb)) return fb;
      fallback = fb;
    }
    return { kind: "Get", value, key, fallback, span };
  }
  if (BUILTIN_METHODS.has(method) && isBuiltinName(method)) {
    if (args.splat !== null || args.keywords.length > 0)
      return fail(`.${method}() with keyword arguments`, node);
    const value = lowerExpr(scope, receiver);
    if (isFailure(value)) return value;
    const lowered = lowerAll(scope, args.positional);
    if (isFailure(lowered)) return lowered;
    return { kind: "BuiltinCall", name: method, receiver: value, args: lowered, span };
  }
  if (receiver.type === "identifier" && scope.isLocal(receiver.text)) {
    return fail(`method call ${receiver.text}.${method}() on a non-client value`, node);
  }
  return fail(`method call .${method}()`, node);
}

const UTF8 = new Set(["utf-8", "utf8", "UTF-8", "UTF8"]);

/** `x.read()`, `x.decode("utf-8")`, `x.encode("utf-8")` (UTF-8 only), or null for other methods. */
function lowerBytesMethod(
  scope: Scope,
  method: string,
  receiver: Node,
  node: Node,
  args: ReturnType<typeof callArgs>,
  span: Span,
): Lowered | null {
  if (method !== "read" && method !== "decode" && method !== "encode") return null;
  if (args.splat !== null || args.keywords.length > 0)
    return fail(`.${method}() with keyword arguments`, node);
  const arity = method === "read" ? 0 : 1;
  if (args.positional.length > arity) return fail(`.${method}() with arguments`, node);
  const encoding = args.positional[0];
  if (encoding !== undefined) {
    const e = lowerExpr(scope, encoding);
    if (isFailure(e)) return e;
    if (e.kind !== "Str" || !UTF8.has(e.value))
      return fail(`.${method}() with an encoding other than UTF-8`, node);
  }
  const value = lowerExpr(scope, receiver);
  if (isFailure(value)) return value;
  return { kind: "BuiltinCall", name: method, receiver: value, args: [], span };
}

function lowerFunctionCall(
  scope: Scope,
  node: Node,
  callee: Node,
  args: ReturnType<typeof callArgs>,
  span: Span,
): Lowered {
  const name = callee.text;
  if (scope.isLocal(name) && scope.importOf(name) === undefined)
    return fail(`call to local function ${name}()`, node);
  const library = libraryCall(scope, name);
  if (library !== null) return lowerLibraryCall(scope, library, node, args, span);
  const imp = scope.importOf(name);
  if (imp !== undefined) {
    if (imp.kind === "moto-internal") return fail(`${name}() from ${imp.module}`, node, "moto-internal");
    const foreign = scope.localImports.has(name) ? null : foreignHelper(scope.mod, name);
    if (foreign !== null) return lowerHelperCall(scope, foreign, node, args, span);
    return fail(`call to ${name}()`, node);
  }
  const helper = scope.mod.helperDefs.get(name);
  if (helper !== undefined) return lowerHelperCall(scope, helper, node, args, span);
  if (scope.mod.functions.has(name)) return fail(`call to helper ${name}()`, node);
  if (scope.mod.classes.has(name)) return fail(`instantiation of class ${name}`, node);
  if (/_backends?$/.test(name)) return fail(name, node, "moto-internal");
  if (name === "any" || name === "all") return fail(`${name}() used as a value`, node);
  if (name === "str" && args.positional.length === 1 && args.keywords.length === 0 && args.splat === null) {
    const text = exceptionField(scope, args.positional[0]!, "text");
    if (text !== null) return { ...text, span };
  }
  if (name === "range") {
    if (args.splat !== null || args.keywords.length > 0)
      return fail("range() with unexpected arguments", node);
    if (args.positional.length < 1 || args.positional.length > 2)
      return fail(`range() with ${args.positional.length} arguments`, node);
    const lowered = lowerAll(scope, args.positional);
    if (isFailure(lowered)) return lowered;
    return { kind: "BuiltinCall", name: "range", receiver: null, args: lowered, span };
  }
  if (name === "next") return lowerNext(scope, node, args, span);
  if (name === "hash") return lowerHash(scope, node, args, span);
  if (name === "len") {
    if (args.splat !== null || args.keywords.length > 0 || args.positional.length !== 1)
      return fail("len() with unexpected arguments", node);
    const v = lowerExpr(scope, args.positional[0]!);
    if (isFailure(v)) return v;
    return { kind: "Len", value: v, span };
  }
  if (name === "enumerate" || name === "zip") return lowerPairing(scope, name, node, args, span);
  if (BUILTIN_FUNCTIONS.has(name) && isBuiltinName(name)) {
    if (args.splat !== null) return fail(`argument unpacking in ${name}()`, args.splat);
    const key = args.keywords[0];
    if (
      name === "sorted" &&
      key?.name === "key" &&
      args.keywords.length === 1 &&
      args.positional.length === 1
    )
      return lowerSortedByKey(scope, node, args.positional[0]!, key, span, lowerExpr);
    if (args.keywords.length > 0)
      return fail(`${name}(${args.keywords[0]!.name}=...)`, args.keywords[0]!.node);
    if (args.positional.length !== 1) return fail(`${name}() with ${args.positional.length} arguments`, node);
    const v = lowerExpr(scope, args.positional[0]!);
    if (isFailure(v)) return v;
    return { kind: "BuiltinCall", name, receiver: null, args: [v], span };
  }
  return fail(`call to ${name}()`, node);
}

/**
 * `enumerate(xs)`, `enumerate(xs, start=N)` (N an integer literal) and `zip(xs, ys)` (two
 * iterables, no `strict=True`: Rust's `zip` stops at the shorter one silently, as Python's does).
 */
function lowerPairing(
  scope: Scope,
  name: "enumerate" | "zip",
  node: Node,
  args: ReturnType<typeof callArgs>,
  span: Span,
): Lowered {
  if (args.splat !== null) return fail(`argument unpacking in ${name}()`, args.splat);
  const start = name === "enumerate" ? args.keywords.find((k) => k.name === "start") : undefined;
  const other = args.keywords.find((k) => k !== start);
  if (other !== undefined) return fail(`${name}(${other.name}=...)`, other.node);
  const want = name === "zip" ? 2 : start === undefined ? [1, 2] : [1];
  const n = args.positional.length;
  if (typeof want === "number" ? n !== want : !want.includes(n))
    return fail(`${name}() with ${n} arguments`, node);
  const lowered = lowerAll(scope, start === undefined ? args.positional : [...args.positional, start.value]);
  if (isFailure(lowered)) return lowered;
  const from = lowered[1];
  if (name === "enumerate" && from !== undefined && from.kind !== "Int")
    return fail("enumerate() with a start that is not an integer literal", node);
  return { kind: "BuiltinCall", name, receiver: null, args: lowered, span };
}

/**
 * `hash("text")`: Python salts string hashes per process (PYTHONHASHSEED), so a test can only rely
 * on the value being a stable int within the run (moto's tests use `str(hash("foo"))` as unique
 * caller references). It folds to a fixed int: 32-bit FNV-1a of the UTF-8 text, in i32 range.
 */
function lowerHash(scope: Scope, node: Node, args: ReturnType<typeof callArgs>, span: Span): Lowered {
  if (args.splat !== null || args.keywords.length > 0 || args.positional.length !== 1)
    return fail("hash() with unexpected arguments", node);
  const arg = lowerExpr(scope, args.positional[0]!);
  if (isFailure(arg)) return arg;
  if (arg.kind !== "Str") return fail("hash() of a value that is not a string literal", node);
  let h = 0x811c9dc5;
  for (const b of new TextEncoder().encode(arg.value)) h = Math.imul(h ^ b, 0x01000193) >>> 0;
  return { kind: "Int", value: String(h & 0x7fffffff), span };
}

/** `next(x for x in xs if c)`: the first element the generator yields (no default). */
function lowerNext(scope: Scope, node: Node, args: ReturnType<typeof callArgs>, span: Span): Lowered {
  if (args.splat !== null || args.keywords.length > 0 || args.positional.length !== 1)
    return fail("next() with a default or unexpected arguments", node);
  const arg = unparen(args.positional[0]!);
  if (arg.type !== "generator_expression")
    return fail("next() of an iterator that is not a generator expression", node);
  const gen = lowerExpr(scope, arg);
  if (isFailure(gen)) return gen;
  return { kind: "BuiltinCall", name: "next", receiver: null, args: [gen], span };
}

type LibraryFunction =
  "uuid4" | "json.dumps" | "json.loads" | "re.match" | "re.search" | "re.fullmatch" | "time.sleep";

/** The functions of `re` a test's conditions use (`re.match(pattern, string)`). */
const RE_FUNCTIONS: Readonly<Record<string, LibraryFunction>> = {
  match: "re.match",
  search: "re.search",
  fullmatch: "re.fullmatch",
};

/** `uuid4` / `uuid.uuid4` / `json.dumps` / `json.loads`, resolved through the imports. */
function libraryCall(scope: Scope, dotted: string | null): LibraryFunction | null {
  if (dotted === null) return null;
  const parts = dotted.split(".");
  if (parts.length === 1) {
    const imp = scope.importOf(parts[0]!);
    if (imp?.module === "uuid" && imp.name === "uuid4") return "uuid4";
    if (imp?.module === "json" && imp.name === "dumps") return "json.dumps";
    if (imp?.module === "json" && imp.name === "loads") return "json.loads";
    if (imp?.module === "re" && imp.name !== null) return RE_FUNCTIONS[imp.name] ?? null;
    if (imp?.module === "time" && imp.name === "sleep") return "time.sleep";
    return null;
  }
  if (parts.length !== 2) return null;
  const imp = scope.importOf(parts[0]!);
  if (imp === undefined || imp.name !== null) return null;
  if (imp.module === "uuid" && parts[1] === "uuid4") return "uuid4";
  if (imp.module === "json" && parts[1] === "dumps") return "json.dumps";
  if (imp.module === "json" && parts[1] === "loads") return "json.loads";
  if (imp.module === "re") return RE_FUNCTIONS[parts[1]!] ?? null;
  if (imp.module === "time" && parts[1] === "sleep") return "time.sleep";
  return null;
}

function lowerLibraryCall(
  scope: Scope,
  fn: LibraryFunction,
  node: Node,
  args: ReturnType<typeof callArgs>,
  span: Span,
): Lowered {
  if (args.splat !== null) return fail(`argument unpacking in ${fn}()`, args.splat);
  if (args.keywords.length > 0) return fail(`${fn}(${args.keywords[0]!.name}=...)`, args.keywords[0]!.node);
  const arity = fn === "uuid4" ? 0 : fn.startsWith("re.") ? 2 : 1;
  if (args.positional.length !== arity) return fail(`${fn}() with ${args.positional.length} arguments`, node);
  const lowered = lowerAll(scope, args.positional);
  if (isFailure(lowered)) return lowered;
  return { kind: "BuiltinCall", name: fn, receiver: null, args: lowered, span };
}

/**
 * Keyword arguments of a client call, in order. `**d` is spliced when `d` is a dict literal
 * (inline, or a name bound once to one and never mutated) with string keys.
 */
export function lowerClientArgs(scope: Scope, call: Node): CallArg[] | Failure {
  const argList = field(call, "arguments");
  const out: CallArg[] = [];
  const seen = new Set<string>();
  const push = (name: string, value: Expr, at: Span, node: Node): Failure | null => {
    if (seen.has(name)) return fail(`duplicate keyword argument ${name}`, node);
    seen.add(name);
    out.push({ name, value, span: at });
    return null;
  };
  if (argList === null) return out;
  if (argList.type !== "argument_list") return fail("positional argument to a client method", argList);
  for (const a of namedChildren(argList)) {
    if (a.type === "keyword_argument") {
      const name = field(a, "name");
      const value = field(a, "value");
      if (name === null || value === null) return fail("keyword argument", a, "syntax-error");
      const v = lowerExpr(scope, value);
      if (isFailure(v)) return v;
      const dup = push(name.text, v, scope.mod.span(a), a);
      if (dup !== null) return dup;
    } else if (a.type === "dictionary_splat") {
      const inner = namedChildren(a)[0];
      // The helper's own `**kwargs`: its callers' keywords (see kwargsSplat).
      if (
        inner !== undefined &&
        unparen(inner).type === "identifier" &&
        unparen(inner).text === scope.kwargsParam
      )
        continue;
      const dict = inner === undefined ? null : splicedDict(scope, inner);
      if (dict === null)
        return fail("argument unpacking (**kwargs) of a value that is not a dict literal", a);
      if (isFailure(dict)) return dict;
      for (const e of dict.entries) {
        if (e.key.kind !== "Str")
          return fail("argument unpacking (**kwargs) of a dict with non-string keys", a);
        const dup = push(e.key.value, e.value, e.span, a);
        if (dup !== null) return dup;
      }
    } else if (a.type === "list_splat") return fail("argument unpacking (*args) in a client call", a);
    else return fail("positional argument to a client method", a);
  }
  return out;
}

/** `client.op(**kwargs)` with `kwargs` the enclosing helper's `**` parameter: its name. */
function kwargsSplat(scope: Scope, call: Node): string | null {
  const argList = field(call, "arguments");
  if (argList === null || scope.kwargsParam === null) return null;
  for (const a of namedChildren(argList)) {
    if (a.type !== "dictionary_splat") continue;
    const inner = namedChildren(a)[0];
    if (
      inner !== undefined &&
      unparen(inner).type === "identifier" &&
      unparen(inner).text === scope.kwargsParam
    )
      return scope.kwargsParam;
    // `**d` of the dict a helper variant merged its **kwargs into: the caller's keywords too.
    if (inner !== undefined && unparen(inner).text === scope.kwargsMerge?.dict) return scope.kwargsParam;
  }
  return null;
}

function splicedDict(scope: Scope, node: Node): DictExpr | Failure | null {
  const n = unparen(node);
  if (n.type === "dictionary") {
    const d = lowerExpr(scope, n);
    if (isFailure(d)) return d;
    return d.kind === "Dict" ? d : null;
  }
  if (n.type === "identifier" && scope.isLocal(n.text) && !scope.comprehensionVars.includes(n.text)) {
    return scope.dictLiterals.get(n.text) ?? null;
  }
  // `**DEFAULT_ARGS`: a module-level dict constant.
  if (n.type === "identifier") return constantDict(scope, n);
  return null;
}
