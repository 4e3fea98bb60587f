// "@fluentui/react-icons" in the components project's tests. The package's CommonJS entry is one barrel
// of every icon (over a second to load), and Jest loads it again for each test file; Fluent UI's own
// components require it too. Here each icon comes from its own module, the package's atomic entry
// (@fluentui/react-icons/svg/<name>), when first used, and the helpers from its /utils and /providers
// entries. A name this cannot place comes from the real barrel, so nothing is ever missing.
const path = require("node:path");
const utils = require("@fluentui/react-icons/utils");
const providers = require("@fluentui/react-icons/providers");

const barrelPath = path.join(path.dirname(require.resolve("@fluentui/react-icons/package.json")), "lib-cjs", "index.cjs");
let barrel;
const fromBarrel = (name) => (barrel ??= require(barrelPath))[name];

const ICON = /^([A-Z][A-Za-z]*?)(\d+)?(Regular|Filled|Light|Color)$/;
const atomOf = (base) => base.replace(/([a-z])([A-Z])/g, "$1-$2").toLowerCase();

function icon(name) {
  const match = ICON.exec(name);
  if (!match) return undefined;
  try {
    return require(`@fluentui/react-icons/svg/${atomOf(match[1])}`)[name];
  } catch {
    return undefined;
  }
}

const found = new Map();
module.exports = new Proxy(
  { __esModule: true },
  {
    get(target, name) {
      if (typeof name !== "string" || name in target) return target[name];
      if (!found.has(name)) found.set(name, utils[name] ?? providers[name] ?? icon(name) ?? fromBarrel(name));
      return found.get(name);
    },
  },
);
