#!/usr/bin/env node
// Built by `npm run build:cli` (the prepare script), so `npm ci && npx qipp` works with no extra step.
require("../dist/cli/main.js")
  .main(process.argv.slice(2))
  .then((code) => { process.exitCode = code; });
