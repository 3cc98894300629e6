import { useId } from 'react';

/**
 * Horizontal bar chart in SVG with the numbers written beside the bars and a table-equivalent text for
 * screen readers, so the figure never depends on seeing colour or shape.
 */
export function BarChart({
  title,
  rows,
  max,
  unit = '',
}: {
  title: string;
  rows: Array<{ label: string; value: number; secondary?: number; secondaryLabel?: string }>;
  max?: number;
  unit?: string;
}) {
  const id = useId();
  const top = max ?? Math.max(1, ...rows.map((row) => Math.max(row.value, row.secondary ?? 0)));
  const rowHeight = 28;
  const labelWidth = 168;
  const width = 560;
  const barWidth = width - labelWidth - 64;
  return (
    <figure className="chart">
      <figcaption id={id}>{title}</figcaption>
      <svg
        role="img"
        aria-labelledby={id}
        viewBox={`0 0 ${width} ${rows.length * rowHeight + 8}`}
        width="100%"
        preserveAspectRatio="xMinYMin meet"
      >
        <title>
          {rows
            .map(
              (row) =>
                `${row.label}: ${row.value}${unit}${row.secondary !== undefined ? ` / ${row.secondaryLabel ?? ''} ${row.secondary}${unit}` : ''}`,
            )
            .join('、')}
        </title>
        {rows.map((row, index) => {
          const y = index * rowHeight + 4;
          const length = (row.value / top) * barWidth;
          const second = row.secondary !== undefined ? (row.secondary / top) * barWidth : 0;
          return (
            <g key={row.label + index}>
              <text x={labelWidth - 8} y={y + 17} textAnchor="end" className="chart-label">
                {row.label.length > 14 ? `${row.label.slice(0, 13)}…` : row.label}
              </text>
              <rect
                x={labelWidth}
                y={y + 3}
                width={Math.max(length, 1)}
                height={row.secondary !== undefined ? 10 : 18}
                className="chart-bar"
              />
              {row.secondary !== undefined ? (
                <rect
                  x={labelWidth}
                  y={y + 14}
                  width={Math.max(second, 1)}
                  height={8}
                  className="chart-bar-secondary"
                />
              ) : null}
              <text x={labelWidth + Math.max(length, second) + 6} y={y + 17} className="chart-value">
                {row.value}
                {unit}
                {row.secondary !== undefined ? ` / ${row.secondary}${unit}` : ''}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
