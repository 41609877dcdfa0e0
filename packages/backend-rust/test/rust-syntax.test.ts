/** Rust lexical helpers: literals always parse, identifiers are always valid snake_case. */
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  formatText,
  isRustKeyword,
  rustBytes,
  rustLocalName,
  rustStr,
  sanitizeIdent,
} from "../src/emit/rust-syntax.js";
import { formatRust } from "../src/emit/rustfmt.js";
import { NameAllocator } from "../src/emit/naming.js";

const hasRustfmt = spawnSync("rustfmt", ["--version"]).status === 0;
if (!hasRustfmt) console.warn("rustfmt not on PATH: the string-literal rustfmt property is skipped");

describe("rust-syntax", () => {
  it("writes plain, escaped and raw string literals", () => {
    expect(rustStr("alpha")).toBe('"alpha"');
    expect(rustStr('{"a": 1}')).toBe('r#"{"a": 1}"#');
    expect(rustStr('a"#b')).toBe('"a\\"#b"');
    expect(rustStr("tab\there")).toBe('"tab\\there"');
    expect(rustStr("back\\slash")).toBe('"back\\\\slash"');
    expect(rustBytes("\x00\x01ok")).toBe('b"\\0\\x01ok"');
    expect(formatText("{x}")).toBe("{{x}}");
  });

  it("maps Python names to snake_case Rust locals", () => {
    expect(rustLocalName("roleLastUsed")).toBe("role_last_used");
    expect(rustLocalName("type")).toBe("type_");
    expect(rustLocalName("self")).toBe("self_");
    expect(rustLocalName("test_a__b")).toBe("test_a_b");
    expect(rustLocalName("_")).toBe("_unused");
    expect(sanitizeIdent("with-dash.fifo")).toBe("with_dash_fifo");
  });

  it("never produces keywords or invalid identifiers", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,12}$/), (py) => {
        const r = rustLocalName(py);
        expect(r).toMatch(/^[a-z_][a-z0-9_]*$/);
        expect(isRustKeyword(r)).toBe(false);
      }),
    );
  });

  it("gives distinct Python names distinct Rust names, and temporaries avoid them", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,6}$/), { maxLength: 12 }),
        (names) => {
          const alloc = new NameAllocator(names, ["make_client"]);
          const rust = names.map((n) => alloc.local(n));
          expect(new Set(rust).size).toBe(rust.length);
          expect(rust).not.toContain("make_client");
          const t = alloc.temp("list_clusters", new Set());
          expect(rust).not.toContain(t);
        },
      ),
    );
  });

  it.skipIf(!hasRustfmt)("string literals always parse (rustfmt accepts them)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 20 }), (s) => {
        const r = formatRust(`const X: &str = ${rustStr(s)};\n`);
        expect(r.formatted, r.error).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
