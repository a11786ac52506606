import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControl, FormGroup, Validators } from '@angular/forms';
import { MatDialog, MatDialogRef } from '@angular/material/dialog';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { ApiError } from '@masswerk/dashboard/shared/data-access';
import { of } from 'rxjs';
import { FormDialog } from './form-dialog';
import { RecordPage } from './record-page';

@Component({ selector: 'mw-test-page', template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class TestPage extends RecordPage {
  protected readonly scope = 'platform';
  reloads = 0;
  protected reload(): void {
    this.reloads++;
  }
  run(action: () => Promise<unknown>) {
    return this.confirmThen({ title: 'Löschen?', message: '', confirm: 'Löschen' }, action, 'Gelöscht.');
  }
  open() {
    return this.openForm(TestPage, {}, 'clusters.created');
  }
  get message() {
    return this.notice();
  }
}

@Component({ selector: 'mw-test-dialog', template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class TestDialog extends FormDialog {
  protected readonly scope = 'admin';
  readonly data = { save: jest.fn(() => Promise.resolve()) };
  readonly form = new FormGroup({ name: new FormControl('', [Validators.required, Validators.maxLength(3)]) });
  messageOf(name: string) {
    return this.errorOf(name);
  }
  send() {
    return this.submit();
  }
}

function setUp(answer: unknown) {
  const dialog = { open: jest.fn(() => ({ afterClosed: () => of(answer) })) };
  const ref = { close: jest.fn() };
  TestBed.configureTestingModule({
    imports: [TranslocoTestingModule.forRoot({ langs: { de: {} }, translocoConfig: { defaultLang: 'de' } })],
    providers: [
      { provide: MatDialog, useValue: dialog },
      { provide: MatDialogRef, useValue: ref },
    ],
  });
  return { dialog, ref };
}

describe('RecordPage', () => {
  it('runs a change only once it is confirmed, says so and reloads', async () => {
    setUp(true);
    const page = TestBed.createComponent(TestPage).componentInstance;
    const action = jest.fn(() => Promise.resolve());
    expect(await page.run(action)).toBe(true);
    expect(action).toHaveBeenCalled();
    expect(page.message).toEqual({ ok: true, text: 'Gelöscht.' });
    expect(page.reloads).toBe(1);
  });

  it('does nothing when the confirmation is cancelled', async () => {
    setUp(false);
    const page = TestBed.createComponent(TestPage).componentInstance;
    const action = jest.fn(() => Promise.resolve());
    expect(await page.run(action)).toBe(false);
    expect(action).not.toHaveBeenCalled();
    expect(page.reloads).toBe(0);
  });

  it('says when someone else changed the record first, in its scope, and reloads', async () => {
    setUp(true);
    const page = TestBed.createComponent(TestPage).componentInstance;
    const stale = new ApiError('CONFLICT', 'x', { reason: 'STALE_VERSION', currentVersion: 2 });
    expect(await page.run(() => Promise.reject(stale))).toBe(false);
    expect(page.message).toEqual({ ok: false, text: expect.stringContaining('platform.stale') });
    expect(page.reloads).toBe(1);
  });

  it('says a form dialog saved with the key of its scope', async () => {
    setUp('saved');
    const page = TestBed.createComponent(TestPage).componentInstance;
    expect(await page.open()).toBe('saved');
    expect(page.message).toEqual({ ok: true, text: expect.stringContaining('platform.clusters.created') });
    expect(page.reloads).toBe(1);
  });
});

describe('FormDialog', () => {
  it('words a field error in its scope, and saves the form as it is', async () => {
    const { ref } = setUp(undefined);
    const dialog = TestBed.createComponent(TestDialog).componentInstance;
    expect(dialog.messageOf('name')).toContain('form.required');
    dialog.form.setValue({ name: 'abcd' });
    expect(dialog.messageOf('name')).toContain('admin.form.maxLength');
    dialog.form.setValue({ name: 'abc' });
    await dialog.send();
    expect(dialog.data.save).toHaveBeenCalledWith({ name: 'abc' });
    expect(ref.close).toHaveBeenCalledWith('saved');
  });
});
