import { LineChart, type LineChartPoints } from "@fluentui/react-charts";
import { tokens } from "@fluentui/react-components";
import type { TrendEntry } from "../../core/compare/trend";
import { toThousands } from "../../core/money";
import { TREND_CHART_TITLES } from "../../core/messages/compare-trend";
import { useForcedColors } from "../use-forced-colors";

export interface TrendChartProps {
  trend: TrendEntry[];
  width?: number;
}

/** x for each version: its period end when every version has one, else its place in the list. */
function xOf(trend: TrendEntry[]): (i: number) => Date | number {
  const dated = trend.every((t) => t.periodEnd !== null);
  return (i) => (dated ? new Date(`${trend[i].periodEnd}T00:00:00Z`) : i + 1);
}

const monthYear = new Intl.DateTimeFormat("en-GB", { month: "short", year: "numeric", timeZone: "UTC" });

/**
 * YTD actual against YTD plan, and the four-year total, month by month: two line charts (their scales differ by
 * a factor of ten or more). Lines differ by dash pattern and marker shape as well as colour, so they stay
 * apart in forced colours, where every line is drawn in the one system colour. Loaded lazily; TrendTable has the figures.
 */
export default function TrendChart({ trend, width = 300 }: TrendChartProps) {
  const forced = useForcedColors();
  const x = xOf(trend);
  const line = (legend: string, pick: (t: TrendEntry) => number | null, color: string, shape: "circle" | "square" | "triangle", dash?: string): LineChartPoints => ({
    legend,
    legendShape: shape,
    color: forced ? "CanvasText" : color,
    lineOptions: { strokeDasharray: dash, strokeWidth: 2 },
    data: trend.flatMap((t, i) => {
      const v = pick(t);
      return v === null ? [] : [{ x: x(i), y: Math.round(toThousands(v)) }];
    }),
  });
  const ytd = [
    line("YTD plan", (t) => t.national.ytdPlan, tokens.colorNeutralForeground3, "square", "6 4"),
    line("YTD actual", (t) => t.national.ytdActual, tokens.colorBrandForeground1, "circle"),
  ].filter((l) => l.data.length > 0);
  const total = [line("Four-year total", (t) => t.national.total, tokens.colorPaletteDarkOrangeForeground1, "triangle", "2 3")];
  const common = {
    width,
    height: 200,
    culture: "en-GB",
    allowMultipleShapesForPoints: true,
    customDateTimeFormatter: (d: Date) => monthYear.format(d),
    yAxisTickFormat: (v: number) => `£${Math.round(v).toLocaleString("en-GB")}k`,
    margins: { left: 64 },
  };
  return (
    <>
      {ytd.length > 0 && <LineChart {...common} data={{ chartTitle: TREND_CHART_TITLES.ytd, lineChartData: ytd }} />}
      <LineChart {...common} data={{ chartTitle: TREND_CHART_TITLES.total, lineChartData: total }} />
    </>
  );
}
