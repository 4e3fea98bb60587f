// Builds the task pane, the ribbon's function file and the offline preview (Microsoft's
// Office-Addin-TaskPane conventions). Production builds rewrite the manifest's dev URLs to
// ADDIN_PUBLIC_URL and fail on a manifest that does not pass the offline checks.
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { DEFAULT_PUBLIC_URL, associatedFunctionNames, checkManifest, normalisePublicUrl, rewriteManifestUrls } = require("./scripts/manifest-tools");
const { BundleSizePlugin } = require("./scripts/bundle-size-plugin");

/** Certificates made by `npx office-addin-dev-certs install` (not a dependency of this project). */
function officeDevCerts() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const file = (name) => path.join(dir, name);
  if (!fs.existsSync(file("localhost.crt"))) {
    throw new Error(`The https dev server needs Office dev certificates in ${dir}: run "npx office-addin-dev-certs install" first.`);
  }
  return { key: fs.readFileSync(file("localhost.key")), cert: fs.readFileSync(file("localhost.crt")), ca: fs.readFileSync(file("ca.crt")) };
}

function productionManifest(content) {
  const publicUrl = normalisePublicUrl(process.env.ADDIN_PUBLIC_URL || DEFAULT_PUBLIC_URL);
  const xml = rewriteManifestUrls(content.toString(), publicUrl);
  const functionNames = associatedFunctionNames(fs.readFileSync(path.join(__dirname, "src/commands/commands.ts"), "utf8"));
  const problems = checkManifest(xml, { baseUrl: publicUrl, siteDir: __dirname, functionNames });
  if (problems.length > 0) throw new Error(`manifest.xml for ${publicUrl}:\n  ${problems.join("\n  ")}`);
  return xml;
}

module.exports = (env = {}, argv = {}) => {
  const production = (argv.mode || process.env.NODE_ENV) === "production";
  const https = process.env.HTTPS === "1" || Boolean(env.https);
  return {
    mode: production ? "production" : "development",
    devtool: production ? "source-map" : "eval-cheap-module-source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      preview: "./src/preview/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].[contenthash:8].js",
      chunkFilename: "chunks/[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".json"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // Type checking is `npm run typecheck`; module esnext keeps import() as split points.
            options: { transpileOnly: true, compilerOptions: { module: "esnext", noEmit: false, sourceMap: true } },
          },
        },
      ],
    },
    // ExcelJS's "browser" field points webpack at its prebuilt browser bundle; it is loaded lazily.
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./src/taskpane/taskpane.html", chunks: ["taskpane"] }),
      new HtmlWebpackPlugin({ filename: "commands.html", template: "./src/commands/commands.html", chunks: ["commands"] }),
      new HtmlWebpackPlugin({ filename: "preview.html", template: "./src/preview/preview.html", chunks: ["preview"] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/commands/notice.html", to: "notice.html" },
          { from: "src/webview/unsupported-webview.js", to: "unsupported-webview.js" },
          { from: "src/webview/unsupported.html", to: "unsupported.html" },
          { from: "src/webview/support.html", to: "support.html" },
          // The preview runs the Office host through Microsoft's own Excel library, served locally (no CDN, works offline).
          { from: "node_modules/@microsoft/office-js/dist/excel-web-16.00.js", to: "vendor/excel-web-16.00.js" },
          // The preview opens samples/sha-workbook.xlsx from the server.
          { from: "samples/*.xlsx", to: "samples/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml", transform: (content) => (production ? productionManifest(content) : content) },
        ],
      }),
      ...(production ? [new BundleSizePlugin({ entry: "taskpane", limitKb: 200 })] : []),
    ],
    devServer: {
      port: Number(process.env.PORT || 3000),
      headers: { "Access-Control-Allow-Origin": "*" },
      static: false,
      // Browsers report a ResizeObserver that could not deliver everything in one frame as an error; it is
      // benign (https://github.com/WICG/resize-observer/issues/38), so it must not cover the pane. Real errors still do.
      client: {
        overlay: {
          runtimeErrors: (error) => !/ResizeObserver loop (completed with undelivered notifications|limit exceeded)/.test(error?.message ?? ""),
        },
      },
      server: https && env.WEBPACK_SERVE ? { type: "https", options: officeDevCerts() } : "http",
    },
  };
};
