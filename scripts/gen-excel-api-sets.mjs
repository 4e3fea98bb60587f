// Derives the Excel API -> requirement set table from the `[Api set: ExcelApi 1.x]` remarks in
// @types/office-js. Run: node scripts/gen-excel-api-sets.mjs (the output is committed).
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const typesFile = require.resolve("@types/office-js/index.d.ts");
const version = JSON.parse(readFileSync(require.resolve("@types/office-js/package.json"), "utf8")).version;
const lines = readFileSync(typesFile, "utf8").split("\n");
const start = lines.indexOf("declare namespace Excel {");
const table = {};
let className = null;
let apiSet = null;
for (let i = start + 1; i < lines.length && lines[i] !== "}"; i++) {
  const line = lines[i];
  const set = /\[Api set: ExcelApi (\d+\.\d+)\]/.exec(line);
  if (set) apiSet = set[1];
  const cls = /^    class (\w+) /.exec(line);
  if (cls) {
    className = cls[1];
    table[className] = { "": apiSet };
    apiSet = null;
    continue;
  }
  if (/^    \S/.test(line) && !line.startsWith("    /**") && !line.startsWith("    *")) className = /^    }/.test(line) ? null : className;
  const member = /^        (?:readonly )?(\w+)\??[(:<]/.exec(line);
  if (member && className) {
    if (apiSet) {
      const old = table[className][member[1]];
      if (!old || compare(apiSet, old) < 0) table[className][member[1]] = apiSet;
    }
    apiSet = null;
  }
  if (/^    }$/.test(line)) className = null;
}
function compare(a, b) {
  const [x1, y1] = a.split(".").map(Number);
  const [x2, y2] = b.split(".").map(Number);
  return x1 - x2 || y1 - y2;
}
for (const name of Object.keys(table)) if (Object.keys(table[name]).length <= 1 && !table[name][""]) delete table[name];
const out = { source: `@types/office-js ${version}, [Api set: ExcelApi 1.x] remarks`, classes: table };
writeFileSync(new URL("../src/host/fake-excel/excel-api-sets.generated.json", import.meta.url), JSON.stringify(out, null, 1) + "\n");
console.log(`${Object.keys(table).length} classes`);
