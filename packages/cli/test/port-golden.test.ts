/**
 * Golden tests of `moto2rust port` on the fixture checkout with the real compiler: the test file
 * after the port, the JSON report, the journal entry. Update deliberately with
 * `UPDATE_GOLDEN=1 npx vitest run packages/cli/test/port-golden.test.ts`; a missing golden fails.
 */
import { afterAll, describe, expect, it } from "vitest";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseRust, syntaxErrors } from "@moto2rust/backend-rust";
import { port } from "../src/port/port.js";
import { portJson, portText } from "../src/port/report.js";
import { models, sandbox, type Sandbox } from "./port-helpers.js";

const goldenDir = fileURLToPath(new URL("./fixtures/port-golden/", import.meta.url));
const NOW = new Date("2026-07-05T12:00:00Z");
const hasRustfmt = spawnSync("rustfmt", ["--version"]).status === 0;
const boxes: Sandbox[] = [];
afterAll(() => boxes.forEach((b) => b.cleanup()));

function golden(name: string, actual: string): void {
  const path = join(goldenDir, name);
  if (process.env.UPDATE_GOLDEN) {
    mkdirSync(join(path, ".."), { recursive: true });
    writeFileSync(path, actual);
  }
  if (!existsSync(path)) throw new Error(`${path} is missing: write it with UPDATE_GOLDEN=1 and review it`);
  expect(actual).toBe(readFileSync(path, "utf8"));
}

const CASES = [
  { name: "ecs", service: "ecs", target: "winterbaume" as const, file: "integration_test.rs" },
  { name: "sqs", service: "sqs", target: "winterbaume" as const, file: "integration_test.rs" },
  { name: "sqs-endpoint", service: "sqs", target: "endpoint" as const, file: "moto_sqs_endpoint.rs" },
  // Several services in one test: sns (a crate of the checkout) is registered too, firehose (none) is not.
  {
    name: "sqs-sns",
    service: "sqs",
    target: "winterbaume" as const,
    file: "integration_test.rs",
    filters: ["test_sqs_sns.py"],
  },
];

// Without rustfmt, port inserts unformatted (valid) Rust, which the goldens are not.
if (!hasRustfmt) console.warn("rustfmt not on PATH: port goldens skipped");

describe.skipIf(!hasRustfmt)("port golden (real compiler)", () => {
  for (const c of CASES) {
    it(`${c.name}: test file, report and journal`, async () => {
      const b = sandbox();
      boxes.push(b);
      const journalPath = join(b.winterbaume, ".agents/docs/JOURNAL.md");
      const journalBefore = readFileSync(journalPath, "utf8");
      const opts = {
        service: c.service,
        filters: "filters" in c ? c.filters : [],
        winterbaume: b.winterbaume,
        moto: b.moto,
        models: models(),
        mode: "write" as const,
        verify: false,
        target: c.target,
        now: NOW,
      };
      const r = await port(opts);
      const path = join(b.winterbaume, "crates", `winterbaume-${c.service}`, "tests", c.file);
      const text = readFileSync(path, "utf8");
      golden(`${c.name}/${c.file}`, text);
      golden(`${c.name}/report.json`, JSON.stringify(portJson(r), null, 2) + "\n");
      golden(`${c.name}/report.txt`, portText(r));
      golden(`${c.name}/journal-entry.md`, readFileSync(journalPath, "utf8").slice(journalBefore.length));
      const manifest = join(b.winterbaume, "crates", `winterbaume-${c.service}`, "Cargo.toml");
      golden(`${c.name}/Cargo.toml`, readFileSync(manifest, "utf8"));

      const tree = await parseRust(text);
      expect(syntaxErrors(tree.rootNode)).toEqual([]);
      tree.delete();
      for (const edition of ["2021", "2024"]) {
        const fmt = spawnSync("rustfmt", ["--edition", edition, "--check", path], { encoding: "utf8" });
        expect(fmt.stdout + fmt.stderr, `rustfmt --edition ${edition}`).toBe("");
      }
      const again = await port(opts);
      expect(again.changed).toBe(false);
      expect(readFileSync(path, "utf8")).toBe(text);
    });
  }
});
