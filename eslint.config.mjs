import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["scratch.tmp/**", ".scratch-fixtures/**", "dist/**", "node_modules/**", "coverage/**", "test-results/**", "bench/out/**", "**/*.js", "**/*.mjs", "**/*.cjs"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // The engine is pure: no Office, no DOM, no file system, no UI, no hosts.
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: ["node:*", "fs", "path", "exceljs", "react", "react-dom", "@fluentui/*", "**/host/**", "**/taskpane/**", "**/preview/**", "**/cli/**"] },
      ],
      "no-restricted-globals": ["error", "window", "document", "Office", "Excel", "process"],
    },
  },
  {
    // Components get host actions as props; they never import the Excel layer.
    files: ["src/taskpane/components/**/*.tsx"],
    rules: { "no-restricted-imports": ["error", { patterns: ["**/host/**", "exceljs"] }] },
  },
);
