// The corpus run over ../shared/corpus with the four output checks (LibreOffice and openpyxl included):
// a minute or more on a 2-core machine, so a step of its own in .ci/run, not part of `npm test`.
const swc = ["@swc/jest", { jsc: { parser: { syntax: "typescript" } } }];

module.exports = {
  testEnvironment: "node",
  testMatch: ["<rootDir>/test/**/*.check.ts"],
  transform: { "^.+\\.(t|j)sx?$": swc },
};
