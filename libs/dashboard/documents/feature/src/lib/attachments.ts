import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { DocumentOwnerType } from '@masswerk/dashboard/shared/data-access';
import { injectProblemOf } from '@masswerk/dashboard/shared/data-access';
import { injectConfirm } from '@masswerk/dashboard/shared/ui';
import { LanguageService } from '@masswerk/dashboard/shared/util';
import { DocumentsApi } from './documents.api';

let nextId = 0;

/** What the list needs of a document; pages ask for these fields of `documents` in their own queries. */
export interface AttachedDocument {
  id: string;
  fileName: string;
  sizeBytes: number;
  downloadUrl: string;
}

/**
 * The documents of one record: links to download them, and for those who may change the record a button to attach a
 * file (a real file input with a visible label) and one to delete each, after a confirmation. Errors of the API
 * (a file too large, of a kind not kept) are shown beside it and read out by screen readers.
 */
@Component({
  selector: 'mw-attachments',
  imports: [MatButtonModule, MatIconModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="attachments" data-testid="attachments">
      @if (documents().length) {
        <ul class="list" [attr.aria-label]="'documents.listOf' | transloco: { owner: label() }">
          @for (d of documents(); track d.id) {
            <li>
              <a [href]="d.downloadUrl" download data-testid="document-link">
                <mat-icon aria-hidden="true">description</mat-icon><span>{{ d.fileName }}</span></a
              >
              <span class="size">({{ size(d.sizeBytes) }})</span>
              @if (canEdit()) {
                <button
                  mat-icon-button
                  type="button"
                  (click)="remove(d)"
                  [disabled]="busy()"
                  [attr.aria-label]="'documents.remove' | transloco: { name: d.fileName }"
                  data-testid="document-remove"
                >
                  <mat-icon>delete</mat-icon>
                </button>
              }
            </li>
          }
        </ul>
      } @else if (!canEdit()) {
        <span class="none">{{ 'documents.none' | transloco }}</span>
      }
      @if (canEdit()) {
        <input
          #file
          class="cdk-visually-hidden"
          type="file"
          [id]="inputId"
          accept=".pdf,.png,.jpg,.jpeg,.gif,.webp,.tif,.tiff,.docx,.xlsx,.pptx,.odt,.ods,.odp"
          (change)="upload(file)"
          [disabled]="busy()"
          data-testid="document-input"
        />
        <label [for]="inputId" class="upload" [class.busy]="busy()" data-testid="document-upload">
          <mat-icon aria-hidden="true">attach_file</mat-icon>
          <span>{{ (compact() ? 'documents.attachShort' : 'documents.attach') | transloco }}</span
          ><span class="cdk-visually-hidden">: {{ label() }}</span>
        </label>
      }
      <p class="problem" role="alert" aria-live="assertive" data-testid="document-problem">{{ problem() }}</p>
    </div>
  `,
  styles: `
    .attachments {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25rem 0.75rem;
    }
    .list {
      list-style: none;
      margin: 0;
      padding: 0;
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1rem;
    }
    .list li {
      display: inline-flex;
      align-items: center;
      gap: 0.25rem;
    }
    a,
    .upload {
      display: inline-flex;
      align-items: center;
      gap: 0.25rem;
      overflow-wrap: anywhere;
    }
    a mat-icon,
    .upload mat-icon {
      flex: none;
      font-size: 18px;
      width: 18px;
      height: 18px;
    }
    .size,
    .none {
      color: #4d4d4d;
      font-size: 0.875em;
    }
    .upload {
      cursor: pointer;
      color: #0b5394;
      text-decoration: underline;
      padding: 0.25rem 0;
    }
    input:focus-visible + .upload {
      outline: 2px solid #0b5394;
      outline-offset: 2px;
    }
    .upload.busy {
      cursor: progress;
      opacity: 0.7;
    }
    .problem {
      color: #a31515;
      margin: 0;
      flex-basis: 100%;
    }
    .problem:empty {
      display: none;
    }
  `,
})
export class Attachments {
  readonly ownerType = input.required<DocumentOwnerType>();
  readonly ownerId = input.required<string>();
  /** What the record is called, for screen readers ("Ausgabe Lizenz vom 02.03.2026"). */
  readonly label = input.required<string>();
  readonly documents = input.required<readonly AttachedDocument[]>();
  readonly canEdit = input(false);
  /** In a table row: the upload button says just "Anhängen". */
  readonly compact = input(false);
  /** After an upload or a delete: the page reloads the record's documents. */
  readonly changed = output<void>();

  private readonly api = inject(DocumentsApi);
  private readonly transloco = inject(TranslocoService);
  private readonly problemOf = injectProblemOf();
  private readonly confirm = injectConfirm();
  protected readonly inputId = `mw-attachment-${nextId++}`;
  protected readonly busy = signal(false);
  private readonly language = inject(LanguageService).language;
  private readonly error = signal<unknown>(null);
  /** The refusal in the dashboard's language, worded again when the language changes. */
  protected readonly problem = computed(() => {
    this.language();
    const error = this.error();
    return error ? this.problemOf(error).message : '';
  });

  protected size(bytes: number): string {
    const language = this.language() === 'en' ? 'en-GB' : 'de-DE';
    if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024)).toLocaleString(language)} KB`;
    return `${(bytes / 1_048_576).toLocaleString(language, { maximumFractionDigits: 1 })} MB`;
  }

  protected async upload(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    await this.run(() => this.api.upload(this.ownerType(), this.ownerId(), file));
  }

  protected async remove(document: AttachedDocument): Promise<void> {
    const confirmed = await this.confirm({
      title: this.transloco.translate('documents.removeTitle'),
      message: this.transloco.translate('documents.removeMessage', { name: document.fileName }),
      confirm: this.transloco.translate('documents.removeConfirm'),
    });
    if (confirmed) await this.run(() => this.api.delete(document.id));
  }

  private async run(action: () => Promise<unknown>): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    try {
      await action();
      this.changed.emit();
    } catch (error) {
      this.error.set(error);
    } finally {
      this.busy.set(false);
    }
  }
}
