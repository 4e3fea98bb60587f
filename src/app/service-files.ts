import type { WorkbookGrids } from "../core/grid";
import { resolvePack } from "../core/validate-pipeline";
import { indexPack } from "../core/rules/match";
import type { RulePack } from "../core/rules/schema";
import { readWorkbook } from "../core/read/workbook";
import { counted, listed } from "../core/messages/rules";
import { addedFileLines } from "../core/messages/pane";
import type { AddedFile, FileOutcome } from "./actions";
import type { WorkbookPort } from "./workbook-port";

interface Added {
  port: WorkbookPort;
  file: AddedFile;
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * The plan files added in the pane, in the order added (the first source counts when a plan is
 * given twice). Each file is read and checked at once: one with no plan is refused straight away.
 */
export function addedFiles(pack: () => RulePack | undefined) {
  const list: Added[] = [];

  const add = async (files: { name: string; data: ArrayBuffer }[]): Promise<FileOutcome[]> => {
    // The file reader is loaded only now, so the pane starts without it.
    const { openPlanFile } = await import("../host/files/plan-file");
    const outcomes: FileOutcome[] = [];
    for (const f of files) {
      let port: WorkbookPort;
      try {
        port = await openPlanFile(f.name, f.data);
      } catch (error) {
        outcomes.push({ name: f.name, ok: false, message: addedFileLines.unreadable(f.name, (error as Error).message) });
        continue;
      }
      const grids: WorkbookGrids = { name: f.name, sheets: await port.readSheets() };
      const { plans } = readWorkbook(grids, indexPack(resolvePack([grids], pack()).pack));
      if (plans.length === 0) {
        outcomes.push({ name: f.name, ok: false, message: addedFileLines.noPlan(f.name) });
        continue;
      }
      const organisations = [...new Set(plans.map((p) => p.organisation.matched ?? p.organisation.name))];
      const file: AddedFile = { name: f.name, organisations, schemes: plans.reduce((n, p) => n + p.schemes.length, 0) };
      const at = list.findIndex((a) => same(a.file.name, f.name));
      // The same file again replaces the earlier copy, keeping its place in the order.
      if (at >= 0) list[at] = { port, file };
      else list.push({ port, file });
      const what = `${listed(organisations)}, ${counted(file.schemes, "scheme")}`;
      outcomes.push({ name: f.name, ok: true, message: at >= 0 ? addedFileLines.replaced(f.name, what) : addedFileLines.added(f.name, what) });
    }
    return outcomes;
  };

  return {
    add,
    remove: (name: string) => {
      const at = list.findIndex((a) => same(a.file.name, name));
      if (at >= 0) list.splice(at, 1);
      return at >= 0;
    },
    ports: () => list.map((a) => a.port),
    files: () => list.map((a) => a.file),
  };
}
