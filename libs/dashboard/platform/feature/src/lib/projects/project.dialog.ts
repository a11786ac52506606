import { ChangeDetectionStrategy, Component, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import { ProjectsView, ProjectView, UnitView } from '@masswerk/dashboard/platform/data-access';
import { DateInputDirective } from '@masswerk/dashboard/shared/util';
import { PROJECT_CODE_PATTERN } from '@masswerk/shared/domain';
import { FormDialogData } from '@masswerk/dashboard/shared/editing';
import { FormDialogFrame } from '@masswerk/dashboard/shared/ui';
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
    MatInputModule,
    MatSelectModule,
    MatCheckboxModule,
    TranslocoPipe,
    DateInputDirective,
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
        <mat-form-field>
          <mat-label>{{ 'platform.projects.code' | transloco }}</mat-label>
          <input matInput formControlName="code" required data-testid="project-code" />
          <mat-hint>{{ 'platform.projects.codeHint' | transloco }}</mat-hint>
          <mat-error>{{ errorOf('code', { pattern: 'platform.projects.codePattern' }) }}</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'platform.projects.cohort' | transloco }}</mat-label>
          <input matInput type="number" formControlName="cohortYear" required data-testid="project-cohort" />
          <mat-error>{{ errorOf('cohortYear') }}</mat-error>
        </mat-form-field>
      </div>
      <mat-form-field class="full">
        <mat-label>{{ 'platform.projects.name' | transloco }}</mat-label>
        <input matInput formControlName="name" required data-testid="project-name" />
        <mat-error>{{ errorOf('name') }}</mat-error>
      </mat-form-field>
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
      <fieldset formGroupName="phaseA">
        <legend>{{ 'platform.projects.phaseA' | transloco }}</legend>
        <div class="row">
          <mat-form-field>
            <mat-label>{{ 'platform.projects.plannedStart' | transloco }}</mat-label>
            <input matInput mwDateInput formControlName="plannedStart" data-testid="phase-a-start" />
            <mat-error>{{ errorOf('phaseA.plannedStart') }}</mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'platform.projects.plannedEnd' | transloco }}</mat-label>
            <input matInput mwDateInput formControlName="plannedEnd" data-testid="phase-a-end" />
            <mat-error>{{ errorOf('phaseA.plannedEnd') }}</mat-error>
          </mat-form-field>
        </div>
      </fieldset>
      <fieldset formGroupName="phaseB">
        <legend>{{ 'platform.projects.phaseB' | transloco }}</legend>
        <div class="row">
          <mat-form-field>
            <mat-label>{{ 'platform.projects.plannedStart' | transloco }}</mat-label>
            <input matInput mwDateInput formControlName="plannedStart" data-testid="phase-b-start" />
            <mat-error>{{ errorOf('phaseB.plannedStart') }}</mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label>{{ 'platform.projects.plannedEnd' | transloco }}</mat-label>
            <input matInput mwDateInput formControlName="plannedEnd" data-testid="phase-b-end" />
            <mat-error>{{ errorOf('phaseB.plannedEnd') }}</mat-error>
          </mat-form-field>
        </div>
      </fieldset>
    </mw-form-dialog>
  `,
})
export class ProjectDialog extends RecordDialog {
  protected readonly data = inject<ProjectDialogData>(MAT_DIALOG_DATA);
  private readonly item = this.data.item;
  private readonly defaultProgramme = this.data.choices.programmes[0]?.id ?? '';

  protected readonly form = new FormGroup({
    code: new FormControl(
      { value: this.item?.code ?? '', disabled: this.item !== null },
      { nonNullable: true, validators: [Validators.required, Validators.pattern(PROJECT_CODE_PATTERN)] },
    ),
    name: new FormControl(this.item?.name ?? '', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(200), Validators.pattern(/\S/)],
    }),
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
