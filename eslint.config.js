// ESLint (flat config): the rules docs/ARCHITECTURE.md states, enforced. Type-aware on the
// sources (each package's tsconfig through the project service); syntax-only on tests and scripts.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["**/dist/**", "**/node_modules/**", "**/test/fixtures/**", "**/*.d.ts"] },
  {
    files: ["**/*.ts"],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      // Escaping and validating control characters is what several regexes are for.
      "no-control-regex": "off",
      // Regexes over generated Rust match its four-space indentation literally.
      "no-regex-spaces": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["packages/*/src/**/*.ts"],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // A `default:` must not hide an unhandled member of a union (an IR kind): every case is
      // listed and the switch ends in assertNever, so adding a kind is a compile-time to-do list.
      "@typescript-eslint/switch-exhaustiveness-check": [
        "error",
        { considerDefaultExhaustiveForUnions: false, requireDefaultForNonUnion: false },
      ],
    },
  },
  {
    files: ["**/*.mjs", "**/*.js"],
    extends: [js.configs.recommended],
    languageOptions: { globals: { process: "readonly", console: "readonly", URL: "readonly" } },
  },
);
