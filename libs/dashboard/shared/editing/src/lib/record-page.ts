import { ComponentType } from '@angular/cdk/portal';
import { Directive, inject, Injector, signal, viewChild } from '@angular/core';
import { MatDialog, MatDialogRef } from '@angular/material/dialog';
import { TranslocoService } from '@jsverse/transloco';
import { injectProblemOf } from '@masswerk/dashboard/shared/data-access';
import { ConfirmData, ConfirmDialog, FORM_SCOPE, Notice, NoticeValue } from '@masswerk/dashboard/shared/ui';
import { firstValueFrom } from 'rxjs';

/** How a form dialog ended: saved, or someone else saved first (the page reloads and says so). */
export type FormDialogResult = 'saved' | 'stale' | undefined;

/** What every form dialog receives: its values to start from and how to save them. */
export interface FormDialogData<T, V> {
  /** The record being changed; null when creating one. */
  item: T | null;
  save: (values: V) => Promise<unknown>;
}

/**
 * A page (or tab) of managed records: says how each change went (in a live region), asks before deleting, opens the
 * form dialogs, and reloads after a change or when someone else saved first. Used by the project administration's
 * tabs and the platform's pages; each names the Transloco scope its messages (`<scope>.stale`, …) live in.
 */
@Directive()
export abstract class RecordPage {
  protected readonly transloco = inject(TranslocoService);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly noticeView = viewChild(Notice);
  protected readonly notice = signal<NoticeValue | null>(null);
  protected readonly busy = signal(false);

  /** The Transloco scope of the feature, e.g. `admin`. */
  protected abstract readonly scope: string;

  /** Loads the page's data again. */
  protected abstract reload(): void;

  protected t(key: string, params?: Record<string, unknown>): string {
    return this.transloco.translate(`${this.scope}.${key}`, params);
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
      // the dialog's fields word their errors in the page's scope
      injector: Injector.create({ providers: [{ provide: FORM_SCOPE, useValue: this.scope }], parent: this.injector }),
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

  /**
   * Asks first, then runs the change (`act`); the message takes the focus, since the button that started it may be
   * gone. True when it was confirmed and done.
   */
  protected async confirmThen(
    data: ConfirmData,
    action: () => Promise<unknown>,
    successText: string,
  ): Promise<boolean> {
    if (!(await this.confirm(data))) return false;
    return this.act(action, successText, { focusNotice: true });
  }
}
