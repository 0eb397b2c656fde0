import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkPointComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import type { EChartsCoreOption } from 'echarts/core';

// Only the parts the console draws: a smaller, faster build than the whole of ECharts.
echarts.use([BarChart, LineChart, GridComponent, LegendComponent, MarkPointComponent, TooltipComponent, CanvasRenderer]);

export interface ChartClick {
  seriesName?: string;
  name?: string;
  dataIndex: number;
}

/**
 * An ECharts chart. Its text alternative is its label and `summary` (the figure's caption, read by
 * screen readers through aria-describedby); the figures themselves are in a table beside every
 * chart, each a button to the records behind it.
 */
export function Chart({ option, label, summary, testId, onClick }: { option: EChartsCoreOption; label: string; summary: string; testId: string; onClick?: (params: ChartClick) => void }) {
  const ref = useRef<HTMLDivElement>(null);
  const clickRef = useRef(onClick);
  clickRef.current = onClick;

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const chart = echarts.init(element, undefined, { renderer: 'canvas' });
    chart.on('click', (params) => clickRef.current?.(params as unknown as ChartClick));
    const resize = new ResizeObserver(() => chart.resize());
    resize.observe(element);
    return () => {
      resize.disconnect();
      chart.dispose();
    };
  }, []);

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    echarts.getInstanceByDom(element)?.setOption(option, { notMerge: true });
  }, [option]);

  const captionId = `${testId}-caption`;
  return (
    <figure className="chart-figure">
      <div ref={ref} className="chart" data-testid={testId} role="img" aria-label={label} aria-describedby={captionId} />
      <figcaption id={captionId}>{summary}</figcaption>
    </figure>
  );
}
