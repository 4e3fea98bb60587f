// `npm test`: the type check and the lint side by side (one core each), then Jest with its two workers.
// Arguments after `npm test --` go to Jest. Exits non-zero if any of the three fails.
import { spawn } from "node:child_process";

const bin = (name) => new URL(`../node_modules/.bin/${name}`, import.meta.url).pathname;
const run = (name, args) =>
  new Promise((resolve) => spawn(bin(name), args, { stdio: "inherit" }).on("exit", (code, signal) => resolve(signal ? 1 : (code ?? 1))));

const [typecheck, lint] = await Promise.all([run("tsc", ["--noEmit", "-p", "."]), run("eslint", ["."])]);
if (typecheck !== 0) console.error("npm test: the type check failed (see above).");
if (lint !== 0) console.error("npm test: the lint failed (see above).");
if (typecheck !== 0 || lint !== 0) process.exit(1);
process.exit(await run("jest", process.argv.slice(2)));
