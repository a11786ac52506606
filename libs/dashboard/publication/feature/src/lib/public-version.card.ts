import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { provideTranslocoScope, TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { GraphqlClient, injectProblemOf } from '@masswerk/dashboard/shared/data-access';
import { injectConfirm } from '@masswerk/dashboard/shared/ui';
import { MwDateTimePipe } from '@masswerk/dashboard/shared/util';
import {
  MeasurePublicReleaseDocument,
  PublicReleaseStateFieldsFragment,
  ReleaseMeasuresDocument,
  releaseStanding,
  WithdrawMeasureReleaseDocument,
} from '@masswerk/dashboard/publication/data-access';

/**
 * The measure page's "public version" (issue 16, decision 0070): whether the measure has one, since when, and in what
 * the internal version has moved on; the project office releases it (again) or withdraws it here.
 */
@Component({
  selector: 'mw-public-version',
  imports: [MatButtonModule, MatIconModule, TranslocoPipe, MwDateTimePipe],
  providers: [provideTranslocoScope('publication')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="card" aria-labelledby="public-version-heading" data-testid="public-version">
      <h2 id="public-version-heading" class="section-title">{{ 'publication.cardTitle' | transloco }}</h2>
      @if (problem(); as text) {
        <p class="field-error" role="alert">{{ text }}</p>
      }
      @if (state(); as s) {
        <p data-testid="public-version-standing" [class]="standing()">
          @switch (standing()) {
            @case ('NOT_RELEASED') {
              {{ 'publication.standing.NOT_RELEASED' | transloco }}
            }
            @case ('CURRENT') {
              @if (s.releasedByName) {
                {{
                  'publication.currentSince' | transloco: { when: (s.releasedAt | mwDateTime), by: s.releasedByName }
                }}
              } @else {
                {{ 'publication.currentSinceUnnamed' | transloco: { when: (s.releasedAt | mwDateTime) } }}
              }
            }
            @case ('BEHIND') {
              {{ 'publication.behindSince' | transloco: { when: (s.releasedAt | mwDateTime) } }}
            }
          }
        </p>
        @if (s.differences.length) {
          <p class="muted" data-testid="public-version-differences">
            {{ 'publication.differences' | transloco }}
            @for (part of s.differences; track part; let last = $last) {
              {{ 'publication.part.' + part | transloco }}{{ last ? '' : ', ' }}
            }
          </p>
        }
        @if (canRelease()) {
          <div class="actions">
            @if (standing() !== 'CURRENT') {
              <button mat-flat-button type="button" (click)="release()" [disabled]="busy()" data-testid="release">
                <mat-icon aria-hidden="true">public</mat-icon>
                {{ (s.released ? 'publication.releaseAgain' : 'publication.release') | transloco }}
              </button>
            }
            @if (s.released) {
              <button mat-stroked-button type="button" (click)="withdraw()" [disabled]="busy()" data-testid="withdraw">
                {{ 'publication.withdraw' | transloco }}
              </button>
            }
          </div>
        }
      }
    </section>
  `,
  styles: `
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
    .BEHIND {
      font-weight: 500;
    }
    .field-error {
      color: #b00020;
    }
  `,
})
export class PublicVersionCard {
  readonly measureId = input.required<string>();
  readonly projectId = input.required<string>();
  readonly label = input.required<string>();
  readonly canRelease = input(false);
  /** Whatever the page reloads when the measure or its parts change (the measure itself): the state is read again. */
  readonly refresh = input<unknown>(null);
  private readonly client = inject(GraphqlClient);
  private readonly problemOf = injectProblemOf();
  private readonly confirm = injectConfirm();
  private readonly transloco = inject(TranslocoService);
  protected readonly state = signal<PublicReleaseStateFieldsFragment | null>(null);
  protected readonly standing = computed(() => {
    const state = this.state();
    return state ? releaseStanding(state) : 'NOT_RELEASED';
  });
  protected readonly busy = signal(false);
  protected readonly problem = signal<string | null>(null);

  constructor() {
    effect(() => {
      const id = this.measureId();
      this.refresh();
      untracked(() => void this.load(id));
    });
  }

  private async load(id: string): Promise<void> {
    try {
      const { measure } = await this.client.run(MeasurePublicReleaseDocument, { id });
      this.state.set(measure.publicRelease);
    } catch (error) {
      this.problem.set(this.problemOf(error).message);
    }
  }

  protected async release(): Promise<void> {
    await this.act(async () => {
      const { releaseMeasures } = await this.client.run(ReleaseMeasuresDocument, {
        input: { modelProjectId: this.projectId(), measureIds: [this.measureId()] },
      });
      return releaseMeasures[0];
    });
  }

  protected async withdraw(): Promise<void> {
    const ok = await this.confirm({
      title: this.transloco.translate('publication.withdrawTitle'),
      message: this.transloco.translate('publication.withdrawMessage', { measure: this.label() }),
      confirm: this.transloco.translate('publication.withdraw'),
    });
    if (!ok) return;
    await this.act(
      async () =>
        (await this.client.run(WithdrawMeasureReleaseDocument, { measureId: this.measureId() })).withdrawMeasureRelease,
    );
  }

  private async act(run: () => Promise<PublicReleaseStateFieldsFragment>): Promise<void> {
    this.busy.set(true);
    this.problem.set(null);
    try {
      this.state.set(await run());
    } catch (error) {
      this.problem.set(this.problemOf(error).message);
    } finally {
      this.busy.set(false);
    }
  }
}
