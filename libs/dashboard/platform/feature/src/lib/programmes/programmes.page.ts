import { ChangeDetectionStrategy, Component } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { provideTranslocoScope, TranslocoPipe } from '@jsverse/transloco';
import { ProgrammeView } from '@masswerk/dashboard/platform/data-access';
import { MwMoneyPipe, MwNumberPipe } from '@masswerk/dashboard/shared/util';
import { RecordListPage } from '../shared/platform-base';
import { RecordList, RecordRows, RowActions } from '../shared/record-list';
import { ProgrammeDialog, ProgrammeValues } from './programme.dialog';

/** Funding programmes with their figures: rates, caps and proof deadlines that apply to their projects. */
@Component({
  selector: 'mw-platform-programmes-page',
  imports: [TranslocoPipe, MwMoneyPipe, MwNumberPipe, RecordList, RecordRows, RowActions],
  providers: [provideTranslocoScope('platform')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mw-platform-record-list
      section="programmes"
      [notice]="notice()"
      addTestId="add-programme"
      tableTestId="programmes-table"
      [columns]="['name', 'rates', 'phaseACap', 'phaseAMeasuresCap', 'phaseBCap', 'proofs']"
      [numeric]="['rates', 'phaseACap', 'phaseAMeasuresCap', 'phaseBCap']"
      (add)="open(null)"
    >
      <ng-template [mwRecordRows]="records" let-list>
        <tbody>
          @for (p of list; track p.id) {
            <tr [attr.data-testid]="'programme-' + p.code">
              <th scope="row">
                {{ p.name }}
                @if (p.isDefault) {
                  <span class="tag">{{ 'platform.programmes.default' | transloco }}</span>
                }
                <br /><span class="muted">{{ p.code }} · {{ p.funder }}</span>
              </th>
              <td class="num">{{ p.standardRate | mwNumber }} % / {{ p.emergencyRate | mwNumber }} %</td>
              <td class="num">{{ p.phaseACap | mwMoney }}</td>
              <td class="num">{{ p.phaseAMeasuresCap | mwMoney }}</td>
              <td class="num">{{ p.phaseBCap | mwMoney }}</td>
              <td>
                {{
                  'platform.programmes.proofText'
                    | transloco: { a: p.proofMonthsA, b: p.proofMonthsB, interim: p.interimProofMonths }
                }}
              </td>
              <td class="row-actions">
                <mw-platform-row-actions [name]="p.name" [busy]="busy()" (edit)="open(p)" />
              </td>
            </tr>
          }
        </tbody>
      </ng-template>
    </mw-platform-record-list>
  `,
  styleUrl: '../shared/page.scss',
})
export class ProgrammesPage extends RecordListPage {
  protected readonly records = rxResource({ stream: () => this.api.programmes() });

  /** Code, name and funder stay once created. */
  protected open(p: ProgrammeView | null): void {
    const save = ({ code, name, funder, ...v }: ProgrammeValues) =>
      p
        ? this.api.updateProgramme({ id: p.id, version: p.version, ...v })
        : this.api.createProgramme({ code, name, funder, ...v });
    void this.openRecord(ProgrammeDialog, { item: p, save }, 'programmes.created');
  }
}
