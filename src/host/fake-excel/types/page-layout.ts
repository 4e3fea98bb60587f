import type ExcelJS from "exceljs";
import { HostError } from "../model/errors";
import { registerType } from "./registry";
import { live } from "./worksheet";

/**
 * Worksheet.pageLayout (ExcelApi 1.9, learn.microsoft.com/javascript/api/excel/excel.pagelayout) over
 * ExcelJS's pageSetup: orientation, fit to pages (0 pages tall = as many as needed) and print title rows.
 */
registerType<ExcelJS.Worksheet>("PageLayout", {
  apiClass: "PageLayout",
  defaultLoad: ["Orientation", "Zoom"],
  get: {
    Orientation: (ws) => (ws.pageSetup.orientation === "landscape" ? "Landscape" : "Portrait"),
    Zoom: (ws) => (ws.pageSetup.fitToPage ? { horizontalFitToPages: ws.pageSetup.fitToWidth, verticalFitToPages: ws.pageSetup.fitToHeight } : { scale: ws.pageSetup.scale ?? 100 }),
  },
  set: {
    Orientation: (ws, value: string, state) => {
      if (value !== "Landscape" && value !== "Portrait") throw new HostError("InvalidArgument", `"${value}" is not a page orientation.`);
      live(state, ws).pageSetup.orientation = value === "Landscape" ? "landscape" : "portrait";
    },
    Zoom: (ws, zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number }, state) => {
      const setup = live(state, ws).pageSetup;
      if (zoom.scale !== undefined) Object.assign(setup, { fitToPage: false, scale: zoom.scale });
      else Object.assign(setup, { fitToPage: true, fitToWidth: zoom.horizontalFitToPages ?? 1, fitToHeight: zoom.verticalFitToPages ?? 1 });
    },
  },
  methods: {
    SetPrintTitleRows: (ws, [rows]: string[], state) => {
      const m = /^\$?(\d+):\$?(\d+)$/.exec(String(rows));
      if (!m) throw new HostError("InvalidArgument", `"${String(rows)}" is not a row range such as $1:$2.`);
      live(state, ws).pageSetup.printTitlesRow = `${m[1]}:${m[2]}`;
    },
  },
});
