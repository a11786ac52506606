import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { MeasuresApi } from '@masswerk/dashboard/measures/data-access';
import { ApiError } from '@masswerk/dashboard/shared/data-access';
import { MwDatePipe, MwMoneyPipe } from '@masswerk/dashboard/shared/util';

/** Turns "1.234,56" or "1234.56" into the API's "1234.56". */
export function toMoneyInput(text: string): string {
  const trimmed = text.trim().replace(/\s|€/g, '');
  const normalized = trimmed.includes(',') ? trimmed.replace(/\./g, '').replace(',', '.') : trimmed;
  return normalized;
}

/**
 * The money of one measure (members only): plan by year and cost category against actual spending, the
 * expenditures, and the forms to record an expenditure or change a plan cell.
 */
@Component({
  selector: 'mw-measure-budget',
  imports: [
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatButtonModule,
    MatIconModule,
    TranslocoPipe,
    MwMoneyPipe,
    MwDatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './measure-budget.section.html',
  styleUrl: './measure-budget.section.scss',
})
export class MeasureBudgetSection {
  readonly measureCode = input.required<string>();
  private readonly api = inject(MeasuresApi);
  private readonly transloco = inject(TranslocoService);
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
  protected readonly form = new FormGroup({
    costCategoryId: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    spentOn: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    amount: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.pattern(/^-?[\d.\s]+(,\d{1,2})?$|^-?\d+(\.\d{1,2})?$/)],
    }),
    description: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(500), Validators.pattern(/\S/)],
    }),
    documentReference: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(200)] }),
  });

  protected async record(): Promise<void> {
    const measureId = this.data.value()?.measureByCode.id;
    if (this.form.invalid || !measureId) return this.form.markAllAsTouched();
    const v = this.form.getRawValue();
    await this.run(async () => {
      await this.api.recordExpenditure({ measureId, ...v, amount: toMoneyInput(v.amount) });
      this.form.reset();
      this.showForm.set(false);
    }, 'budget.recorded');
  }

  protected async remove(expenditure: { id: string; version: number }): Promise<void> {
    await this.run(() => this.api.deleteExpenditure(expenditure.id, expenditure.version), 'budget.removed');
  }

  protected async setCell(categoryId: string, year: number, text: string, version: number | null): Promise<void> {
    const measureId = this.data.value()?.measureByCode.id;
    if (!measureId) return;
    await this.run(async () => {
      await this.api.setCostPlanEntry({
        measureId,
        year,
        costCategoryId: categoryId,
        planned: toMoneyInput(text) || '0',
        ...(version ? { version } : {}),
      });
      this.editingCell.set(null);
    }, 'budget.planSaved');
  }

  private async run(action: () => Promise<unknown>, successKey: string): Promise<void> {
    this.busy.set(true);
    this.message.set(null);
    try {
      await action();
      this.message.set({ ok: true, text: this.transloco.translate(successKey) });
      this.data.reload();
    } catch (error) {
      const conflict = error instanceof ApiError && error.code === 'CONFLICT';
      this.message.set({
        ok: false,
        text: conflict
          ? this.transloco.translate('budget.conflict')
          : error instanceof Error
            ? error.message
            : String(error),
      });
      if (conflict) this.data.reload();
    } finally {
      this.busy.set(false);
    }
  }
}
