import { ChangeDetectionStrategy, Component, inject, input, ViewEncapsulation } from '@angular/core';
import { FormGroupDirective } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule } from '@angular/material/dialog';
import { TranslocoPipe } from '@jsverse/transloco';

/**
 * The frame of a form dialog: heading, the fields (projected), the general error above the buttons, Cancel and Save.
 * The form directive sits on the frame itself, so that the projected fields find it; the frame's native form hands
 * its submit to it: `<mw-form-dialog [formGroup]="form" (ngSubmit)="submit()" [heading]="…" [error]="error()"
 * [busy]="busy()" saveTestId="…">fields</mw-form-dialog>`.
 *
 * The fields belong to the dialog's template, so its layout classes (`row`, `full`, `hint`, `warning`, `muted`,
 * fieldsets) are styled here without encapsulation, every rule below `mw-form-dialog`.
 */
@Component({
  selector: 'mw-form-dialog',
  imports: [MatDialogModule, MatButtonModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  encapsulation: ViewEncapsulation.None,
  template: `
    <form novalidate (submit)="send($event)">
      <h2 mat-dialog-title>{{ heading() }}</h2>
      <mat-dialog-content>
        <ng-content />
        @if (error()) {
          <p class="dialog-error" role="alert">{{ error() }}</p>
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | transloco }}</button>
        <button mat-flat-button type="submit" [disabled]="busy()" [attr.data-testid]="saveTestId()">
          {{ saveLabel() ?? ('common.save' | transloco) }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styleUrl: './form-dialog-frame.scss',
})
export class FormDialogFrame {
  readonly heading = input.required<string>();
  /** A reason of the API that belongs to no field. */
  readonly error = input<string | null>(null);
  readonly busy = input(false);
  readonly saveTestId = input.required<string>();
  /** The label of the submit button; "Speichern" unless given. */
  readonly saveLabel = input<string>();
  private readonly formDirective = inject(FormGroupDirective);

  protected send(event: Event): void {
    // handled here, once: the form directive on the host would otherwise see the bubbling event a second time
    event.stopPropagation();
    event.preventDefault();
    this.formDirective.onSubmit(event);
  }
}
