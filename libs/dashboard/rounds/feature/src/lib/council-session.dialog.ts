import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import { CouncilSessionView, RoundView } from '@masswerk/dashboard/rounds/data-access';
import { FormDialog, FormDialogData, textControl } from '@masswerk/dashboard/shared/editing';
import { FormDialogFrame, TextField } from '@masswerk/dashboard/shared/ui';
import type { CouncilBody } from '@masswerk/dashboard/shared/data-access';

export interface CouncilSessionValues {
  reportingRoundId: string;
  body: CouncilBody;
  bodyName: string;
  sessionDate: string;
  agendaItem: string;
  resolutionReference: string;
  oparlUrl: string;
}

export interface CouncilSessionData extends FormDialogData<CouncilSessionView, CouncilSessionValues> {
  /** The closed rounds a session can be tied to. */
  rounds: RoundView[];
}

export const BODIES: readonly CouncilBody[] = ['KREISTAG', 'AUSSCHUSS', 'LENKUNGSGRUPPE'];

/** Records the session of a body at which a closed round (its snapshot and briefing) was presented. */
@Component({
  selector: 'mw-council-session-dialog',
  imports: [FormDialogFrame, ReactiveFormsModule, TextField, TranslocoPipe, MatFormFieldModule, MatSelectModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mw-form-dialog
      [formGroup]="form"
      (ngSubmit)="submit()"
      [heading]="(data.item ? 'rounds.sessions.editTitle' : 'rounds.sessions.addTitle') | transloco"
      [error]="error()"
      [busy]="busy()"
      saveTestId="session-save"
    >
      <mat-form-field>
        <mat-label>{{ 'rounds.sessions.round' | transloco }}</mat-label>
        <mat-select formControlName="reportingRoundId" data-testid="session-round" required>
          @for (round of data.rounds; track round.id) {
            <mat-option [value]="round.id">{{ round.name }}</mat-option>
          }
        </mat-select>
        <mat-hint>{{ 'rounds.sessions.roundHint' | transloco }}</mat-hint>
      </mat-form-field>
      <div class="row">
        <mat-form-field>
          <mat-label>{{ 'rounds.sessions.body' | transloco }}</mat-label>
          <mat-select formControlName="body" data-testid="session-body" required>
            @for (body of bodies; track body) {
              <mat-option [value]="body">{{ 'rounds.body.' + body | transloco }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <mw-text-field
          field="bodyName"
          label="rounds.sessions.bodyName"
          hint="rounds.sessions.bodyNameHint"
          testId="session-body-name"
        />
      </div>
      <div class="row">
        <mw-text-field field="sessionDate" label="rounds.sessions.date" date testId="session-date" required />
        <mw-text-field field="resolutionReference" label="rounds.sessions.resolution" testId="session-resolution" />
      </div>
      <mw-text-field
        field="agendaItem"
        label="rounds.sessions.agendaItem"
        hint="rounds.sessions.agendaItemHint"
        testId="session-agenda"
      />
      <mw-text-field
        field="oparlUrl"
        label="rounds.sessions.oparlUrl"
        hint="rounds.sessions.oparlUrlHint"
        type="url"
        testId="session-url"
      />
    </mw-form-dialog>
  `,
  styles: `
    .row {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
      gap: 0 1rem;
    }
    mat-form-field {
      width: 100%;
    }
  `,
})
export class CouncilSessionDialog extends FormDialog {
  protected readonly scope = 'rounds';
  protected readonly data = inject<CouncilSessionData>(MAT_DIALOG_DATA);
  protected readonly bodies = BODIES;
  private readonly item = this.data.item;
  protected readonly form = new FormGroup({
    reportingRoundId: new FormControl(
      { value: this.item?.reportingRoundId ?? this.data.rounds[0]?.id ?? '', disabled: !!this.item },
      { nonNullable: true, validators: [Validators.required] },
    ),
    body: new FormControl<CouncilBody>(this.item?.body ?? 'KREISTAG', { nonNullable: true }),
    bodyName: textControl(this.item?.bodyName ?? '', 200),
    sessionDate: new FormControl(this.item?.sessionDate ?? '', {
      nonNullable: true,
      validators: [Validators.required],
    }),
    agendaItem: textControl(this.item?.agendaItem ?? '', 500),
    resolutionReference: textControl(this.item?.resolutionReference ?? '', 200),
    oparlUrl: new FormControl(this.item?.oparlUrl ?? '', {
      nonNullable: true,
      validators: [Validators.maxLength(2000), Validators.pattern(/^\s*$|^https?:\/\/\S+$/)],
    }),
  });
}
