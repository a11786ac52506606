import { ComponentType } from '@angular/cdk/portal';
import { Directive, ElementRef, inject, Injector, signal, viewChild } from '@angular/core';
import { AbstractControl, FormGroup } from '@angular/forms';
import { MatDialog, MatDialogRef } from '@angular/material/dialog';
import { TranslocoService } from '@jsverse/transloco';
import { injectProblemOf, markFieldProblems } from '@masswerk/dashboard/shared/data-access';
import { firstValueFrom } from 'rxjs';
import { ConfirmData, ConfirmDialog, Notice, NoticeValue } from '@masswerk/dashboard/shared/ui';

/** How a form dialog ended: saved, or someone else saved first (the tab reloads and says so). */
export type FormDialogResult = 'saved' | 'stale' | undefined;

/** What every form dialog receives: its values to start from and how to save them. */
export interface FormDialogData<T, V> {
  /** The record being changed; null when creating one. */
  item: T | null;
  save: (values: V) => Promise<unknown>;
}

/**
 * One tab of the administration page: says how each change went (in a live region), asks before deleting, opens the
 * form dialogs, and reloads after a change or when someone else saved first.
 */
@Directive()
export abstract class AdminTab {
  protected readonly transloco = inject(TranslocoService);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly noticeView = viewChild(Notice);
  protected readonly notice = signal<NoticeValue | null>(null);
  protected readonly busy = signal(false);

  /** Loads the tab's data again. */
  protected abstract reload(): void;

  protected t(key: string, params?: Record<string, unknown>): string {
    return this.transloco.translate(`admin.${key}`, params);
  }

  /** What went wrong, in the dashboard's language. */
  protected readonly problemOf = injectProblemOf();

  protected say(ok: boolean, text: string): void {
    this.notice.set({ ok, text });
  }

  /**
   * Opens a form dialog; on success says `successKey` (with `params`, or what a function of them returns once the
   * dialog has closed), on a stale version says so; reloads either way. Returns how the dialog ended.
   */
  protected async openForm<D, C>(
    component: ComponentType<C>,
    data: D,
    successKey: string,
    params?: Record<string, unknown> | (() => Record<string, unknown>),
  ): Promise<FormDialogResult> {
    this.notice.set(null);
    const ref: MatDialogRef<C, FormDialogResult> = this.dialog.open(component, {
      data,
      injector: this.injector,
      width: '44rem',
      maxWidth: '95vw',
      autoFocus: 'first-tabbable',
      restoreFocus: true,
    });
    const result = await firstValueFrom(ref.afterClosed());
    if (result === 'saved') this.say(true, this.t(successKey, typeof params === 'function' ? params() : params));
    if (result === 'stale') this.say(false, this.t('stale'));
    if (result) this.reload();
    return result;
  }

  protected async confirm(data: ConfirmData): Promise<boolean> {
    const ref = this.dialog.open<ConfirmDialog, ConfirmData, boolean>(ConfirmDialog, {
      data,
      injector: this.injector,
      width: '32rem',
      maxWidth: '95vw',
      role: 'alertdialog',
      autoFocus: 'first-tabbable',
    });
    return (await firstValueFrom(ref.afterClosed())) === true;
  }

  /**
   * Runs a change without a form (delete, disable): says how it went and reloads. With `focusNotice`, focus moves to
   * the message afterwards, for when the button that started it disappears.
   */
  protected async act(
    action: () => Promise<unknown>,
    successText: string,
    options: { focusNotice?: boolean } = {},
  ): Promise<boolean> {
    this.busy.set(true);
    this.notice.set(null);
    let ok = false;
    try {
      await action();
      this.say(true, successText);
      ok = true;
      this.reload();
    } catch (error) {
      const problem = this.problemOf(error);
      this.say(false, problem.kind === 'stale' ? this.t('stale') : problem.message);
      if (problem.kind === 'stale') this.reload();
    } finally {
      this.busy.set(false);
    }
    if (options.focusNotice || !ok) setTimeout(() => this.noticeView()?.focus());
    return ok;
  }
}

/**
 * A dialog with a form: checks it, saves through the data's `save`, shows the API's reasons next to the fields (or
 * above the form), and closes with 'saved' – or with 'stale' when someone else saved first.
 */
@Directive()
export abstract class FormDialog {
  protected readonly ref = inject<MatDialogRef<unknown, FormDialogResult>>(MatDialogRef);
  protected readonly transloco = inject(TranslocoService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected abstract readonly form: FormGroup;

  /** What went wrong, in the dashboard's language. */
  protected readonly problemOf = injectProblemOf();

  /** Sends the form's values; throws what the API said. */
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
      // A reason that belongs to a field stands next to it (and is read with it); any other above the buttons.
      this.error.set(shown ? null : problem.message);
      if (shown) this.focusFirstInvalid();
    } finally {
      this.busy.set(false);
    }
  }

  /** The message of a control's first error, in German or English. */
  protected errorOf(name: string, messages: Record<string, string> = {}): string {
    const control: AbstractControl | null = this.form.get(name);
    const errors = control?.errors ?? {};
    if (errors['server']) return String(errors['server']);
    for (const key of Object.keys(errors)) {
      if (messages[key]) return this.transloco.translate(messages[key], errors[key]);
    }
    if (errors['required']) return this.transloco.translate('form.required');
    if (errors['email']) return this.transloco.translate('form.email');
    if (errors['date']) return this.transloco.translate('form.date');
    if (errors['maxlength'])
      return this.transloco.translate('admin.form.maxLength', { max: errors['maxlength'].requiredLength });
    if (errors['minlength'])
      return this.transloco.translate('admin.form.minLength', { min: errors['minlength'].requiredLength });
    return this.transloco.translate('admin.form.invalid');
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
