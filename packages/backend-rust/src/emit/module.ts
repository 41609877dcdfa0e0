/**
 * The backend driver: every moto test becomes one `#[tokio::test]` (or, when parametrized, one
 * per case around a shared `async fn <test>_case(..)`), unless a diagnostic inside it is an error:
 * then it is skipped and no Rust is written for it. Tests are ordered per SPEC; each gets a report.
 */
import {
  EMIT,
  type Typed,
  type AnyStmt,
  type Phase,
  allStmts,
  unpackNames,
  calledOperations,
  countAsserts,
  compareDiagnostics,
  diagnostic,
  type Diagnostic,
  type FunctionDef,
  type Module,
  type Reason,
  type Span,
  type Stmt,
  type TestReport,
  type TestStatus,
} from "@moto2rust/ir";
import { EmitFailure, FnCx, UnitCx, fail, isRead, type LocalVar } from "./context.js";
import { NameAllocator } from "./naming.js";
import { Liveness } from "./liveness.js";
import { emitBody } from "./stmt.js";
import { valueFor } from "./value.js";
import {
  clientHelperItems,
  mockFactoryName,
  needsSharedMock,
  otherClientHelpers,
  otherServicesOf,
} from "./client-helpers.js";
import { compareOrder } from "./ordering.js";
import { rustLocalName, sanitizeIdent } from "./rust-syntax.js";
import { mockHelperNames, type EmitOptions, type RustItem, type RustTest, type RustUnit } from "./unit.js";
import {
  assertsThroughHelpers,
  clientMakingHelpers,
  emitHelper,
  helperNames,
  transitiveHelpers,
  paramRustType,
} from "./helper-fns.js";
import { raisingHelpers, raisingKey, raisingKeysOf } from "./raising-helpers.js";

/** Placeholder while the helpers' names are registered before any is written. */
const PENDING: Diagnostic = diagnostic(EMIT.helperNotWrittenYet(), {
  file: "<generated>",
  line: 1,
  col: 1,
  endLine: 1,
  endCol: 1,
});

export interface EmitResult {
  readonly unit: RustUnit;
  readonly reports: TestReport[];
  /** The diagnostics given, plus the backend's own, sorted. */
  readonly diagnostics: Diagnostic[];
}

function within(inner: Span, outer: Span): boolean {
  if (inner.file !== outer.file && inner.file !== "<generated>") return false;
  const startsAfter = inner.line > outer.line || (inner.line === outer.line && inner.col >= outer.col);
  const endsBefore =
    inner.line < outer.endLine || (inner.line === outer.endLine && inner.col <= outer.endCol);
  return startsAfter && endsBefore;
}

function inFunction(d: Diagnostic, f: FunctionDef<Phase>): boolean {
  if (within(d.span, f.span)) return true;
  // Statements from elsewhere that run in this test (a test class's setup hook).
  if (f.body.some((s) => !within(s.span, f.span) && within(d.span, s.span))) return true;
  return f.parametrize !== null && within(d.span, f.parametrize.span);
}

/** boto3 methods in evaluation order (arguments before the call), without duplicates. */
function hasRaises(body: readonly Stmt<Typed>[]): boolean {
  for (const s of allStmts(body)) if (s.kind === "Raises") return true;
  return false;
}

function pythonNames(f: FunctionDef<Typed>): string[] {
  const out = [...f.params];
  for (const s of allStmts(f.body)) {
    if (s.kind === "Assign") out.push(s.target);
    else if (s.kind === "ClientDecl") out.push(s.name);
    else if (s.kind === "For") out.push(s.target);
    else if (s.kind === "Raises" && s.binding) out.push(s.binding);
    else if (s.kind === "Unpack" || s.kind === "ForUnpack") out.push(...unpackNames(s.target));
  }
  return out;
}

function reason(d: Diagnostic): Reason {
  return { code: d.code, message: d.message, line: d.span.line, col: d.span.col };
}

interface Emitted {
  readonly tests: RustTest[];
  readonly helpers: RustItem[];
  readonly rustAsserts: number;
  readonly diagnostics: Diagnostic[];
}

function caseSuffixes(f: FunctionDef<Typed>): string[] {
  const p = f.parametrize!;
  const texts = p.cases.map((c) => {
    const v = c.values[0];
    if (p.names.length !== 1 || !v) return "";
    if (v.kind === "Str" || v.kind === "Int") return sanitizeIdent(v.value);
    if (v.kind === "Bool") return v.value ? "true" : "false";
    return "";
  });
  const ok = texts.every((t) => t !== "") && new Set(texts).size === texts.length;
  return ok ? texts : p.cases.map((_, i) => String(i));
}

function emitTest(
  unit: UnitCx,
  f: FunctionDef<Typed>,
  rustName: string,
  calledHelpers: readonly string[],
): Emitted {
  const helper = `${rustName}_case`;
  const { name: mk, regionName: mkr } = unit.options.clientHelper;
  const mocks = mockHelperNames(unit.options.clientHelper);
  const names = new NameAllocator(pythonNames(f), [
    mk,
    mkr,
    mocks.mock,
    mocks.mockClient,
    ...unit.services
      .all()
      .flatMap((a) => [...Object.values(otherClientHelpers(a)), mockFactoryName(unit, [a])]),
    rustName,
    helper,
    // Helpers the test calls: a local must not shadow them.
    ...calledHelpers.flatMap((py) => unit.helpers.get(py)?.rust ?? []),
  ]);
  const fx = new FnCx(unit, names, new Liveness(f.body));
  const clientHelpers = calledHelpers.filter((py) => unit.mockHelpers.has(py));
  if (
    unit.options.target.kind === "winterbaume" &&
    (clientHelpers.length > 0 || needsSharedMock(f.body, fx.live, unit.api.info.boto3))
  ) {
    // One backend per test: every client of this test (and of the helpers it calls) is derived
    // from this one mock, which registers every service they make clients of.
    const helperBodies = clientHelpers.flatMap((py) => unit.helpers.get(py)?.def.body ?? []);
    const others = otherServicesOf(unit, [...f.body, ...helperBodies], fx.live);
    const factory = mockFactoryName(unit, others);
    fx.mock = names.fresh("mock");
    fx.mockFactories.set(factory, others);
    fx.line(`let ${fx.mock} = ${factory}();`);
  }
  const comment = `// Ported from moto: ${unit.options.fileLabel}::${f.name}`;
  const paramVars: { v: LocalVar; rt: string }[] = [];
  const paramNames = f.params.filter((p, i) => !(i === 0 && f.className !== null && p === "self"));
  const p = f.parametrize;
  if (p) {
    for (const py of paramNames) {
      const ix = p.names.indexOf(py);
      if (ix < 0) continue;
      const ty = p.cases[0]?.values[ix]?.ty;
      const rt = ty ? paramRustType(ty) : null;
      if (!ty || !rt) fail(EMIT.parametrizedOfUnsupportedKind(py), p.span);
      const rust = names.local(py);
      const v = {
        rust,
        ty,
        mode: ty.kind === "string" ? ("ref" as const) : ("own" as const),
        loopDepth: 0,
        usize: false,
      };
      fx.locals.set(py, v);
      paramVars.push({ v, rt });
    }
  }
  emitBody(fx, f.body);
  fx.dropUnusedBindings();
  const body = fx.lines.filter((l) => l !== "").join("\n");
  if (!p) {
    fx.commit();
    return {
      tests: [
        {
          name: rustName,
          motoTest: f.name,
          comment,
          code: `#[tokio::test]\nasync fn ${rustName}() {\n${body}\n}`,
        },
      ],
      helpers: [],
      rustAsserts: fx.rustAsserts,
      diagnostics: fx.diagnostics,
    };
  }
  const params = paramVars.map(
    ({ v, rt }) => `${isRead(fx.lines, -1, v.rust) ? v.rust : "_" + v.rust}: ${rt}`,
  );
  const suffixes = caseSuffixes(f);
  const tests: RustTest[] = p.cases.map((c, i) => {
    const args = p.names
      .map((py, ix) => ({ py, ix }))
      .filter(({ py }) => paramNames.includes(py))
      .map(({ ix }) => {
        const v = c.values[ix];
        if (!v) fail(EMIT.parametrizedCaseWithoutValue(), c.span);
        const code = valueFor(fx, v, v.ty, "into");
        // A `&str` parameter given a `format!(..)`: lend it.
        return v.ty.kind === "string" && code.startsWith("format!(") ? `&${code}` : code;
      });
    const name = `${rustName}_${suffixes[i]}`;
    return {
      name,
      motoTest: f.name,
      comment,
      code: `#[tokio::test]\nasync fn ${name}() {\n    ${helper}(${args.join(", ")}).await;\n}`,
    };
  });
  fx.commit();
  return {
    tests,
    helpers: [{ name: helper, code: `async fn ${helper}(${params.join(", ")}) {\n${body}\n}` }],
    rustAsserts: fx.rustAsserts,
    diagnostics: fx.diagnostics,
  };
}

export function emitModule(
  typed: Module<Typed>,
  diagnostics: readonly Diagnostic[],
  options: EmitOptions,
): EmitResult {
  const unit = new UnitCx(options, new Map(typed.constants.map((c) => [c.name, c.value])));
  const out: Diagnostic[] = [...diagnostics];
  // Helpers called by tests: one `async fn` each, written before the tests that call them.
  const helperDefs = new Map(
    typed.functions.flatMap((f) => (f.role === "helper" && f.signature ? [[f.name, f] as const] : [])),
  );
  // Every module helper a test may call, typed or not: its diagnostics are its callers' reasons.
  const allHelpers = new Map(
    typed.functions
      .filter((f) => f.role === "helper" && f.clientParams !== undefined)
      .map((f) => [f.name, f]),
  );
  const testNames = new Set(
    typed.functions.filter((f) => f.role === "test").map((f) => rustLocalName(f.name)),
  );
  const { name: mk, regionName: mkr } = options.clientHelper;
  const rustHelperNames = helperNames(typed.functions, new Set([...testNames, mk, mkr]));
  for (const [py, rust] of rustHelperNames) {
    const def = helperDefs.get(py)!;
    unit.helpers.set(py, { def, rust, signature: def.signature, result: { failure: PENDING } });
  }
  for (const py of clientMakingHelpers(allHelpers)) {
    unit.mockHelpers.add(py);
    unit.mockHelpers.add(raisingKey(py));
  }
  for (const [py, rust] of rustHelperNames) {
    unit.helpers.set(
      py,
      emitHelper(unit, helperDefs.get(py)!, rust, [...testNames, ...rustHelperNames.values()]),
    );
  }
  // Raising forms of helpers called in pytest.raises (raising-helpers.ts), inner ones first.
  const taken = new Set([...testNames, mk, mkr, ...rustHelperNames.values()]);
  const raising = raisingHelpers(
    typed.functions.map((f) => f.body as readonly Stmt<Typed>[]),
    helperDefs,
  ).filter((py) => rustHelperNames.has(py));
  for (const py of [...raising].reverse()) {
    let rust = `try_${rustHelperNames.get(py)!}`;
    for (let i = 2; taken.has(rust); i++) rust = `try_${rustHelperNames.get(py)!}_${i}`;
    taken.add(rust);
    unit.helpers.set(raisingKey(py), emitHelper(unit, helperDefs.get(py)!, rust, [...taken], true));
    allHelpers.set(raisingKey(py), helperDefs.get(py)!);
  }
  // A helper that cannot be written is reported once, at its own location (its callers are skipped).
  for (const h of unit.helpers.values()) {
    if (!("failure" in h.result) || h.result.failure === PENDING) continue;
    const f = h.result.failure;
    const said = out.some(
      (d) =>
        d.severity === "error" &&
        d.span.file === f.span.file &&
        d.span.line === f.span.line &&
        d.span.col === f.span.col,
    );
    if (!said) out.push(f);
  }
  /** Python assertions a helper runs per call (its own and its helpers'). */
  const pythonPerCall = (name: string, seen: string[] = []): number => {
    const d = allHelpers.get(name);
    if (!d || seen.includes(name)) return 0;
    return assertsThroughHelpers(d.body, countAsserts, (n) => pythonPerCall(n, [...seen, name]));
  };
  const rustPerCall = (name: string, seen: string[] = []): number => {
    const h = unit.helpers.get(name);
    if (!h || !("code" in h.result) || seen.includes(name)) return 0;
    return (
      h.result.fx.rustAsserts +
      assertsThroughHelpers(
        h.def.body,
        () => 0,
        (n) => rustPerCall(n, [...seen, name]),
      )
    );
  };
  const keptHelpers = new Set<string>();
  const reports: TestReport[] = [];
  const groups: { index: number; operations: string[]; hasErrorCase: boolean; emitted: Emitted }[] = [];
  const usedNames = new Set<string>();
  typed.functions.forEach((f, index) => {
    if (f.role !== "test") return;
    let rustName = rustLocalName(f.name);
    if (usedNames.has(rustName) && f.className) rustName = `${sanitizeIdent(f.className)}_${rustName}`;
    for (let i = 2; usedNames.has(rustName); i++) rustName = `${rustLocalName(f.name)}_${i}`;
    const direct = transitiveHelpers(f.body, allHelpers);
    const called = [...direct, ...raisingKeysOf(f.body, helperDefs, direct)];
    const calledDefs = called.flatMap((n) => allHelpers.get(n) ?? []);
    const inside = diagnostics.filter((d) => inFunction(d, f) || calledDefs.some((h) => inFunction(d, h)));
    const operations = calledOperations([
      ...f.body,
      ...calledDefs.flatMap((h): readonly AnyStmt[] => h.body),
    ]);
    const python = assertsThroughHelpers(f.body, countAsserts, (n) => pythonPerCall(n));
    const base = { file: typed.file, test: f.name, line: f.span.line, operations };
    const skip = (errors: readonly Diagnostic[]): void => {
      reports.push({
        ...base,
        status: "skipped",
        reasons: errors.map(reason),
        asserts: { python, rust: 0 },
        rustTests: [],
      });
    };
    const errors = inside.filter((d) => d.severity === "error");
    for (const n of called) {
      const h = unit.helpers.get(n);
      if (h && "failure" in h.result) errors.push(h.result.failure);
    }
    if (errors.length) return skip(errors);
    let emitted: Emitted;
    try {
      emitted = emitTest(unit, f, rustName, called);
    } catch (e) {
      // An exception that is no EmitFailure is a bug of ours: reported as such, the test skipped.
      const d: Diagnostic =
        e instanceof EmitFailure
          ? { severity: "error", code: e.code, message: e.message, span: e.span }
          : diagnostic(EMIT.internalError(e instanceof Error ? e.message : String(e)), f.span);
      out.push(d);
      return skip([d]);
    }
    usedNames.add(rustName);
    out.push(...emitted.diagnostics);
    const helperWarnings: Diagnostic[] = [];
    for (const n of called) {
      const h = unit.helpers.get(n);
      if (h && "code" in h.result) {
        helperWarnings.push(...h.result.fx.diagnostics);
        keptHelpers.add(n);
      }
    }
    const warnings = [...inside, ...emitted.diagnostics, ...helperWarnings].filter(
      (d) => d.code === "approximated",
    );
    const status: TestStatus = warnings.length ? "partial" : "ported";
    reports.push({
      ...base,
      status,
      reasons: warnings.map(reason),
      asserts: {
        python,
        rust:
          emitted.rustAsserts +
          assertsThroughHelpers(
            f.body,
            () => 0,
            (n) => rustPerCall(n),
          ),
      },
      rustTests: emitted.tests.map((t) => t.name),
    });
    groups.push({ index, operations, hasErrorCase: hasRaises(f.body), emitted });
  });
  groups.sort(compareOrder);
  const tests = groups.flatMap((g) => g.emitted.tests);
  // Module helpers in source order, after the shared ones; their items join the unit only if kept.
  const moduleHelpers: RustItem[] = [];
  for (const [py, h] of unit.helpers) {
    if (!keptHelpers.has(py) || !("code" in h.result)) continue;
    h.result.fx.commit();
    out.push(...h.result.fx.diagnostics);
    moduleHelpers.push({ name: h.rust, code: h.result.code });
  }
  const helpers = [
    ...[...unit.helperFns].map(([name, code]) => ({ name, code })),
    ...moduleHelpers,
    ...groups.flatMap((g) => g.emitted.helpers),
  ];
  const clientHelpers = tests.length ? clientHelperItems(unit) : [];
  const constants: RustItem[] = [];
  const accountId = unit.constants.get("ACCOUNT_ID");
  if (accountId) constants.push({ name: "ACCOUNT_ID", code: accountId });
  for (const [name, code] of unit.constants) if (name !== "ACCOUNT_ID") constants.push({ name, code });
  const unitOut: RustUnit = {
    uses: [...unit.uses].sort(),
    constants,
    clientHelpers,
    helpers,
    tests,
    devDependencies: [...unit.devDependencies].sort(),
  };
  out.sort(compareDiagnostics);
  return { unit: unitOut, reports, diagnostics: out };
}
