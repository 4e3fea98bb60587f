import JSZip from "jszip";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { defaultPack } from "../../src/core/rules/load";
import { recalcWithLibreOffice } from "../support/libreoffice";

// LibreOffice takes seconds to start: this check runs in `npm run test:checks`, beside the other LibreOffice checks.
test("LibreOffice opens the template from qipp template and keeps its sheets, drop-downs and formulas", async () => {
  const path = join(mkdtempSync(join(tmpdir(), "qipp-template-lo-")), "plan.xlsx");
  let stderr = "";
  const code = await main(["template", "--organisation", defaultPack().organisations[5].name, "--out", path], { write: () => true } as never, { write: (s: string) => ((stderr += s), true) } as never);
  expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
  const zip = await JSZip.loadAsync(await recalcWithLibreOffice(readFileSync(path)));
  const workbookXml = await zip.file("xl/workbook.xml")!.async("string");
  expect(workbookXml).toContain('name="QIPP Lists"');
  const sheetXml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
  expect(sheetXml).toMatch(/<dataValidation [^>]*type="list"/);
  expect(sheetXml).toMatch(/<f[^>]*>SUM\(/);
}, 300_000);
