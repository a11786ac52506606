import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { Router, RouterLink } from '@angular/router';
import { provideTranslocoScope, TranslocoPipe } from '@jsverse/transloco';
import { RoundExport, roundExportUrl, RoundsApi } from '@masswerk/dashboard/rounds/data-access';
import { RecordPage } from '@masswerk/dashboard/shared/editing';
import {
  HealthBadge,
  LoadState,
  Notice,
  PageHeader,
  ProgressBar,
  StatusChip,
  TableHead,
  TableScroll,
} from '@masswerk/dashboard/shared/ui';
import { MwDatePipe, MwMoneyPipe } from '@masswerk/dashboard/shared/util';

/**
 * /projekte/:code/berichtsrunden/:id: one round. While open: who has reported and who not, reminding, closing. Once
 * closed: the frozen snapshot, its downloads and what changed since the round before.
 */
@Component({
  selector: 'mw-round-page',
  imports: [
    HealthBadge,
    LoadState,
    MatButtonModule,
    MatIconModule,
    MwDatePipe,
    MwMoneyPipe,
    Notice,
    PageHeader,
    ProgressBar,
    RouterLink,
    StatusChip,
    TableHead,
    TableScroll,
    TranslocoPipe,
  ],
  providers: [provideTranslocoScope('rounds')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mw-load-state [resource]="data" />
    @if (data.value(); as d) {
      @let r = d.reportingRound;
      <mw-page-header
        [title]="r.name"
        [eyebrow]="d.modelProject.name"
        [subtitle]="
          'rounds.pageSubtitle'
            | transloco: { from: (r.periodStart | mwDate), to: (r.periodEnd | mwDate), due: (r.dueDate | mwDate) }
        "
      >
        <a mat-stroked-button [routerLink]="['..']"
          ><mat-icon aria-hidden="true">arrow_back</mat-icon>{{ 'rounds.back' | transloco }}</a
        >
      </mw-page-header>
      <mw-notice [notice]="notice()" />

      <section class="card summary" aria-labelledby="round-state">
        <h2 id="round-state">
          <span class="tag" [class.closed]="r.status === 'CLOSED'">{{ 'rounds.status.' + r.status | transloco }}</span>
          @if (r.closedOn) {
            {{ 'rounds.frozenOn' | transloco: { date: (r.closedOn | mwDate) } }}
          } @else {
            {{ 'rounds.openSince' | transloco: { date: (r.openedOn | mwDate) } }}
          }
        </h2>
        <p data-testid="round-reported">
          <strong>{{ 'rounds.reportedOf' | transloco: { reported: r.reportedCount, total: r.measureCount } }}</strong>
          @if (r.lateCount) {
            · <span class="late">{{ 'rounds.lateCount' | transloco: { count: r.lateCount } }}</span>
          }
        </p>
        <mw-progress [value]="share()" [label]="'rounds.reportedShare' | transloco" />
        <div class="actions">
          @if (r.status === 'OPEN' && canEdit()) {
            <button
              mat-stroked-button
              type="button"
              (click)="remind()"
              [disabled]="busy() || r.reportedCount === r.measureCount"
              data-testid="round-remind"
            >
              <mat-icon aria-hidden="true">notifications_active</mat-icon>{{ 'rounds.remind' | transloco }}
            </button>
            <button mat-flat-button type="button" (click)="close()" [disabled]="busy()" data-testid="round-close">
              <mat-icon aria-hidden="true">lock</mat-icon>{{ 'rounds.close' | transloco }}
            </button>
            <button mat-button type="button" (click)="remove()" [disabled]="busy()" data-testid="round-delete">
              {{ 'rounds.delete' | transloco }}
            </button>
          }
          @if (r.status === 'CLOSED' && canExport()) {
            @for (file of files; track file.kind) {
              <a
                mat-stroked-button
                [href]="url(d.modelProject.code, r.id, file.kind)"
                download
                [attr.data-testid]="'round-export-' + file.kind"
              >
                <mat-icon aria-hidden="true">{{ file.icon }}</mat-icon
                >{{ file.label | transloco }}
              </a>
            }
          }
        </div>
        @if (r.status === 'OPEN') {
          <p class="muted">{{ 'rounds.openHint' | transloco }}</p>
        } @else {
          <p class="muted">{{ 'rounds.closedHint' | transloco }}</p>
        }
      </section>

      <h2>{{ 'rounds.measures' | transloco }}</h2>
      <mw-table-scroll [label]="'rounds.measures' | transloco">
        <table class="data" data-testid="round-measures">
          <caption class="cdk-visually-hidden">
            {{
              'rounds.measures' | transloco
            }}
          </caption>
          <thead
            [mwTableHead]="columns()"
            [numeric]="['rounds.col.progress', 'rounds.col.planned', 'rounds.col.spent']"
          ></thead>
          <tbody>
            @for (m of r.measures; track m.code) {
              <tr [attr.data-testid]="'round-measure-' + m.code">
                <th scope="row">
                  @if (m.measureId) {
                    <a [routerLink]="['/projekte', d.modelProject.code, 'massnahmen', m.code]">{{ m.code }}</a>
                  } @else {
                    {{ m.code }}
                  }
                  <br /><span class="title">{{ m.title }}</span>
                </th>
                <td>{{ m.responsible.length ? m.responsible.join(', ') : ('rounds.office' | transloco) }}</td>
                <td>
                  <span class="state" [class]="'state ' + m.state.toLowerCase()">{{
                    'rounds.measureState.' + m.state | transloco
                  }}</span>
                  @if (m.report; as rep) {
                    <br /><span class="muted"
                      >{{ rep.reportDate | mwDate }} · {{ 'trafficLight.' + rep.trafficLight | transloco }}</span
                    >
                  }
                </td>
                <td><mw-status-chip [status]="m.status" /></td>
                <td class="num">{{ m.progress }} %</td>
                @if (r.status === 'CLOSED') {
                  <td class="num">{{ m.planned | mwMoney }}</td>
                  <td class="num">{{ m.spent | mwMoney }}</td>
                }
                <td>
                  <mw-health-badge [health]="m.health" />
                  @if (m.healthReason) {
                    <br /><span class="muted reason">{{ m.healthReason }}</span>
                  }
                </td>
              </tr>
            }
          </tbody>
        </table>
      </mw-table-scroll>

      @if (r.changes; as c) {
        <section aria-labelledby="changes-title" data-testid="round-changes">
          <h2 id="changes-title">{{ 'rounds.changes.title' | transloco: { name: c.previousRoundName } }}</h2>
          @if (
            !c.statusMoves.length &&
            !c.healthMoves.length &&
            !c.slippedMilestones.length &&
            !c.moneyMoves.length &&
            !c.added.length &&
            !c.removed.length &&
            !c.completedMilestones.length
          ) {
            <p>{{ 'rounds.changes.none' | transloco }}</p>
          } @else {
            <ul class="changes">
              @for (s of c.statusMoves; track s.code) {
                <li>
                  {{ s.code }} {{ s.title }}:
                  {{
                    'rounds.changes.status'
                      | transloco: { from: ('status.' + s.from | transloco), to: ('status.' + s.to | transloco) }
                  }}
                </li>
              }
              @for (h of c.healthMoves; track h.code) {
                <li>
                  {{ h.code }} {{ h.title }}:
                  {{
                    'rounds.changes.health'
                      | transloco: { from: ('health.' + h.from | transloco), to: ('health.' + h.to | transloco) }
                  }}
                </li>
              }
              @for (ms of c.slippedMilestones; track ms.code + ms.title) {
                <li>
                  {{
                    'rounds.changes.slipped'
                      | transloco
                        : {
                            code: ms.code,
                            title: ms.title,
                            before: (ms.before | mwDate),
                            after: (ms.after | mwDate),
                            days: ms.days,
                          }
                  }}
                </li>
              }
              @for (ms of c.completedMilestones; track ms.code + ms.title) {
                <li>
                  {{
                    'rounds.changes.completed'
                      | transloco: { code: ms.code, title: ms.title, date: (ms.completedOn | mwDate) }
                  }}
                </li>
              }
              @for (mo of c.moneyMoves; track mo.code) {
                <li>
                  {{
                    'rounds.changes.money'
                      | transloco
                        : {
                            code: mo.code,
                            spentBefore: (mo.spentBefore | mwMoney),
                            spentAfter: (mo.spentAfter | mwMoney),
                            plannedBefore: (mo.plannedBefore | mwMoney),
                            plannedAfter: (mo.plannedAfter | mwMoney),
                          }
                  }}
                </li>
              }
              @for (a of c.added; track a.code) {
                <li>{{ 'rounds.changes.added' | transloco: { code: a.code, title: a.title } }}</li>
              }
              @for (a of c.removed; track a.code) {
                <li>{{ 'rounds.changes.removed' | transloco: { code: a.code, title: a.title } }}</li>
              }
            </ul>
          }
        </section>
      }
    }
  `,
  styleUrl: './rounds.scss',
})
export class RoundPage extends RecordPage {
  readonly code = input.required<string>();
  readonly id = input.required<string>();
  protected readonly scope = 'rounds';
  private readonly api = inject(RoundsApi);
  private readonly router = inject(Router);
  protected readonly data = rxResource({
    params: () => ({ code: this.code(), id: this.id() }),
    stream: ({ params }) => this.api.round(params.code, params.id),
  });
  private readonly permissions = computed(() => this.data.value()?.modelProject.viewerPermissions ?? []);
  protected readonly canEdit = computed(() => this.permissions().includes('EDIT_PLAN'));
  protected readonly canExport = computed(() => this.permissions().includes('EXPORT_REPORTS'));
  protected readonly share = computed(() => {
    const r = this.data.value()?.reportingRound;
    return r && r.measureCount ? Math.round((100 * r.reportedCount) / r.measureCount) : 0;
  });
  protected readonly columns = computed(() => [
    'rounds.col.measure',
    'rounds.col.responsible',
    'rounds.col.report',
    'rounds.col.status',
    'rounds.col.progress',
    ...(this.data.value()?.reportingRound.status === 'CLOSED' ? ['rounds.col.planned', 'rounds.col.spent'] : []),
    'rounds.col.health',
  ]);
  protected readonly files: { kind: RoundExport; label: string; icon: string }[] = [
    { kind: 'council-briefing.pdf', label: 'rounds.exportBriefing', icon: 'picture_as_pdf' },
    { kind: 'narrative-report.pdf', label: 'rounds.exportNarrative', icon: 'description' },
    { kind: 'round.xlsx', label: 'rounds.exportWorkbook', icon: 'table_view' },
  ];

  protected reload(): void {
    this.data.reload();
  }

  protected url(code: string, id: string, kind: RoundExport): string {
    return roundExportUrl(code, id, kind);
  }

  protected remind(): void {
    const r = this.data.value()?.reportingRound;
    if (!r) return;
    void this.act(() => this.api.remind(r.id), this.t('reminded', { count: r.measureCount - r.reportedCount }));
  }

  protected close(): void {
    const r = this.data.value()?.reportingRound;
    if (!r) return;
    void this.confirmThen(
      {
        title: this.t('closeTitle', { name: r.name }),
        message: this.t('closeMessage', { outstanding: r.measureCount - r.reportedCount }),
        confirm: this.t('close'),
      },
      () => this.api.close({ id: r.id, version: r.version }),
      this.t('closed', { name: r.name }),
    );
  }

  protected async remove(): Promise<void> {
    const r = this.data.value()?.reportingRound;
    if (!r) return;
    const done = await this.confirmThen(
      { title: this.t('deleteTitle', { name: r.name }), message: this.t('deleteMessage'), confirm: this.t('delete') },
      () => this.api.deleteRound(r.id, r.version),
      this.t('deleted', { name: r.name }),
    );
    if (done) void this.router.navigate(['/projekte', this.code(), 'berichtsrunden']);
  }
}
