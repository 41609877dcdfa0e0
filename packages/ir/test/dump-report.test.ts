/** The golden dump, report totals and the one diagnostic format. */
import { describe, expect, it } from "vitest";
import {
  compareDiagnostics,
  diagnostic,
  dumpModule,
  dumpType,
  formatDiagnostic,
  formatSpan,
  span,
  totals,
  type DiagnosticCode,
  type Message,
  type Module,
  type Severity,
  type TestReport,
} from "@moto2rust/ir";
import { assert, assign, at, call, eq, name, str } from "./builders.js";

/** A placed message, as a catalogue entry would make it. */
const msg = (severity: Severity, code: DiagnosticCode, text: string): Message => ({ severity, code, text });

describe("dump", () => {
  it("dumps SDK types", () => {
    expect(dumpType({ kind: "string" })).toBe("string");
    expect(dumpType({ kind: "int", rust: "i64" })).toBe("i64");
    expect(
      dumpType({
        kind: "list",
        element: { kind: "map", key: { kind: "string" }, value: { kind: "bool" }, sparse: false },
        sparse: false,
      }),
    ).toBe("list<map<string, bool>>");
    expect(dumpType({ kind: "unknown", why: "no model" })).toBe("unknown(no model)");
  });

  it("dumps a module one node per line, deterministically", () => {
    const typed = str("c");
    typed.ty = { kind: "string" };
    const m: Module = {
      kind: "Module",
      file: "t.py",
      imports: [{ kind: "Import", module: "moto", names: [{ name: "mock_aws", alias: null }], span: at() }],
      constants: [],
      functions: [
        {
          kind: "Function",
          name: "test_create",
          role: "test",
          className: null,
          params: [],
          decorators: ["mock_aws"],
          parametrize: null,
          body: [
            assign("r", call("create_cluster", { clusterName: typed }), 2),
            assert(eq(name("r"), str("x")), 3),
          ],
          span: at(1),
        },
      ],
      diagnostics: [diagnostic(msg("warning", "approximated", "timestamps"), at(3, 5))],
    };
    const text = dumpModule(m);
    expect(text).toBe(
      [
        "Module t.py",
        "  Import moto {mock_aws}",
        "  Test test_create() [mock_aws] @1:1",
        '    Assign r = ApiCall(client.create_cluster, clusterName=Str("c") : string) @2:1',
        '    Assert Name(r) == Str("x") @3:1',
        "  Diagnostic 3:5 warning approximated: timestamps",
        "",
      ].join("\n"),
    );
    expect(dumpModule(m)).toBe(text);
  });
});

function report(status: TestReport["status"], codes: string[], python: number, rust: number): TestReport {
  return {
    file: "t.py",
    test: `test_${status}`,
    line: 1,
    status,
    reasons: codes.map((code) => ({
      code: code as TestReport["reasons"][number]["code"],
      message: "m",
      line: 1,
      col: 1,
    })),
    operations: [],
    asserts: { python, rust },
    rustTests: [],
  };
}

describe("report totals", () => {
  it("counts statuses, asserts, and each non-ported test once per reason code (sorted)", () => {
    const t = totals([
      report("ported", [], 2, 2),
      report("partial", ["approximated", "approximated"], 3, 3),
      report("skipped", ["unknown-member", "approximated"], 4, 0),
      report("skipped", ["type-mismatch"], 1, 0),
    ]);
    expect(t).toEqual({
      tests: 4,
      ported: 1,
      partial: 1,
      skipped: 2,
      byReason: { approximated: 2, "type-mismatch": 1, "unknown-member": 1 },
      asserts: { python: 10, rust: 5 },
    });
    expect(Object.keys(t.byReason)).toEqual(["approximated", "type-mismatch", "unknown-member"]);
  });

  it("is all zeros for no tests", () => {
    expect(totals([])).toEqual({
      tests: 0,
      ported: 0,
      partial: 0,
      skipped: 0,
      byReason: {},
      asserts: { python: 0, rust: 0 },
    });
  });
});

describe("diagnostics", () => {
  it("formats as file:line:col: severity[code]: message", () => {
    const d = diagnostic(
      msg("error", "unknown-member", "no member `Foo` in `CreateClusterInput`"),
      span("tests/t.py", 12, 9),
    );
    expect(formatSpan(d.span)).toBe("tests/t.py:12:9");
    expect(formatDiagnostic(d)).toBe(
      "tests/t.py:12:9: error[unknown-member]: no member `Foo` in `CreateClusterInput`",
    );
  });

  it("orders by file, line, column, then message", () => {
    const d = (file: string, line: number, col: number, message: string) =>
      diagnostic(msg("error", "syntax-error", message), span(file, line, col));
    const sorted = [
      d("b.py", 1, 1, "x"),
      d("a.py", 2, 1, "x"),
      d("a.py", 1, 5, "x"),
      d("a.py", 1, 5, "a"),
      d("a.py", 1, 2, "z"),
    ].sort(compareDiagnostics);
    expect(sorted.map((x) => `${x.span.file}:${x.span.line}:${x.span.col}:${x.message}`)).toEqual([
      "a.py:1:2:z",
      "a.py:1:5:a",
      "a.py:1:5:x",
      "a.py:2:1:x",
      "b.py:1:1:x",
    ]);
  });
});
