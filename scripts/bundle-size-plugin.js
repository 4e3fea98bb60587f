// Reports the gzipped size of an entry's initial JavaScript (the entry chunk and the chunks it
// loads synchronously; import() chunks such as ExcelJS and the charts are not counted) after a
// production build, warns when it is over the limit, and writes dist/bundle-size.json.
"use strict";

const zlib = require("node:zlib");

class BundleSizePlugin {
  constructor({ entry, limitKb }) {
    this.entry = entry;
    this.limitKb = limitKb;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap("BundleSizePlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "BundleSizePlugin", stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT },
        (assets) => {
          const entrypoint = compilation.entrypoints.get(this.entry);
          if (!entrypoint) return;
          const files = entrypoint.getFiles().filter((f) => f.endsWith(".js"));
          const bytes = files.map((file) => zlib.gzipSync(assets[file].source(), { level: 9 }).length);
          const totalKb = bytes.reduce((a, b) => a + b, 0) / 1024;
          const report = { entry: this.entry, files, gzipKb: Number(totalKb.toFixed(1)), limitKb: this.limitKb };
          compilation.emitAsset("bundle-size.json", new compiler.webpack.sources.RawSource(JSON.stringify(report, null, 2) + "\n"));
          const line = `${this.entry} initial JS: ${report.gzipKb} KB gzipped (${files.join(", ")}; limit ${this.limitKb} KB)`;
          console.log(line);
          if (totalKb > this.limitKb) compilation.warnings.push(new compiler.webpack.WebpackError(`Over budget: ${line}`));
        },
      );
    });
  }
}

module.exports = { BundleSizePlugin };
