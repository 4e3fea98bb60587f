import { useEffect, useRef } from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { columnLetters, parseA1 } from "../core/grid";
import type { SheetSnapshot } from "./sheet-snapshot";

const useStyles = makeStyles({
  scroller: { overflow: "auto", flexGrow: 1, minHeight: 0, border: `1px solid ${tokens.colorNeutralStroke2}` },
  table: { borderCollapse: "separate", borderSpacing: 0, fontSize: tokens.fontSizeBase200, fontFamily: tokens.fontFamilyBase },
  head: {
    position: "sticky", top: 0, zIndex: 1, backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2, fontWeight: tokens.fontWeightRegular, minWidth: "72px",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  rowHead: {
    position: "sticky", left: 0, backgroundColor: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightRegular, textAlign: "end", paddingInline: tokens.spacingHorizontalXS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  corner: { zIndex: 2, left: 0, minWidth: "40px" },
  cell: {
    border: `1px solid ${tokens.colorNeutralStroke3}`, paddingInline: tokens.spacingHorizontalXS, whiteSpace: "nowrap",
    maxWidth: "260px", overflow: "hidden", textOverflow: "ellipsis", height: "20px",
  },
  numeric: { textAlign: "end" },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: "-2px" },
});

/** Excel draws text on a filled cell in black unless told otherwise; the dark theme's light text would vanish on amber. */
const EXCEL_AUTOMATIC_FONT = "#000000";

export interface SheetGridProps {
  sheet: SheetSnapshot;
  /** A1 address selected on this sheet, if any. */
  selected: string | null;
}

/** A read-only picture of a sheet: letters, row numbers, values and fills as the workbook has them. */
export function SheetGrid({ sheet, selected }: SheetGridProps) {
  const styles = useStyles();
  const scroller = useRef<HTMLDivElement>(null);
  const target = selected ? parseA1(selected) : undefined;

  // A newly shown sheet starts at A1, as in Excel; redraws of the same sheet keep the scroll position.
  useEffect(() => {
    scroller.current?.scrollTo?.({ top: 0, left: 0 });
  }, [sheet.name]);

  useEffect(() => {
    if (!selected) return;
    scroller.current?.querySelector(`[data-address="${selected}"]`)?.scrollIntoView({ block: "center", inline: "center" });
  }, [selected, sheet.name]);

  const columns = Array.from({ length: sheet.columnCount }, (_, c) => columnLetters(c));
  return (
    <div className={styles.scroller} ref={scroller}>
      <table className={styles.table} aria-label={`Sheet ${sheet.name}`} data-testid="sheet-grid" data-sheet={sheet.name}>
        <thead>
          <tr>
            <th className={mergeClasses(styles.head, styles.corner)} aria-label="Row numbers" />
            {columns.map((letters) => <th key={letters} className={styles.head} scope="col">{letters}</th>)}
          </tr>
        </thead>
        <tbody>
          {sheet.rows.map((row, r) => (
            <tr key={r}>
              <th className={styles.rowHead} scope="row">{r + 1}</th>
              {row.map((cell, c) => {
                const isSelected = target?.row === r && target.col === c;
                return (
                  <td
                    key={c}
                    data-address={`${columns[c]}${r + 1}`}
                    aria-selected={isSelected || undefined}
                    className={mergeClasses(styles.cell, cell.numeric && styles.numeric, isSelected && styles.selected)}
                    style={{ backgroundColor: cell.fill, color: cell.color ?? (cell.fill ? EXCEL_AUTOMATIC_FONT : undefined), fontWeight: cell.bold ? 600 : undefined }}
                    title={cell.text}
                  >
                    {cell.text}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
