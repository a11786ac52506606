import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import { MemberView, needsUnit, NewMemberValues } from '@masswerk/dashboard/admin/data-access';
import type { Role } from '@masswerk/dashboard/shared/data-access';
import { CodeSelect, FormDialogFrame, TextField } from '@masswerk/dashboard/shared/ui';
import { ROLES } from '@masswerk/shared/domain';
import { FormDialogData, textControl } from '@masswerk/dashboard/shared/editing';
import { AdminFormDialog } from '../shared/admin-base';

export interface MemberDialogData extends FormDialogData<MemberView, NewMemberValues> {
  units: { id: string; name: string }[];
  /** The member is the project's only administrator. */
  lastAdmin: boolean;
  /** The member is the viewer, who would lose the administration with another role. */
  self: boolean;
}

/** Invites a person to the project (by e-mail), or changes a member's role and municipality. */
@Component({
  selector: 'mw-admin-member-dialog',
  imports: [
    FormDialogFrame,
    ReactiveFormsModule,
    MatFormFieldModule,
    MatSelectModule,
    TextField,
    TranslocoPipe,
    CodeSelect,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mw-form-dialog
      [formGroup]="form"
      (ngSubmit)="submit()"
      [heading]="(data.item ? 'admin.members.editTitle' : 'admin.members.addTitle') | transloco"
      [error]="error()"
      [busy]="busy()"
      saveTestId="member-save"
      [saveLabel]="(data.item ? 'common.save' : 'admin.members.add') | transloco"
    >
      @if (data.item; as m) {
        <p class="who">
          <strong>{{ m.user.displayName }}</strong> · {{ m.user.email }}
        </p>
      } @else {
        <mw-text-field
          field="email"
          label="admin.members.email"
          hint="admin.members.emailHint"
          type="email"
          autocomplete="off"
          testId="member-email"
          required
        />
      }
      <div class="row">
        <mw-code-select
          formControlName="role"
          label="admin.members.role"
          prefix="role"
          [codes]="roles"
          [required]="true"
          [hint]="'admin.roleHint.' + role() | transloco"
          testId="member-role"
        />
        @if (showUnit()) {
          <mat-form-field>
            <mat-label>{{ 'admin.members.unit' | transloco }}</mat-label>
            <mat-select formControlName="territorialUnitId" data-testid="member-unit">
              <mat-option value="">{{ 'admin.members.noUnit' | transloco }}</mat-option>
              @for (u of data.units; track u.id) {
                <mat-option [value]="u.id">{{ u.name }}</mat-option>
              }
            </mat-select>
            <mat-hint>{{ 'admin.members.unitHint' | transloco }}</mat-hint>
            <mat-error>{{ errorOf('territorialUnitId') }}</mat-error>
          </mat-form-field>
        }
      </div>
      @if (data.lastAdmin && role() !== 'ADMIN') {
        <p class="warning" role="alert">{{ 'admin.members.lastAdminWarning' | transloco }}</p>
      } @else if (data.self && data.item?.role === 'ADMIN' && role() !== 'ADMIN') {
        <p class="warning" role="alert">{{ 'admin.members.selfWarning' | transloco }}</p>
      }
      @if (!data.item) {
        <mw-text-field
          field="displayName"
          label="admin.members.displayName"
          hint="admin.members.displayNameHint"
          autocomplete="off"
          testId="member-name"
        />
        <p class="muted" data-testid="invitation-hint">{{ 'admin.members.invitationHint' | transloco }}</p>
      }
    </mw-form-dialog>
  `,
})
export class MemberDialog extends AdminFormDialog {
  protected readonly data = inject<MemberDialogData>(MAT_DIALOG_DATA);
  protected readonly roles = ROLES;

  protected readonly form = new FormGroup({
    email: new FormControl('', {
      nonNullable: true,
      validators: this.data.item ? [] : [Validators.required, Validators.email, Validators.maxLength(320)],
    }),
    role: new FormControl<Role>(this.data.item?.role ?? 'EDITOR', { nonNullable: true }),
    territorialUnitId: new FormControl(this.data.item?.territorialUnit?.id ?? '', { nonNullable: true }),
    displayName: textControl('', 200),
  });

  protected readonly role = toSignal(this.form.controls.role.valueChanges, {
    initialValue: this.form.controls.role.value,
  });
  protected readonly showUnit = computed(() => needsUnit(this.role()) && this.data.units.length > 0);
}
