import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

/**
 * The head of a data table, a column a translation key; columns of numbers are aligned to the right, and a last
 * column for the rows' buttons is headed "Aktionen" (`visible`) or says so only to screen readers (`hidden`):
 * `<thead [mwTableHead]="['funding.year', 'funding.planned']" [numeric]="['funding.planned']" actions="visible">`.
 */
@Component({
  // a part of a table must be the table's own element, or the table falls apart for browsers and screen readers
  // eslint-disable-next-line @angular-eslint/component-selector
  selector: 'thead[mwTableHead]',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <tr>
      @for (column of mwTableHead(); track column) {
        <th scope="col" [class.num]="numeric().includes(column)">{{ column | transloco }}</th>
      }
      @if (actions() === 'visible') {
        <th scope="col">{{ 'common.actions' | transloco }}</th>
      } @else if (actions() === 'hidden') {
        <th scope="col">
          <span class="cdk-visually-hidden">{{ 'common.actions' | transloco }}</span>
        </th>
      }
    </tr>
  `,
})
export class TableHead {
  /** Translation keys of the columns' headings. */
  readonly mwTableHead = input.required<readonly string[]>();
  /** The columns of numbers. */
  readonly numeric = input<readonly string[]>([]);
  readonly actions = input<'visible' | 'hidden' | null>(null);
}

/**
 * The one row of a table that has no records, its message across all columns (in the `@empty` of the rows' `@for`):
 * `<tr mwEmptyRow [columns]="5" message="funding.noCallOffs"></tr>`.
 */
@Component({
  // eslint-disable-next-line @angular-eslint/component-selector -- a row of the table itself (see TableHead)
  selector: 'tr[mwEmptyRow]',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<td [attr.colspan]="columns()">{{ message() | transloco }}</td>`,
})
export class EmptyRow {
  /** How many columns the table has. */
  readonly columns = input.required<number>();
  /** Translation key of the message. */
  readonly message = input.required<string>();
}
