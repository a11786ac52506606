import { ComponentType } from '@angular/cdk/portal';
import { Directive, ElementRef, inject, Injector, signal, viewChild } from '@angular/core';
import { AbstractControl, FormGroup } from '@angular/forms';
import { MatDialog, MatDialogRef } from '@angular/material/dialog';
import { TranslocoService } from '@jsverse/transloco';
import { injectProblemOf, markFieldProblems } from '@masswerk/dashboard/shared/data-access';
import { ConfirmData, ConfirmDialog, Notice, NoticeValue } from '@masswerk/dashboard/shared/ui';
import { firstValueFrom } from 'rxjs';

/** How a form dialog ended: saved, or someone else saved first (the page reloads and says so). */
export type FormResult = 'saved' | 'stale' | undefined;

/** What every form dialog receives: the record to start from (null when creating) and how to save. */
export interface RecordDialogData<T, V> {
  item: T | null;
  save: (values: V) => Promise<unknown>;
}

/**
 * One page of managed records: says how each change went (live region), asks before deleting, opens the form dialogs
 * and reloads afterwards. The same behaviour as the project administration's tabs (admin-base), with the platform's
 * translations.
 */
@Directive()
export abstract class RecordListPage {
  protected readonly transloco = inject(TranslocoService);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly noticeView = viewChild(Notice);
  protected readonly notice = signal<NoticeValue | null>(null);
  protected readonly busy = signal(false);
  protected readonly problemOf = injectProblemOf();

  protected abstract reload(): void;

  protected t(key: string, params?: Record<string, unknown>): string {
    return this.transloco.translate(`platform.${key}`, params);
  }

  protected async openForm<D, C>(component: ComponentType<C>, data: D, successText: string): Promise<FormResult> {
    this.notice.set(null);
    const ref: MatDialogRef<C, FormResult> = this.dialog.open(component, {
      data,
      injector: this.injector,
      width: '44rem',
      maxWidth: '95vw',
      autoFocus: 'first-tabbable',
      restoreFocus: true,
    });
    const result = await firstValueFrom(ref.afterClosed());
    if (result === 'saved') this.notice.set({ ok: true, text: successText });
    if (result === 'stale') this.notice.set({ ok: false, text: this.t('stale') });
    if (result) this.reload();
    return result;
  }

  protected async confirmThen(data: ConfirmData, action: () => Promise<unknown>, successText: string): Promise<void> {
    const ref = this.dialog.open<ConfirmDialog, ConfirmData, boolean>(ConfirmDialog, {
      data,
      injector: this.injector,
      width: '32rem',
      maxWidth: '95vw',
      role: 'alertdialog',
      autoFocus: 'first-tabbable',
    });
    if ((await firstValueFrom(ref.afterClosed())) !== true) return;
    this.busy.set(true);
    this.notice.set(null);
    try {
      await action();
      this.notice.set({ ok: true, text: successText });
      this.reload();
    } catch (error) {
      const problem = this.problemOf(error);
      this.notice.set({ ok: false, text: problem.kind === 'stale' ? this.t('stale') : problem.message });
      if (problem.kind === 'stale') this.reload();
    } finally {
      this.busy.set(false);
    }
    // the button that started it may be gone: the message takes the focus
    setTimeout(() => this.noticeView()?.focus());
  }
}

/**
 * A dialog with a form: checks it, saves, shows the API's reasons next to the fields (or above the buttons), closes
 * with 'saved', or with 'stale' when someone else saved first.
 */
@Directive()
export abstract class RecordDialog {
  protected readonly ref = inject<MatDialogRef<unknown, FormResult>>(MatDialogRef);
  protected readonly transloco = inject(TranslocoService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected abstract readonly form: FormGroup;
  protected readonly problemOf = injectProblemOf();

  protected abstract save(): Promise<unknown>;

  protected async submit(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.focusFirstInvalid();
      return;
    }
    this.busy.set(true);
    this.error.set(null);
    try {
      await this.save();
      this.ref.close('saved');
    } catch (error) {
      const problem = this.problemOf(error);
      if (problem.kind === 'stale') {
        this.ref.close('stale');
        return;
      }
      const shown = markFieldProblems(problem, (field) => this.form.get(field));
      this.error.set(shown ? null : problem.message);
      if (shown) this.focusFirstInvalid();
    } finally {
      this.busy.set(false);
    }
  }

  /** The message of a control's first error. */
  protected errorOf(name: string, messages: Record<string, string> = {}): string {
    const control: AbstractControl | null = this.form.get(name);
    const errors = control?.errors ?? {};
    if (errors['server']) return String(errors['server']);
    for (const key of Object.keys(errors)) {
      if (messages[key]) return this.transloco.translate(messages[key], errors[key]);
    }
    if (errors['required']) return this.transloco.translate('form.required');
    if (errors['date']) return this.transloco.translate('form.date');
    if (errors['euro']) return this.transloco.translate('form.euro');
    if (errors['maxlength'])
      return this.transloco.translate('platform.form.maxLength', { max: errors['maxlength'].requiredLength });
    return this.transloco.translate('platform.form.invalid');
  }

  private focusFirstInvalid(): void {
    setTimeout(() =>
      this.host.nativeElement
        .querySelector<HTMLElement>(
          'input.ng-invalid, textarea.ng-invalid, mat-select.ng-invalid, input[aria-invalid="true"]',
        )
        ?.focus(),
    );
  }
}
