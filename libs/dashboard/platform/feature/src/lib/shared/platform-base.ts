import { ComponentType } from '@angular/cdk/portal';
import { Directive, inject } from '@angular/core';
import { PlatformApi } from '@masswerk/dashboard/platform/data-access';
import { FormDialog, FormDialogData, FormDialogResult, RecordPage } from '@masswerk/dashboard/shared/editing';

/** One page of managed records, with the platform's messages (`platform.…`). */
@Directive()
export abstract class RecordListPage extends RecordPage {
  protected readonly scope = 'platform';
  protected readonly api = inject(PlatformApi);
  /** The page's records, as loaded. */
  protected abstract readonly records: { reload(): unknown };

  protected reload(): void {
    this.records.reload();
  }

  /** Opens a record's dialog: for a new record (`createdKey` on success) when the data has no item, else "saved". */
  protected openRecord<T, V, C>(
    component: ComponentType<C>,
    data: FormDialogData<T, V>,
    createdKey: string,
  ): Promise<FormDialogResult> {
    return this.openForm(component, data, data.item ? 'saved' : createdKey);
  }

  /** Asks before deleting the record `name` (`platform.<section>.deleteTitle`, `.deleteMessage`), then deletes it. */
  protected removeRecord(section: string, name: string, remove: () => Promise<unknown>): Promise<boolean> {
    return this.confirmThen(
      {
        title: this.t(`${section}.deleteTitle`, { name }),
        message: this.t(`${section}.deleteMessage`),
        confirm: this.t('delete'),
      },
      remove,
      this.t('deleted', { name }),
    );
  }
}

/** A form dialog of the platform, with its messages (`platform.form.…`). */
@Directive()
export abstract class RecordDialog extends FormDialog {
  protected readonly scope = 'platform';
}
