import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';
import { FRESHNESS_ICONS, HEALTH_COLORS, HEALTH_ICONS, STATUS_COLORS, STATUS_ICONS } from './palette';

/** Health of a measure: icon, colour and words, never colour alone. */
@Component({
  selector: 'mw-health-badge',
  imports: [MatIconModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span class="badge" [style.--badge-color]="color()">
    <mat-icon aria-hidden="true" class="badge-icon">{{ icon() }}</mat-icon
    >{{ 'health.' + health() | transloco }}
    @if (overridden()) {
      <span class="note">*</span>
    }
  </span>`,
  styleUrl: './badges.scss',
})
export class HealthBadge {
  readonly health = input.required<string>();
  readonly overridden = input(false);
  protected readonly color = computed(() => HEALTH_COLORS[this.health()] ?? '#8C8C8C');
  protected readonly icon = computed(() => HEALTH_ICONS[this.health()] ?? 'help');
}

/** Bearbeitungsstand of a measure. */
@Component({
  selector: 'mw-status-chip',
  imports: [MatIconModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span class="badge" [style.--badge-color]="color()">
    <mat-icon aria-hidden="true" class="badge-icon">{{ icon() }}</mat-icon
    >{{ 'status.' + status() | transloco }}
  </span>`,
  styleUrl: './badges.scss',
})
export class StatusChip {
  readonly status = input.required<string>();
  protected readonly color = computed(() => STATUS_COLORS[this.status()] ?? '#8C8C8C');
  protected readonly icon = computed(() => STATUS_ICONS[this.status()] ?? 'circle');
}

/** How recent the latest status report is. */
@Component({
  selector: 'mw-freshness-badge',
  imports: [MatIconModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span class="badge plain" [class.warn]="warn()">
    <mat-icon aria-hidden="true" class="badge-icon">{{ icon() }}</mat-icon>
    @if (days() === 0) {
      {{ 'freshness.today' | transloco }}
    } @else if (days() === 1) {
      {{ 'freshness.yesterday' | transloco }}
    } @else if (days() !== null) {
      {{ 'freshness.daysAgo' | transloco: { days: days() } }}
    } @else {
      {{ 'freshness.NO_REPORT' | transloco }}
    }
  </span>`,
  styleUrl: './badges.scss',
})
export class FreshnessBadge {
  readonly freshness = input.required<string>();
  readonly days = input<number | null>(null);
  protected readonly icon = computed(() => FRESHNESS_ICONS[this.freshness()] ?? 'schedule');
  protected readonly warn = computed(() => ['STALE', 'VERY_STALE', 'NO_REPORT'].includes(this.freshness()));
}

/** Progress as a bar with its number; the number is what screen readers hear. */
@Component({
  selector: 'mw-progress',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span class="progress" role="img" [attr.aria-label]="label() + ': ' + value() + ' %'">
    <span class="track"
      ><span class="fill" [style.width.%]="value()"></span>
      @if (expected() !== null) {
        <span class="expected" [style.left.%]="expected()"></span>
      }
    </span>
    <span class="value" aria-hidden="true">{{ value() }} %</span>
  </span>`,
  styleUrl: './badges.scss',
})
export class ProgressBar {
  readonly value = input.required<number>();
  readonly expected = input<number | null>(null);
  readonly label = input('Fortschritt');
}
