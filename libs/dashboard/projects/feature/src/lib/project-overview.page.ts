import { FormsModule } from '@angular/forms';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { CHANGES_LIMIT, healthCount, onTrackShare, ProjectsApi } from '@masswerk/dashboard/projects/data-access';
import {
  Chart,
  ChartSpec,
  HEALTH_COLORS,
  HealthBadge,
  HistoryList,
  Kpi,
  PageHeader,
  PrintButton,
  LoadState,
  STATUS_COLORS,
} from '@masswerk/dashboard/shared/ui';
import {
  injectQueryParams,
  LanguageService,
  MwDatePipe,
  MwMoneyPipe,
  DateInputDirective,
} from '@masswerk/dashboard/shared/util';
import { addDays, HEALTHS, isIsoDate, MEASURE_STATUSES, todayIn } from '@masswerk/shared/domain';

/** A model project at a glance, for the county council and the steering group. */
@Component({
  selector: 'mw-project-overview-page',
  imports: [
    FormsModule,
    DateInputDirective,
    RouterLink,
    MatIconModule,
    MatButtonModule,
    TranslocoPipe,
    PageHeader,
    PrintButton,
    Kpi,
    Chart,
    LoadState,
    HealthBadge,
    HistoryList,
    MatFormFieldModule,
    MatInputModule,
    MwDatePipe,
    MwMoneyPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './project-overview.page.html',
  styleUrl: './project-overview.page.scss',
})
export class ProjectOverviewPage {
  /** Route parameter. */
  readonly code = input.required<string>();
  private readonly api = inject(ProjectsApi);
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService).language;
  protected readonly project = rxResource({
    params: () => this.code(),
    stream: ({ params }) => this.api.overview(params),
  });
  protected readonly healthCount = healthCount;
  private readonly query = injectQueryParams();

  /** Start of the change feed: `?seit=YYYY-MM-DD`, by default 30 days back. */
  protected readonly since = computed(() => {
    const seit = this.query.params()['seit'];
    return isIsoDate(seit) ? seit : addDays(todayIn(), -30);
  });
  protected readonly changesLimit = CHANGES_LIMIT;
  protected readonly changes = rxResource({
    params: () => ({ code: this.code(), since: this.since() }),
    // Midnight of the chosen day in the reader's time zone.
    stream: ({ params }) => this.api.changesSince(params.code, new Date(`${params.since}T00:00:00`)),
  });

  protected setSince(value: string | null): void {
    if (!isIsoDate(value)) return;
    this.query.set({ seit: value }, 'merge');
  }

  protected readonly onTrack = computed(() => {
    const p = this.project.value();
    return p ? onTrackShare(p.summary) : null;
  });

  protected readonly healthByField = computed<ChartSpec | null>(() => {
    const p = this.project.value();
    this.language();
    if (!p) return null;
    const groups = [...p.byField].sort((a, b) =>
      (a.fieldOfAction?.code ?? '').localeCompare(b.fieldOfAction?.code ?? ''),
    );
    return {
      kind: 'horizontalStackedBar',
      categories: groups.map((g) => g.fieldOfAction?.name ?? g.key),
      series: HEALTHS.map((h) => ({
        name: this.transloco.translate(`health.${h}`),
        color: HEALTH_COLORS[h],
        values: groups.map((g) => healthCount(g.summary, h)),
      })),
    };
  });

  protected readonly statusByMunicipality = computed<ChartSpec | null>(() => {
    const p = this.project.value();
    this.language();
    if (!p) return null;
    const groups = [...p.byMunicipality].sort((a, b) => b.summary.measureCount - a.summary.measureCount);
    return {
      kind: 'horizontalStackedBar',
      categories: groups.map((g) => g.municipality?.name ?? g.key),
      series: MEASURE_STATUSES.map((s) => ({
        name: this.transloco.translate(`status.${s}`),
        color: STATUS_COLORS[s],
        values: groups.map((g) => g.summary.byStatus.find((x) => x.status === s)?.count ?? 0),
      })),
    };
  });

  protected readonly statusDonut = computed<ChartSpec | null>(() => {
    const p = this.project.value();
    this.language();
    if (!p) return null;
    const present = MEASURE_STATUSES.filter((s) => (p.summary.byStatus.find((x) => x.status === s)?.count ?? 0) > 0);
    return {
      kind: 'donut',
      categories: present.map((s) => this.transloco.translate(`status.${s}`)),
      categoryColors: present.map((s) => STATUS_COLORS[s]),
      series: [
        {
          name: this.transloco.translate('kpi.measures'),
          values: present.map((s) => p.summary.byStatus.find((x) => x.status === s)?.count ?? 0),
        },
      ],
    };
  });

  protected readonly municipalityCount = computed(() => this.project.value()?.byMunicipality.length ?? 0);
}
