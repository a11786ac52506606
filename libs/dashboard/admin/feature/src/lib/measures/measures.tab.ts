import { DateInputDirective } from '@masswerk/dashboard/shared/util';
import { ChangeDetectionStrategy, Component, computed, ElementRef, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  AdminApi,
  projectUnits,
  AdminMeasurePage,
  AdminMeasureView,
  createMeasureInput,
  measureCodePattern,
  nextInSeries,
} from '@masswerk/dashboard/admin/data-access';
import { markFieldProblems, type Phase, type Priority } from '@masswerk/dashboard/shared/data-access';
import { TableHead, EmptyRow, CodeSelect, StateMessage, Notice } from '@masswerk/dashboard/shared/ui';
import { PHASES, PRIORITIES } from '@masswerk/shared/domain';
import { firstValueFrom } from 'rxjs';
import { AdminTab } from '../shared/admin-base';
import { datesInOrder } from '../shared/validators';

/** Creates a measure (then opens its edit page) and lists the project's measures to open or delete them. */
@Component({
  selector: 'mw-admin-measures',
  imports: [
    TableHead,
    EmptyRow,
    DateInputDirective,
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    TranslocoPipe,
    StateMessage,
    Notice,
    CodeSelect,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './measures.tab.html',
  styleUrls: ['../shared/tab.scss', './measures.tab.scss'],
})
export class MeasuresTab extends AdminTab {
  private readonly api = inject(AdminApi);
  private readonly router = inject(Router);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly phases = PHASES;
  protected readonly priorities = PRIORITIES;
  protected readonly fieldsData = rxResource({
    params: () => this.project().id,
    stream: ({ params }) => this.api.fieldsOfAction(params),
  });
  protected readonly fields = computed(() => this.fieldsData.value()?.fields ?? []);
  protected readonly units = computed(() => projectUnits(this.project()));

  // ---- the list ----

  protected readonly firstPage = rxResource({
    params: () => this.project().code,
    stream: ({ params }) => this.api.measures(params),
  });
  private readonly morePages = signal<AdminMeasurePage[]>([]);
  protected readonly rows = computed<AdminMeasureView[]>(() => [
    ...(this.firstPage.value()?.nodes ?? []),
    ...this.morePages().flatMap((p) => p.nodes),
  ]);
  private readonly lastPage = computed(() => this.morePages().at(-1) ?? this.firstPage.value());
  protected readonly total = computed(() => this.firstPage.value()?.totalCount ?? 0);
  protected readonly hasMore = computed(() => this.lastPage()?.pageInfo.hasNextPage ?? false);
  protected readonly loadingMore = signal(false);

  protected reload(): void {
    this.morePages.set([]);
    this.firstPage.reload();
  }

  protected async loadMore(): Promise<void> {
    const cursor = this.lastPage()?.pageInfo.endCursor ?? null;
    this.loadingMore.set(true);
    try {
      const page = await firstValueFrom(this.api.measures(this.project().code, cursor));
      this.morePages.update((pages) => [...pages, page]);
    } catch (error) {
      this.say(false, this.problemOf(error).message);
    } finally {
      this.loadingMore.set(false);
    }
  }

  protected async remove(m: AdminMeasureView): Promise<void> {
    await this.confirmThen(
      {
        title: this.t('measures.deleteTitle', { code: m.code }),
        message: this.t('measures.deleteText', { code: m.code, title: m.title }),
        confirm: this.t('delete'),
      },
      () => this.api.deleteMeasure(m.id, m.version),
      this.t('measures.deleted', { code: m.code, title: m.title }),
    );
  }

  // ---- the form ----

  protected readonly form = new FormGroup(
    {
      code: new FormControl('', { nonNullable: true }),
      title: new FormControl('', {
        nonNullable: true,
        validators: [Validators.required, Validators.maxLength(300), Validators.pattern(/\S/)],
      }),
      phase: new FormControl<Phase>('B', { nonNullable: true, validators: [Validators.required] }),
      priority: new FormControl<Priority>('MEDIUM', { nonNullable: true }),
      fieldOfActionIds: new FormControl<string[]>([], { nonNullable: true }),
      goalIds: new FormControl<string[]>([], { nonNullable: true }),
      leadUnitId: new FormControl('', { nonNullable: true }),
      plannedStart: new FormControl('', { nonNullable: true }),
      plannedEnd: new FormControl('', { nonNullable: true }),
      flagship: new FormControl(false, { nonNullable: true }),
      published: new FormControl(false, { nonNullable: true }),
      strategyWork: new FormControl(false, { nonNullable: true }),
    },
    { validators: [datesInOrder('plannedStart', 'plannedEnd')] },
  );
  protected readonly formError = signal<string | null>(null);

  constructor() {
    super();
    // The code must belong to this project: EIF-M07 in EIF.
    this.form.controls.code.addValidators((c) =>
      c.value && !measureCodePattern(this.project().code).test(String(c.value).trim().toUpperCase())
        ? { codePattern: true }
        : null,
    );
  }

  /** The code the API would probably assign next (it numbers on from the highest). */
  protected readonly codeExample = computed(
    () => nextInSeries(this.rows().map((m) => m.code)) ?? `${this.project().code}-M01`,
  );

  protected errorText(name: 'code' | 'title'): string {
    const errors = this.form.controls[name].errors ?? {};
    if (errors['server']) return String(errors['server']);
    if (errors['codePattern']) return this.t('measures.codePattern', { example: this.codeExample() });
    if (errors['maxlength']) return this.t('form.maxLength', { max: errors['maxlength'].requiredLength });
    return this.transloco.translate('form.required');
  }

  protected async create(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.focusFirstInvalid();
      return;
    }
    this.busy.set(true);
    this.formError.set(null);
    try {
      const created = await this.api.createMeasure(
        createMeasureInput(this.project().id, this.form.getRawValue(), this.fields()),
      );
      await this.router.navigate(['/projekte', this.project().code, 'massnahmen', created.code, 'bearbeiten']);
    } catch (error) {
      const problem = this.problemOf(error);
      this.formError.set(problem.message);
      markFieldProblems(problem, (field) => this.form.get(field));
      this.focusFirstInvalid();
    } finally {
      this.busy.set(false);
    }
  }

  private focusFirstInvalid(): void {
    setTimeout(() =>
      this.host.nativeElement
        .querySelector<HTMLElement>('form input.ng-invalid, form mat-select.ng-invalid, form .form-error')
        ?.focus(),
    );
  }
}
