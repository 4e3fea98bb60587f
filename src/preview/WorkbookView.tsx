import { Caption1, makeStyles, Tab, TabList, tokens } from "@fluentui/react-components";
import { parseA1 } from "../core/grid";
import { MAX_COLUMNS, MAX_ROWS, type SheetSnapshot } from "./sheet-snapshot";
import { SheetGrid } from "./SheetGrid";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0, minHeight: 0, flexGrow: 1 },
  tabs: { overflowX: "auto", flexShrink: 0 },
  note: { color: tokens.colorNeutralForeground3 },
});

export interface WorkbookViewProps {
  sheets: SheetSnapshot[];
  active: string;
  selected: { sheet: string; cell: string } | null;
  onActivate: (sheet: string) => void;
}

export function WorkbookView({ sheets, active, selected, onActivate }: WorkbookViewProps) {
  const styles = useStyles();
  const sheet = sheets.find((s) => s.name === active) ?? sheets[0];
  if (!sheet) return <Caption1>This workbook has no sheets.</Caption1>;
  const cut = sheet.totalRows > MAX_ROWS;
  const selectedHere = selected?.sheet === sheet.name ? parseA1(selected.cell) : undefined;
  const selectedOffGrid = selectedHere !== undefined && (selectedHere.row >= MAX_ROWS || selectedHere.col >= MAX_COLUMNS);
  return (
    <section className={styles.root} aria-label="Workbook">
      <TabList
        className={styles.tabs}
        size="small"
        selectedValue={sheet.name}
        onTabSelect={(_, d) => onActivate(String(d.value))}
        aria-label="Workbook sheets"
        data-testid="sheet-tabs"
      >
        {sheets.map((s) => <Tab key={s.name} value={s.name}>{s.name}</Tab>)}
      </TabList>
      <SheetGrid sheet={sheet} selected={selected?.sheet === sheet.name ? selected.cell : null} />
      {selectedOffGrid && selected && (
        <Caption1 data-testid="selection-off-grid">
          {selected.cell} is selected, beyond the part of the sheet drawn here; download the .xlsx to see it.
        </Caption1>
      )}
      {(cut || sheet.columnCount >= MAX_COLUMNS) && (
        <Caption1 className={styles.note} data-testid="grid-truncated">
          Showing the first {Math.min(sheet.totalRows, MAX_ROWS)} of {sheet.totalRows} rows and up to {MAX_COLUMNS} columns;
          Validate and Build rollups read the whole sheet. Download the .xlsx to see everything.
        </Caption1>
      )}
    </section>
  );
}
