import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { Health, HealthRule, HEALTH_RULES, ProgressSource } from '@masswerk/shared/domain';
import { formatDate, LanguageService } from '@masswerk/dashboard/shared/util';

/** What the API says of a measure's health and why (`Measure.health` with its `reason`). */
export interface HealthWhyView {
  computed: `${Health}`;
  reason: {
    rule: `${HealthRule}`;
    expectedProgress: number | null;
    progress: number;
    lag: number | null;
    plannedEnd: string | null;
    daysPastPlannedEnd: number | null;
    overdueMilestoneDue: string | null;
    overdueMilestoneDays: number | null;
    overdueMilestone: { title: string } | null;
  };
}

/** Where a measure's progress comes from (`Measure.progress`). */
export interface ProgressSourceView {
  source: `${ProgressSource}`;
  reportedOn: string | null;
  milestones: number | null;
  manualReason: string | null;
}

interface Sentence {
  key: string;
  params: Record<string, unknown>;
}

/** The translation key and values of "kritisch, weil …" for a computed health (rules: docs/rules.md). */
export function healthWhy(view: HealthWhyView, date: (iso: string | null) => string): Sentence[] {
  const r = view.reason;
  const milestone =
    r.overdueMilestoneDue !== null
      ? {
          title: r.overdueMilestone?.title ?? '',
          since: date(r.overdueMilestoneDue),
          days: r.overdueMilestoneDays ?? 0,
        }
      : null;
  const lag = { progress: r.progress, expected: r.expectedProgress ?? 0, lag: r.lag ?? 0 };
  const main: Sentence = (() => {
    switch (r.rule) {
      case HealthRule.PAST_PLANNED_END:
        return {
          key: 'healthWhy.PAST_PLANNED_END',
          params: { end: date(r.plannedEnd), days: r.daysPastPlannedEnd ?? 0 },
        };
      case HealthRule.PROGRESS_LAG:
        return (r.lag ?? 0) <= 0
          ? { key: 'healthWhy.AHEAD', params: lag }
          : (r.lag ?? 0) <= HEALTH_RULES.onTrackMaxGap
            ? { key: 'healthWhy.SMALL_LAG', params: { ...lag, max: HEALTH_RULES.onTrackMaxGap } }
            : { key: 'healthWhy.PROGRESS_LAG', params: lag };
      case HealthRule.OVERDUE_MILESTONE:
        return { key: 'healthWhy.OVERDUE_MILESTONE', params: milestone ?? { title: '', since: '', days: 0 } };
      default:
        return { key: `healthWhy.${r.rule}`, params: {} };
    }
  })();
  const also =
    r.rule === HealthRule.PROGRESS_LAG && milestone ? [{ key: 'healthWhy.alsoOverdue', params: milestone }] : [];
  return [main, ...also];
}

/**
 * Why the figures of a measure are what they are: "kritisch, weil …" under the health, and where the progress comes
 * from under the progress. Knows nothing about the API; the page passes the measure's health and progress.
 */
@Component({
  selector: 'mw-health-why',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span class="why" data-testid="health-reason"
    >{{ 'health.' + health().computed | transloco }},
    @for (s of sentences(); track s.key) {
      {{ s.key | transloco: s.params }}
    }
  </span>`,
  styles: `
    .why {
      display: block;
      font-size: 0.875rem;
      color: var(--mw-text-muted, inherit);
    }
  `,
})
export class HealthWhy {
  readonly health = input.required<HealthWhyView>();
  private readonly language = inject(LanguageService).language;
  protected readonly sentences = computed(() => {
    const lang = this.language();
    return healthWhy(this.health(), (iso) => formatDate(iso, lang));
  });
}

/** "laut Statusbericht vom 10.11.2026 · Meilensteine: 73 %": where the progress comes from, and the other figure. */
@Component({
  selector: 'mw-progress-source',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span data-testid="progress-source">
    @if (progress().source === 'STATUS_REPORT' && progress().reportedOn) {
      {{ 'progressWhy.STATUS_REPORT' | transloco: { date: reportedOn() } }}
    } @else if (progress().source === 'MANUAL' && progress().manualReason) {
      {{ 'progressWhy.MANUAL' | transloco: { reason: progress().manualReason } }}
    } @else {
      {{ 'progressSource.' + progress().source | transloco }}
    }
    @if (progress().source !== 'MILESTONES' && progress().milestones !== null) {
      · {{ 'progressWhy.milestones' | transloco: { value: progress().milestones } }}
    }
  </span>`,
})
export class ProgressSourceNote {
  readonly progress = input.required<ProgressSourceView>();
  private readonly language = inject(LanguageService).language;
  protected readonly reportedOn = computed(() => formatDate(this.progress().reportedOn, this.language()));
}
