/** `use` ordering against rustfmt, and the snippet utilities the port merge relies on. */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { spawnSync } from "node:child_process";
import {
  compareUseEntries,
  definedNames,
  readTestFile,
  referencedNames,
  renameIdentifiers,
  sameTokens,
  splitItems,
  useEntryText,
  type UseEntry,
} from "@moto2rust/backend-rust";

const hasRustfmt = spawnSync("rustfmt", ["--version"]).status === 0;
if (!hasRustfmt) console.warn("rustfmt not on PATH: the rustfmt sort-order comparison is skipped");

function rustfmt(code: string, edition: string): string | null {
  const r = spawnSync("rustfmt", ["--edition", edition, "--emit", "stdout"], {
    input: code,
    encoding: "utf8",
  });
  return r.status === 0 ? r.stdout : null;
}

const ident = fc.constantFrom(
  "aws_sdk_ecs",
  "aws_config",
  "aws_sdk_s3",
  "winterbaume_core",
  "types",
  "config",
  "error",
  "primitives",
  "Blob",
  "ByteStream",
  "BehaviorVersion",
  "ProvideErrorMetadata",
  "MockAws",
  "ACCOUNT_ID",
  "Tag",
  "tag",
  "v2",
  "v10",
  "a_b",
  "ab",
  "Engine",
  "serde_json",
  "std",
  "HashMap",
  "collections",
  "x1",
  "X",
);
const entry: fc.Arbitrary<UseEntry> = fc
  .record({
    path: fc.array(ident, { minLength: 2, maxLength: 4 }),
    alias: fc.option(fc.constantFrom("_", "Alias", "other"), { freq: 5 }),
    glob: fc.boolean(),
  })
  .map(({ path, alias, glob }) => ({ path, alias: glob ? null : alias, glob: glob && alias === null }));

describe("use ordering", () => {
  it.skipIf(!hasRustfmt)("sorts like rustfmt (style editions 2021 and 2024)", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(entry, { minLength: 2, maxLength: 8, selector: useEntryText }),
        (entries) => {
          const src = entries.map((e) => `use ${useEntryText(e)};`).join("\n") + "\n";
          for (const [edition, style] of [
            ["2021", "2021"],
            ["2024", "2024"],
          ] as const) {
            const formatted = rustfmt(src, edition);
            if (formatted === null) return;
            const mine = [...entries]
              .sort((a, b) => compareUseEntries(a, b, style))
              .map((e) => `use ${useEntryText(e)};`);
            expect(formatted.trimEnd().split("\n")).toEqual(mine);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("snippet utilities", () => {
  const code = [
    "// Ported from moto: test_x.py::test_a",
    "#[tokio::test]",
    "async fn test_a() {",
    "    let client = make_client().await;",
    '    let arn = format!("arn:{ACCOUNT_ID}:{REGION:?}");',
    "    assert_eq!(helper(&client, ACCOUNT_ID).await, arn);",
    "    let e = client.op().send().await.unwrap_err();",
    '    assert_eq!(e.code(), Some("X"));',
    "    let t = aws_sdk_ecs::types::Tag::builder().build();",
    "}",
  ].join("\n");

  it("finds referenced names, inline format arguments included", async () => {
    const names = await referencedNames(code);
    for (const n of [
      "make_client",
      "ACCOUNT_ID",
      "REGION",
      "helper",
      "unwrap_err",
      "code",
      "Tag",
      "aws_sdk_ecs",
    ]) {
      expect(names.has(n)).toBe(true);
    }
  });

  it("renames identifiers and inline arguments, not fields or path segments", async () => {
    const out = await renameIdentifiers(
      code,
      new Map([
        ["ACCOUNT_ID", "ACCOUNT_ID_MOTO"],
        ["helper", "helper_moto"],
        ["code", "nope"],
        ["Tag", "Nope"],
      ]),
    );
    expect(out).toContain('format!("arn:{ACCOUNT_ID_MOTO}:{REGION:?}")');
    expect(out).toContain("helper_moto(&client, ACCOUNT_ID_MOTO)");
    expect(out).toContain("e.code()");
    expect(out).toContain("types::Tag::builder()");
  });

  it("splits a file into items with their comments and attributes", async () => {
    const file = [
      "//! docs",
      "use a::b;",
      "",
      "const X: i32 = 1;",
      "",
      "/// helper",
      "async fn helper() {}",
      "",
      code,
      "",
    ].join("\n");
    const items = await splitItems(file);
    expect(items.map((i) => [i.kind, i.name, i.isTest, i.startLine, i.endLine])).toEqual([
      ["use", null, false, 2, 2],
      ["const", "X", false, 4, 4],
      ["fn", "helper", false, 6, 7],
      ["fn", "test_a", true, 9, 18],
    ]);
    expect(items[3]!.leadingComments).toEqual(["// Ported from moto: test_x.py::test_a"]);
    expect(items[3]!.itemText.split("\n")[0]).toBe("#[tokio::test]");
    expect(items[0]!.useEntries).toEqual([{ path: ["a", "b"], alias: null, glob: false }]);
    expect(await definedNames(file)).toEqual(["X", "helper", "test_a"]);
  });

  it("compares token streams", async () => {
    expect(await sameTokens('const X: &str = "1";', 'const  X :&str="1"; // same')).toBe(true);
    expect(await sameTokens('const X: &str = "1";', 'const X: &str = "2";')).toBe(false);
  });

  it("reads a real-shaped inventory without errors", async () => {
    const inv = await readTestFile(code + "\n");
    expect(inv.tests.map((t) => t.name)).toEqual(["test_a"]);
    expect(inv.portedMarkers).toEqual([{ file: "test_x.py", test: "test_a", line: 1 }]);
  });
});
