// The checks that drive LibreOffice or read whole corpora: every real-world file in ../shared/corpus and
// test/corpus through validate and rollup with the four output checks, LibreOffice's copies of the
// samples, LibreOffice recalculating every total, the round trips through both hosts that LibreOffice and
// openpyxl then open, and the Office.js host at scale (huge used ranges, 200 sheets, 50,000 schemes). Minutes on a 2-core machine, so a step of its own
// in .ci/run (`npm run test:checks`), not part of `npm test`.
const swc = ["@swc/jest", { jsc: { parser: { syntax: "typescript" } } }];

module.exports = {
  testEnvironment: "node",
  testMatch: ["<rootDir>/test/**/*.check.ts"],
  transform: { "^.+\\.(t|j)sx?$": swc },
};
