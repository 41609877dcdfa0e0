/**
 * A journal append that fails after the test file was written: the test file gets its old bytes
 * back and the error says what happened (the journal module is mocked to fail on demand).
 */
import { afterAll, describe, expect, it, vi } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { port } from "../src/port/port.js";
import { fakeTranslate, models, sandbox, snapshot, type Sandbox } from "./port-helpers.js";

const failure = vi.hoisted(() => ({ on: false }));
vi.mock("../src/port/journal.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../src/port/journal.js")>();
  return {
    ...real,
    appendJournal: (plan: Parameters<typeof real.appendJournal>[0]) => {
      if (failure.on) throw new Error("ENOSPC: no space left on device, write");
      real.appendJournal(plan);
    },
  };
});

const boxes: Sandbox[] = [];
afterAll(() => boxes.forEach((b) => b.cleanup()));

describe("test file and journal: both or neither", () => {
  it("a failed journal append restores the test file and says so", async () => {
    const b = sandbox();
    boxes.push(b);
    const testFile = join(b.winterbaume, "crates/winterbaume-ecs/tests/integration_test.rs");
    const before = snapshot(b.root);
    failure.on = true;
    try {
      await expect(
        port({
          service: "ecs",
          filters: [],
          winterbaume: b.winterbaume,
          moto: b.moto,
          models: models(),
          mode: "write",
          verify: false,
          target: "winterbaume",
          translate: fakeTranslate,
          format: async (items) => items,
        }),
      ).rejects.toThrow(
        /cannot append to the journal .*JOURNAL\.md \(ENOSPC: no space left on device, write\); .*integration_test\.rs was restored: nothing changed/,
      );
    } finally {
      failure.on = false;
    }
    const after = snapshot(b.root);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    for (const [k, v] of before) expect(after.get(k)?.bytes, k).toBe(v.bytes);
    expect(readFileSync(testFile, "latin1")).toBe(
      before.get("winterbaume/crates/winterbaume-ecs/tests/integration_test.rs")!.bytes,
    );
  });
});
