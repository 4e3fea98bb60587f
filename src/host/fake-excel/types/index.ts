// Importing a type's file registers it with the host; one file per Excel type.
import "./workbook";
import "./worksheets";
import "./worksheet";
import "./range";
import "./range-format";
import "./tables";
import "./sheet-parts";
import "./range-rules";
import "./page-layout";
