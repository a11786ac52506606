import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  AdminApi,
  createGrantInput,
  GrantPhaseView,
  GrantValues,
  GrantView,
  updateGrantInput,
} from '@masswerk/dashboard/admin/data-access';
import { StateMessage, Notice } from '@masswerk/dashboard/shared/ui';
import { LanguageService, MwDatePipe, MwMoneyPipe, MwPercentPipe } from '@masswerk/dashboard/shared/util';
import { AdminTab } from '../shared/admin-base';
import { GrantDialog, GrantDialogData } from './grant.dialog';

/** The grants (Zusagen, Förderbescheide) of phases A and B. */
@Component({
  selector: 'mw-admin-grants',
  imports: [
    MwPercentPipe,
    MatButtonModule,
    MatIconModule,
    RouterLink,
    TranslocoPipe,
    StateMessage,
    MwDatePipe,
    MwMoneyPipe,
    Notice,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './grants.tab.html',
  styleUrls: ['../shared/tab.scss', './grants.tab.scss'],
})
export class GrantsTab extends AdminTab {
  private readonly api = inject(AdminApi);
  private readonly language = inject(LanguageService).language;

  protected readonly grants = rxResource({
    params: () => this.project().code,
    stream: ({ params }) => this.api.grants(params),
  });

  protected reload(): void {
    this.grants.reload();
  }

  protected async open(phase: GrantPhaseView, grant: GrantView | null): Promise<void> {
    const modelProjectId = this.project().id;
    const data: GrantDialogData = {
      item: grant,
      phase,
      save: (v: GrantValues) =>
        grant
          ? this.api.updateGrant(updateGrantInput(grant, v, this.language()))
          : this.api.createGrant(createGrantInput(modelProjectId, phase.phase, v, this.language())),
    };
    await this.openForm(GrantDialog, data, grant ? 'grants.updated' : 'grants.created', {
      phase: this.transloco.translate(`phase.${phase.phase}`),
    });
  }
}
