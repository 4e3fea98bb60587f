import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, extname, join } from "node:path";
import { promisify } from "node:util";
import { sofficePath } from "./libreoffice";

const run = promisify(execFile);

/**
 * Opens each file in one headless LibreOffice run and saves it in another format (e.g. "xls",
 * "ods", "xlsx"): name -> bytes of the converted file. A file LibreOffice cannot open is missing from the result.
 */
export async function convertWithLibreOffice(files: { name: string; bytes: Uint8Array }[], format: string): Promise<Map<string, Buffer>> {
  const soffice = await sofficePath();
  const dir = await mkdtemp(join(tmpdir(), "lo-convert-"));
  try {
    const profile = join(dir, "profile");
    await mkdir(join(profile, "user"), { recursive: true });
    await mkdir(join(dir, "in"));
    const inputs = [];
    for (const f of files) {
      const path = join(dir, "in", f.name);
      await writeFile(path, f.bytes);
      inputs.push(path);
    }
    await run(soffice, [`-env:UserInstallation=file://${profile}`, "--headless", "--norestore", "--nologo", "--convert-to", format, "--outdir", join(dir, "out"), ...inputs], { timeout: 600_000, maxBuffer: 16 * 1024 * 1024 });
    const out = new Map<string, Buffer>();
    for (const f of files) {
      const converted = join(dir, "out", `${basename(f.name, extname(f.name))}.${format.split(":")[0]}`);
      try {
        out.set(f.name, await readFile(converted));
      } catch {
        // not converted: the caller's assertion says which
      }
    }
    return out;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
