import {
  BarController,
  BarElement,
  CategoryScale,
  Chart as ChartJs,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import { useEffect, useRef } from 'react';

import { usePrefersReducedMotion } from '../challenges/usePrefersReducedMotion';
import styles from './Insights.module.css';

// Only what the dashboard draws: bars and a line, with tooltips (tree-shaken; this module is a lazy chunk).
ChartJs.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement, Tooltip);

export interface ChartProps {
  type: 'bar' | 'line';
  labels: string[];
  values: (number | null)[];
  /** The series' name (tooltips). */
  series: string;
  /** What the chart shows, for screen readers; the numbers are in the table next to it. */
  label: string;
  horizontal?: boolean;
  locale: string;
}

const RED = '#b3261e';
const COLORS = ['#57524f', '#0b4f9c', '#6d3fb3', '#b7791f', '#1b6b34', '#b3261e', '#8f8782'];

/** One Chart.js chart on a canvas: an image with a name; animations off when motion is reduced. */
export default function Chart({ type, labels, values, series, label, horizontal = false, locale }: ChartProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const reduced = usePrefersReducedMotion();

  useEffect(() => {
    if (!canvas.current) return;
    const chart = new ChartJs(canvas.current, {
      type,
      data: {
        labels,
        datasets: [
          {
            label: series,
            data: values,
            backgroundColor: type === 'bar' ? labels.map((_, index) => COLORS[index % COLORS.length]) : RED,
            borderColor: RED,
            borderWidth: type === 'line' ? 2 : 0,
            borderRadius: type === 'bar' ? 4 : 0,
            spanGaps: false,
            pointRadius: 4,
          },
        ],
      },
      options: {
        locale,
        indexAxis: horizontal ? 'y' : 'x',
        responsive: true,
        maintainAspectRatio: false,
        animation: reduced ? false : { duration: 400 },
        plugins: { legend: { display: false }, tooltip: { enabled: true } },
        scales: {
          [horizontal ? 'x' : 'y']: { beginAtZero: true, ticks: { precision: 0 } },
        },
      },
    });
    return () => chart.destroy();
  }, [type, labels, values, series, horizontal, locale, reduced]);

  return (
    <div className={styles.chartBox}>
      <canvas ref={canvas} role="img" aria-label={label} />
    </div>
  );
}
