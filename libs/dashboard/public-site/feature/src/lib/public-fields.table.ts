import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { ProgressBar, TableScroll } from '@masswerk/dashboard/shared/ui';

/** A field of action with its released figures, as the public pages list them. */
export interface PublicFieldFigures {
  name: string;
  measureCount: number;
  averageProgress?: number | null;
}

/**
 * The fields of action of a public page with the number of their published measures and their mean progress; a
 * field's name links to the project's measure list filtered by it (and by `municipality` where given).
 */
@Component({
  selector: 'mw-public-fields',
  imports: [RouterLink, TranslocoPipe, ProgressBar, TableScroll],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mw-table-scroll [label]="'publicSite.fieldsOfAction' | transloco">
      <table class="data" [attr.data-testid]="testId()">
        <caption class="cdk-visually-hidden">
          {{
            'publicSite.fieldsOfAction' | transloco
          }}
        </caption>
        <thead>
          <tr>
            <th scope="col">{{ 'publicSite.fieldOfAction' | transloco }}</th>
            <th scope="col" class="num">{{ 'publicSite.measures' | transloco }}</th>
            <th scope="col">{{ 'publicSite.averageProgress' | transloco }}</th>
          </tr>
        </thead>
        <tbody>
          @for (f of fields(); track f.name) {
            <tr>
              <td>
                @if (f.measureCount) {
                  <a
                    [routerLink]="['/oeffentlich', projectCode(), 'massnahmen']"
                    [queryParams]="
                      municipality() ? { kommune: municipality(), handlungsfeld: f.name } : { handlungsfeld: f.name }
                    "
                    >{{ f.name }}</a
                  >
                } @else {
                  {{ f.name }}
                }
              </td>
              <td class="num">{{ f.measureCount }}</td>
              <td>
                @if (f.averageProgress !== null && f.averageProgress !== undefined) {
                  <mw-progress [value]="f.averageProgress" [label]="'publicSite.averageProgress' | transloco" />
                } @else {
                  –
                }
              </td>
            </tr>
          }
        </tbody>
      </table>
    </mw-table-scroll>
  `,
  styles: `
    .num {
      text-align: right;
    }
  `,
})
export class PublicFieldsTable {
  readonly fields = input.required<readonly PublicFieldFigures[]>();
  readonly projectCode = input.required<string>();
  /** The ARS of a municipality the links also filter by. */
  readonly municipality = input<string | null>(null);
  readonly testId = input('public-fields');
}
