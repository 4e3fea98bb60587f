// Jest's node environment, plus jsdom loaded once per worker. Jest evaluates every module again for each
// test file, and jsdom alone costs 1-2 s of that in each file that loads Microsoft's Excel library into a
// jsdom window (src/host/fake-excel/node-library.ts). This file is loaded by Node's own require, outside
// Jest's registry, so its `require("jsdom")` is cached for the worker's life. Each test file still gets
// its own JSDOM window and its own copy of Microsoft's library.
const { TestEnvironment } = require("jest-environment-node");

class NodeEnvironmentWithSharedJsdom extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    this.global.__jsdomOncePerWorker = () => require("jsdom");
  }
}

module.exports = NodeEnvironmentWithSharedJsdom;
