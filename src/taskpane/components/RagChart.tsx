import { HorizontalBarChart, type ChartProps } from "@fluentui/react-charts";
import type { RagOrUnrated } from "../../core/types";
import { RAG_ORDER, type RagRow } from "../rag-rows";

/** RAG fills are the one place literal colours are used: they mean red, amber and green. */
export const RAG_COLOUR: Record<RagOrUnrated, string> = {
  red: "#C50F1F",
  amber: "#F7B500",
  green: "#107C10",
  unrated: "#8A8886",
};
const RAG_LABEL: Record<RagOrUnrated, string> = { red: "Red", amber: "Amber", green: "Green", unrated: "Unrated" };

export interface RagChartProps {
  rows: RagRow[];
  width?: number;
}

/** Stacked £000 by RAG per row. Loaded lazily: the charting library stays out of the pane's first bundle. */
export default function RagChart({ rows, width = 320 }: RagChartProps) {
  const data: ChartProps[] = rows.map((row) => {
    // Whole £000 on the chart: the tables carry the exact figures.
    const value = (k: RagOrUnrated) => Math.max(0, Math.round(row.value[k]));
    const total = RAG_ORDER.reduce((sum, k) => sum + value(k), 0);
    return {
      chartTitle: row.name,
      chartData: RAG_ORDER.filter((k) => value(k) > 0).map((k) => ({
        legend: RAG_LABEL[k],
        horizontalBarChartdata: { x: value(k), total },
        color: RAG_COLOUR[k],
        xAxisCalloutData: row.name,
        yAxisCalloutData: `£${value(k).toLocaleString("en-GB")}k`,
      })),
    };
  });
  return <HorizontalBarChart data={data} width={width} hideRatio={data.map(() => true)} culture="en-GB" barHeight={12} />;
}
