/** The message catalogue: every entry is well-formed, and a message carries its entry's code and severity. */
import { describe, expect, it } from "vitest";
import { CLI, DIAGNOSTIC_CODES, EMIT, FRONTEND, TYPER, diagnostic, formatDiagnostic } from "@moto2rust/ir";

const SECTIONS = { FRONTEND, TYPER, EMIT, CLI };
const entries = Object.entries(SECTIONS).flatMap(([section, s]) =>
  Object.entries(s).map(([name, m]) => ({ id: `${section}.${name}`, m })),
);

describe("message catalogue", () => {
  it.each(entries)("$id has a known code and severity, and a text for any arguments", ({ m }) => {
    expect(Object.keys(DIAGNOSTIC_CODES)).toContain(m.code);
    expect(["error", "warning", "note"]).toContain(m.severity);
    const args = Array.from({ length: m.length }, (_, i) => `a${i}`);
    const made = (m as (...a: string[]) => { code: string; severity: string; text: string })(...args);
    expect(made.code).toBe(m.code);
    expect(made.severity).toBe(m.severity);
    expect(made.text).not.toBe("");
    // Every parameter appears in the text.
    for (const a of args) expect(made.text).toContain(a);
  });

  it("every code is used by some entry, and the approximated entries are warnings", () => {
    const used = new Set(entries.map((e) => e.m.code));
    // Codes whose diagnostics are built outside the catalogue's sections: none.
    expect(Object.keys(DIAGNOSTIC_CODES).filter((c) => !used.has(c as never))).toEqual([]);
    for (const e of entries) if (e.m.code === "approximated") expect(e.m.severity).toBe("warning");
  });

  it("places a message at a span in the one diagnostic format", () => {
    const d = diagnostic(TYPER.unknownName("x"), { file: "t.py", line: 3, col: 5, endLine: 3, endCol: 6 });
    expect(d).toEqual({
      severity: "error",
      code: "unsupported-syntax",
      message: "unknown name 'x' (not assigned in this test)",
      span: { file: "t.py", line: 3, col: 5, endLine: 3, endCol: 6 },
    });
    expect(formatDiagnostic(d)).toBe(
      "t.py:3:5: error[unsupported-syntax]: unknown name 'x' (not assigned in this test)",
    );
  });
});
