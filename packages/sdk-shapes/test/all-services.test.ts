/** Every model under ../shared/api-models-aws loads and yields an API surface, within a time budget. */
import { describe, expect, it } from "vitest";
import { apiSurface } from "../src/api-surface.js";
import { openModels } from "../src/repository.js";
import { modelsRoot } from "./helpers.js";

describe("all local services", () => {
  it("load and produce an api surface without throwing, in under 60 s", () => {
    const repo = openModels(modelsRoot);
    const names = repo.available();
    expect(names.length).toBe(159);
    const started = performance.now();
    const empty: string[] = [];
    for (const name of names) {
      const service = repo.service(name);
      expect(service, `${name}: ${repo.problem(name)}`).toBeDefined();
      const surface = apiSurface(service!);
      JSON.stringify(surface);
      if (surface.operations.length === 0 || surface.types.length === 0) empty.push(name);
      for (const op of surface.operations) {
        expect(surface.types.some((t) => t.path === op.input)).toBe(true);
        expect(surface.types.some((t) => t.path === op.output)).toBe(true);
      }
    }
    const seconds = (performance.now() - started) / 1000;
    console.log(`loaded ${names.length} services and built their surfaces in ${seconds.toFixed(1)} s`);
    expect(empty).toEqual([]);
    expect(seconds).toBeLessThan(60);
  });
});
