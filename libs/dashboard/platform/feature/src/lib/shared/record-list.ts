import {
  ChangeDetectionStrategy,
  Component,
  computed,
  contentChild,
  Directive,
  inject,
  input,
  output,
  Resource,
  TemplateRef,
} from '@angular/core';
import { NgTemplateOutlet } from '@angular/common';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';
import { Notice, NoticeValue, PageHeader, StateMessage } from '@masswerk/dashboard/shared/ui';

/** One page of a longer list, as the API pages it. */
interface ListPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const isListPage = (value: unknown): value is ListPage =>
  typeof value === 'object' && value !== null && 'totalCount' in value && 'pageInfo' in value;

/**
 * The head and body of a record table, given the loaded records: `<ng-template [mwRecordRows]="resource" let-list>`.
 * The resource is the list's; the template's `list` is typed by it.
 */
@Directive({ selector: 'ng-template[mwRecordRows]' })
export class RecordRows<T> {
  readonly mwRecordRows = input.required<Resource<T | undefined>>();
  readonly template = inject<TemplateRef<{ $implicit: T }>>(TemplateRef);

  static ngTemplateContextGuard<T>(_dir: RecordRows<T>, _context: unknown): _context is { $implicit: T } {
    return true;
  }
}

/**
 * A platform page of records (`platform.<section>.title`, `.intro`, `.add`): the header, the button that adds one
 * (with the filters, if any, beside it), how the last change went, and the records as a table once loaded – with
 * their count and a button for more when they come in pages (`platform.<section>.count`).
 */
@Component({
  selector: 'mw-platform-record-list',
  imports: [NgTemplateOutlet, MatButtonModule, MatIconModule, TranslocoPipe, PageHeader, StateMessage, Notice],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mw-page-header
      [eyebrow]="'nav.platform' | transloco"
      [title]="title() | transloco"
      [subtitle]="'platform.' + section() + '.intro' | transloco"
    />
    @if (addTestId(); as addId) {
      <div class="head">
        <ng-content select="[filters]"><span></span></ng-content>
        <button
          mat-flat-button
          type="button"
          [disabled]="addDisabled()"
          (click)="add.emit()"
          [attr.data-testid]="addId"
        >
          <mat-icon aria-hidden="true">add</mat-icon>{{ 'platform.' + section() + '.add' | transloco }}
        </button>
      </div>
    } @else {
      <ng-content select="[head]" />
    }
    <mw-notice [notice]="notice()" />
    @let records = rows().mwRecordRows();
    @if (records.error()) {
      <mw-state kind="error" [message]="'common.loadError' | transloco" />
    } @else if (records.hasValue()) {
      @if (page(); as p) {
        <p class="muted" aria-live="polite">
          {{ 'platform.' + section() + '.count' | transloco: { count: p.totalCount } }}
        </p>
      }
      <div class="table-wrap">
        <table class="data" [attr.data-testid]="tableTestId()">
          <caption class="cdk-visually-hidden">
            {{
              title() | transloco
            }}
          </caption>
          <ng-container *ngTemplateOutlet="rows().template; context: { $implicit: records.value() }" />
        </table>
      </div>
      @if (page()?.pageInfo; as info) {
        @if (info.hasNextPage) {
          <button mat-stroked-button type="button" (click)="more.emit(info.endCursor)">
            {{ 'platform.accounts.more' | transloco }}
          </button>
        }
      }
    } @else {
      <mw-state kind="loading" [message]="'common.loading' | transloco" />
    }
  `,
  styles: `
    :host {
      display: block;
    }

    .head {
      display: flex;
      justify-content: space-between;
      align-items: flex-start;
      gap: 1rem;
      flex-wrap: wrap;
      margin-bottom: 1rem;
    }

    .table-wrap {
      overflow-x: auto;
    }
  `,
})
export class RecordList {
  /** The page's key among the platform's translations: `clusters`, `costs`, … */
  readonly section = input.required<string>();
  readonly notice = input<NoticeValue | null>(null);
  readonly tableTestId = input.required<string>();
  /** Without it, no add button (and the `head` content stands in its place). */
  readonly addTestId = input<string>();
  readonly addDisabled = input(false);
  readonly add = output<void>();
  /** The cursor after the records shown, to load the next page. */
  readonly more = output<string | null>();

  protected readonly rows = contentChild.required(RecordRows);
  protected readonly title = computed(() => `platform.${this.section()}.title`);
  protected readonly page = computed(() => {
    const records: Resource<unknown> = this.rows().mwRecordRows();
    const value = records.hasValue() ? records.value() : null;
    return isListPage(value) ? value : null;
  });
}

/** Edit and delete buttons of a record's row, named with the record for screen readers; `ng-content` comes first. */
@Component({
  selector: 'mw-platform-row-actions',
  imports: [MatButtonModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-content />
    <button
      mat-button
      type="button"
      (click)="edit.emit()"
      [attr.aria-label]="'platform.editNamed' | transloco: { name: name() }"
    >
      {{ 'platform.edit' | transloco }}
    </button>
    @if (removable()) {
      <button
        mat-button
        type="button"
        [disabled]="busy()"
        (click)="remove.emit()"
        [attr.aria-label]="'platform.deleteNamed' | transloco: { name: name() }"
      >
        {{ 'platform.delete' | transloco }}
      </button>
    }
  `,
})
export class RowActions {
  /** The record's name, for the buttons' accessible names. */
  readonly name = input.required<string>();
  readonly busy = input(false);
  /** Whether the record can be deleted here. */
  readonly removable = input(false);
  readonly edit = output<void>();
  readonly remove = output<void>();
}
