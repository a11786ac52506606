import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { MeasureDetail, MeasuresApi } from '@masswerk/dashboard/measures/data-access';
import { injectProblemOf, injectSaveForm } from '@masswerk/dashboard/shared/data-access';
import { shareOfTarget } from '@masswerk/shared/domain';
import {
  TableHead,
  EmptyRow,
  Chart,
  ChartSpec,
  indicatorChart,
  ConfirmData,
  FormError,
  injectConfirm,
  TableScroll,
} from '@masswerk/dashboard/shared/ui';
import {
  DateInputDirective,
  formatDate,
  formatNumber,
  LanguageService,
  MwDatePipe,
  MwNumberPipe,
} from '@masswerk/dashboard/shared/util';
import {
  indicatorForm,
  measuredValueForm,
  toCreateIndicatorInput,
  toIndicatorChanges,
  toIndicatorValues,
  toRecordValueInput,
} from './indicator.form';

type Indicator = MeasureDetail['indicators'][number];

/**
 * The indicators of a measure: the project office adds and changes them (unit, baseline, target with its date);
 * whoever reports on the measure records and deletes measured values. Each indicator shows its values as a small
 * table and as a chart against the target (with the chart's own table for screen readers).
 */
@Component({
  selector: 'mw-measure-indicators',
  imports: [
    TableHead,
    EmptyRow,
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    TranslocoPipe,
    Chart,
    FormError,
    TableScroll,
    DateInputDirective,
    MwDatePipe,
    MwNumberPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './measure-indicators.section.html',
  styleUrl: './measure-indicators.section.scss',
})
export class MeasureIndicatorsSection {
  readonly measure = input.required<MeasureDetail>();
  /** A change was saved: the page reloads the measure and shows the notice. */
  readonly changed = output<string>();
  /** Someone else saved first: the page reloads (the open form keeps its draft). */
  readonly stale = output<void>();

  private readonly api = inject(MeasuresApi);
  private readonly transloco = inject(TranslocoService);
  private readonly confirm = injectConfirm();
  private readonly language = inject(LanguageService).language;
  private readonly problemOf = injectProblemOf();
  private readonly saveForm = injectSaveForm();

  /** The indicator open in the form: its id, 'new', or null. */
  protected readonly editing = signal<string | null>(null);
  /** The indicator as it was when the form opened: only what the user changed since is sent. */
  private editingBase: Indicator | null = null;
  protected readonly form = indicatorForm(this.language);
  protected readonly formError = signal<string | null>(null);
  /** The indicator whose value form is open. */
  protected readonly recording = signal<string | null>(null);
  protected readonly valueForm = measuredValueForm(this.language);
  protected readonly valueError = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly sectionError = signal<string | null>(null);

  protected chartOf(i: Indicator): ChartSpec {
    const lang = this.language() === 'en' ? 'en' : 'de';
    return indicatorChart(
      i,
      {
        value: this.transloco.translate('indicator.value'),
        target: this.transloco.translate('indicator.target'),
      },
      (day) => formatDate(day, lang),
      (v) => formatNumber(v, lang) + (i.unit ? ` ${i.unit}` : ''),
    );
  }

  protected ofTarget(i: Indicator, value: string): number | null {
    return shareOfTarget(value, i.targetValue);
  }

  protected edit(i: Indicator | null): void {
    this.formError.set(null);
    this.editingBase = i;
    this.form.reset(toIndicatorValues(i, this.language()));
    this.editing.set(i ? i.id : 'new');
  }

  protected async save(): Promise<void> {
    const m = this.measure();
    const id = this.editing();
    const values = this.form.getRawValue();
    const current = m.indicators.find((i) => i.id === id);
    const outcome = await this.saveForm(
      this.form,
      { busy: this.busy, error: this.formError, conflict: 'indicator.conflict' },
      async () => {
        if (!current) {
          await this.api.createIndicator(toCreateIndicatorInput(m.id, values, this.language(), m.indicators));
          return;
        }
        // a field someone else changed meanwhile, and the user did not, stays theirs
        const changes = toIndicatorChanges(this.editingBase ?? current, values, this.language());
        if (changes) await this.api.updateIndicator({ id: current.id, version: current.version, ...changes });
      },
    );
    if (outcome === 'saved') {
      this.editing.set(null);
      this.changed.emit(this.transloco.translate('indicator.saved', { name: values.name.trim() }));
    } else if (outcome === 'stale') this.stale.emit();
  }

  protected async remove(i: Indicator): Promise<void> {
    const data: ConfirmData = {
      title: this.transloco.translate('indicator.deleteTitle', { name: i.name }),
      message: this.transloco.translate('indicator.deleteMessage', { name: i.name, count: i.values.length }),
      confirm: this.transloco.translate('indicator.delete'),
    };
    if (!(await this.confirm(data))) return;
    await this.run(() => this.api.deleteIndicator(i.id, i.version), 'indicator.deleted', { name: i.name });
  }

  protected record(i: Indicator | null): void {
    this.valueError.set(null);
    this.valueForm.reset({ measuredOn: this.measure().today, value: '', note: '' });
    this.recording.set(i?.id ?? null);
  }

  protected async saveValue(i: Indicator): Promise<void> {
    const input = toRecordValueInput(i.id, this.valueForm.getRawValue(), this.language());
    if (!input) return this.valueForm.markAllAsTouched();
    const outcome = await this.saveForm(this.valueForm, { busy: this.busy, error: this.valueError }, () =>
      this.api.recordIndicatorValue(input),
    );
    if (outcome !== 'saved') return;
    this.recording.set(null);
    this.changed.emit(this.transloco.translate('indicator.valueSaved', { name: i.name }));
  }

  protected async removeValue(i: Indicator, v: Indicator['values'][number]): Promise<void> {
    const lang = this.language() === 'en' ? 'en' : 'de';
    const data: ConfirmData = {
      title: this.transloco.translate('indicator.deleteValueTitle'),
      message: this.transloco.translate('indicator.deleteValueMessage', {
        name: i.name,
        date: formatDate(v.measuredOn, lang),
        value: formatNumber(v.value, lang),
      }),
      confirm: this.transloco.translate('indicator.delete'),
    };
    if (!(await this.confirm(data))) return;
    await this.run(() => this.api.deleteIndicatorValue(v.id), 'indicator.valueDeleted', { name: i.name });
  }

  private async run(action: () => Promise<unknown>, notice: string, params: Record<string, unknown>): Promise<void> {
    this.sectionError.set(null);
    try {
      await action();
      this.changed.emit(this.transloco.translate(notice, params));
    } catch (error) {
      const problem = this.problemOf(error);
      this.sectionError.set(
        problem.kind === 'stale' ? this.transloco.translate('indicator.conflict') : problem.message,
      );
      this.stale.emit();
    }
  }
}
