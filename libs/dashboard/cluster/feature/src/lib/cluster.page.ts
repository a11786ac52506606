import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { NgTemplateOutlet } from '@angular/common';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { provideTranslocoScope, TranslocoPipe, TranslocoService, translateSignal } from '@jsverse/transloco';
import {
  Chart,
  ChartSpec,
  HEALTH_COLORS,
  PageHeader,
  StateMessage,
  TableScroll,
  LoadState,
} from '@masswerk/dashboard/shared/ui';
import { formatNumber, LanguageService, MwNumberPipe, MwPercentPipe } from '@masswerk/dashboard/shared/util';
import { HEALTHS } from '@masswerk/shared/domain';
import { ClusterApi } from './cluster.api';
import {
  ComparisonRow,
  comparisonRows,
  formatMillions,
  formatShare,
  healthCount,
  healthShares,
  totalMoney,
} from './cluster.model';

/** The model projects of a cluster side by side: progress, health, slippage and spending. */
@Component({
  selector: 'mw-cluster-page',
  imports: [
    LoadState,
    NgTemplateOutlet,
    RouterLink,
    TranslocoPipe,
    PageHeader,
    StateMessage,
    TableScroll,
    Chart,
    MwNumberPipe,
    MwPercentPipe,
  ],
  providers: [provideTranslocoScope('cluster')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './cluster.page.html',
  styleUrl: './cluster.page.scss',
})
export class ClusterPage {
  /** Route parameter. */
  readonly clusterId = input.required<string>();
  private readonly api = inject(ClusterApi);
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService).language;
  /** Scoped labels for the charts; they arrive once the scope's translations have loaded. */
  private readonly slippageLabel = translateSignal('chart.slippageSeries');

  protected readonly cluster = rxResource({
    params: () => this.clusterId(),
    stream: ({ params }) => this.api.comparison(params),
  });

  protected readonly rows = computed(() => {
    const c = this.cluster.value();
    return c ? comparisonRows(c) : [];
  });
  protected readonly hasPeers = computed(() => this.rows().some((r) => r.peer));
  protected readonly totalShares = computed(() => {
    const c = this.cluster.value();
    return c ? healthShares(c.summary) : null;
  });
  protected readonly totalMoney = computed(() => totalMoney(this.rows()));

  protected readonly healthChart = computed<ChartSpec | null>(() => {
    const rows = this.rows();
    this.language();
    if (!rows.length) return null;
    return {
      kind: 'horizontalStackedBar',
      categories: rows.map((r) => r.name),
      series: HEALTHS.map((h) => ({
        name: this.transloco.translate(`health.${h}`),
        color: HEALTH_COLORS[h],
        values: rows.map((r) => healthCount(r.summary, h)),
      })),
    };
  });

  protected readonly progressChart = computed(() => {
    const language = this.language();
    return this.barChart(
      this.transloco.translate('kpi.averageProgress'),
      '#0072B2',
      (r) => r.summary.averageProgress ?? 0,
      (v) => `${formatNumber(v, language, 0)} %`,
    );
  });

  protected readonly slippageChart = computed(() => {
    const language = this.language();
    return this.barChart(
      this.slippageLabel(),
      '#D55E00',
      (r) => Math.round((r.summary.averageSlippageDays ?? 0) * 10) / 10,
      // The unit is in the series name: axis labels stay short.
      (v) => formatNumber(v, language, 1),
    );
  });

  /** One bar per project of a single figure. */
  private barChart(
    name: string,
    color: string,
    value: (row: ComparisonRow) => number,
    format: (value: number) => string,
  ): ChartSpec | null {
    const rows = this.rows();
    if (!rows.length) return null;
    return {
      kind: 'horizontalStackedBar',
      categories: rows.map((r) => r.name),
      series: [{ name, color, values: rows.map(value) }],
      format,
    };
  }

  protected millions(euros: string): string {
    return formatMillions(euros, this.language());
  }

  protected share(percent: number | null): string {
    return formatShare(percent, this.language());
  }

  protected chartHeight(rows: number): number {
    return 70 + rows * 40;
  }
}
