/**
 * Iteration: `for` sources, comprehensions (`[x["Name"] for x in xs if ...]` →
 * `xs.iter().filter(|&x| ..).map(|x| ..).collect::<Vec<_>>()`) and `any(...)` / `all(...)`.
 * Closures cannot `.await`, so a boto3 call inside a comprehension is refused.
 */
import {
  EMIT,
  type Typed,
  type AnyAllCond,
  type ComprehensionExpr,
  type DictComprehensionExpr,
  type Cond,
  type Expr,
  type SdkType,
} from "@moto2rust/ir";
import { fail, type FnCx, type LocalVar, type Mode, type RVal } from "./context.js";
import { asCopy, asStr, isCopy, owned, present, recv, unwrapOpt } from "./rvalue.js";
import { emitExpr } from "./expr.js";
import { valueFor } from "./value.js";
import { rustStr } from "./rust-syntax.js";

export interface IterSource {
  /** An iterator (or, for `for` loops, anything `IntoIterator`). */
  readonly code: string;
  /** What `for` loops over (slices by reference, arrays and ranges by value). */
  readonly loopCode: string;
  readonly elemTy: SdkType;
  readonly elemMode: Mode;
  /** Elements are integers whose type Rust infers (a range or an array of literals). */
  readonly flex?: boolean;
}

export function elemModeOf(t: SdkType): Mode {
  if (isCopy(t)) return "ref";
  return t.kind === "string" || t.kind === "list" ? "sref" : "ref";
}

function rangeBound(fx: FnCx, e: Expr<Typed>): string {
  if (e.kind === "Int") return e.value;
  return asCopy(emitExpr(fx, e));
}

/**
 * What a loop, comprehension or `any`/`all` iterates. `presence`: a subscript of an optional list
 * must be there (Python raises KeyError; the slice accessor would iterate nothing).
 */
export function iterSource(fx: FnCx, it: Expr<Typed>, presence = true): IterSource {
  const int: SdkType = { kind: "int", rust: "i32" };
  if (it.kind === "BuiltinCall" && it.name === "range") {
    const [a, b] = it.args;
    const range = b ? `${rangeBound(fx, a!)}..${rangeBound(fx, b)}` : `0..${rangeBound(fx, a!)}`;
    return { code: `(${range})`, loopCode: range, elemTy: int, elemMode: "own", flex: true };
  }
  if (it.kind === "List") {
    const ty = it.ty;
    if (ty.kind !== "list") return fail(EMIT.untypedListLiteral(), it.span);
    const el = ty.element;
    const items =
      el.kind === "string"
        ? it.elements.map((x) => (x.kind === "Str" ? rustStr(x.value) : asStr(emitExpr(fx, x))))
        : it.elements.map((x) => valueFor(fx, x, el, "exact"));
    const arr = `[${items.join(", ")}]`;
    const flex = el.kind === "int" && it.elements.every((x) => x.kind === "Int" || x.kind === "Neg");
    return {
      code: `${arr}.into_iter()`,
      loopCode: arr,
      elemTy: el,
      elemMode: el.kind === "string" ? "ref" : "own",
      flex,
    };
  }
  const read = emitExpr(fx, it);
  const v = unwrapOpt(presence ? present(read) : read);
  if (v.ty.kind === "list") {
    const slice =
      v.mode === "ref" || v.mode === "sref" ? v.code : v.mode === "own" && v.temp ? v.code : `&${v.code}`;
    if (v.mode === "own" && v.temp) {
      return { code: `${recv(v.code)}.into_iter()`, loopCode: v.code, elemTy: v.ty.element, elemMode: "own" };
    }
    return {
      code: `${recv(v.code)}.iter()`,
      loopCode: slice,
      elemTy: v.ty.element,
      elemMode: elemModeOf(v.ty.element),
    };
  }
  if (v.ty.kind === "map") {
    const keys = `${recv(v.code)}.keys()`;
    return { code: keys, loopCode: keys, elemTy: v.ty.key, elemMode: elemModeOf(v.ty.key) };
  }
  return fail(EMIT.cannotIterateOverValue(v.ty.kind), it.span);
}

/** Run `body` with the Python name `target` bound to a closure parameter; returns the parameter name. */
function withTarget<T>(
  fx: FnCx,
  target: string,
  ty: SdkType,
  mode: Mode,
  body: (param: string) => T,
  flex = false,
  suffix = "",
): T {
  const param = fx.names.local(target) + suffix;
  const saved: LocalVar | undefined = fx.locals.get(target);
  fx.locals.set(target, { rust: param, ty, mode, loopDepth: fx.loopDepth, usize: false, flex });
  const wasInClosure = fx.inClosure;
  fx.inClosure = true;
  try {
    return body(param);
  } finally {
    fx.inClosure = wasInClosure;
    if (saved) fx.locals.set(target, saved);
    else fx.locals.delete(target);
  }
}

function filtersCode(
  fx: FnCx,
  src: IterSource,
  target: string,
  filters: readonly Cond<Typed>[],
  condToBool: (c: Cond<Typed>) => string,
): string {
  // `filter` sees `&Item`: a `&p` pattern gives back the item when it is Copy (a reference, a number).
  const byPattern = src.elemMode !== "own" || isCopy(src.elemTy) || src.elemTy.kind === "string";
  const mode: Mode = byPattern ? src.elemMode : "ref";
  return filters
    .map((f) =>
      withTarget(
        fx,
        target,
        src.elemTy,
        mode,
        (p) => `.filter(|${byPattern ? "&" : ""}${p}| ${condToBool(f)})`,
        src.flex === true,
      ),
    )
    .join("");
}

export function emitComprehension(
  fx: FnCx,
  e: ComprehensionExpr<Typed>,
  condToBool: (c: Cond<Typed>) => string,
): RVal {
  if (e.form === "set") return fail(EMIT.setComprehension(), e.span);
  const src = iterSource(fx, e.iter);
  const filters = filtersCode(fx, src, e.target, e.filters, condToBool);
  const identity = e.element.kind === "Name" && e.element.id === e.target;
  const mapped = identity ? null : ownedElements(fx, e, src);
  const elTy: SdkType = mapped === null ? src.elemTy : mapped.ty;
  const map = mapped !== null ? mapped.map : src.elemMode === "own" ? "" : ".cloned()";
  const collected = "";
  return {
    code: `${src.code}${filters}${map}${collected}.collect::<Vec<_>>()`,
    ty: { kind: "list", element: elTy, sparse: false },
    mode: "own",
    temp: true,
  };
}

/**
 * `{k(x): v(x) for x in xs if c}` → `xs.iter().filter(..).map(|x| (k, v)).collect::<HashMap<_, _>>()`,
 * keys and values owned (so the map reads like a response's `HashMap<String, V>`); a later
 * duplicate key replaces an earlier one, as in Python.
 */
export function emitDictComprehension(
  fx: FnCx,
  e: DictComprehensionExpr<Typed>,
  condToBool: (c: Cond<Typed>) => string,
): RVal {
  // `x.get("K")` without a default stores None where the key is absent: no owned value for that.
  for (const part of [e.key, e.value])
    if (part.kind === "Get" && part.fallback === null)
      return fail(EMIT.dictComprehensionOptional(), part.span);
  const src = iterSource(fx, e.iter);
  const filters = filtersCode(fx, src, e.target, e.filters, condToBool);
  let keyTy: SdkType = e.key.ty;
  let valueTy: SdkType = e.value.ty;
  const map = withTarget(
    fx,
    e.target,
    src.elemTy,
    src.elemMode,
    (p) => {
      const k = emitExpr(fx, e.key);
      const v = emitExpr(fx, e.value);
      keyTy = k.ty;
      valueTy = v.ty;
      const own = (x: RVal): string =>
        x.usize ? `${recv(x.code)} as i32` : owned(x.mode === "opt" ? unwrapOpt(x) : x);
      return `.map(|${p}| (${own(k)}, ${own(v)}))`;
    },
    src.flex === true,
  );
  if (keyTy.kind !== "string" && keyTy.kind !== "int" && keyTy.kind !== "enum" && keyTy.kind !== "bool")
    return fail(EMIT.dictComprehensionKey(keyTy.kind), e.key.span);
  return {
    code: `${src.code}${filters}${map}.collect::<std::collections::HashMap<_, _>>()`,
    ty: { kind: "map", key: keyTy, value: valueTy, sparse: false },
    mode: "own",
    temp: true,
  };
}

/**
 * `next(x for x in xs if c)` → `xs.iter().find(|&x| c).unwrap()` (a borrow of the element), or
 * `.filter(..).map(|x| ..).next().unwrap()` for a computed element. Python raises StopIteration
 * when nothing matches; `unwrap()` panics likewise.
 */
export function emitNext(
  fx: FnCx,
  e: ComprehensionExpr<Typed>,
  condToBool: (c: Cond<Typed>) => string,
): RVal {
  const src = iterSource(fx, e.iter);
  const identity = e.element.kind === "Name" && e.element.id === e.target;
  const filters = filtersCode(fx, src, e.target, e.filters, condToBool);
  if (identity) {
    // One filter: `.find(..)` (clippy's filter_next); several: `.filter(..).filter(..).next()`.
    const chain = e.filters.length === 1 ? filters.replace(/^\.filter\(/, ".find(") : `${filters}.next()`;
    return {
      code: `${src.code}${chain}.unwrap()`,
      ty: src.elemTy,
      mode: src.elemMode,
      flex: src.flex === true,
    };
  }
  const { map, ty } = ownedElements(fx, e, src);
  return { code: `${src.code}${filters}${map}.next().unwrap()`, ty, mode: "own", temp: true };
}

/**
 * `sorted(xs, key=lambda x: k(x))` → `let mut sorted = xs.to_vec(); sorted.sort_by(|a, b|
 * k(a).cmp(&k(b)));` (a stable sort, as Python's). Enum keys compare by their wire string, as
 * boto3's str values do; float keys by `partial_cmp`.
 */
export function emitSortedBy(fx: FnCx, list: Expr<Typed>, keys: ComprehensionExpr<Typed>): RVal {
  if (fx.inClosure) return fail(EMIT.sortKeyOnValue(), keys.span);
  const v = unwrapOpt(emitExpr(fx, list));
  if (v.ty.kind !== "list") return fail(EMIT.sortKeyOnValue(), list.span);
  const elemTy = v.ty.element;
  const key = (side: string): { param: string; code: string; ty: SdkType } =>
    withTarget(
      fx,
      keys.target,
      elemTy,
      elemModeOf(elemTy),
      (param) => {
        const k = emitExpr(fx, keys.element);
        const t = k.ty;
        if (t.kind === "enum")
          return {
            param,
            ty: t,
            code: k.mode === "opt" ? `${recv(k.code)}.map(|v| v.as_str())` : `${recv(k.code)}.as_str()`,
          };
        if (
          t.kind !== "string" &&
          t.kind !== "int" &&
          t.kind !== "bool" &&
          t.kind !== "float" &&
          t.kind !== "timestamp"
        )
          return fail(EMIT.sortKeyOfKind(t.kind), keys.element.span);
        return { param, ty: t, code: k.code };
      },
      false,
      side,
    );
  const a = key("_a");
  const b = key("_b");
  const cmp =
    a.ty.kind === "float"
      ? `${recv(a.code)}.partial_cmp(&${b.code}).unwrap()`
      : `${recv(a.code)}.cmp(&${b.code})`;
  const name = fx.names.temp("sorted", fx.statementTemps);
  fx.statementTemps.add(name);
  fx.line(`let mut ${name} = ${v.mode === "own" && v.temp ? v.code : `${recv(v.code)}.to_vec()`};`);
  fx.line(`${name}.sort_by(|${a.param}, ${b.param}| ${cmp});`);
  return { code: name, ty: v.ty, mode: "own" };
}

/** How a set holds its elements: `&str`, owned `String`s, copies, or references. */
export type SetElem = "str" | "string" | "copy" | "ref";

/** An element as a set stores it (strings as `&str` unless they are fresh `String`s). */
export function setElement(v: RVal): { code: string; elem: SetElem } {
  const u = v.mode === "opt" ? unwrapOpt(v) : v;
  if (isCopy(u.ty)) return { code: asCopy(u), elem: "copy" };
  if (u.ty.kind === "string") {
    if (u.mode === "own" && u.temp) return { code: u.code, elem: "string" };
    return { code: asStr(u), elem: "str" };
  }
  if (u.ty.kind === "enum") return { code: `${recv(u.code)}.as_str()`, elem: "str" };
  return { code: u.mode === "ref" || u.mode === "sref" ? u.code : `&${u.code}`, elem: "ref" };
}

/** `{f(x) for x in xs if c}` → `xs.iter().filter(..).map(|x| ..).collect::<HashSet<_>>()`. */
export function comprehensionSet(
  fx: FnCx,
  e: ComprehensionExpr<Typed>,
  condToBool: (c: Cond<Typed>) => string,
): { code: string; elem: SetElem } {
  const src = iterSource(fx, e.iter);
  const filters = filtersCode(fx, src, e.target, e.filters, condToBool);
  let elem: SetElem = "ref";
  const map = withTarget(
    fx,
    e.target,
    src.elemTy,
    src.elemMode,
    (p) => {
      const s = setElement(emitExpr(fx, e.element));
      elem = s.elem;
      return s.code === p ? "" : `.map(|${p}| ${s.code})`;
    },
    src.flex === true,
  );
  return { code: `${src.code}${filters}${map}.collect::<std::collections::HashSet<_>>()`, elem };
}

export function anyAllCode(
  fx: FnCx,
  c: AnyAllCond<Typed>,
  condToBool: (c: Cond<Typed>) => string,
  presence: boolean,
): string {
  const src = iterSource(fx, c.iter, presence);
  const filters = filtersCode(fx, src, c.target, c.filters, condToBool);
  const body = withTarget(
    fx,
    c.target,
    src.elemTy,
    src.elemMode,
    (p) => {
      const body = condToBool(c.cond);
      return `.${c.op}(|${body === "true" ? "_" : p}| ${body})`;
    },
    src.flex === true,
  );
  return `${recv(src.code)}${filters}${body}`;
}

/** `.map(|x| owned(element))` of a comprehension over `src`, and the element's type. */
function ownedElements(
  fx: FnCx,
  e: ComprehensionExpr<Typed>,
  src: IterSource,
): { readonly map: string; readonly ty: SdkType } {
  let ty: SdkType = src.elemTy;
  const map = withTarget(
    fx,
    e.target,
    src.elemTy,
    src.elemMode,
    (p) => {
      const v = emitExpr(fx, e.element);
      ty = v.ty;
      return `.map(|${p}| ${owned(v.mode === "opt" ? unwrapOpt(v) : v)})`;
    },
    src.flex === true,
  );
  return { map, ty };
}
