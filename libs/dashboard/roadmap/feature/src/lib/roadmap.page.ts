import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { provideTranslocoScope, TranslocoPipe } from '@jsverse/transloco';
import { HEALTHS, MEASURE_STATUSES, todayIn } from '@masswerk/shared/domain';
import { CodeSelect, PageHeader, PrintButton, StateMessage, LoadState } from '@masswerk/dashboard/shared/ui';
import { injectQueryParams } from '@masswerk/dashboard/shared/util';
import { RoadmapApi } from './roadmap.api';
import { RoadmapChart, RoadmapRowGroup } from './roadmap-chart';
import {
  filterMeasures,
  groupMeasures,
  RoadmapSort,
  RoadmapView,
  rowGeometry,
  scheduleDates,
  serverToday,
  viewFromParams,
  viewToParams,
} from './roadmap.model';
import { timeScale } from './roadmap.timeline';

/**
 * Zeitplan: the measures and milestones of a model project over Phase A and B, baseline against actual and forecast,
 * with a line at today. Filters live in the URL; the page prints on A4 landscape.
 */
@Component({
  selector: 'mw-roadmap-page',
  imports: [
    LoadState,
    FormsModule,
    RouterLink,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatIconModule,
    MatSelectModule,
    TranslocoPipe,
    PageHeader,
    PrintButton,
    StateMessage,
    CodeSelect,
    RoadmapChart,
  ],
  providers: [provideTranslocoScope('roadmap')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './roadmap.page.html',
  styleUrl: './roadmap.page.scss',
})
export class RoadmapPage {
  /** Route parameter. */
  readonly code = input.required<string>();
  private readonly api = inject(RoadmapApi);
  private readonly query = injectQueryParams();

  protected readonly statuses = MEASURE_STATUSES;
  protected readonly healths = HEALTHS;
  protected readonly sorts: RoadmapSort[] = ['start', 'code', 'slippage'];

  protected readonly view = computed(() => viewFromParams(this.query.params()));
  protected readonly project = rxResource({
    params: () => this.code(),
    stream: ({ params }) => this.api.load(params),
  });

  /** The server's day where the data reveals it, so the today line agrees with the milestone states. */
  protected readonly today = computed(() => {
    const p = this.project.value();
    return (p && serverToday(p.measures)) ?? todayIn();
  });

  /** The axis covers every measure, not only the filtered ones, so it stays put while filtering. */
  protected readonly scale = computed(() => {
    const p = this.project.value();
    return p ? timeScale(scheduleDates([p.phaseA, p.phaseB], p.measures, this.today())) : null;
  });

  protected readonly filtered = computed(() => {
    const p = this.project.value();
    return p ? filterMeasures(p.measures, this.view(), this.today()) : [];
  });

  protected readonly groups = computed<RoadmapRowGroup[]>(() => {
    const p = this.project.value();
    const scale = this.scale();
    if (!p || !scale) return [];
    return groupMeasures(this.filtered(), p.fieldsOfAction, this.view()).map((g) => ({
      field: g.field,
      rows: g.measures.map((m) => ({
        measure: m,
        link: ['/projekte', p.code, 'massnahmen', m.code],
        geometry: rowGeometry(m, scale, this.today()),
      })),
    }));
  });

  protected readonly filtersActive = computed(() => Object.values(viewToParams(this.view())).some((v) => v !== null));

  protected update(change: Partial<RoadmapView>): void {
    this.query.set(viewToParams({ ...this.view(), ...change }));
  }

  protected reset(): void {
    this.query.set({});
  }
}
