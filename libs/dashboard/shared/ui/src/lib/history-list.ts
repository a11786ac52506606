import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { LanguageService, MwDateTimePipe } from '@masswerk/dashboard/shared/util';
import { historyFieldKey, historyValue, HistoryWords } from './history-format';

/** One entry of the audit history as the API returns it. */
export interface HistoryItem {
  readonly id: string;
  readonly occurredAt: string;
  readonly actorName: string;
  readonly entityType: string;
  readonly action: string;
  readonly changes: readonly {
    readonly field: string;
    readonly before: string | null;
    readonly after: string | null;
  }[];
  readonly measure?: { readonly code: string; readonly title: string } | null;
}

/** How many changed fields one entry lists before it says "and n more". */
const SHOWN_CHANGES = 6;

/**
 * The audit history: who changed what and when, with the values before and after.
 * With `projectCode`, entries name and link the measure they belong to.
 */
@Component({
  selector: 'mw-history-list',
  imports: [RouterLink, TranslocoPipe, MwDateTimePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (entries().length) {
      <ol class="history">
        @for (h of entries(); track h.id) {
          <li>
            <span class="muted">{{ h.occurredAt | mwDateTime }}</span> · {{ h.actorName }} ·
            @if (projectCode() && h.measure; as m) {
              <a [routerLink]="['/projekte', projectCode(), 'massnahmen', m.code]">{{ m.code }} – {{ m.title }}</a> ·
            }
            {{ 'entity.' + h.entityType | transloco }} {{ 'action.' + h.action | transloco }}
            @if (h.action === 'UPDATE' && h.changes.length) {
              <ul class="changes">
                @for (c of h.changes.slice(0, shown); track c.field) {
                  <li>{{ describe(c) }}</li>
                }
                @if (h.changes.length > shown) {
                  <li>{{ 'history.more' | transloco: { count: h.changes.length - shown } }}</li>
                }
              </ul>
            }
          </li>
        }
      </ol>
    } @else {
      <p>{{ emptyText() }}</p>
    }
  `,
  styles: `
    .history {
      padding-left: 1.1rem;
      font-size: 0.9rem;
      margin: 0;
    }
    .history > li {
      margin-bottom: 0.5rem;
    }
    .changes {
      font-size: 0.85rem;
      color: #3d4349;
    }
    .muted {
      color: #4f565d;
    }
  `,
})
export class HistoryList {
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService);
  readonly entries = input.required<readonly HistoryItem[]>();
  /** Set on project-wide lists so each entry links its measure. */
  readonly projectCode = input<string | null>(null);
  readonly emptyText = input('');
  protected readonly shown = SHOWN_CHANGES;

  protected describe(change: HistoryItem['changes'][number]): string {
    const words: HistoryWords = {
      language: this.language.language(),
      translate: (key) => this.transloco.translate(key),
      has: (key) => key in this.transloco.getTranslation(this.transloco.getActiveLang()),
    };
    const before = historyValue(change.field, change.before, words);
    const after = historyValue(change.field, change.after, words);
    return `${this.fieldLabel(change.field)}: ${before} → ${after}`;
  }

  private fieldLabel(field: string): string {
    const key = `historyField.${historyFieldKey(field)}`;
    const known = key in this.transloco.getTranslation(this.transloco.getActiveLang());
    return known ? this.transloco.translate(key) : field;
  }
}
