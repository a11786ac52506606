import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { HEALTHS, IsoDate } from '@masswerk/shared/domain';
import { TableHead, HEALTH_COLORS, HEALTH_ICONS } from '@masswerk/dashboard/shared/ui';
import { MwDatePipe } from '@masswerk/dashboard/shared/util';
import type { PhaseSchedule, RoadmapField, RoadmapMeasure } from './roadmap.api';
import { forecastEnd, phaseSpan, RowGeometry } from './roadmap.model';
import { quarterTicks, Span, TimeScale, xOf, yearTicks } from './roadmap.timeline';

export interface RoadmapRow {
  measure: RoadmapMeasure;
  link: string[];
  geometry: RowGeometry;
}

export interface RoadmapRowGroup {
  /** Null for the ungrouped list and for measures without a field of action. */
  field: RoadmapField | null;
  rows: RoadmapRow[];
}

interface PhaseBand {
  phase: 'A' | 'B';
  span: Span;
}

/** Heights in pixels; everything horizontal is in percent of the timeline's width. */
export const ROW_HEIGHT = 44;
export const AXIS_HEIGHT = 76;

/**
 * The roadmap as a Gantt-like drawing (SVG, aria-hidden) beside links to the measures, with the same schedule as a
 * table that is always in the document for screen readers and shown on request.
 */
@Component({
  selector: 'mw-roadmap-chart',
  imports: [TableHead, NgTemplateOutlet, RouterLink, MatButtonModule, MatIconModule, TranslocoPipe, MwDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './roadmap-chart.html',
  styleUrl: './roadmap-chart.scss',
})
export class RoadmapChart {
  readonly caption = input.required<string>();
  readonly groups = input.required<RoadmapRowGroup[]>();
  readonly grouped = input(true);
  readonly scale = input.required<TimeScale>();
  readonly today = input.required<IsoDate>();
  readonly phaseA = input.required<PhaseSchedule>();
  readonly phaseB = input.required<PhaseSchedule>();

  protected readonly showTable = signal(false);
  protected readonly rowHeight = ROW_HEIGHT;
  protected readonly axisHeight = AXIS_HEIGHT;
  protected readonly healths = HEALTHS;
  protected readonly healthColors = HEALTH_COLORS;
  protected readonly healthIcons = HEALTH_ICONS;
  protected readonly forecastEnd = forecastEnd;

  protected readonly years = computed(() => yearTicks(this.scale()));
  protected readonly quarters = computed(() => quarterTicks(this.scale()));
  protected readonly todayX = computed(() => xOf(this.scale(), this.today()));
  /** The label of the today line stays inside the drawing at both edges. */
  protected readonly todayAnchor = computed(() => {
    const x = this.todayX();
    return x < 8 ? 'start' : x > 92 ? 'end' : 'middle';
  });
  protected readonly phases = computed<PhaseBand[]>(() => {
    const bands: PhaseBand[] = [];
    for (const [phase, schedule] of [
      ['A', this.phaseA()],
      ['B', this.phaseB()],
    ] as const) {
      const span = phaseSpan(schedule, this.scale());
      if (span) bands.push({ phase, span });
    }
    return bands;
  });

  protected pct(value: number): string {
    return `${value}%`;
  }
}
