import ExcelJS from "exceljs";

// The floor the CLI is held to: a bare ExcelJS load of the file, as a process of its own.
void new ExcelJS.Workbook().xlsx.readFile(process.argv[2]);
