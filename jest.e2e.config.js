// Browser end-to-end tests: the preview in Debian's Chromium through playwright-core (`npm run test:e2e`).
const swc = ["@swc/jest", { jsc: { parser: { syntax: "typescript", tsx: true }, transform: { react: { runtime: "automatic" } } } }];

module.exports = {
  displayName: "e2e",
  testEnvironment: "node",
  testMatch: ["<rootDir>/test/e2e/**/*.e2e.ts"],
  transform: { "^.+\\.(t|j)sx?$": swc },
  // One browser and one dev server at a time: the machine is small and the tests share a page.
  maxWorkers: 1,
  testTimeout: 240_000,
};
