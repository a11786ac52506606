import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormsModule, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { MeasuresApi } from '@masswerk/dashboard/measures/data-access';
import { injectProblemOf } from '@masswerk/dashboard/shared/data-access';
import { TableScroll } from '@masswerk/dashboard/shared/ui';
import {
  euroErrorKey,
  LanguageService,
  moneyForInput,
  MwDatePipe,
  MwMoneyPipe,
  parseEuroInput,
  DateInputDirective,
} from '@masswerk/dashboard/shared/util';
import { expenditureForm, toExpenditureInput } from './measure-budget.form';

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
  protected readonly categoryName = computed(() => {
    const names = new Map(this.categories().map((c) => [c.id, c.name]));
    return (id: string) => names.get(id) ?? id;
  });

  /** Plan matrix: one row per category, one column per year. */
  protected readonly matrix = computed(() => {
    const b = this.budget();
    if (!b) return null;
    const years = [...new Set(b.costPlan.map((e) => e.year))].sort();
    const categoryIds = [
      ...new Set([...b.costPlan.map((e) => e.costCategoryId), ...b.byCategory.map((c) => c.costCategoryId)]),
    ];
    const cell = (categoryId: string, year: number) =>
      b.costPlan.find((e) => e.costCategoryId === categoryId && e.year === year) ?? null;
    return { years, categoryIds, cell, byCategory: new Map(b.byCategory.map((c) => [c.costCategoryId, c])) };
  });

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
