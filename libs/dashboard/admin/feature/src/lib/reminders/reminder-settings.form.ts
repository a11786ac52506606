import { ChangeDetectionStrategy, Component, effect, inject, input, signal, untracked } from '@angular/core';
import { AbstractControl, FormControl, FormGroup, FormRecord, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import {
  GraphqlClient,
  injectProblemOf,
  markFieldProblems,
  type ReminderKind,
} from '@masswerk/dashboard/shared/data-access';
import {
  ProjectReminderSettingsDocument,
  ProjectReminderSettingsFieldsFragment,
  UpdateProjectReminderSettingsDocument,
} from '@masswerk/dashboard/notifications/data-access';
import { StateMessage } from '@masswerk/dashboard/shared/ui';
import { leadDaysProblem, sendTimeProblem } from '@masswerk/shared/domain';

/** "30, 7" → [30, 7]; anything that is not a list of numbers gives NaN entries, which the validator refuses. */
export function parseLeadDays(text: string): number[] {
  return text
    .split(/[,;\s]+/)
    .filter(Boolean)
    .map((part) => (/^\d+$/.test(part) ? Number(part) : Number.NaN));
}

function leadDaysValidator(control: AbstractControl<string>) {
  return leadDaysProblem(parseLeadDays(control.value)) ? { leadDays: true } : null;
}

function sendTimeValidator(control: AbstractControl<string>) {
  return sendTimeProblem(control.value) ? { sendTime: true } : null;
}

/**
 * Verwaltung → Erinnerungen, above the record: the project's reminder settings (decision 0061) – the local time of
 * its daily round, the kinds its people get, the lead days before a due day. Membership notices are not offered:
 * nobody switches them off.
 */
@Component({
  selector: 'mw-admin-reminder-settings',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    TranslocoPipe,
    StateMessage,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="settings" aria-labelledby="reminder-settings-heading">
      <h3 id="reminder-settings-heading">{{ 'notifications.projectSettingsTitle' | transloco }}</h3>
      @if (loadProblem(); as text) {
        <mw-state kind="error" [message]="text" />
      } @else if (kinds() === null) {
        <mw-state kind="loading" [message]="'common.loading' | transloco" />
      } @else {
        <form [formGroup]="form" (ngSubmit)="save()" data-testid="reminder-project-settings" novalidate>
          <div class="row">
            <mat-form-field>
              <mat-label>{{ 'notifications.sendTime' | transloco }}</mat-label>
              <input matInput type="time" step="900" formControlName="sendTime" data-testid="reminder-send-time" />
              <mat-hint>{{ 'notifications.sendTimeHint' | transloco }}</mat-hint>
              <mat-error>{{ errorOf(form.controls.sendTime, 'notifications.sendTimeInvalid') }}</mat-error>
            </mat-form-field>
            <mat-form-field>
              <mat-label>{{ 'notifications.leadDays' | transloco }}</mat-label>
              <input matInput formControlName="leadDays" inputmode="numeric" data-testid="reminder-lead-days" />
              <mat-hint>{{ 'notifications.leadDaysHint' | transloco }}</mat-hint>
              <mat-error>{{ errorOf(form.controls.leadDays, 'notifications.leadDaysInvalid') }}</mat-error>
            </mat-form-field>
          </div>
          <fieldset [formGroup]="form.controls.kinds">
            <legend>{{ 'notifications.projectKinds' | transloco }}</legend>
            @for (kind of kinds(); track kind) {
              <mat-checkbox [formControlName]="kind" [attr.data-testid]="'project-reminder-' + kind">
                {{ 'notifications.kind.' + kind | transloco }}
              </mat-checkbox>
            }
            @if (kindsProblem(); as text) {
              <p class="field-error" role="alert">{{ text }}</p>
            }
          </fieldset>
          @if (formProblem(); as text) {
            <p class="field-error" role="alert">{{ text }}</p>
          }
          <button mat-flat-button type="submit" [disabled]="busy()" data-testid="reminder-settings-save">
            {{ 'common.save' | transloco }}
          </button>
        </form>
      }
    </section>
  `,
  styles: `
    .settings {
      margin-bottom: 1.5rem;
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      gap: 1rem;
    }
    fieldset {
      border: none;
      margin: 0.5rem 0 1rem;
      padding: 0;
      display: grid;
      gap: 0.25rem;
    }
    legend {
      font-weight: 500;
      margin-bottom: 0.25rem;
    }
    .field-error {
      color: #b00020;
      margin: 0.25rem 0;
    }
  `,
})
export class ReminderSettingsForm {
  readonly projectId = input.required<string>();
  private readonly client = inject(GraphqlClient);
  private readonly problemOf = injectProblemOf();
  private readonly transloco = inject(TranslocoService);
  private readonly snackBar = inject(MatSnackBar);

  protected readonly kinds = signal<ReminderKind[] | null>(null);
  protected readonly loadProblem = signal<string | null>(null);
  protected readonly formProblem = signal<string | null>(null);
  protected readonly kindsProblem = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly form = new FormGroup({
    sendTime: new FormControl('', { nonNullable: true, validators: [Validators.required, sendTimeValidator] }),
    leadDays: new FormControl('', { nonNullable: true, validators: [leadDaysValidator] }),
    kinds: new FormRecord<FormControl<boolean>>({}),
  });

  constructor() {
    effect(() => {
      const projectId = this.projectId();
      untracked(() => void this.load(projectId));
    });
  }

  protected errorOf(control: AbstractControl, fallbackKey: string): string {
    const server = control.errors?.['server'];
    return server ? String(server) : this.transloco.translate(fallbackKey);
  }

  private async load(projectId: string): Promise<void> {
    try {
      const { projectReminderSettings } = await this.client.run(ProjectReminderSettingsDocument, {
        modelProjectId: projectId,
      });
      this.apply(projectReminderSettings);
    } catch (error) {
      this.loadProblem.set(this.problemOf(error).message);
    }
  }

  private apply(settings: ProjectReminderSettingsFieldsFragment): void {
    const kinds = new FormRecord<FormControl<boolean>>({});
    for (const { kind, enabled } of settings.kinds)
      kinds.addControl(kind, new FormControl(enabled, { nonNullable: true }));
    this.form.setControl('kinds', kinds);
    this.form.patchValue({ sendTime: settings.sendTime, leadDays: settings.leadDays.join(', ') });
    this.kinds.set(settings.kinds.map((k) => k.kind));
  }

  protected async save(): Promise<void> {
    this.formProblem.set(null);
    this.kindsProblem.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { sendTime, leadDays, kinds } = this.form.getRawValue();
    this.busy.set(true);
    try {
      const { updateProjectReminderSettings } = await this.client.run(UpdateProjectReminderSettingsDocument, {
        input: {
          modelProjectId: this.projectId(),
          sendTime,
          leadDays: parseLeadDays(leadDays),
          disabledKinds: Object.entries(kinds)
            .filter(([, on]) => !on)
            .map(([kind]) => kind as ReminderKind),
        },
      });
      this.apply(updateProjectReminderSettings);
      this.snackBar.open(this.transloco.translate('notifications.projectSettingsSaved'), undefined, { duration: 4000 });
    } catch (error) {
      const problem = this.problemOf(error);
      const marked = markFieldProblems(problem, (field) => (field === 'disabledKinds' ? null : this.form.get(field)));
      const kindsField = problem.fields.find((f) => f.field === 'disabledKinds');
      if (kindsField) this.kindsProblem.set(kindsField.message);
      if (!marked && !kindsField) this.formProblem.set(problem.message);
    } finally {
      this.busy.set(false);
    }
  }
}
