#!/usr/bin/env node
// Built by `npm run build:cli` (the prepare script), so `npm ci && npx qipp` works with no extra step.
// Whatever happens, one line and exit 2: never a stack trace (main() already turns known failures into lines).
const bug = (e) => {
  const message = String((e && e.message) || e).split("\n")[0].slice(0, 300);
  process.stderr.write(`qipp: unexpected error: ${message}. This is a bug in qipp: please report it with the command and, if you can share it, the file\n`);
  process.exit(2);
};
process.on("uncaughtException", bug);
process.on("unhandledRejection", bug);
require("../dist/cli/main.js")
  .main(process.argv.slice(2))
  .then((code) => { process.exitCode = code; }, bug);
