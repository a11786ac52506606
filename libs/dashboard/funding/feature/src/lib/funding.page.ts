import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { FormsModule, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { provideTranslocoScope, TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import {
  ExportKind,
  exportUrl,
  FundingApi,
  FundingWarningView,
  percentOf,
  PhaseFundingView,
  warningKey,
  warningParams,
} from '@masswerk/dashboard/funding/data-access';
import { injectProblemOf } from '@masswerk/dashboard/shared/data-access';
import { Attachments } from '@masswerk/dashboard/documents/feature';
import {
  TableHead,
  EmptyRow,
  Chart,
  ChartSpec,
  Kpi,
  PageHeader,
  StateMessage,
  TableScroll,
  LoadState,
} from '@masswerk/dashboard/shared/ui';
import { PHASES, isIsoDate } from '@masswerk/shared/domain';
import {
  euroErrorKey,
  formatMoney,
  injectQueryParams,
  LanguageService,
  MwDatePipe,
  MwMoneyPipe,
  DateInputDirective,
  MwPercentPipe,
} from '@masswerk/dashboard/shared/util';
import { callOffForm, toCallOffInput } from './funding.form';

/**
 * The downloads in the order the page offers them: kind, icon, label, test id, and whether it is one of the reports
 * for funders (those only with the EXPORT_REPORTS permission).
 */
export const DOWNLOADS = (
  [
    ['numerical-statement.xlsx', 'table_view', 'funding.exportStatement', 'export-statement', true],
    ['narrative-report.pdf', 'description', 'funding.exportNarrative', 'export-narrative', true],
    ['council-briefing.pdf', 'slideshow', 'funding.exportBriefing', 'export-briefing', true],
    ['measures.csv', 'csv', 'funding.exportCsv', 'export-csv', false],
    ['measures.json', 'data_object', 'funding.exportJson', 'export-json', false],
  ] as const satisfies readonly (readonly [ExportKind, string, string, string, boolean])[]
).map(([kind, icon, label, testId, reports]) => ({ kind, icon, label, testId, reports }));

/**
 * The money of a model project for the project office, the council and the funders: grants, plan against actual with
 * federal and own shares, call-offs, proofs and their deadlines, warnings, and the exports.
 */
@Component({
  selector: 'mw-funding-page',
  imports: [
    LoadState,
    TableHead,
    EmptyRow,
    MwPercentPipe,
    DateInputDirective,
    FormsModule,
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatIconModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    TranslocoPipe,
    PageHeader,
    Kpi,
    Chart,
    StateMessage,
    TableScroll,
    MwDatePipe,
    MwMoneyPipe,
    Attachments,
  ],
  providers: [provideTranslocoScope('funding')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './funding.page.html',
  styleUrl: './funding.page.scss',
})
export class FundingPage {
  /** Route parameter. */
  readonly code = input.required<string>();
  private readonly api = inject(FundingApi);
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService).language;
  private readonly problemOf = injectProblemOf();
  private readonly query = injectQueryParams();

  protected readonly from = computed(() => this.query.params()['von'] ?? null);
  protected readonly to = computed(() => this.query.params()['bis'] ?? null);
  protected readonly exportPhase = computed(() => this.query.params()['phase'] ?? 'B');
  protected readonly data = rxResource({
    params: () => ({ code: this.code(), from: this.from(), to: this.to() }),
    stream: ({ params }) => this.api.load(params.code, params.from, params.to),
  });

  protected readonly funding = computed(() => this.data.value()?.modelProject.funding ?? null);
  protected readonly canEdit = computed(
    () => this.data.value()?.modelProject.viewerPermissions.includes('EDIT_PLAN') ?? false,
  );
  protected readonly canExport = computed(
    () => this.data.value()?.modelProject.viewerPermissions.includes('EXPORT_REPORTS') ?? false,
  );
  protected readonly downloads = DOWNLOADS;
  protected readonly categoryName = computed(() => {
    const names = new Map((this.data.value()?.costCategories ?? []).map((c) => [c.id, c.name]));
    return (id: string) => names.get(id) ?? id;
  });
  protected readonly percentOf = percentOf;
  protected readonly phases = PHASES;

  /** Emits once the page's translations are loaded (and on every language switch). */
  private readonly scopeLoaded = toSignal(this.transloco.selectTranslation('funding'));

  /** A warning in the chosen language, amounts and dates formatted for it; the API's German text until then. */
  protected warningText(w: FundingWarningView): string {
    const key = warningKey(w);
    if (!key || !this.scopeLoaded()) return w.message;
    return this.transloco.translate(key, warningParams(w, this.language()));
  }

  protected readonly phaseChart = computed<ChartSpec | null>(() => {
    const f = this.funding();
    const lang = this.language();
    if (!this.scopeLoaded()) return null;
    if (!f) return null;
    const t = (key: string) => this.transloco.translate(`funding.${key}`);
    return {
      kind: 'bar',
      categories: f.phases.map((p) => `${this.transloco.translate('funding.phase')} ${p.phase}`),
      series: [
        { name: t('planned'), values: f.phases.map((p) => Number(p.planned.total)), color: '#56B4E9' },
        { name: t('spent'), values: f.phases.map((p) => Number(p.actual.total)), color: '#0072B2' },
        { name: t('calledOff'), values: f.phases.map((p) => Number(p.calledOff)), color: '#E69F00' },
      ],
      format: (v) => formatMoney(v, lang, 0),
    };
  });

  protected readonly busy = signal(false);
  protected readonly message = signal<{ ok: boolean; text: string } | null>(null);
  protected readonly callOffForm = callOffForm(() => this.language());
  protected readonly showCallOffForm = signal(false);
  protected readonly euroErrorKey = euroErrorKey;

  /** A day typed into the period: taken once it is a day (`06.12.2026`), cleared when emptied. */
  protected setDay(key: 'von' | 'bis', value: string | null): void {
    if (value === null || isIsoDate(value)) this.setPeriod({ [key]: value });
  }

  protected setPeriod(change: Record<string, string | null>): void {
    this.query.set(change, 'merge');
  }

  protected download(kind: ExportKind): string {
    const needsPhase = kind === 'numerical-statement.xlsx' || kind === 'narrative-report.pdf';
    return exportUrl(this.code(), kind, {
      phase: needsPhase ? this.exportPhase() : null,
      from: this.from(),
      to: this.to(),
    });
  }

  protected grantOf(phase: PhaseFundingView) {
    return phase.grant;
  }

  protected async createCallOff(): Promise<void> {
    if (this.callOffForm.invalid) return this.callOffForm.markAllAsTouched();
    const input = toCallOffInput(this.callOffForm.getRawValue(), this.language());
    if (input === null) return this.callOffForm.markAllAsTouched();
    const saved = await this.save(() => this.api.createCallOff(input), 'callOffSaved');
    // a refused call-off keeps what was typed, so it can be corrected and sent again
    if (!saved) return;
    this.callOffForm.reset();
    this.showCallOffForm.set(false);
  }

  /** A planned call-off is requested today: it becomes submitted on this day (and its reminders end). */
  protected async markRequested(callOff: { id: string; version: number }, requestedOn: string): Promise<void> {
    await this.save(
      () => this.api.updateCallOff({ id: callOff.id, version: callOff.version, status: 'SUBMITTED', requestedOn }),
      'callOffRequested',
    );
  }

  protected async markPaid(callOff: { id: string; version: number }, paidOn: string): Promise<void> {
    await this.save(
      () => this.api.updateCallOff({ id: callOff.id, version: callOff.version, status: 'PAID', paidOn }),
      'callOffPaid',
    );
  }

  protected async submitProof(
    proof: {
      id: string | null;
      version: number | null;
      grantId: string;
      kind: string;
      periodStart: string;
      periodEnd: string;
    },
    submittedOn: string,
  ): Promise<void> {
    if (proof.id && proof.version) {
      await this.save(
        () => this.api.updateProof({ id: proof.id as string, version: proof.version as number, submittedOn }),
        'proofSubmitted',
      );
    } else {
      await this.save(
        () =>
          this.api.createProof({
            grantId: proof.grantId,
            kind: proof.kind as 'FINAL' | 'INTERIM',
            periodStart: proof.periodStart,
            periodEnd: proof.periodEnd,
            submittedOn,
          }),
        'proofSubmitted',
      );
    }
  }

  /** Runs a change and says how it went; true when it was saved. */
  private async save(action: () => Promise<unknown>, successKey: string): Promise<boolean> {
    this.busy.set(true);
    this.message.set(null);
    try {
      await action();
      this.message.set({ ok: true, text: this.transloco.translate(`funding.${successKey}`) });
      this.data.reload();
      return true;
    } catch (error) {
      const problem = this.problemOf(error);
      const stale = problem.kind === 'stale';
      this.message.set({ ok: false, text: stale ? this.transloco.translate('funding.conflict') : problem.message });
      if (stale) this.data.reload();
      return false;
    } finally {
      this.busy.set(false);
    }
  }

  protected today(): string {
    return new Date().toISOString().slice(0, 10);
  }
}
