// `npm start`: build the add-in in development mode, serve it on localhost:3000 and point at the preview.
// With HTTPS=1 it is the Office dev server (https, for sideloading into Excel) instead.
// Runs until killed; CI starts it in the background and waits for the printed URL.
import { spawn, spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import process from "node:process";

const require = createRequire(import.meta.url);
const webpack = require("webpack");
const WebpackDevServer = require("webpack-dev-server");

const PORT = Number(process.env.PORT ?? 3000);
const https = process.env.HTTPS === "1";
const scheme = https ? "https" : "http";
const previewUrl = `${scheme}://localhost:${PORT}/preview.html`;

async function loadConfig() {
  const exported = require("../webpack.config.js");
  const config = typeof exported === "function" ? await exported({ WEBPACK_SERVE: true }, { mode: "development" }) : exported;
  return Array.isArray(config) ? config[0] : config;
}

/** A browser is opened only for a person at a desktop: never in CI, never without a display. */
function browserOpener() {
  if (process.env.CI) return null;
  if (process.platform === "darwin") return ["open"];
  if (process.platform === "win32") return ["cmd", "/c", "start", ""];
  if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) return null;
  return spawnSync("which", ["xdg-open"]).status === 0 ? ["xdg-open"] : null;
}

const config = await loadConfig();
config.mode = "development";
const compiler = webpack(config);
const server = new WebpackDevServer(
  {
    ...config.devServer,
    port: PORT,
    host: "localhost",
    open: false,
    // https: the config's Office dev certificates when it names them, else webpack-dev-server's own.
    server: https ? (config.devServer?.server ?? "https") : "http",
  },
  compiler,
);

let announced = false;
compiler.hooks.done.tap("qipp-start", (stats) => {
  if (stats.hasErrors()) {
    console.error("QIPP build failed: fix the errors above; the server reloads when you save.");
    return;
  }
  if (announced) return;
  announced = true;
  console.log(`QIPP preview: ${previewUrl}`);
  if (https) console.log(`Task pane for Excel: ${scheme}://localhost:${PORT}/taskpane.html (sideload manifest.xml)`);
  const opener = browserOpener();
  if (opener) spawn(opener[0], [...opener.slice(1), previewUrl], { stdio: "ignore", detached: true }).unref();
});

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    server.stop().finally(() => process.exit(0));
  });
}

await server.start();
