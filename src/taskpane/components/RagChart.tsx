import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { RagOrUnrated } from "../../core/types";
import { RAG_ORDER, type RagRow } from "../rag-rows";
import { roundParts } from "../round-parts";

/** RAG fills are the one place literal colours are used: they mean red, amber and green. */
export const RAG_COLOUR: Record<RagOrUnrated, string> = {
  red: "#C50F1F",
  amber: "#F7B500",
  green: "#107C10",
  unrated: "#8A8886",
};
const RAG_LABEL: Record<RagOrUnrated, string> = { red: "Red", amber: "Amber", green: "Green", unrated: "Unrated" };

// Bars are sized in CSS percentages of the widest row, so nothing measures the pane: a chart that
// measured its container and re-rendered at the new size fed a ResizeObserver loop (issue 12).
const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0, maxWidth: "100%" },
  legend: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM, margin: 0, padding: 0, listStyleType: "none" },
  key: { display: "inline-flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  swatch: { width: "10px", height: "10px", flexShrink: 0, forcedColorAdjust: "none", border: `1px solid ${tokens.colorNeutralStroke1}` },
  rows: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, margin: 0, padding: 0, listStyleType: "none" },
  row: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) auto", columnGap: tokens.spacingHorizontalS, alignItems: "center" },
  name: { gridColumn: "1 / -1", overflowWrap: "anywhere" },
  track: { display: "flex", height: "12px", minWidth: 0, overflow: "hidden" },
  segment: { height: "100%", forcedColorAdjust: "none" },
  total: { fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
});

export interface RagChartProps {
  rows: RagRow[];
}

const money = (n: number) => `£${n.toLocaleString("en-GB")}k`;

/** Stacked £000 by RAG per row, one legend for all rows. Loaded lazily like any chart would be. */
export default function RagChart({ rows }: RagChartProps) {
  const styles = useStyles();
  // Whole £000 on the chart: the tables carry the exact figures.
  const bars = rows.map((row) => {
    // Rounded together (largest remainder) so the bar's total is the table's rounded total.
    const whole = roundParts(RAG_ORDER.map((k) => Math.max(0, row.value[k])));
    const parts = RAG_ORDER.map((k, i) => ({ k, value: whole[i] })).filter((p) => p.value > 0);
    return { name: row.name, parts, total: parts.reduce((sum, p) => sum + p.value, 0) };
  });
  const widest = Math.max(1, ...bars.map((b) => b.total));
  const shown = RAG_ORDER.filter((k) => bars.some((b) => b.parts.some((p) => p.k === k)));
  return (
    <div className={styles.root}>
      <ul className={styles.legend} aria-label="Legend" data-testid="rag-legend">
        {shown.map((k) => (
          <li key={k} className={styles.key}>
            <span className={styles.swatch} style={{ backgroundColor: RAG_COLOUR[k] }} aria-hidden="true" />
            <Caption1>{RAG_LABEL[k]}</Caption1>
          </li>
        ))}
      </ul>
      <ul className={styles.rows}>
        {bars.map((bar) => (
          <li key={bar.name} className={styles.row} data-testid="rag-bar">
            <Caption1 className={styles.name}>{bar.name}</Caption1>
            <div
              className={styles.track}
              role="img"
              aria-label={`${bar.name}: ${bar.parts.map((p) => `${RAG_LABEL[p.k]} ${money(p.value)}`).join(", ")}`}
              style={{ width: `${(bar.total / widest) * 100}%` }}
            >
              {bar.parts.map((p) => (
                <span key={p.k} className={styles.segment} style={{ width: `${(p.value / bar.total) * 100}%`, backgroundColor: RAG_COLOUR[p.k] }} />
              ))}
            </div>
            <Caption1 className={styles.total}>{money(bar.total)}</Caption1>
          </li>
        ))}
      </ul>
    </div>
  );
}
