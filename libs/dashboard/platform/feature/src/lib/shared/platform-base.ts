import { Directive } from '@angular/core';
import { FormDialog, RecordPage } from '@masswerk/dashboard/shared/editing';

/** One page of managed records, with the platform's messages (`platform.…`). */
@Directive()
export abstract class RecordListPage extends RecordPage {
  protected readonly scope = 'platform';
}

/** A form dialog of the platform, with its messages (`platform.form.…`). */
@Directive()
export abstract class RecordDialog extends FormDialog {
  protected readonly scope = 'platform';
}
