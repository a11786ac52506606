import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { provideTranslocoScope, TranslocoPipe } from '@jsverse/transloco';
import { AccountView } from '@masswerk/dashboard/platform/data-access';
import { SessionStore } from '@masswerk/dashboard/shared/data-access';
import { MwDateTimePipe } from '@masswerk/dashboard/shared/util';
import { RecordListPage } from '../shared/platform-base';
import { PagedSearch, RecordList, RecordRows } from '../shared/record-list';
import { EmptyRow } from '@masswerk/dashboard/shared/ui';

const PAGE = 50;

/** Every account of the installation: who has which roles, when they last signed in; disable and enable. */
@Component({
  selector: 'mw-platform-accounts-page',
  imports: [EmptyRow, MatButtonModule, TranslocoPipe, MwDateTimePipe, RecordList, RecordRows],
  providers: [provideTranslocoScope('platform')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mw-platform-record-list
      section="accounts"
      [notice]="notice()"
      tableTestId="accounts-table"
      [columns]="['person', 'roles', 'lastSignIn', 'state']"
      [paging]="paging"
      searchTestId="account-search"
    >
      <ng-template [mwRecordRows]="records" let-page>
        <tbody>
          @for (a of page.nodes; track a.id) {
            <tr [attr.data-testid]="'account-' + a.email">
              <th scope="row">
                {{ a.displayName }}
                @if (a.isPlatformAdmin) {
                  <span class="tag">{{ 'nav.platform' | transloco }}</span>
                }
                <br /><span class="muted">{{ a.email }}</span>
              </th>
              <td>
                @for (m of a.memberships; track m.id; let last = $last) {
                  {{ m.modelProject.code }}: {{ 'role.' + m.role | transloco }}{{ last ? '' : ', ' }}
                } @empty {
                  –
                }
              </td>
              <td>{{ a.lastSignInAt ? (a.lastSignInAt | mwDateTime) : '–' }}</td>
              <td>
                {{ (a.disabled ? 'platform.accounts.disabled' : 'platform.accounts.enabled') | transloco }}
              </td>
              <td class="row-actions">
                @if (a.id !== viewerId()) {
                  <button
                    mat-button
                    type="button"
                    [disabled]="busy()"
                    (click)="toggle(a)"
                    [attr.data-testid]="'toggle-' + a.email"
                    [attr.aria-label]="
                      (a.disabled ? 'platform.accounts.enableNamed' : 'platform.accounts.disableNamed')
                        | transloco: { name: a.displayName }
                    "
                  >
                    {{ (a.disabled ? 'platform.accounts.enable' : 'platform.accounts.disable') | transloco }}
                  </button>
                  @if (!a.disabled) {
                    <button
                      mat-button
                      type="button"
                      [disabled]="busy()"
                      (click)="sendReset(a)"
                      [attr.data-testid]="'reset-' + a.email"
                      [attr.aria-label]="'platform.accounts.resetNamed' | transloco: { name: a.displayName }"
                    >
                      {{ 'platform.accounts.reset' | transloco }}
                    </button>
                  }
                }
              </td>
            </tr>
          } @empty {
            <tr mwEmptyRow [columns]="5" message="platform.accounts.empty"></tr>
          }
        </tbody>
      </ng-template>
    </mw-platform-record-list>
  `,
  styleUrl: '../shared/page.scss',
})
export class AccountsPage extends RecordListPage {
  private readonly session = inject(SessionStore);
  protected readonly viewerId = () => this.session.user()?.id;
  protected readonly paging = new PagedSearch();
  protected readonly records = rxResource({
    params: this.paging.params,
    stream: ({ params }) => this.api.accounts(params.search, PAGE, params.after),
  });

  protected toggle(a: AccountView): void {
    const disable = !a.disabled;
    void this.confirmThen(
      {
        title: this.t(disable ? 'accounts.disableTitle' : 'accounts.enableTitle', { name: a.displayName }),
        message: this.t(disable ? 'accounts.disableMessage' : 'accounts.enableMessage'),
        confirm: this.t(disable ? 'accounts.disable' : 'accounts.enable'),
      },
      () => this.api.setUserDisabled(a.id, a.version, disable),
      this.t(disable ? 'accounts.disabledDone' : 'accounts.enabledDone', { name: a.displayName }),
    );
  }

  protected sendReset(a: AccountView): void {
    void this.confirmThen(
      {
        title: this.t('accounts.resetTitle', { name: a.displayName }),
        message: this.t('accounts.resetMessage', { email: a.email }),
        confirm: this.t('accounts.reset'),
      },
      () => this.api.sendPasswordReset(a.id),
      this.t('accounts.resetDone', { name: a.displayName }),
    );
  }
}
