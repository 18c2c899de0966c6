import { layoutBars, type BarInput } from '../logic/barChart.ts';

const WIDTH = 640;
const HEIGHT = 180;
const LEFT = 32;
const BOTTOM = 28;
/** Room above the plot for the top tick and the tallest bar's value. */
const TOP = 16;

/** A plain SVG bar chart; each bar carries its value as a tooltip, and a hidden list reads them out. */
export function BarChart({
  data,
  label,
  barLabel,
  tickLabel,
}: {
  data: BarInput[];
  label: string;
  barLabel: (bar: BarInput) => string;
  /** The label under a bar (a short date, say). */
  tickLabel: (bar: BarInput) => string;
}) {
  const plotWidth = WIDTH - LEFT;
  const layout = layoutBars(data, { width: plotWidth, height: HEIGHT, gap: 8 });
  return (
    <figure>
      <svg
        role="img"
        aria-label={label}
        viewBox={`0 ${-TOP} ${WIDTH} ${HEIGHT + BOTTOM + TOP}`}
        className="h-auto w-full max-w-3xl text-slate-600"
      >
        {layout.ticks.map((tick) => {
          const y = HEIGHT - (tick / layout.max) * HEIGHT;
          return (
            <g key={tick}>
              <line x1={LEFT} x2={WIDTH} y1={y} y2={y} stroke="currentColor" strokeOpacity={0.15} />
              <text x={LEFT - 6} y={y + 4} textAnchor="end" fontSize={11} fill="currentColor">
                {tick}
              </text>
            </g>
          );
        })}
        {layout.bars.map((bar) => (
          <g key={bar.label}>
            <title>{barLabel(bar)}</title>
            <rect
              x={LEFT + bar.x}
              y={bar.y}
              width={bar.width}
              height={bar.height}
              rx={2}
              className="fill-sky-600"
            />
            {bar.value > 0 && (
              <text
                x={LEFT + bar.x + bar.width / 2}
                y={bar.y - 4}
                textAnchor="middle"
                fontSize={11}
                className="fill-slate-800"
              >
                {bar.value}
              </text>
            )}
            <text
              x={LEFT + bar.x + bar.width / 2}
              y={HEIGHT + 18}
              textAnchor="middle"
              fontSize={10}
              fill="currentColor"
            >
              {tickLabel(bar)}
            </text>
          </g>
        ))}
        <line x1={LEFT} x2={WIDTH} y1={HEIGHT} y2={HEIGHT} stroke="currentColor" strokeOpacity={0.5} />
      </svg>
      <ul className="sr-only">
        {data.map((bar) => (
          <li key={bar.label}>{barLabel(bar)}</li>
        ))}
      </ul>
    </figure>
  );
}
