import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormsModule, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { Attachments } from '@masswerk/dashboard/documents/feature';
import { MeasuresApi } from '@masswerk/dashboard/measures/data-access';
import { budgetDeviation, moneyToString, parseMoney } from '@masswerk/shared/domain';
import { injectProblemOf } from '@masswerk/dashboard/shared/data-access';
import { TableHead, EmptyRow, TableScroll } from '@masswerk/dashboard/shared/ui';
import {
  euroErrorKey,
  LanguageService,
  moneyForInput,
  MwDatePipe,
  formatMoney,
  MwMoneyPipe,
  parseEuroInput,
  DateInputDirective,
} from '@masswerk/dashboard/shared/util';
import { addableYear, expenditureForm, planCategories, planYears, toExpenditureInput } from './measure-budget.form';

/** A plan cell being edited: what was typed survives a refusal, and a conflict names the value saved meanwhile. */
interface CellDraft {
  key: string;
  text: string;
  error: string | null;
  /** Someone else saved the cell meanwhile: the page shows their value next to mine. */
  conflict: boolean;
}

type Outcome = 'saved' | 'conflict' | 'refused';

/**
 * The money of one measure (members only): plan by year and cost category against actual spending, the
 * expenditures, and the forms to record an expenditure or change a plan cell.
 */
@Component({
  selector: 'mw-measure-budget',
  imports: [
    TableHead,
    EmptyRow,
    DateInputDirective,
    // FormsModule for the plan cell's plain <form>: without NgForm its (ngSubmit) never fires
    FormsModule,
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatButtonModule,
    MatIconModule,
    TranslocoPipe,
    MwMoneyPipe,
    MwDatePipe,
    TableScroll,
    RouterLink,
    Attachments,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './measure-budget.section.html',
  styleUrl: './measure-budget.section.scss',
})
export class MeasureBudgetSection {
  readonly measureCode = input.required<string>();
  private readonly api = inject(MeasuresApi);
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService).language;
  private readonly problemOf = injectProblemOf();
  protected readonly euroErrorKey = euroErrorKey;
  protected readonly data = rxResource({
    params: () => this.measureCode(),
    stream: ({ params }) => this.api.budget(params),
  });
  protected readonly budget = computed(() => this.data.value()?.measureByCode.budget ?? null);
  protected readonly categories = computed(() => this.data.value()?.costCategories ?? []);
  /** Actual against plan over the whole cost plan, as the Sachbericht states it, with the editors' reason. */
  protected readonly deviation = computed(() => {
    const b = this.budget();
    const m = this.data.value()?.measureByCode;
    if (!b || !m) return null;
    const { cents, percent } = budgetDeviation(parseMoney(b.planned.total), parseMoney(b.actual.total));
    if (cents === 0n) return null;
    const sign = cents > 0n ? '+' : '';
    return {
      amount: sign + formatMoney(moneyToString(cents), this.language()),
      percent: percent === null ? '' : ` (${sign}${percent} %)`,
      reason: m.budgetDeviationReason.trim(),
      canEdit: m.viewerCanEditPlan,
    };
  });
  protected readonly categoryName = computed(() => {
    const names = new Map(this.categories().map((c) => [c.id, c.name]));
    return (id: string) => names.get(id) ?? id;
  });

  /** Years and categories added by the user that have no entry yet (they go when the page reloads empty). */
  protected readonly addedYears = signal<number[]>([]);
  protected readonly addedCategories = signal<string[]>([]);
  protected readonly yearError = signal(false);

  /**
   * Plan matrix: one row per category, one column per year of the measure's schedule, of an entry, or added.
   * An added year or category without entries can be removed again.
   */
  protected readonly matrix = computed(() => {
    const b = this.budget();
    const m = this.data.value()?.measureByCode;
    if (!b || !m) return null;
    const entryYears = b.costPlan.map((e) => e.year);
    const years = planYears(entryYears, m.plannedStart, m.plannedEnd, this.addedYears());
    const scheduled = planYears([], m.plannedStart, m.plannedEnd);
    const categoryIds = planCategories(
      b.costPlan.map((e) => e.costCategoryId),
      b.byCategory.filter((c) => c.actual.total !== '0.00').map((c) => c.costCategoryId),
      this.addedCategories(),
    );
    const cell = (categoryId: string, year: number) =>
      b.costPlan.find((e) => e.costCategoryId === categoryId && e.year === year) ?? null;
    const removableYear = (y: number) => !scheduled.includes(y) && !entryYears.includes(y);
    const removableCategory = (c: string) =>
      this.addedCategories().includes(c) && !b.costPlan.some((e) => e.costCategoryId === c);
    return {
      years,
      categoryIds,
      cell,
      removableYear,
      removableCategory,
      byCategory: new Map(b.byCategory.map((c) => [c.costCategoryId, c])),
      missingCategories: this.categories().filter((c) => !categoryIds.includes(c.id)),
    };
  });

  protected addYear(text: string): void {
    const x = this.matrix();
    const year = x ? addableYear(text, x.years) : null;
    this.yearError.set(year === null);
    if (year !== null) {
      this.addedYears.update((ys) => [...ys, year]);
      this.message.set({ ok: true, text: this.transloco.translate('budget.yearAdded', { year }) });
    }
  }

  protected removeYear(year: number): void {
    this.addedYears.update((ys) => ys.filter((y) => y !== year));
    this.message.set({ ok: true, text: this.transloco.translate('budget.yearRemoved', { year }) });
  }

  protected addCategory(id: string | null): void {
    if (!id) return;
    this.addedCategories.update((cs) => [...cs, id]);
    this.message.set({
      ok: true,
      text: this.transloco.translate('budget.categoryAdded', { category: this.categoryName()(id) }),
    });
  }

  protected removeCategory(id: string): void {
    this.addedCategories.update((cs) => cs.filter((c) => c !== id));
    this.message.set({
      ok: true,
      text: this.transloco.translate('budget.categoryRemoved', { category: this.categoryName()(id) }),
    });
  }

  protected readonly showForm = signal(false);
  protected readonly busy = signal(false);
  protected readonly message = signal<{ ok: boolean; text: string } | null>(null);
  protected readonly editingCell = signal<string | null>(null);
  protected readonly cellDraft = signal<CellDraft | null>(null);
  protected readonly form = expenditureForm(() => this.language());

  protected async record(): Promise<void> {
    const measureId = this.data.value()?.measureByCode.id;
    if (this.form.invalid || !measureId) return this.form.markAllAsTouched();
    const input = toExpenditureInput(measureId, this.form.getRawValue(), this.language());
    if (input === null) return this.form.markAllAsTouched();
    await this.run(async () => {
      await this.api.recordExpenditure(input);
      this.form.reset();
      this.showForm.set(false);
    }, 'budget.recorded');
  }

  /** The text a plan cell's field starts with: what was typed before a refusal, else the plan value. */
  protected cellText(key: string, planned: string | null | undefined): string {
    const draft = this.cellDraft();
    return draft?.key === key ? draft.text : moneyForInput(planned, this.language());
  }

  protected editCell(key: string): void {
    this.cellDraft.set(null);
    this.editingCell.set(key);
  }

  protected cancelCell(): void {
    this.cellDraft.set(null);
    this.editingCell.set(null);
  }

  protected async remove(expenditure: { id: string; version: number }): Promise<void> {
    await this.run(() => this.api.deleteExpenditure(expenditure.id, expenditure.version), 'budget.removed');
  }

  protected async setCell(categoryId: string, year: number, text: string, version: number | null): Promise<void> {
    const measureId = this.data.value()?.measureByCode.id;
    if (!measureId) return;
    const key = categoryId + year;
    const planned = text.trim() ? parseEuroInput(text, this.language()) : '0.00';
    if (planned === null) {
      this.cellDraft.set({ key, text, error: this.transloco.translate('form.euro'), conflict: false });
      return;
    }
    // kept until saved: a refusal or a conflict leaves the typed value in the field
    this.cellDraft.set({ key, text, error: null, conflict: false });
    const outcome = await this.run(async () => {
      await this.api.setCostPlanEntry({
        measureId,
        year,
        costCategoryId: categoryId,
        planned,
        ...(version ? { version } : {}),
      });
    }, 'budget.planSaved');
    if (outcome === 'saved') this.cancelCell();
    else this.cellDraft.set({ key, text, error: null, conflict: outcome === 'conflict' });
  }

  /** Runs a change and says how it went. */
  private async run(action: () => Promise<unknown>, successKey: string): Promise<Outcome> {
    this.busy.set(true);
    this.message.set(null);
    try {
      await action();
      this.message.set({ ok: true, text: this.transloco.translate(successKey) });
      this.data.reload();
      return 'saved';
    } catch (error) {
      const problem = this.problemOf(error);
      const conflict = problem.kind === 'stale';
      this.message.set({ ok: false, text: conflict ? this.transloco.translate('budget.conflict') : problem.message });
      if (conflict) this.data.reload();
      return conflict ? 'conflict' : 'refused';
    } finally {
      this.busy.set(false);
    }
  }
}
