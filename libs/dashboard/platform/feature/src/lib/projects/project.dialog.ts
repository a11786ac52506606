import { ChangeDetectionStrategy, Component, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import { ProjectsView, ProjectView, UnitView } from '@masswerk/dashboard/platform/data-access';
import { PROJECT_CODE_PATTERN } from '@masswerk/shared/domain';
import { fixedOnceCreated, FormDialogData, nameControl } from '@masswerk/dashboard/shared/editing';
import { FormDialogFrame, TextField } from '@masswerk/dashboard/shared/ui';
import { RecordDialog } from '../shared/platform-base';

export interface ProjectValues {
  code: string;
  name: string;
  cohortYear: number;
  clusterId: string | null;
  fundingProgrammeId: string;
  leadUnitId: string;
  memberIds: string[];
  budgetaryEmergency: boolean;
  phaseA: { plannedStart: string | null; plannedEnd: string | null };
  phaseB: { plannedStart: string | null; plannedEnd: string | null };
}

export interface ProjectDialogData extends FormDialogData<ProjectView, ProjectValues> {
  choices: ProjectsView;
  leadUnits: UnitView[];
  /** The municipalities a lead body's project may count among its members (the units below it). */
  memberChoices: (leadUnitId: string) => Promise<readonly Pick<UnitView, 'id' | 'name'>[]>;
}

/**
 * Creates or changes a model project: code, name, cohort, lead body, its member municipalities, cluster, programme and
 * the two phases.
 */
@Component({
  selector: 'mw-platform-project-dialog',
  imports: [
    FormDialogFrame,
    ReactiveFormsModule,
    MatFormFieldModule,
    MatSelectModule,
    MatCheckboxModule,
    TextField,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mw-form-dialog
      [formGroup]="form"
      (ngSubmit)="submit()"
      [heading]="(data.item ? 'platform.projects.edit' : 'platform.projects.add') | transloco"
      [error]="error()"
      [busy]="busy()"
      saveTestId="project-save"
    >
      <div class="row">
        <mw-text-field
          field="code"
          label="platform.projects.code"
          hint="platform.projects.codeHint"
          [messages]="{ pattern: 'platform.projects.codePattern' }"
          testId="project-code"
          required
        />
        <mw-text-field
          field="cohortYear"
          label="platform.projects.cohort"
          type="number"
          testId="project-cohort"
          required
        />
      </div>
      <mw-text-field field="name" label="platform.projects.name" testId="project-name" required />
      <mat-form-field class="full">
        <mat-label>{{ 'platform.projects.leadUnit' | transloco }}</mat-label>
        <mat-select formControlName="leadUnitId" required data-testid="project-lead-unit">
          @for (u of data.leadUnits; track u.id) {
            <mat-option [value]="u.id">{{ u.name }}</mat-option>
          }
        </mat-select>
        <mat-error>{{ errorOf('leadUnitId') }}</mat-error>
      </mat-form-field>
      <mat-form-field class="full">
        <mat-label>{{ 'platform.projects.memberUnits' | transloco }}</mat-label>
        <mat-select formControlName="memberIds" multiple data-testid="project-member-units">
          @for (u of memberOptions(); track u.id) {
            <mat-option [value]="u.id">{{ u.name }}</mat-option>
          }
        </mat-select>
        <mat-hint>{{ 'platform.projects.memberUnitsHint' | transloco }}</mat-hint>
        <mat-error>{{ errorOf('memberIds') }}</mat-error>
      </mat-form-field>
      <div class="row">
        <mat-form-field>
          <mat-label>{{ 'platform.projects.cluster' | transloco }}</mat-label>
          <mat-select formControlName="clusterId" data-testid="project-cluster">
            <mat-option [value]="null">{{ 'platform.projects.noCluster' | transloco }}</mat-option>
            @for (c of data.choices.clusters; track c.id) {
              <mat-option [value]="c.id">{{ c.name }}</mat-option>
            }
          </mat-select>
          <mat-error>{{ errorOf('clusterId') }}</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'platform.projects.programme' | transloco }}</mat-label>
          <mat-select formControlName="fundingProgrammeId" required data-testid="project-programme">
            @for (p of data.choices.programmes; track p.id) {
              <mat-option [value]="p.id">{{ p.code }} – {{ p.name }}</mat-option>
            }
          </mat-select>
          <mat-error>{{ errorOf('fundingProgrammeId') }}</mat-error>
        </mat-form-field>
      </div>
      <mat-checkbox formControlName="budgetaryEmergency">{{ 'platform.projects.emergency' | transloco }}</mat-checkbox>
      @for (phase of phases; track phase.group) {
        <fieldset [formGroupName]="phase.group">
          <legend>{{ 'platform.projects.' + phase.group | transloco }}</legend>
          <div class="row">
            <mw-text-field
              field="plannedStart"
              label="platform.projects.plannedStart"
              date
              [testId]="phase.testId + '-start'"
            />
            <mw-text-field
              field="plannedEnd"
              label="platform.projects.plannedEnd"
              date
              [testId]="phase.testId + '-end'"
            />
          </div>
        </fieldset>
      }
    </mw-form-dialog>
  `,
})
export class ProjectDialog extends RecordDialog {
  protected readonly data = inject<ProjectDialogData>(MAT_DIALOG_DATA);
  protected readonly phases = [
    { group: 'phaseA', testId: 'phase-a' },
    { group: 'phaseB', testId: 'phase-b' },
  ];
  private readonly item = this.data.item;
  private readonly defaultProgramme = this.data.choices.programmes[0]?.id ?? '';

  protected readonly form = new FormGroup({
    code: fixedOnceCreated(
      this.item?.code ?? '',
      this.item !== null,
      Validators.required,
      Validators.pattern(PROJECT_CODE_PATTERN),
    ),
    name: nameControl(this.item?.name ?? ''),
    cohortYear: new FormControl(this.item?.cohortYear ?? new Date().getFullYear(), {
      nonNullable: true,
      validators: [Validators.required, Validators.min(2019), Validators.max(2100)],
    }),
    leadUnitId: new FormControl(this.item?.leadUnit.id ?? '', { nonNullable: true, validators: Validators.required }),
    memberIds: new FormControl<string[]>(this.item?.members.map((m) => m.id) ?? [], { nonNullable: true }),
    clusterId: new FormControl<string | null>(this.item?.cluster?.id ?? null),
    fundingProgrammeId: new FormControl(this.item?.fundingProgramme.id ?? this.defaultProgramme, {
      nonNullable: true,
      validators: Validators.required,
    }),
    budgetaryEmergency: new FormControl(this.item?.budgetaryEmergency ?? false, { nonNullable: true }),
    phaseA: new FormGroup({
      plannedStart: new FormControl<string | null>(this.item?.phaseA.plannedStart ?? null),
      plannedEnd: new FormControl<string | null>(this.item?.phaseA.plannedEnd ?? null),
    }),
    phaseB: new FormGroup({
      plannedStart: new FormControl<string | null>(this.item?.phaseB.plannedStart ?? null),
      plannedEnd: new FormControl<string | null>(this.item?.phaseB.plannedEnd ?? null),
    }),
  });

  /** The units below the lead body, and the current members wherever they are. */
  protected readonly memberOptions = signal<readonly Pick<UnitView, 'id' | 'name'>[]>(this.item?.members ?? []);

  constructor() {
    super();
    const lead = this.form.controls.leadUnitId;
    void this.loadMemberChoices(lead.value);
    lead.valueChanges.pipe(takeUntilDestroyed(inject(DestroyRef))).subscribe((id) => void this.loadMemberChoices(id));
  }

  private async loadMemberChoices(leadUnitId: string): Promise<void> {
    const below = leadUnitId ? await this.data.memberChoices(leadUnitId) : [];
    const chosen = new Set(this.form.controls.memberIds.value);
    const kept = [...(this.item?.members ?? []), ...this.memberOptions()].filter((u) => chosen.has(u.id));
    const byId = new Map([...below, ...kept].map((u) => [u.id, u]));
    this.memberOptions.set([...byId.values()].sort((a, b) => a.name.localeCompare(b.name, 'de')));
  }
}
