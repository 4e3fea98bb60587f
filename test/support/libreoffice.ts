import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
export const LIBREOFFICE_MISSING = "LibreOffice not found: apt-get install libreoffice-calc-nogui";

/**
 * LibreOffice keeps the cached results of an xlsx's formulas unless told otherwise
 * (Tools > Options > Calc > Formula > "Recalculation on file load": Excel 2007 and newer).
 * 0 = always recalculate, 1 = never, 2 = ask. Written into a fresh profile, so no prompt and no shared state.
 */
function registry(recalcMode: 0 | 1): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>${recalcMode}</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>${recalcMode}</value></prop></item>
</oor:items>
`;
}

export async function sofficePath(): Promise<string> {
  for (const candidate of ["soffice", "libreoffice", "/usr/bin/soffice", "/opt/libreoffice/program/soffice"]) {
    try {
      await run(candidate, ["--version"], { timeout: 60_000 });
      return candidate;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
    }
  }
  throw new Error(LIBREOFFICE_MISSING);
}

/**
 * Opens an xlsx in headless LibreOffice and saves it again as xlsx. With recalculate (the default) every
 * formula is computed afresh on load, so the saved cached results are LibreOffice's, not the writer's.
 */
export async function recalcWithLibreOffice(xlsx: Buffer, opts: { recalculate?: boolean } = {}): Promise<Buffer> {
  const soffice = await sofficePath();
  const dir = await mkdtemp(join(tmpdir(), `lo-${randomBytes(6).toString("hex")}-`));
  try {
    const profile = join(dir, "profile");
    await mkdir(join(profile, "user"), { recursive: true });
    await writeFile(join(profile, "user", "registrymodifications.xcu"), registry(opts.recalculate === false ? 1 : 0));
    await mkdir(join(dir, "in"));
    const input = join(dir, "in", "book.xlsx");
    await writeFile(input, xlsx);
    const args = [`-env:UserInstallation=file://${profile}`, "--headless", "--norestore", "--nologo",
      "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", join(dir, "out"), input];
    try {
      await run(soffice, args, { timeout: 300_000, maxBuffer: 16 * 1024 * 1024 });
      return await readFile(join(dir, "out", "book.xlsx"));
    } catch (e) {
      throw new Error(`LibreOffice could not convert the workbook: ${(e as Error).message}`, { cause: e });
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
