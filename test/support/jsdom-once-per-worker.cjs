// "jsdom" in the node project's tests: the copy test/support/node-environment.cjs loaded once per worker.
module.exports = globalThis.__jsdomOncePerWorker();
