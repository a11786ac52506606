import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { MeasureDetail, MeasuresApi } from '@masswerk/dashboard/measures/data-access';
import { MeasureBudgetSection } from './measure-budget.section';
import { StatusReportDraft, StatusReportForm } from '@masswerk/dashboard/measures/ui';
import { ApiError } from '@masswerk/dashboard/shared/data-access';
import {
  FreshnessBadge,
  HealthBadge,
  HistoryList,
  PageHeader,
  ProgressBar,
  StateMessage,
  StatusChip,
} from '@masswerk/dashboard/shared/ui';
import { MwDatePipe, MwNumberPipe } from '@masswerk/dashboard/shared/util';

type Milestone = MeasureDetail['milestones'][number];

/** Everything about one measure: profile, milestones, reports, indicators, history, and the updates its manager makes. */
@Component({
  selector: 'mw-measure-page',
  imports: [
    RouterLink,
    FormsModule,
    MatButtonModule,
    MatIconModule,
    MatFormFieldModule,
    MatInputModule,
    TranslocoPipe,
    PageHeader,
    StateMessage,
    StatusChip,
    HealthBadge,
    HistoryList,
    FreshnessBadge,
    ProgressBar,
    StatusReportForm,
    MeasureBudgetSection,
    MwDatePipe,
    MwNumberPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './measure.page.html',
  styleUrl: './measure.page.scss',
})
export class MeasurePage {
  /** Route parameters. */
  readonly code = input.required<string>();
  readonly measureCode = input.required<string>();
  private readonly api = inject(MeasuresApi);
  private readonly transloco = inject(TranslocoService);
  protected readonly measure = rxResource({
    params: () => this.measureCode(),
    stream: ({ params }) => this.api.detail(params),
  });

  protected readonly reporting = signal(false);
  protected readonly busy = signal(false);
  protected readonly reportError = signal<string | null>(null);
  /** Set when the edit page sends the user back after saving. */
  readonly gespeichert = input<string>();
  protected readonly notice = signal<string | null>(null);
  protected readonly editingMilestone = signal<string | null>(null);
  protected readonly milestoneError = signal<string | null>(null);

  protected readonly savedNotice = computed(() => (this.gespeichert() ? this.transloco.translate('edit.saved') : null));

  protected readonly milestoneStats = computed(() => {
    const m = this.measure.value();
    if (!m) return null;
    return {
      total: m.milestones.length,
      done: m.milestones.filter((x) => x.completedOn).length,
      overdue: m.milestones.filter((x) => x.state === 'OVERDUE').length,
    };
  });

  protected async fileReport(draft: StatusReportDraft): Promise<void> {
    const measure = this.measure.value();
    if (!measure) return;
    this.busy.set(true);
    this.reportError.set(null);
    try {
      await this.api.fileStatusReport({ measureId: measure.id, ...draft });
      this.reporting.set(false);
      this.notice.set(this.transloco.translate('report.saved'));
      this.measure.reload();
    } catch (error) {
      this.reportError.set(error instanceof ApiError ? error.message : String(error));
    } finally {
      this.busy.set(false);
    }
  }

  protected async saveMilestone(milestone: Milestone, forecastDate: string, completedOn: string): Promise<void> {
    this.milestoneError.set(null);
    try {
      await this.api.reportMilestone({
        id: milestone.id,
        version: milestone.version,
        forecastDate: forecastDate || null,
        completedOn: completedOn || null,
      });
      this.editingMilestone.set(null);
      this.notice.set(this.transloco.translate('milestone.saved', { title: milestone.title }));
      this.measure.reload();
    } catch (error) {
      if (error instanceof ApiError && error.code === 'CONFLICT') {
        this.milestoneError.set(this.transloco.translate('milestone.conflict'));
        this.measure.reload();
      } else {
        this.milestoneError.set(error instanceof ApiError ? error.message : String(error));
      }
    }
  }

  protected names<T extends Record<K, string>, K extends string>(items: T[], key: K): string {
    return items.map((i) => i[key]).join(', ') || '–';
  }
}
