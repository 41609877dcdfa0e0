/** Literal decoding: escapes, prefixes, concatenation, numbers. */
import { describe, expect, it } from "vitest";
import { dumpExpr, type Expr } from "@moto2rust/ir";
import { parsePython } from "@moto2rust/frontend-python";
import { normaliseFloat, normaliseInt } from "../src/numbers.js";
import { decodeEscapes } from "../src/strings.js";

async function constant(literal: string): Promise<Expr | string> {
  const m = await parsePython(`X = ${literal}\n`, "lit.py");
  const c = m.constants[0];
  return c === undefined ? m.diagnostics.map((d) => d.message).join("; ") : c.value;
}

async function dumped(literal: string): Promise<string> {
  const v = await constant(literal);
  return typeof v === "string" ? `failed: ${v}` : dumpExpr(v);
}

describe("string literals", () => {
  it.each([
    [String.raw`"a\tb"`, "a\tb"],
    [String.raw`'it\'s'`, "it's"],
    [String.raw`"\x41\101\u00e9\U0001F600"`, "AAé😀"],
    [String.raw`"\d stays"`, "\\d stays"],
    [String.raw`r"\n raw"`, "\\n raw"],
    [String.raw`R'\w+'`, "\\w+"],
    [String.raw`u"unicode"`, "unicode"],
    ['"""a\r\nb"""', "a\nb"],
    ['"a" \'b\' """c"""', "abc"],
    [String.raw`"\0"`, "\0"],
    ['f"no fields"', "no fields"],
    ['f"{{}}"', "{}"],
    [
      String.raw`"a\
b"`,
      "ab",
    ],
  ])("%s", async (literal, expected) => {
    const v = await constant(literal);
    expect(v).toMatchObject({ kind: "Str", value: expected });
  });

  it("decodes bytes one char per byte", async () => {
    expect(await constant(String.raw`b"\xff\x00a"`)).toMatchObject({ kind: "Bytes", value: "\xff\x00a" });
    expect(await constant(String.raw`rb"\xff"`)).toMatchObject({ kind: "Bytes", value: "\\xff" });
    expect(await constant(String.raw`b"\u00e9"`)).toMatchObject({ kind: "Bytes", value: "\\u00e9" });
  });

  it("keeps f-string fields and format specs", async () => {
    expect(await dumped('f"a{1}b{2.5:.1f}c" "d"')).toBe(
      'FString("a", {Int(1)}, "b", {Float(2.5):.1f}, "cd")',
    );
    // (A spec keeps it an f-string: with literal fields only, a module constant folds to a string.)
    expect(await dumped('"x" f"{1!s:3}"')).toBe('FString("x", {Int(1):3})');
    expect(await dumped('"x" f"{1!s}"')).toBe('Str("x1")');
  });

  it("rejects what the IR cannot hold", async () => {
    expect(await dumped('f"{1!r}"')).toMatch(/conversion !r/);
    expect(await dumped('f"{x=}"')).toMatch(/self-documenting/);
    expect(await dumped('f"{1:{2}}"')).toMatch(/nested replacement field/);
    expect(await dumped('b"a" "b"')).toMatch(/bytes and str/);
    expect(await dumped('"\\N{BULLET}"')).toMatch(/\\N/);
    expect(await dumped('"\\x4"')).toMatch(/truncated/);
    expect(await dumped('b"é"')).toMatch(/non-ASCII/);
  });

  it("decodes escapes directly", () => {
    expect(decodeEscapes("\\n\\777", false)).toEqual({ ok: true, value: "\n\u01ff" });
    expect(decodeEscapes("\\777", true)).toMatchObject({ ok: false });
    expect(decodeEscapes("end\\", false)).toEqual({ ok: true, value: "end\\" });
  });
});

describe("numbers", () => {
  it("normalises integers to decimal", () => {
    expect(normaliseInt("0x1F")).toBe("31");
    expect(normaliseInt("0o17")).toBe("15");
    expect(normaliseInt("0B101")).toBe("5");
    expect(normaliseInt("1_000")).toBe("1000");
    expect(normaliseInt("123456789012345678901234567890")).toBe("123456789012345678901234567890");
    expect(normaliseInt("1j")).toBeNull();
  });

  it("normalises floats", () => {
    expect(normaliseFloat("1.")).toBe("1.0");
    expect(normaliseFloat(".5")).toBe("0.5");
    expect(normaliseFloat("1_0.5e3")).toBe("10.5e3");
    expect(normaliseFloat("1.e5")).toBe("1.0e5");
    expect(normaliseFloat("2j")).toBeNull();
  });

  it("reports complex literals as unsupported", async () => {
    expect(await dumped("3j")).toMatch(/numeric literal 3j/);
  });
});
