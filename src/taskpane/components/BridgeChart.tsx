import { VerticalStackedBarChart, type VerticalStackedChartProps } from "@fluentui/react-charts";
import { tokens } from "@fluentui/react-components";
import type { Bridge } from "../../core/compare/types";
import { toThousands } from "../../core/money";
import { bridgeSteps } from "../bridge-steps";

export interface BridgeChartProps {
  bridge: Bridge;
  width?: number;
}

/**
 * A waterfall drawn as stacked bars: each step floats on an invisible base. Loaded lazily so the
 * charting library stays out of the pane's first bundle; the table beside it carries the exact figures.
 */
export default function BridgeChart({ bridge, width = 300 }: BridgeChartProps) {
  const data: VerticalStackedChartProps[] = bridgeSteps(bridge).map((step) => ({
    xAxisPoint: step.label,
    chartData: [
      { legend: "Base", data: Math.round(toThousands(step.base)), color: "transparent" },
      {
        legend: step.kind === "total" ? "Total" : step.kind === "up" ? "Increase" : "Decrease",
        data: Math.round(toThousands(step.height)),
        color: step.kind === "total" ? tokens.colorBrandBackground : step.kind === "up" ? tokens.colorPaletteGreenBackground3 : tokens.colorPaletteRedBackground3,
        yAxisCalloutData: `${step.label}: £${Math.round(toThousands(step.signed)).toLocaleString("en-GB")}k`,
      },
    ],
  }));
  return (
    <VerticalStackedBarChart
      data={data}
      width={width}
      height={220}
      hideLegend
      hideLabels
      barWidth={32}
      culture="en-GB"
      // Ticks in £m: six-figure £000 labels are cut off in a narrow pane.
      yAxisTickFormat={(v: number) => `£${Math.round(v / 1000).toLocaleString("en-GB")}m`}
      margins={{ left: 56 }}
      chartTitle="Bridge from the earlier version to this one, £000"
    />
  );
}
