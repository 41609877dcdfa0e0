/** Properties of the naming functions (fast-check). */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { xformName } from "../src/boto3-name.js";
import { cargoCrateName } from "../src/crate-name.js";
import { toPascalCase } from "../src/pascal-case.js";
import { enumVariantName, escapeIfNeeded, isReservedWord, structureMemberNames } from "../src/rust-names.js";
import { toSnakeCase } from "../src/snake-case.js";

const alnum = fc.stringMatching(/^[A-Za-z0-9]{0,24}$/);
const identifier = fc.stringMatching(/^[A-Za-z][A-Za-z0-9]{0,24}$/);
const anyString = fc.string({ maxLength: 40 });

describe("naming properties", () => {
  it("toSnakeCase of alphanumerics is lowercase words joined by single underscores", () => {
    fc.assert(
      fc.property(alnum, (s) => {
        const out = toSnakeCase(s);
        expect(out).toMatch(/^[a-z0-9_]*$/);
        expect(out).not.toMatch(/__|^_|_$/);
        expect(out.replace(/_/g, "")).toBe(s.toLowerCase());
      }),
    );
  });

  it("toSnakeCase is idempotent on digit-free input, and snake_case words are fixed points", () => {
    // Not idempotent with digits: `0aA` → `0a_a` → `0_a_a` (all-lowercase input splits digit|letter).
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z]{0,24}$/), (s) => {
        expect(toSnakeCase(toSnakeCase(s))).toBe(toSnakeCase(s));
      }),
    );
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{1,8}(_[a-z]{1,8}){0,4}$/), (s) => {
        expect(toSnakeCase(s)).toBe(s);
      }),
    );
  });

  it("toSnakeCase never throws", () => {
    fc.assert(fc.property(anyString, (s) => void toSnakeCase(s)));
  });

  it("toPascalCase of identifiers is alphanumeric, starts uppercase, and keeps the letters", () => {
    fc.assert(
      fc.property(identifier, (s) => {
        const out = toPascalCase(s);
        expect(out).toMatch(/^[A-Z][A-Za-z0-9]*$/);
        expect(out.toLowerCase()).toBe(s.toLowerCase());
        expect(toPascalCase(out)).toBe(toPascalCase(toPascalCase(out)));
      }),
    );
  });

  it("xformName never throws and yields lowercase for alphanumerics", () => {
    fc.assert(fc.property(anyString, (s) => void xformName(s)));
    fc.assert(
      fc.property(identifier, (s) => {
        const out = xformName(s);
        expect(out).toMatch(/^[a-z0-9_]*$/);
        expect(out.replace(/_/g, "")).toBe(s.toLowerCase());
      }),
    );
  });

  it("member accessors are never bare Rust keywords; set_/get_ keep the raw snake case", () => {
    fc.assert(
      fc.property(identifier, (s) => {
        const n = structureMemberNames(s);
        expect(isReservedWord(n.accessor)).toBe(false);
        expect(n.setSetter).toBe(`set_${toSnakeCase(s)}`);
        expect(n.getter).toBe(`get_${toSnakeCase(s)}`);
      }),
    );
  });

  it("escapeIfNeeded leaves non-keywords alone", () => {
    fc.assert(
      fc.property(identifier, (s) => {
        fc.pre(!isReservedWord(s));
        expect(escapeIfNeeded(s)).toBe(s);
      }),
    );
  });

  it("enum variants are PascalCase identifiers and never the catch-all `Unknown`", () => {
    fc.assert(
      fc.property(identifier, (s) => {
        const v = enumVariantName(s);
        expect(v).toMatch(/^[A-Z][A-Za-z0-9_]*$/);
        expect(v).not.toBe("Unknown");
      }),
    );
  });

  it("crate names are lowercase, space-free and aws-sdk-prefixed", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9 ]{1,30}$/), (s) => {
        expect(cargoCrateName(s)).toMatch(/^aws-sdk-[a-z0-9]*$/);
      }),
    );
  });
});
