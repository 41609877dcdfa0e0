import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

const pkg = (name: string) => fileURLToPath(new URL(`./packages/${name}/src/index.ts`, import.meta.url));

export default defineConfig({
  resolve: {
    alias: {
      "@moto2rust/ir": pkg("ir"),
      "@moto2rust/sdk-shapes": pkg("sdk-shapes"),
      "@moto2rust/frontend-python": pkg("frontend-python"),
      "@moto2rust/backend-rust": pkg("backend-rust"),
      moto2rust: pkg("cli"),
    },
  },
  test: {
    include: ["packages/*/test/**/*.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: "forks",
  },
});
