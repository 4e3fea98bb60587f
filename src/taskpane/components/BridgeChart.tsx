import { makeStyles, tokens } from "@fluentui/react-components";
import type { Bridge } from "../../core/compare/types";
import { prose } from "../../core/messages/money";
import { bridgeSteps } from "../bridge-steps";
import { useForcedColors } from "../use-forced-colors";
import { waterfallScale } from "../waterfall-scale";

export interface BridgeChartProps {
  bridge: Bridge;
  width?: number;
}

const useStyles = makeStyles({
  // Colours are chosen here, system ones in forced colours: the browser must not blank the bars.
  svg: { forcedColorAdjust: "none", display: "block", overflow: "visible" },
  text: { fontSize: "10px", fill: tokens.colorNeutralForeground1 },
});

const HEIGHT = 220;
const TOP = 18;
const BOTTOM = 30;
const LEFT = 52;

/**
 * The bridge as a waterfall drawn in SVG: the axis starts just under the smallest bar, each bar has
 * its value, and in forced colours the bars are system colours with outlines (decreases hatched),
 * so they stay visible in every contrast theme.
 */
export default function BridgeChart({ bridge, width = 300 }: BridgeChartProps) {
  const styles = useStyles();
  const forced = useForcedColors();
  const steps = bridgeSteps(bridge);
  const { min, max, ticks } = waterfallScale(steps);
  const y = (pence: number) => TOP + (HEIGHT - TOP - BOTTOM) * (1 - (Math.max(pence, min) - min) / (max - min || 1));
  const slot = (width - LEFT) / steps.length;
  const fill = {
    total: forced ? "CanvasText" : tokens.colorBrandBackground,
    up: forced ? "Highlight" : tokens.colorPaletteGreenBackground3,
    down: forced ? "url(#bridge-hatch)" : tokens.colorPaletteRedBackground3,
  };
  const stroke = forced ? "CanvasText" : tokens.colorNeutralStroke1;
  const text = forced ? "CanvasText" : undefined;
  const summary = steps.map((s) => `${s.label} ${prose(s.signed)}`).join(", ");
  return (
    <svg className={styles.svg} width={width} height={HEIGHT} role="img" aria-label={`Bridge from the earlier version to this one: ${summary}. The axis starts at ${prose(min)}.`} data-testid="waterfall">
      <defs>
        <pattern id="bridge-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" fill={forced ? "Canvas" : tokens.colorPaletteRedBackground3} />
          <line x1="0" y1="0" x2="0" y2="6" stroke={forced ? "CanvasText" : tokens.colorPaletteRedForeground1} strokeWidth="3" />
        </pattern>
      </defs>
      {ticks.map((t) => (
        <g key={t}>
          <line x1={LEFT} x2={width} y1={y(t)} y2={y(t)} stroke={forced ? "GrayText" : tokens.colorNeutralStroke2} strokeDasharray="2 3" />
          <text className={styles.text} style={{ fill: text }} x={LEFT - 4} y={y(t) + 4} textAnchor="end">{prose(t)}</text>
        </g>
      ))}
      {steps.map((s, i) => {
        const top = s.kind === "total" ? s.height : s.base + s.height;
        const bottom = s.kind === "total" ? min : s.base;
        const x = LEFT + i * slot + slot * 0.2;
        const h = Math.max(2, y(bottom) - y(top));
        return (
          <g key={s.label} data-testid="waterfall-bar" data-kind={s.kind}>
            <rect x={x} y={y(top)} width={slot * 0.6} height={h} fill={fill[s.kind]} stroke={stroke} strokeWidth={1} />
            {/* A decrease is labelled under its bar: above it, it would run into the step before's label. */}
            <text className={styles.text} style={{ fill: text }} x={x + slot * 0.3} y={s.kind === "down" ? y(bottom) + 12 : y(top) - 4} textAnchor="middle" data-testid="waterfall-label">
              {s.kind === "total" ? prose(s.signed) : `${s.signed >= 0 ? "+" : ""}${prose(s.signed)}`}
            </text>
            <text className={styles.text} style={{ fill: text }} x={x + slot * 0.3} y={HEIGHT - 6} textAnchor="middle">{s.label}</text>
          </g>
        );
      })}
    </svg>
  );
}
