import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { provideTranslocoScope, TranslocoPipe } from '@jsverse/transloco';
import { CouncilSessionView, roundExportUrl, RoundsApi } from '@masswerk/dashboard/rounds/data-access';
import { RecordPage } from '@masswerk/dashboard/shared/editing';
import { EmptyRow, LoadState, Notice, PageHeader, TableHead, TableScroll } from '@masswerk/dashboard/shared/ui';
import { MwDatePipe } from '@masswerk/dashboard/shared/util';
import { OpenRoundDialog, OpenRoundData, OpenRoundValues } from './open-round.dialog';
import { CouncilSessionData, CouncilSessionDialog, CouncilSessionValues } from './council-session.dialog';

/**
 * /projekte/:code/berichtsrunden: the project's reporting rounds (who has reported, which are closed) and the sessions
 * of its bodies with the briefing each was given. The project office opens rounds and records sessions.
 */
@Component({
  selector: 'mw-rounds-page',
  imports: [
    EmptyRow,
    LoadState,
    MatButtonModule,
    MatIconModule,
    MwDatePipe,
    Notice,
    PageHeader,
    RouterLink,
    TableHead,
    TableScroll,
    TranslocoPipe,
  ],
  providers: [provideTranslocoScope('rounds')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mw-load-state [resource]="data" />
    @if (data.value(); as d) {
      <mw-page-header
        [title]="'rounds.title' | transloco"
        [eyebrow]="d.modelProject.name"
        [subtitle]="'rounds.subtitle' | transloco"
      >
        @if (canEdit()) {
          <button mat-flat-button type="button" (click)="openRound()" data-testid="open-round">
            <mat-icon aria-hidden="true">add</mat-icon>{{ 'rounds.openAction' | transloco }}
          </button>
        }
      </mw-page-header>
      <mw-notice [notice]="notice()" />

      <h2>{{ 'rounds.listTitle' | transloco }}</h2>
      <mw-table-scroll [label]="'rounds.listTitle' | transloco">
        <table class="data" data-testid="rounds">
          <caption class="cdk-visually-hidden">
            {{
              'rounds.listTitle' | transloco
            }}
          </caption>
          <thead
            [mwTableHead]="['rounds.name', 'rounds.period', 'rounds.dueDate', 'rounds.state', 'rounds.reported']"
            [numeric]="['rounds.reported']"
          ></thead>
          <tbody>
            @for (r of d.reportingRounds; track r.id) {
              <tr [attr.data-testid]="'round-' + r.name">
                <th scope="row">
                  <a [routerLink]="[r.id]">{{ r.name }}</a>
                </th>
                <td>{{ r.periodStart | mwDate }} – {{ r.periodEnd | mwDate }}</td>
                <td>{{ r.dueDate | mwDate }}</td>
                <td>
                  <span class="tag" [class.closed]="r.status === 'CLOSED'">
                    {{ 'rounds.status.' + r.status | transloco }}
                  </span>
                  @if (r.closedOn) {
                    <span class="muted"> {{ 'rounds.closedOn' | transloco: { date: (r.closedOn | mwDate) } }}</span>
                  }
                  @if (r.lateCount) {
                    <span class="late"> · {{ 'rounds.lateCount' | transloco: { count: r.lateCount } }}</span>
                  }
                </td>
                <td class="num">
                  {{ 'rounds.reportedOf' | transloco: { reported: r.reportedCount, total: r.measureCount } }}
                </td>
              </tr>
            } @empty {
              <tr mwEmptyRow [columns]="5" message="rounds.none"></tr>
            }
          </tbody>
        </table>
      </mw-table-scroll>

      <div class="section-head">
        <h2>{{ 'rounds.sessions.title' | transloco }}</h2>
        @if (canEdit() && closedRounds().length) {
          <button mat-stroked-button type="button" (click)="editSession(null)" data-testid="add-session">
            <mat-icon aria-hidden="true">event</mat-icon>{{ 'rounds.sessions.add' | transloco }}
          </button>
        }
      </div>
      <p class="muted">{{ 'rounds.sessions.intro' | transloco }}</p>
      <mw-table-scroll [label]="'rounds.sessions.title' | transloco">
        <table class="data" data-testid="sessions">
          <caption class="cdk-visually-hidden">
            {{
              'rounds.sessions.title' | transloco
            }}
          </caption>
          <thead
            [mwTableHead]="[
              'rounds.sessions.date',
              'rounds.sessions.body',
              'rounds.sessions.agendaItem',
              'rounds.sessions.resolution',
              'rounds.sessions.round',
            ]"
            [actions]="canExport() || canEdit() ? 'visible' : null"
          ></thead>
          <tbody>
            @for (s of d.councilSessions; track s.id) {
              <tr data-testid="session">
                <th scope="row">{{ s.sessionDate | mwDate }}</th>
                <td>
                  {{ 'rounds.body.' + s.body | transloco }}
                  @if (s.bodyName) {
                    <br /><span class="muted">{{ s.bodyName }}</span>
                  }
                </td>
                <td>
                  {{ s.agendaItem || '–' }}
                  @if (s.oparlUrl) {
                    <br /><a [href]="s.oparlUrl" rel="noopener noreferrer" target="_blank"
                      >{{ 'rounds.sessions.openRis' | transloco
                      }}<span class="cdk-visually-hidden"> ({{ 'rounds.newWindow' | transloco }})</span></a
                    >
                  }
                </td>
                <td>{{ s.resolutionReference || '–' }}</td>
                <td>
                  <a [routerLink]="[s.reportingRoundId]">{{ s.reportingRoundName }}</a>
                </td>
                @if (canExport() || canEdit()) {
                  <td class="row-actions">
                    @if (canExport()) {
                      <a
                        mat-button
                        [href]="briefingUrl(d.modelProject.code, s.reportingRoundId)"
                        download
                        data-testid="session-briefing"
                      >
                        <mat-icon aria-hidden="true">picture_as_pdf</mat-icon
                        >{{ 'rounds.sessions.briefing' | transloco }}
                      </a>
                    }
                    @if (canEdit()) {
                      <button
                        mat-button
                        type="button"
                        (click)="editSession(s)"
                        [attr.aria-label]="'rounds.sessions.editNamed' | transloco: { date: (s.sessionDate | mwDate) }"
                      >
                        {{ 'rounds.edit' | transloco }}
                      </button>
                      <button
                        mat-button
                        type="button"
                        (click)="deleteSession(s)"
                        [attr.aria-label]="
                          'rounds.sessions.deleteNamed' | transloco: { date: (s.sessionDate | mwDate) }
                        "
                      >
                        {{ 'rounds.delete' | transloco }}
                      </button>
                    }
                  </td>
                }
              </tr>
            } @empty {
              <tr mwEmptyRow [columns]="canExport() || canEdit() ? 6 : 5" message="rounds.sessions.none"></tr>
            }
          </tbody>
        </table>
      </mw-table-scroll>
    }
  `,
  styleUrl: './rounds.scss',
})
export class RoundsPage extends RecordPage {
  readonly code = input.required<string>();
  protected readonly scope = 'rounds';
  private readonly api = inject(RoundsApi);
  protected readonly data = rxResource({ params: () => this.code(), stream: ({ params }) => this.api.project(params) });
  private readonly permissions = computed(() => this.data.value()?.modelProject.viewerPermissions ?? []);
  protected readonly canEdit = computed(() => this.permissions().includes('EDIT_PLAN'));
  protected readonly canExport = computed(() => this.permissions().includes('EXPORT_REPORTS'));
  protected readonly closedRounds = computed(() =>
    (this.data.value()?.reportingRounds ?? []).filter((r) => r.status === 'CLOSED'),
  );

  protected reload(): void {
    this.data.reload();
  }

  protected briefingUrl(code: string, roundId: string): string {
    return roundExportUrl(code, roundId, 'council-briefing.pdf');
  }

  protected openRound(): void {
    const loaded = this.data.value();
    if (!loaded) return;
    const project = loaded.modelProject;
    const data: OpenRoundData = {
      item: null,
      today: loaded.today,
      projectId: project.id,
      save: (values: OpenRoundValues) => this.api.open({ modelProjectId: project.id, ...values }),
    };
    void this.openForm(OpenRoundDialog, data, 'opened');
  }

  protected editSession(session: CouncilSessionView | null): void {
    const data: CouncilSessionData = {
      item: session,
      rounds: this.closedRounds(),
      save: ({ reportingRoundId, oparlUrl, ...values }: CouncilSessionValues) => {
        const fields = { ...values, oparlUrl: oparlUrl.trim() || null };
        return session
          ? this.api.updateSession({ id: session.id, version: session.version, ...fields })
          : this.api.createSession({ reportingRoundId, ...fields });
      },
    };
    void this.openForm(CouncilSessionDialog, data, session ? 'sessions.saved' : 'sessions.added');
  }

  protected deleteSession(session: CouncilSessionView): void {
    void this.confirmThen(
      {
        title: this.t('sessions.deleteTitle'),
        message: this.t('sessions.deleteMessage'),
        confirm: this.t('delete'),
      },
      () => this.api.deleteSession(session.id, session.version),
      this.t('sessions.deleted'),
    );
  }
}
