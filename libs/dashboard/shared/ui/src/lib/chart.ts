import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  effect,
  ElementRef,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslocoPipe } from '@jsverse/transloco';
import { BarChart, CustomChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { SERIES_COLORS } from './palette';

echarts.use([
  BarChart,
  LineChart,
  PieChart,
  CustomChart,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  MarkLineComponent,
  SVGRenderer,
]);

export interface ChartSeries {
  name: string;
  /** A gap where a value is missing (a line chart's target before its date, say). */
  values: (number | null)[];
  color?: string;
  /** Drawn dashed (a line chart's target). */
  dashed?: boolean;
}

export interface ChartSpec {
  kind: 'bar' | 'stackedBar' | 'horizontalStackedBar' | 'donut' | 'line';
  categories: string[];
  series: ChartSeries[];
  /** For a donut: one colour per category. */
  categoryColors?: string[];
  /** Formats values in tooltips and in the table (e.g. money). */
  format?: (value: number) => string;
}

/**
 * A chart (Apache ECharts, SVG) with its data as a table: always present for screen readers, visible on request.
 * Colours come from a palette that works for colour-blind readers and in print.
 */
@Component({
  selector: 'mw-chart',
  imports: [MatButtonModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <figure class="chart-figure">
      <figcaption class="chart-caption">
        <span>{{ caption() }}</span>
        <button
          mat-button
          type="button"
          class="table-toggle"
          (click)="showTable.set(!showTable())"
          [attr.aria-expanded]="showTable()"
        >
          {{ (showTable() ? 'chart.showChart' : 'chart.showTable') | transloco }}
        </button>
      </figcaption>
      <div #host class="chart" [class.hidden]="showTable()" [style.height.px]="height()" aria-hidden="true"></div>
      <div [class.cdk-visually-hidden]="!showTable()">
        <table class="chart-table">
          <caption class="cdk-visually-hidden">
            {{
              caption()
            }}
          </caption>
          <thead>
            <tr>
              <th scope="col">{{ categoryLabel() }}</th>
              @for (s of spec().series; track s.name) {
                <th scope="col">{{ s.name }}</th>
              }
            </tr>
          </thead>
          <tbody>
            @for (category of spec().categories; track $index; let i = $index) {
              <tr>
                <th scope="row">{{ category }}</th>
                @for (s of spec().series; track s.name) {
                  <td>{{ formatValue(s.values[i]) }}</td>
                }
              </tr>
            }
          </tbody>
        </table>
      </div>
    </figure>
  `,
  styleUrl: './chart.scss',
})
export class Chart {
  readonly spec = input.required<ChartSpec>();
  readonly caption = input.required<string>();
  readonly categoryLabel = input('');
  readonly height = input(280);
  protected readonly showTable = signal(false);
  private readonly host = viewChild.required<ElementRef<HTMLDivElement>>('host');
  private chart: echarts.ECharts | null = null;

  constructor() {
    const destroyRef = inject(DestroyRef);
    afterNextRender(() => {
      this.chart = echarts.init(this.host().nativeElement, undefined, { renderer: 'svg' });
      this.chart.setOption(this.option());
      const observer = new ResizeObserver(() => this.chart?.resize());
      observer.observe(this.host().nativeElement);
      destroyRef.onDestroy(() => {
        observer.disconnect();
        this.chart?.dispose();
      });
    });
    effect(() => {
      const option = this.option();
      this.chart?.setOption(option, true);
    });
  }

  protected formatValue(value: number | null | undefined): string {
    if (value === undefined || value === null) return '–';
    return this.spec().format?.(value) ?? String(value);
  }

  private option(): echarts.EChartsCoreOption {
    const spec = this.spec();
    const format = (v: number) => spec.format?.(v) ?? String(v);
    const colors = spec.series.map((s, i) => s.color ?? SERIES_COLORS[i % SERIES_COLORS.length]);
    const base = {
      animation: false,
      color: colors,
      textStyle: { fontFamily: 'Roboto, sans-serif', color: '#1a1a1a' },
      tooltip: { trigger: spec.kind === 'donut' ? 'item' : 'axis', valueFormatter: (v: unknown) => format(Number(v)) },
      legend: spec.series.length > 1 || spec.kind === 'donut' ? { bottom: 0, type: 'scroll' } : undefined,
    };
    if (spec.kind === 'donut') {
      const series = spec.series[0];
      return {
        ...base,
        color: spec.categories.map((_, i) => spec.categoryColors?.[i] ?? SERIES_COLORS[i % SERIES_COLORS.length]),
        // A legend that wraps instead of paging (its arrows only work with a mouse), and a ring small enough to leave
        // its labels room to wrap between words on a phone, rather than end in "…" (which hid the counts).
        legend: { bottom: 0, type: 'plain' },
        series: [
          {
            type: 'pie',
            center: ['50%', '42%'],
            radius: ['32%', '52%'],
            bleedMargin: 4,
            labelLine: { length: 6, length2: 8 },
            label: { formatter: '{b}: {c}', overflow: 'break', lineHeight: 15 },
            data: spec.categories.map((name, i) => ({ name, value: series?.values[i] ?? 0 })),
          },
        ],
      };
    }
    const horizontal = spec.kind === 'horizontalStackedBar';
    const stacked = spec.kind !== 'bar' && spec.kind !== 'line';
    const categoryAxis = {
      type: 'category',
      data: spec.categories,
      axisLabel: { interval: 0, width: horizontal ? 160 : 90, overflow: 'truncate' },
    };
    const valueAxis = { type: 'value', axisLabel: { formatter: (v: number) => format(v) } };
    return {
      ...base,
      grid: {
        // Category labels have a fixed width; value labels (e.g. "15.000.000 €") get the room they need.
        left: horizontal ? 170 : 16,
        right: 16,
        top: 16,
        bottom: spec.series.length > 1 ? 56 : 40,
        containLabel: !horizontal,
      },
      xAxis: horizontal ? valueAxis : categoryAxis,
      yAxis: horizontal ? { ...categoryAxis, inverse: true } : valueAxis,
      series: spec.series.map((s) => ({
        type: spec.kind === 'line' ? 'line' : 'bar',
        lineStyle: s.dashed ? { type: 'dashed' } : undefined,
        symbol: s.dashed ? 'none' : 'circle',
        symbolSize: 8,
        name: s.name,
        data: s.values,
        stack: stacked ? 'total' : undefined,
        barMaxWidth: 36,
      })),
    };
  }
}
