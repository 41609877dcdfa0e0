/**
 * fast-check arbitraries for hostile input: moto-shaped programs (from `random-programs.ts`) and
 * their mutations — truncation, token deletion and duplication, non-UTF-8 bytes (with and
 * without a coding declaration), NUL bytes, CRLF line ends, deep nesting, huge literals — and
 * broken or truncated Smithy models.
 */
import fc from "fast-check";
import type { GenProgram } from "./random-programs.js";

export type Source = string | Uint8Array;

export interface Mutated {
  readonly source: Source;
  /** What was done, for failure messages. */
  readonly steps: readonly string[];
}

const TOKEN = /[A-Za-z_][A-Za-z0-9_]*|[0-9]+|\s+|[^\sA-Za-z0-9_]/g;

function tokens(s: string): string[] {
  return s.match(TOKEN) ?? [];
}

type Step = (s: string) => fc.Arbitrary<{ text: string; step: string } | { bytes: Uint8Array; step: string }>;

const truncate: Step = (s) => fc.nat(s.length).map((n) => ({ text: s.slice(0, n), step: `truncate@${n}` }));

const deleteToken: Step = (s) => {
  const t = tokens(s);
  return fc
    .nat(Math.max(0, t.length - 1))
    .map((i) => ({ text: [...t.slice(0, i), ...t.slice(i + 1)].join(""), step: `delete-token#${i}` }));
};

const duplicateToken: Step = (s) => {
  const t = tokens(s);
  return fc
    .nat(Math.max(0, t.length - 1))
    .map((i) => ({ text: [...t.slice(0, i + 1), ...t.slice(i)].join(""), step: `duplicate-token#${i}` }));
};

const crlf: Step = (s) => fc.constant({ text: s.replace(/\r?\n/g, "\r\n"), step: "crlf" });

/** Raw bytes that are not UTF-8 (and optionally a latin-1 declaration that makes them legal). */
const nonUtf8: Step = (s) =>
  fc
    .record({
      at: fc.nat(s.length),
      bytes: fc.uint8Array({ minLength: 1, maxLength: 4, min: 0x80, max: 0xff }),
      declare: fc.constantFrom(null, "latin-1", "iso-8859-15", "cp1252", "utf-8", "no-such-codec"),
    })
    .map(({ at, bytes, declare }) => {
      const head = declare === null ? "" : `# -*- coding: ${declare} -*-\n`;
      const enc = new TextEncoder();
      const out = new Uint8Array([
        ...enc.encode(head + s.slice(0, at)),
        ...bytes,
        ...enc.encode(s.slice(at)),
      ]);
      return { bytes: out, step: `bytes@${at}[${[...bytes].join(",")}]${declare ? `+${declare}` : ""}` };
    });

const nul: Step = (s) =>
  fc.nat(s.length).map((at) => ({ text: s.slice(0, at) + "\0" + s.slice(at), step: `nul@${at}` }));

/** A value nested N deep, bound and asserted on in the first test, or as a call argument. */
const deepNesting: Step = (s) =>
  fc
    .record({
      depth: fc.integer({ min: 20, max: 300 }),
      open: fc.constantFrom("[", "(", "{'k': ", "f(", "not "),
      where: fc.constantFrom("statement", "argument"),
    })
    .map(({ depth, open, where }) => {
      const close = open === "[" ? "]" : open === "(" || open === "f(" ? ")" : open === "{'k': " ? "}" : "";
      const value = open.repeat(depth) + "1" + close.repeat(depth);
      let text: string;
      if (where === "argument" && /\w+="[^"]*"/.test(s)) text = s.replace(/(\w+)="[^"]*"/, `$1=${value}`);
      else text = s.replace(/(def test_\w+\(\):\n)/, `$1    x = ${value}\n    assert len(x) == 1\n`);
      return { text, step: `nest-${where}-${JSON.stringify(open)}x${depth}` };
    });

/** Integer literals far out of every Rust type's range, and very long strings. */
const hugeLiteral: Step = (s) =>
  fc
    .record({
      digits: fc.integer({ min: 10, max: 60 }),
      neg: fc.boolean(),
      which: fc.constantFrom("int", "string"),
      len: fc.integer({ min: 1_000, max: 20_000 }),
    })
    .map(({ digits, neg, which, len }) => {
      if (which === "string") {
        return { text: s.replace(/="([^"]*)"/, `="${"x".repeat(len)}"`), step: `long-string${len}` };
      }
      const big = (neg ? "-" : "") + "9".repeat(digits);
      const text = /\b\d+\b/.test(s.replace(/^.*import.*$/gm, ""))
        ? s.replace(/(=\s*|== )\d+\b/, `$1${big}`)
        : s.replace(/(def test_\w+\(\):\n)/, `$1    assert len([]) == ${big}\n`);
      return { text, step: `huge-int${neg ? "-" : ""}${digits}` };
    });

/** The tests as methods of one test class (moto's other common layout). */
const intoClass: Step = (s) => {
  const out: string[] = [];
  let inClass = false;
  for (const line of s.split("\n")) {
    const starts = line.startsWith("@") || line.startsWith("def ");
    if (starts && !inClass) {
      out.push("class TestFuzz:");
      inClass = true;
    }
    if (!inClass || line === "") out.push(line);
    else if (starts) out.push("    " + line.replace(/^def (\w+)\(\)/, "def $1(self)"));
    else out.push("    " + line);
  }
  return fc.constant({ text: out.join("\n"), step: "into-class" });
};

const TEXT_STEPS: readonly Step[] = [
  truncate,
  deleteToken,
  duplicateToken,
  crlf,
  deepNesting,
  hugeLiteral,
  intoClass,
];

/** One to three mutations of a program's source; the last may turn it into bytes. */
export function mutatedArb(prog: GenProgram): fc.Arbitrary<Mutated> {
  const chain = (s: string, steps: readonly string[], left: number): fc.Arbitrary<Mutated> =>
    fc.nat(TEXT_STEPS.length + 1).chain((k) => {
      const step: Step = k < TEXT_STEPS.length ? TEXT_STEPS[k]! : k === TEXT_STEPS.length ? nonUtf8 : nul;
      return step(s).chain((r) => {
        const done = [...steps, r.step];
        if ("bytes" in r) return fc.constant({ source: r.bytes, steps: done });
        if (left <= 1) return fc.constant({ source: r.text, steps: done });
        return fc.oneof(fc.constant({ source: r.text, steps: done }), chain(r.text, done, left - 1));
      });
    });
  return fc.integer({ min: 1, max: 3 }).chain((n) => chain(prog.source, [], n));
}

/** A model file broken in one of the ways files break: cut short, empty, `{}`, bytes flipped, shapes wrong. */
export function brokenModelArb(json: string): fc.Arbitrary<{ text: string; step: string }> {
  return fc.oneof(
    fc.nat(json.length).map((n) => ({ text: json.slice(0, n), step: `model-truncate@${n}` })),
    fc.constantFrom(
      { text: "", step: "model-empty" },
      { text: "{}", step: "model-{}" },
      { text: "[]", step: "model-[]" },
      { text: "null", step: "model-null" },
      { text: '{"shapes": 3}', step: "model-shapes-number" },
      { text: '{"shapes": {"com.amazonaws.ecs#X": null}}', step: "model-null-shape" },
    ),
    fc
      .record({ at: fc.nat(json.length), ch: fc.constantFrom("}", "]", '"', ",", "\u0000", "\uffff") })
      .map(({ at, ch }) => ({ text: json.slice(0, at) + ch + json.slice(at + 1), step: `model-flip@${at}` })),
    fc.constantFrom("structure", "list", "map", "integer", "operation", "nonsense").chain((type) =>
      fc.nat(50).map((k) => {
        let seen = 0;
        const text = json.replace(/"type":\s*"[a-z]+"/g, (m) => (seen++ === k ? `"type": "${type}"` : m));
        return { text, step: `model-retype#${k}->${type}` };
      }),
    ),
    fc.nat(50).map((k) => {
      let seen = 0;
      const text = json.replace(/"target":\s*"[^"]+"/g, (m) =>
        seen++ === k ? `"target": "com.amazonaws.ecs#Missing"` : m,
      );
      return { text, step: `model-dangling-target#${k}` };
    }),
  );
}
