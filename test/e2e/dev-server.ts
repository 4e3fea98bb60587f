import { spawn } from "node:child_process";
import { join } from "node:path";

export interface DevServer {
  previewUrl: string;
  stop: () => Promise<void>;
}

const ROOT = join(__dirname, "..", "..");

/** `node scripts/start.mjs` as CI runs it: resolves with the printed preview URL once the build is served. */
export function startDevServer(port: number, timeoutMs = 200_000): Promise<DevServer> {
  // QIPP_START_SCRIPT lets the tests run against another checkout's build of the same preview.
  const script = process.env.QIPP_START_SCRIPT ?? join(ROOT, "scripts", "start.mjs");
  const child = spawn(process.execPath, [script], {
    cwd: join(script, "..", ".."),
    env: { ...process.env, CI: "1", PORT: String(port), HTTPS: "" },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let output = "";
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    // The whole process group: the dev server and anything it spawned.
    if (child.exitCode === null && child.pid) process.kill(-child.pid, "SIGTERM");
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000).unref())]);
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`npm start printed no preview URL within ${timeoutMs / 1000}s:\n${output.slice(-4000)}`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /QIPP preview: (\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ previewUrl: match[1], stop });
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", (chunk: Buffer) => { output += chunk.toString(); });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`npm start exited (${code}) before serving:\n${output.slice(-4000)}`));
    });
  });
}
