/** Every model under ../shared/api-models-aws (160 services, EC2 included) loads and yields an API surface. Speed is measured by `npm run bench`, not here. */
import { describe, expect, it } from "vitest";
import { apiSurface } from "../src/api-surface.js";
import { openModels } from "../src/repository.js";
import { modelsRoot } from "./helpers.js";

describe("all local services", () => {
  it("load and produce an api surface without throwing", () => {
    const repo = openModels(modelsRoot);
    const names = repo.available();
    expect(names.length).toBe(160);
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
    expect(empty).toEqual([]);
  });
});
