import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControl, FormGroup, Validators } from '@angular/forms';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { injectSaveForm, SaveState } from './form-problems';
import { ApiError } from './graphql-error';

function setUp() {
  TestBed.configureTestingModule({
    imports: [
      TranslocoTestingModule.forRoot({
        langs: { de: {} },
        translocoConfig: { defaultLang: 'de' },
      }),
    ],
  });
  const saveForm = TestBed.runInInjectionContext(() => injectSaveForm());
  const form = new FormGroup({ title: new FormControl('Vergabe', { validators: [Validators.required] }) });
  const state: SaveState = { busy: signal(false), error: signal<string | null>(null), conflict: 'x.conflict' };
  return { saveForm, form, state };
}

describe('injectSaveForm', () => {
  it('only marks the fields of an invalid form', async () => {
    const { saveForm, form, state } = setUp();
    form.controls.title.setValue('');
    const save = jest.fn(() => Promise.resolve());
    expect(await saveForm(form, state, save)).toBe('invalid');
    expect(save).not.toHaveBeenCalled();
    expect(form.controls.title.touched).toBe(true);
  });

  it('saves while busy and clears the last message', async () => {
    const { saveForm, form, state } = setUp();
    state.error.set('old');
    const busyWhileSaving: boolean[] = [];
    const outcome = await saveForm(form, state, async () => busyWhileSaving.push(state.busy()));
    expect(outcome).toBe('saved');
    expect(busyWhileSaving).toEqual([true]);
    expect(state.busy()).toBe(false);
    expect(state.error()).toBeNull();
  });

  it('says so when someone else saved first, and puts a bad field’s problem on its control', async () => {
    const { saveForm, form, state } = setUp();
    const stale = new ApiError('CONFLICT', 'geändert', { reason: 'STALE_VERSION' });
    expect(await saveForm(form, state, () => Promise.reject(stale))).toBe('stale');
    // the conflict's own message (its key, untranslated here), not the API's
    expect(state.error()).toContain('x.conflict');
    const input = new ApiError('BAD_USER_INPUT', 'Titel fehlt', {
      fields: [{ field: 'input.title', message: 'Titel fehlt' }],
    });
    expect(await saveForm(form, state, () => Promise.reject(input))).toBe('refused');
    expect(form.controls.title.hasError('server')).toBe(true);
  });
});
