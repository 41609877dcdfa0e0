/**
 * Golden tests: every `fixtures/<case>/input.py` lowers to `fixtures/<case>/expected.ir.txt`
 * (the `dumpModule` text). `UPDATE_GOLDEN=1 npx vitest run packages/frontend-python` rewrites
 * the expected files; review the diff line by line before committing it.
 */
import { readdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { dumpModule } from "@moto2rust/ir";
import { parsePython } from "@moto2rust/frontend-python";

const fixtures = fileURLToPath(new URL("./fixtures", import.meta.url));
const update = process.env["UPDATE_GOLDEN"] === "1";
const cases = readdirSync(fixtures, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

describe("golden IR dumps", () => {
  it("has at least twelve fixtures", () => {
    expect(cases.length).toBeGreaterThanOrEqual(12);
  });

  for (const name of cases) {
    it(name, async () => {
      const dir = join(fixtures, name);
      const source = readFileSync(join(dir, "input.py"), "utf8");
      const actual = dumpModule(await parsePython(source, "input.py"));
      const expectedPath = join(dir, "expected.ir.txt");
      if (update || !existsSync(expectedPath)) {
        writeFileSync(expectedPath, actual);
        if (!update) throw new Error(`wrote missing ${expectedPath}; review it and run again`);
        return;
      }
      expect(actual).toBe(readFileSync(expectedPath, "utf8"));
    });
  }
});
