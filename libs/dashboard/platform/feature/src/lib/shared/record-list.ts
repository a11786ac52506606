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
  signal,
  TemplateRef,
} from '@angular/core';
import { NgTemplateOutlet } from '@angular/common';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { Notice, NoticeValue, PageHeader, StateMessage, TableHead } from '@masswerk/dashboard/shared/ui';

/** One page of a longer list, as the API pages it. */
interface ListPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** The search and the cursor of a paged list; a new search starts again from the first page. */
export class PagedSearch {
  readonly search = signal('');
  readonly after = signal<string | null>(null);
  /** The parameters of the list's resource. */
  readonly params = () => ({ search: this.search(), after: this.after() });

  find(query: string): void {
    this.after.set(null);
    this.search.set(query.trim());
  }
}

const isListPage = (value: unknown): value is ListPage =>
  typeof value === 'object' && value !== null && 'totalCount' in value && 'pageInfo' in value;

/**
 * The body of a record table (and its head, unless the list has `columns`), given the loaded records: `<ng-template [mwRecordRows]="resource" let-list>`.
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
 * (with the search beside it, for a paged list), how the last change went, and the records as a table once loaded –
 * with their count and a button for more when they come in pages (`platform.<section>.count`, `.search`).
 */
@Component({
  selector: 'mw-platform-record-list',
  imports: [
    NgTemplateOutlet,
    FormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    TranslocoPipe,
    PageHeader,
    StateMessage,
    Notice,
    TableHead,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mw-page-header
      [eyebrow]="'nav.platform' | transloco"
      [title]="title() | transloco"
      [subtitle]="'platform.' + section() + '.intro' | transloco"
    />
    @if (addTestId(); as addId) {
      <div class="head spread">
        @if (paging()) {
          <ng-container *ngTemplateOutlet="searchForm" />
        } @else {
          <span></span>
        }
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
    } @else if (paging()) {
      <ng-container *ngTemplateOutlet="searchForm" />
    }
    <ng-template #searchForm>
      <form class="filters" role="search" (ngSubmit)="paging()?.find(query)">
        <mat-form-field subscriptSizing="dynamic">
          <mat-label>{{ 'platform.' + section() + '.search' | transloco }}</mat-label>
          <input matInput name="q" [(ngModel)]="query" [attr.data-testid]="searchTestId()" />
        </mat-form-field>
        <button mat-stroked-button type="submit">{{ 'platform.units.find' | transloco }}</button>
      </form>
    </ng-template>
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
          @if (head(); as head) {
            <thead [mwTableHead]="head.columns" [numeric]="head.numeric" actions="visible"></thead>
          }
          <ng-container *ngTemplateOutlet="rows().template; context: { $implicit: records.value() }" />
        </table>
      </div>
      @if (page()?.pageInfo; as info) {
        @if (info.hasNextPage) {
          <button mat-stroked-button type="button" (click)="more(info.endCursor)">
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
      margin-bottom: 1rem;
    }

    .table-wrap {
      overflow-x: auto;
    }

    .filters {
      display: flex;
      gap: 1rem;
      flex-wrap: wrap;
    }
  `,
})
export class RecordList {
  /** The page's key among the platform's translations: `clusters`, `costs`, … */
  readonly section = input.required<string>();
  readonly notice = input<NoticeValue | null>(null);
  readonly tableTestId = input.required<string>();
  /** The table's columns (`platform.<section>.<column>`), before the actions; without them, the rows bring a head. */
  readonly columns = input<readonly string[]>();
  /** The columns of numbers, aligned to the right. */
  readonly numeric = input<readonly string[]>([]);
  /** Without it, no add button. */
  readonly addTestId = input<string>();
  readonly addDisabled = input(false);
  readonly add = output<void>();
  /** For a paged list: its search and cursor, set by the search form and the button for more. */
  readonly paging = input<PagedSearch>();
  readonly searchTestId = input<string>();
  protected query = '';

  protected more(cursor: string | null): void {
    this.paging()?.after.set(cursor);
  }

  protected readonly rows = contentChild.required(RecordRows);
  protected readonly title = computed(() => `platform.${this.section()}.title`);
  /** The head's translation keys, when the list has columns. */
  protected readonly head = computed(() => {
    const columns = this.columns();
    const key = (column: string) => `platform.${this.section()}.${column}`;
    return columns ? { columns: columns.map(key), numeric: this.numeric().map(key) } : null;
  });
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
