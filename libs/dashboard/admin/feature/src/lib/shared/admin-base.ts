import { Directive, input } from '@angular/core';
import { AdminProjectView } from '@masswerk/dashboard/admin/data-access';
import { FormDialog as EditingFormDialog, RecordPage } from '@masswerk/dashboard/shared/editing';

/** One tab of the administration page, with the administration's messages (`admin.…`). */
@Directive()
export abstract class AdminTab extends RecordPage {
  protected readonly scope = 'admin';
  /** The project whose administration this is. */
  readonly project = input.required<AdminProjectView>();
}

/** A form dialog of the administration, with its messages (`admin.form.…`). */
@Directive()
export abstract class AdminFormDialog extends EditingFormDialog {
  protected readonly scope = 'admin';
  /** A name of nothing but blanks (`pattern`) is as missing as an empty one. */
  protected readonly blankMessages = { pattern: 'form.required' };
}
