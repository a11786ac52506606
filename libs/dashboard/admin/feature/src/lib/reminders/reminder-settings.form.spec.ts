import { TestBed } from '@angular/core/testing';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { ApiError, GraphqlClient } from '@masswerk/dashboard/shared/data-access';
import { parseLeadDays, ReminderSettingsForm } from './reminder-settings.form';

const settings = {
  modelProjectId: 'p1',
  sendTime: '06:00',
  leadDays: [30, 7],
  lastRoundOn: null,
  kinds: [
    { kind: 'MILESTONE_DUE_SOON', enabled: true },
    { kind: 'REPORT_DUE', enabled: false },
  ],
};

async function render(update: (variables: { input: Record<string, unknown> }) => Promise<unknown>) {
  const run = jest.fn(async (document: { toString(): string }, variables: { input: Record<string, unknown> }) =>
    document.toString().includes('mutation UpdateProjectReminderSettings')
      ? update(variables)
      : { projectReminderSettings: settings },
  );
  const snackBar = { open: jest.fn() };
  await TestBed.configureTestingModule({
    imports: [
      ReminderSettingsForm,
      TranslocoTestingModule.forRoot({
        langs: { de: {} },
        translocoConfig: { defaultLang: 'de', availableLangs: ['de'] },
      }),
    ],
    providers: [
      { provide: GraphqlClient, useValue: { run } },
      { provide: MatSnackBar, useValue: snackBar },
    ],
  }).compileComponents();
  const fixture = TestBed.createComponent(ReminderSettingsForm);
  fixture.componentRef.setInput('projectId', 'p1');
  await fixture.whenStable();
  fixture.detectChanges();
  const element = fixture.nativeElement as HTMLElement;
  const input = (testId: string) =>
    element.querySelector<HTMLInputElement>(`[data-testid="${testId}"]`) as HTMLInputElement;
  const type = (testId: string, value: string) => {
    input(testId).value = value;
    input(testId).dispatchEvent(new Event('input'));
  };
  const submit = async () => {
    element.querySelector<HTMLButtonElement>('[data-testid="reminder-settings-save"]')?.click();
    await fixture.whenStable();
    fixture.detectChanges();
  };
  return { element, run, snackBar, input, type, submit };
}

describe('ReminderSettingsForm', () => {
  it('reads lead days as a list of numbers, anything else as not a number', () => {
    expect(parseLeadDays('30, 7')).toEqual([30, 7]);
    expect(parseLeadDays(' 14 ')).toEqual([14]);
    expect(parseLeadDays('30, sieben')[1]).toBeNaN();
  });

  it('shows the project’s settings and saves them, saying so', async () => {
    const saved = { ...settings, sendTime: '07:30', leadDays: [14] };
    const { element, run, snackBar, input, type, submit } = await render(async () => ({
      updateProjectReminderSettings: saved,
    }));
    expect(input('reminder-send-time').value).toBe('06:00');
    expect(input('reminder-lead-days').value).toBe('30, 7');
    expect(element.querySelectorAll('mat-checkbox')).toHaveLength(2);
    type('reminder-send-time', '07:30');
    type('reminder-lead-days', '14');
    await submit();
    expect(run).toHaveBeenLastCalledWith(expect.anything(), {
      input: { modelProjectId: 'p1', sendTime: '07:30', leadDays: [14], disabledKinds: ['REPORT_DUE'] },
    });
    expect(snackBar.open).toHaveBeenCalledWith('notifications.projectSettingsSaved', undefined, { duration: 4000 });
  });

  it('does not send lead days it can tell are wrong', async () => {
    const { run, type, submit } = await render(async () => ({ updateProjectReminderSettings: settings }));
    type('reminder-lead-days', '365');
    await submit();
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('shows the API’s refusal at the field it names', async () => {
    const { element, snackBar, submit } = await render(async () => {
      throw new ApiError('BAD_USER_INPUT', 'Die Runde läuft viertelstündlich.', {
        fields: [{ field: 'input.sendTime', message: 'Die Runde läuft viertelstündlich.' }],
      });
    });
    await submit();
    expect(element.querySelector('mat-error')?.textContent).toContain('Die Runde läuft viertelstündlich.');
    expect(snackBar.open).not.toHaveBeenCalled();
  });
});
