import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialog, MatDialogModule } from '@angular/material/dialog';
import { TranslocoPipe } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';

export interface ConfirmData {
  title: string;
  message: string;
  /** Label of the button that does it, e.g. "Löschen". */
  confirm: string;
}

/**
 * Asks before something that cannot be undone and says what goes with it; Cancel comes first and has the focus.
 * `MatDialog.open(ConfirmDialog, { data })` answers true when confirmed; `injectConfirm()` does that in one call.
 */
@Component({
  selector: 'mw-confirm-dialog',
  imports: [MatDialogModule, MatButtonModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ data.title }}</h2>
    <mat-dialog-content>
      <p>{{ data.message }}</p>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" [mat-dialog-close]="false" data-testid="confirm-cancel">
        {{ 'common.cancel' | transloco }}
      </button>
      <button mat-flat-button type="button" class="danger" [mat-dialog-close]="true" data-testid="confirm-ok">
        {{ data.confirm }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    .danger {
      --mat-button-filled-container-color: #a33a00;
      --mat-button-filled-label-text-color: #fff;
    }
  `,
})
export class ConfirmDialog {
  protected readonly data = inject<ConfirmData>(MAT_DIALOG_DATA);
}

/**
 * The ConfirmDialog as a function for a component's handlers: `private readonly confirm = injectConfirm();`, then
 * `if (!(await this.confirm(data))) return;`. Answers true only when confirmed.
 */
export function injectConfirm(): (data: ConfirmData) => Promise<boolean> {
  const dialog = inject(MatDialog);
  return async (data) =>
    (await firstValueFrom(
      dialog
        .open<ConfirmDialog, ConfirmData, boolean>(ConfirmDialog, { data, autoFocus: 'first-tabbable' })
        .afterClosed(),
    )) === true;
}
