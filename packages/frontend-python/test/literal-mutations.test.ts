/**
 * Dict and list literals changed in place (literal-mutations.ts): after any sequence of
 * `d[k] = v`, `del d[k]`, `d.update(...)`, `d.pop(k, None)`, `xs.append(v)`, `xs.pop()` the last
 * re-assignment of the name holds what Python's dict and list would (same keys, same order,
 * same values); a change Python would raise on (`del` of an absent key) is reported instead.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parsePython } from "@moto2rust/frontend-python";
import type { Expr, Stmt } from "@moto2rust/ir";

type Op =
  | { readonly kind: "set"; readonly key: string; readonly value: number }
  | { readonly kind: "del"; readonly key: string }
  | { readonly kind: "update"; readonly key: string; readonly value: number; readonly keyword: boolean }
  | { readonly kind: "pop"; readonly key: string }
  | { readonly kind: "append"; readonly value: number }
  | { readonly kind: "popLast" };

const key = fc.constantFrom("a", "b", "c", "d");
const value = fc.integer({ min: 0, max: 99 });
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant("set" as const), key, value }),
  fc.record({ kind: fc.constant("del" as const), key }),
  fc.record({ kind: fc.constant("update" as const), key, value, keyword: fc.boolean() }),
  fc.record({ kind: fc.constant("pop" as const), key }),
  fc.record({ kind: fc.constant("append" as const), value }),
  fc.record({ kind: fc.constant("popLast" as const) }),
);

/** Python's semantics, on a Map (insertion-ordered like a dict) and an array; null where Python raises. */
function reference(ops: readonly Op[]): { dict: [string, number][]; list: number[] } | null {
  const dict = new Map<string, number>([["a", 1]]);
  const list: number[] = [];
  for (const o of ops) {
    switch (o.kind) {
      case "set":
      case "update":
        dict.set(o.key, o.value);
        break;
      case "del":
        if (!dict.has(o.key)) return null;
        dict.delete(o.key);
        break;
      case "pop":
        dict.delete(o.key);
        break;
      case "append":
        list.push(o.value);
        break;
      case "popLast":
        if (list.length === 0) return null;
        list.pop();
        break;
    }
  }
  return { dict: [...dict], list };
}

function source(ops: readonly Op[]): string {
  const lines = ops.map((o) => {
    switch (o.kind) {
      case "set":
        return `d["${o.key}"] = ${o.value}`;
      case "del":
        return `del d["${o.key}"]`;
      case "update":
        return o.keyword ? `d.update(${o.key}=${o.value})` : `d.update({"${o.key}": ${o.value}})`;
      case "pop":
        return `d.pop("${o.key}", None)`;
      case "append":
        return `xs.append(${o.value})`;
      case "popLast":
        return `xs.pop()`;
    }
  });
  return [
    "import boto3",
    "from moto import mock_aws",
    "",
    "",
    "@mock_aws",
    "def test_values():",
    '    client = boto3.client("sqs", region_name="us-east-1")',
    '    d = {"a": 1}',
    "    xs = []",
    ...lines.map((l) => `    ${l}`),
    "",
  ].join("\n");
}

function lastValue(body: readonly Stmt[], name: string): Expr | undefined {
  let v: Expr | undefined;
  for (const s of body) if (s.kind === "Assign" && s.target === name) v = s.value;
  return v;
}

function intOf(e: Expr): number {
  if (e.kind !== "Int") throw new Error(`not an int: ${e.kind}`);
  return Number(e.value);
}

describe("dict and list literals changed in place", () => {
  it("hold what Python's dict and list hold after any sequence of changes", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { maxLength: 12 }), async (ops) => {
        const m = await parsePython(source(ops), "test_values.py");
        const body = m.functions[0]!.body;
        const expected = reference(ops);
        const errors = m.diagnostics.filter((d) => d.severity === "error");
        if (expected === null) {
          expect(errors.length).toBeGreaterThan(0);
          return;
        }
        expect(errors).toEqual([]);
        const d = lastValue(body, "d");
        const xs = lastValue(body, "xs");
        if (d?.kind !== "Dict" || xs?.kind !== "List") throw new Error("no literal re-assignment");
        expect(d.entries.map((e) => [e.key.kind === "Str" ? e.key.value : "?", intOf(e.value)])).toEqual(
          expected.dict,
        );
        expect(xs.elements.map(intOf)).toEqual(expected.list);
      }),
      { numRuns: 150 },
    );
  });

  it("are not followed through a loop that changes them", async () => {
    const m = await parsePython(
      [
        "import boto3",
        "from moto import mock_aws",
        "",
        "",
        "@mock_aws",
        "def test_loop():",
        '    client = boto3.client("sqs", region_name="us-east-1")',
        '    attrs = {"DelaySeconds": "0"}',
        "    for i in range(2):",
        '        attrs["DelaySeconds"] = str(i)',
        '        client.create_queue(QueueName="q", Attributes=attrs)',
        "",
      ].join("\n"),
      "test_loop.py",
    );
    expect(m.diagnostics.map((d) => d.message)).toContain(
      'unsupported subscript assignment of attrs, which is not a dict or list literal bound and changed in one block: `attrs["DelaySeconds"]`',
    );
  });
});
