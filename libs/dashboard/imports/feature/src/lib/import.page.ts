import {
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { provideTranslocoScope, TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import {
  canApply,
  hiddenRowCount,
  ImportAnswer,
  importCounts,
  ImportOutcome,
  ImportRefusal,
  ImportResult,
  ImportsApi,
  importViewRows,
  measureTemplateUrl,
  measureWorkbookUrl,
} from '@masswerk/dashboard/imports/data-access';
import { ApiError } from '@masswerk/dashboard/shared/data-access';
import { injectConfirm, PageHeader, StateMessage, TableHead, TableScroll } from '@masswerk/dashboard/shared/ui';

/** How each outcome looks besides its word: an icon, so that colour is never the only sign. */
export const OUTCOME_ICON: Record<ImportOutcome, string> = {
  NEW: 'add_circle',
  CHANGED: 'edit',
  UNCHANGED: 'check',
  CONFLICT: 'sync_problem',
  REFUSED: 'block',
};

/**
 * /projekte/:code/import: the project office imports measures from a workbook (export → edit in Excel → import).
 * The file is checked first (a dry run that shows each row and each changed field); "Übernehmen" then writes
 * everything in one transaction, after asking. Only those who may change the plan get the page.
 */
@Component({
  selector: 'mw-import-page',
  imports: [
    MatButtonModule,
    MatCheckboxModule,
    MatIconModule,
    PageHeader,
    RouterLink,
    StateMessage,
    TableHead,
    TableScroll,
    TranslocoPipe,
  ],
  providers: [provideTranslocoScope('imports')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './import.page.html',
  styleUrl: './import.page.scss',
})
export class ImportPage {
  /** Route parameter. */
  readonly code = input.required<string>();
  private readonly api = inject(ImportsApi);
  private readonly transloco = inject(TranslocoService);
  private readonly confirm = injectConfirm();
  private readonly resultHeading = viewChild<ElementRef<HTMLElement>>('resultHeading');
  private readonly fileErrorBlock = viewChild<ElementRef<HTMLElement>>('fileErrorBlock');

  protected readonly outcomeIcon = OUTCOME_ICON;
  protected readonly project = rxResource({
    params: () => this.code(),
    stream: ({ params }) => this.api.project(params),
  });
  /** The project office and platform administrators change the plan, and only they may import it. */
  protected readonly allowed = computed(() => this.project.value()?.viewerPermissions.includes('EDIT_PLAN') ?? false);
  protected readonly loadRefusal = computed(() => {
    const error = this.project.error();
    const cause = error instanceof ApiError ? error : (error?.cause as unknown);
    if (cause instanceof ApiError && cause.code === 'FORBIDDEN') return 'imports.noPermission';
    if (cause instanceof ApiError && cause.code === 'NOT_FOUND') return 'imports.notFound';
    return error ? 'common.loadError' : null;
  });
  protected readonly workbookUrl = computed(() => measureWorkbookUrl(this.code()));
  protected readonly templateUrl = computed(() => measureTemplateUrl(this.code()));

  protected readonly file = signal<File | null>(null);
  protected readonly busy = signal<'check' | 'apply' | null>(null);
  /** The last answer with rows: a dry run, or the application. */
  protected readonly result = signal<ImportResult | null>(null);
  /** The file was refused as a whole. */
  protected readonly fileError = signal<ImportRefusal | null>(null);
  protected readonly onlyNotable = signal(true);
  /** What the live region says after each step. */
  protected readonly announcement = signal('');

  protected readonly rows = computed(() => {
    const result = this.result();
    return result ? importViewRows(result, this.onlyNotable()) : [];
  });
  protected readonly counts = computed(() => {
    const result = this.result();
    return result ? importCounts(result.summary) : [];
  });
  protected readonly hidden = computed(() => {
    const result = this.result();
    return result ? hiddenRowCount(result, this.onlyNotable()) : 0;
  });
  protected readonly applicable = computed(() => canApply(this.result()));

  protected pick(event: Event): void {
    const input = event.target as HTMLInputElement;
    this.file.set(input.files?.[0] ?? null);
    // a result speaks of the file it was made from
    this.result.set(null);
    this.fileError.set(null);
    this.announcement.set('');
  }

  protected async check(): Promise<void> {
    await this.send(true);
  }

  protected async apply(): Promise<void> {
    const result = this.result();
    if (!result || !canApply(result)) return;
    const { created, changed, conflicts } = result.summary;
    const confirmed = await this.confirm({
      title: this.t('confirm.title'),
      message: this.t('confirm.message', { created, changed, conflicts }),
      confirm: this.t('confirm.ok'),
    });
    if (confirmed) await this.send(false);
  }

  private async send(dryRun: boolean): Promise<void> {
    const file = this.file();
    if (!file || this.busy()) return;
    this.busy.set(dryRun ? 'check' : 'apply');
    this.announcement.set('');
    let answer: ImportAnswer;
    try {
      answer = await firstValueFrom(this.api.upload(this.code(), file, dryRun));
    } finally {
      this.busy.set(null);
    }
    if (answer.kind === 'refused') {
      this.result.set(null);
      this.fileError.set(answer.refusal);
      this.announcement.set(this.t('fileError.title'));
      setTimeout(() => this.fileErrorBlock()?.nativeElement.focus());
      return;
    }
    const result = answer.result;
    this.fileError.set(null);
    this.onlyNotable.set(true);
    this.result.set(result);
    this.announcement.set(this.summaryText(result));
    setTimeout(() => this.resultHeading()?.nativeElement.focus());
  }

  /** The result in one sentence, for the live region and the message after applying. */
  protected summaryText(result: ImportResult): string {
    const counts = importCounts(result.summary)
      .map((c) => `${this.t(`count.${c.outcome}`)}: ${c.count}`)
      .join(', ');
    if (result.applied) return this.t('applied', { counts });
    if (!result.dryRun) return this.t('applyRefused', { counts });
    return this.t('checked', { counts });
  }

  protected toggleNotable(checked: boolean): void {
    this.onlyNotable.set(checked);
  }

  protected fileSize(bytes: number): string {
    const language = this.transloco.getActiveLang();
    const kb = bytes / 1024;
    return kb < 1024
      ? `${Math.max(1, Math.round(kb)).toLocaleString(language)} KB`
      : `${(kb / 1024).toLocaleString(language, { maximumFractionDigits: 1 })} MB`;
  }

  private t(key: string, params?: Record<string, unknown>): string {
    return this.transloco.translate(`imports.${key}`, params);
  }
}
