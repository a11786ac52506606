import { ChangeDetectionStrategy, Component, computed, inject, input, linkedSignal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { of } from 'rxjs';
import {
  ListState,
  MeasurePage as ResultPage,
  MeasuresApi,
  stateFromParams,
  stateToParams,
  toFilter,
  toOrder,
} from '@masswerk/dashboard/measures/data-access';
import {
  FreshnessBadge,
  HealthBadge,
  CodeSelect,
  PageHeader,
  ProgressBar,
  StateMessage,
  StatusChip,
  TableScroll,
} from '@masswerk/dashboard/shared/ui';
import { injectQueryParams, MwDatePipe } from '@masswerk/dashboard/shared/util';
import { HEALTHS, MEASURE_STATUSES, PHASES } from '@masswerk/shared/domain';

/**
 * Measure lists for every audience: a project's agenda, everything the viewer may read, or "my measures" (due and
 * stale first). Filters, sorting and the page live in the URL.
 */
@Component({
  selector: 'mw-measure-list-page',
  imports: [
    FormsModule,
    RouterLink,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatButtonModule,
    MatIconModule,
    TranslocoPipe,
    PageHeader,
    StateMessage,
    StatusChip,
    TableScroll,
    CodeSelect,
    HealthBadge,
    FreshnessBadge,
    ProgressBar,
    MwDatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './measure-list.page.html',
  styleUrl: './measure-list.page.scss',
})
export class MeasureListPage {
  /** Project code from the route, when the list is one project's agenda. */
  readonly code = input<string>();
  /** Set by the route of "my measures". */
  readonly mine = input(false);
  private readonly api = inject(MeasuresApi);
  private readonly query = injectQueryParams();

  protected readonly statuses = MEASURE_STATUSES;
  protected readonly healths = HEALTHS;
  protected readonly phases = PHASES;
  protected readonly sortFields = [
    'CODE',
    'TITLE',
    'STATUS',
    'PROGRESS',
    'PLANNED_END',
    'LAST_REPORT',
    'DUE_FIRST',
    'UPDATED_AT',
  ] as const;

  private readonly defaults = computed<Partial<ListState>>(() => (this.mine() ? { sort: 'DUE_FIRST' } : {}));
  protected readonly state = computed(() => stateFromParams(this.query.params(), this.defaults()));

  protected readonly options = rxResource({
    params: () => this.code(),
    stream: ({ params }) => (params ? this.api.filterOptions(params) : of(null)),
  });

  protected readonly municipalities = computed(() => {
    const o = this.options.value();
    return o ? [o.leadUnit, ...o.members] : [];
  });

  protected readonly page = rxResource({
    params: () => {
      const project = this.options.value();
      if (this.code() && !project) return undefined;
      const fixed = { ...(project ? { modelProjectIds: [project.id] } : {}), ...(this.mine() ? { mine: true } : {}) };
      const state = this.state();
      return { first: state.pageSize, after: state.after, filter: toFilter(state, fixed), orderBy: toOrder(state) };
    },
    stream: ({ params }) => this.api.list(params),
  });

  /**
   * The last result stays on screen while the next one loads (marked busy): the table does not flicker, and the
   * pager button just pressed keeps the keyboard focus instead of vanishing with it.
   */
  protected readonly shown = linkedSignal<ResultPage | undefined, ResultPage | undefined>({
    source: () => (this.page.hasValue() ? this.page.value() : undefined),
    computation: (result, previous) => result ?? previous?.value,
  });

  protected readonly heading = computed(() =>
    this.mine() ? 'measures.mineTitle' : this.code() ? 'measures.projectTitle' : 'measures.allTitle',
  );

  protected update(change: Partial<ListState>): void {
    // Any change of the view starts again at the first page.
    const next = { ...this.state(), ...change, after: change.after ?? null };
    this.query.set(stateToParams(next, this.defaults()));
  }

  protected reset(): void {
    this.query.set({});
  }

  protected detailLink(projectCode: string, measureCode: string): string[] {
    return ['/projekte', projectCode, 'massnahmen', measureCode];
  }
}
