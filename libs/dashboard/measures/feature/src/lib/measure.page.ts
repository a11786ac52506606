import { ChangeDetectionStrategy, Component, computed, inject, input, signal, WritableSignal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { Attachments } from '@masswerk/dashboard/documents/feature';
import { PublicVersionCard } from '@masswerk/dashboard/publication/feature';
import { MeasureDetail, MeasuresApi } from '@masswerk/dashboard/measures/data-access';
import { MeasureBudgetSection } from './measure-budget.section';
import { MilestonePlanEditor } from './milestone-plan.editor';
import { MeasureIndicatorsSection } from './measure-indicators.section';
import { reorderMilestones } from './milestone-plan.form';
import { HealthWhy, ProgressSourceNote, StatusReportDraft, StatusReportForm } from '@masswerk/dashboard/measures/ui';
import { injectProblemOf } from '@masswerk/dashboard/shared/data-access';
import {
  EmptyRow,
  ConfirmData,
  injectConfirm,
  FreshnessBadge,
  HealthBadge,
  HistoryList,
  PageHeader,
  ProgressBar,
  LoadState,
  StatusChip,
  TableScroll,
} from '@masswerk/dashboard/shared/ui';
import { formatDate, MwDatePipe } from '@masswerk/dashboard/shared/util';

type Milestone = MeasureDetail['milestones'][number];
type Report = MeasureDetail['statusReports'][number];

/** A report as the form edits it. */
export function toReportDraft(r: Report): StatusReportDraft {
  return {
    reportDate: r.reportDate,
    trafficLight: r.trafficLight,
    progress: r.progress,
    achieved: r.achieved,
    nextSteps: r.nextSteps,
    risks: r.risks,
  };
}

/** The fields of a correction that differ from the report as it is now (null: nothing to save). */
export function reportCorrection(r: Report, draft: StatusReportDraft): Partial<StatusReportDraft> | null {
  const before = toReportDraft(r);
  const patch: Partial<StatusReportDraft> = {};
  for (const key of Object.keys(before) as (keyof StatusReportDraft)[])
    if (draft[key] !== before[key]) Object.assign(patch, { [key]: draft[key] });
  return Object.keys(patch).length ? patch : null;
}

/**
 * What was typed for a milestone, kept while the save is refused: after a conflict the fields keep it, and `base` is
 * the milestone as it was when editing began, to show what someone else changed meanwhile.
 */
export interface MilestoneDraft {
  id: string;
  forecast: string;
  completed: string;
  base: { forecastDate: string | null; completedOn: string | null };
  conflict: boolean;
}

/** The fields of a milestone that someone else changed since `draft.base`, with their new values. */
export function milestoneChanges(
  draft: MilestoneDraft | null,
  current: Pick<Milestone, 'id' | 'forecastDate' | 'completedOn'> | undefined,
): { field: 'forecast' | 'completed'; value: string | null }[] {
  if (!draft?.conflict || !current || current.id !== draft.id) return [];
  const changes: { field: 'forecast' | 'completed'; value: string | null }[] = [];
  if ((current.forecastDate ?? null) !== draft.base.forecastDate)
    changes.push({ field: 'forecast', value: current.forecastDate ?? null });
  if ((current.completedOn ?? null) !== draft.base.completedOn)
    changes.push({ field: 'completed', value: current.completedOn ?? null });
  return changes;
}

/** Everything about one measure: profile, milestones, reports, indicators, history, and the updates its manager makes. */
@Component({
  selector: 'mw-measure-page',
  imports: [
    EmptyRow,
    RouterLink,
    FormsModule,
    MatButtonModule,
    MatIconModule,
    MatFormFieldModule,
    MatInputModule,
    TranslocoPipe,
    PageHeader,
    LoadState,
    StatusChip,
    HealthBadge,
    HistoryList,
    FreshnessBadge,
    ProgressBar,
    StatusReportForm,
    HealthWhy,
    ProgressSourceNote,
    MeasureBudgetSection,
    MilestonePlanEditor,
    MeasureIndicatorsSection,
    TableScroll,
    MwDatePipe,
    Attachments,
    PublicVersionCard,
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
  private readonly confirm = injectConfirm();
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
  protected readonly milestoneDraft = signal<MilestoneDraft | null>(null);
  private readonly problemOf = injectProblemOf();
  protected readonly milestoneConflict = computed(() => {
    const draft = this.milestoneDraft();
    if (!draft?.conflict) return null;
    const current = this.measure.value()?.milestones.find((m) => m.id === draft.id);
    return { changes: milestoneChanges(draft, current) };
  });

  /** The report being corrected and what the form started with. */
  protected readonly correcting = signal<{ id: string; initial: StatusReportDraft } | null>(null);
  protected readonly correctionError = signal<string | null>(null);

  /** The milestone whose plan is open in the editor: its id, 'new' for a new one, or null. */
  protected readonly planning = signal<string | null>(null);
  protected readonly planningMilestone = computed(() => {
    const id = this.planning();
    return id && id !== 'new' ? (this.measure.value()?.milestones.find((m) => m.id === id) ?? null) : null;
  });

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
      this.reportError.set(this.problemOf(error).message);
    } finally {
      this.busy.set(false);
    }
  }

  protected correctReport(r: Report | null): void {
    this.correctionError.set(null);
    this.correcting.set(r ? { id: r.id, initial: toReportDraft(r) } : null);
  }

  /** Saves a correction on top of the report's current version; a refusal keeps the draft in the form. */
  protected async saveCorrection(draft: StatusReportDraft): Promise<void> {
    const open = this.correcting();
    const report = this.measure.value()?.statusReports.find((r) => r.id === open?.id);
    if (!open || !report) return;
    // only what the user changed since opening the form: a field someone else corrected meanwhile stays theirs
    const patch = reportCorrection({ ...report, ...open.initial }, draft);
    if (!patch) return this.correctReport(null);
    this.busy.set(true);
    this.correctionError.set(null);
    try {
      await this.api.correctStatusReport({ id: report.id, version: report.version, ...patch });
      this.correcting.set(null);
      this.notice.set(this.transloco.translate('report.corrected'));
      this.measure.reload();
    } catch (error) {
      const problem = this.problemOf(error);
      if (problem.kind === 'stale') {
        this.correctionError.set(this.transloco.translate('report.conflict'));
        this.measure.reload();
      } else this.correctionError.set(problem.message);
    } finally {
      this.busy.set(false);
    }
  }

  /** Deletes a report after a confirmation: the measure's progress and freshness then come from the one before. */
  protected async deleteReport(r: Report): Promise<void> {
    const data: ConfirmData = {
      title: this.transloco.translate('report.deleteTitle'),
      message: this.transloco.translate('report.deleteMessage', {
        date: formatDate(r.reportDate, this.transloco.getActiveLang() === 'en' ? 'en' : 'de'),
      }),
      confirm: this.transloco.translate('report.delete'),
    };
    if (!(await this.confirm(data))) return;
    const done = await this.change(this.correctionError, 'report.conflict', async () => {
      await this.api.deleteStatusReport(r.id, r.version);
      if (this.correcting()?.id === r.id) this.correcting.set(null);
      return this.transloco.translate('report.deleted');
    });
    if (!done) this.notice.set(null);
  }

  /** Opens (or, with null, closes) the milestone form; a draft of another milestone is dropped. */
  protected editMilestone(id: string | null): void {
    this.milestoneDraft.set(null);
    this.milestoneError.set(null);
    this.editingMilestone.set(id);
  }

  /** What a milestone's field shows: the draft kept after a refusal, else the saved value. */
  protected milestoneValue(ms: Milestone, field: 'forecast' | 'completed'): string {
    const draft = this.milestoneDraft();
    if (draft?.id === ms.id) return draft[field];
    return (field === 'forecast' ? ms.forecastDate : ms.completedOn) ?? '';
  }

  protected async saveMilestone(milestone: Milestone, forecastDate: string, completedOn: string): Promise<void> {
    this.milestoneError.set(null);
    const previous = this.milestoneDraft();
    // the base stays the version the user started from, however often the save is refused
    const base =
      previous?.id === milestone.id
        ? previous.base
        : { forecastDate: milestone.forecastDate ?? null, completedOn: milestone.completedOn ?? null };
    const draft: MilestoneDraft = {
      id: milestone.id,
      forecast: forecastDate,
      completed: completedOn,
      base,
      conflict: false,
    };
    this.milestoneDraft.set(draft);
    try {
      await this.api.reportMilestone({
        id: milestone.id,
        version: milestone.version,
        forecastDate: forecastDate || null,
        completedOn: completedOn || null,
      });
      this.editMilestone(null);
      this.notice.set(this.transloco.translate('milestone.saved', { title: milestone.title }));
      this.measure.reload();
    } catch (error) {
      const problem = this.problemOf(error);
      if (problem.kind === 'stale') {
        // the reload brings the new version; the fields keep the draft, so saving again applies it on top
        this.milestoneDraft.set({ ...draft, conflict: true });
        this.milestoneError.set(this.transloco.translate('milestone.conflict'));
        this.measure.reload();
      } else {
        this.milestoneError.set(problem.message);
      }
    }
  }

  /** A section saved a change: say so and reload the measure. */
  protected partChanged(notice: string): void {
    this.notice.set(notice);
    this.measure.reload();
  }

  protected planMilestone(id: string | null): void {
    this.editMilestone(null);
    this.planning.set(id);
  }

  protected milestonePlanned(title: string): void {
    this.planning.set(null);
    this.notice.set(this.transloco.translate('milestone.saved', { title }));
    this.measure.reload();
  }

  /** Moves a milestone one place up or down: the list is numbered anew, one change per milestone that moves. */
  protected async moveMilestone(index: number, direction: -1 | 1): Promise<void> {
    const measure = this.measure.value();
    if (!measure) return;
    const moving = measure.milestones[index];
    await this.change(this.milestoneError, 'milestone.moveConflict', async () => {
      for (const change of reorderMilestones(measure.milestones, index, direction))
        await this.api.updateMilestone(change);
      return this.transloco.translate(direction < 0 ? 'milestone.movedUp' : 'milestone.movedDown', {
        title: moving.title,
      });
    });
  }

  /** Deletes a milestone after a confirmation that says what goes with it: its weight leaves the progress. */
  protected async deleteMilestone(milestone: Milestone): Promise<void> {
    const measure = this.measure.value();
    if (!measure) return;
    const totalWeight = measure.milestones.reduce((sum, m) => sum + m.weight, 0);
    const data: ConfirmData = {
      title: this.transloco.translate('milestone.deleteTitle', { title: milestone.title }),
      message: this.transloco.translate(
        milestone.completedOn ? 'milestone.deleteReachedMessage' : 'milestone.deleteMessage',
        { title: milestone.title, weight: milestone.weight, total: totalWeight },
      ),
      confirm: this.transloco.translate('milestone.delete'),
    };
    if (!(await this.confirm(data))) return;
    await this.change(this.milestoneError, 'milestone.conflict', async () => {
      await this.api.deleteMilestone(milestone.id, milestone.version);
      if (this.planning() === milestone.id) this.planning.set(null);
      return this.transloco.translate('milestone.deleted', { title: milestone.title });
    });
  }

  /**
   * Runs a change of the measure and shows the notice it answers; a refusal goes to `error` (`conflict`, a translation
   * key, when someone else saved first). The measure reloads either way. True when the change was made.
   */
  private async change(
    error: WritableSignal<string | null>,
    conflict: string,
    action: () => Promise<string>,
  ): Promise<boolean> {
    error.set(null);
    try {
      this.notice.set(await action());
      return true;
    } catch (e) {
      const problem = this.problemOf(e);
      error.set(problem.kind === 'stale' ? this.transloco.translate(conflict) : problem.message);
      return false;
    } finally {
      this.measure.reload();
    }
  }

  protected names<T extends Record<K, string>, K extends string>(items: T[], key: K): string {
    return items.map((i) => i[key]).join(', ') || '–';
  }
}
