// A small bar chart in SVG: one bar per day, a labelled top line, day labels underneath.
// The picture is for sighted readers; its role="img" name says what it shows in a sentence, and
// the same numbers are in the table beside it.
import { useId } from 'react';

export interface Bar {
  label: string;
  /** Shown under the bar; empty to leave the slot unlabelled. */
  tick: string;
  value: number;
}

interface BarChartProps {
  title: string;
  summary: string;
  bars: readonly Bar[];
  /** How the top of the scale is written, e.g. "3 pauses". */
  formatTop: (value: number) => string;
  testId?: string;
}

const WIDTH = 640;
const HEIGHT = 150;
const TOP = 18;
const BOTTOM = 24;
const LEFT = 4;
const RIGHT = 4;

/** A round number at or above `max` for the top of the scale (1, 2, 3, 4, 5, 10, 15, 20, 30…). */
export function niceTop(max: number): number {
  if (max <= 5) return Math.max(1, Math.ceil(max));
  const steps = [10, 15, 20, 30, 40, 50, 60, 90, 120, 180, 240, 300, 600];
  return steps.find((s) => s >= max) ?? Math.ceil(max / 100) * 100;
}

export function BarChart({ title, summary, bars, formatTop, testId }: BarChartProps) {
  const id = useId();
  const top = niceTop(Math.max(0, ...bars.map((b) => b.value)));
  const plotH = HEIGHT - TOP - BOTTOM;
  const slot = (WIDTH - LEFT - RIGHT) / Math.max(1, bars.length);
  const barW = Math.max(4, Math.min(40, slot * 0.62));
  const base = HEIGHT - BOTTOM;
  return (
    <figure className="chart" data-testid={testId}>
      <figcaption id={`${id}-t`} className="chart-title">
        {title}
      </figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={`${id}-n ${id}-s`} className="chart-svg">
        <title id={`${id}-n`}>{title}</title>
        <desc id={`${id}-s`}>{summary}</desc>
        <line className="chart-grid" x1={LEFT} x2={WIDTH - RIGHT} y1={TOP} y2={TOP} />
        <text className="chart-top" x={WIDTH - RIGHT} y={TOP - 6} textAnchor="end">
          {formatTop(top)}
        </text>
        <line className="chart-axis" x1={LEFT} x2={WIDTH - RIGHT} y1={base} y2={base} />
        {bars.map((b, i) => {
          const h = b.value > 0 ? Math.max(3, (b.value / top) * plotH) : 0;
          const x = LEFT + i * slot + (slot - barW) / 2;
          return (
            <g key={b.label}>
              {h > 0 ? (
                <rect className="chart-bar" x={x} y={base - h} width={barW} height={h} rx={Math.min(4, barW / 3)} />
              ) : null}
              {b.tick ? (
                <text className="chart-tick" x={x + barW / 2} y={HEIGHT - 6} textAnchor="middle">
                  {b.tick}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
