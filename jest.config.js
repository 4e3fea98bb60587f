// Unit, integration and component tests. Browser end-to-end tests live in jest.e2e.config.js.
const swc = ["@swc/jest", { jsc: { parser: { syntax: "typescript", tsx: true }, transform: { react: { runtime: "automatic" } } } }];

module.exports = {
  // Two workers on the 2-core machines this runs on (Jest would take one: cores - 1).
  maxWorkers: 2,
  projects: [
    {
      displayName: "node",
      testEnvironment: "<rootDir>/test/support/node-environment.cjs",
      testMatch: ["<rootDir>/test/**/*.test.ts", "<rootDir>/src/**/*.test.ts"],
      testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/e2e/"],
      transform: { "^.+\\.(t|j)sx?$": swc },
      moduleNameMapper: { "^jsdom$": "<rootDir>/test/support/jsdom-once-per-worker.cjs" },
    },
    {
      displayName: "components",
      testEnvironment: "jsdom",
      moduleNameMapper: { "^@fluentui/react-icons$": "<rootDir>/test/support/fluent-icons-on-demand.cjs" },
      testMatch: ["<rootDir>/test/**/*.test.tsx", "<rootDir>/src/**/*.test.tsx"],
      testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/e2e/"],
      transform: { "^.+\\.(t|j)sx?$": swc },
    },
  ],
};
