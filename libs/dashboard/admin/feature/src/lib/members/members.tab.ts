import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { Router } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  AdminApi,
  projectUnits,
  canToggleDisabled,
  InvitationView,
  inviteMemberInput,
  isLastAdmin,
  isOpenInvitation,
  MemberView,
  membershipUpdate,
  NewMemberValues,
} from '@masswerk/dashboard/admin/data-access';
import { SessionStore } from '@masswerk/dashboard/shared/data-access';
import { TableHead, EmptyRow, Notice, LoadState } from '@masswerk/dashboard/shared/ui';
import { ROLES } from '@masswerk/shared/domain';
import { MwDateTimePipe } from '@masswerk/dashboard/shared/util';
import { AdminTab } from '../shared/admin-base';
import { MemberDialog, MemberDialogData } from './member.dialog';
import { TabHead } from '../shared/tab-head';

/** The people of the project with their roles: invite, change role and municipality, remove, disable accounts. */
@Component({
  selector: 'mw-admin-members',
  imports: [
    TabHead,
    TableHead,
    EmptyRow,
    MatButtonModule,
    MatIconModule,
    TranslocoPipe,
    LoadState,
    MwDateTimePipe,
    Notice,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './members.tab.html',
  styleUrl: '../shared/tab.scss',
})
export class MembersTab extends AdminTab {
  private readonly api = inject(AdminApi);
  private readonly router = inject(Router);
  private readonly session = inject(SessionStore);
  protected readonly viewer = this.session.user;
  protected readonly roles = ROLES;

  protected readonly members = rxResource({
    params: () => this.project().id,
    stream: ({ params }) => this.api.members(params),
  });
  protected readonly invitations = rxResource({
    params: () => this.project().id,
    stream: ({ params }) => this.api.invitations(params),
  });
  protected readonly isOpen = isOpenInvitation;
  /** Municipalities an editor can answer for: the lead body and the member municipalities. */
  protected readonly units = computed(() => projectUnits(this.project()));

  protected reload(): void {
    this.members.reload();
    this.invitations.reload();
  }

  protected canToggle(member: MemberView): boolean {
    return canToggleDisabled(this.viewer(), member);
  }

  /** Changing one's own membership can end one's administration of the project (platform administrators keep it). */
  private losesAccess(member: MemberView): boolean {
    const viewer = this.viewer();
    return !!viewer && viewer.id === member.user.id && !viewer.isPlatformAdmin;
  }

  /** After giving up one's own administration: the session learns the new role, and the page is left. */
  private async leave(): Promise<void> {
    await this.session.load();
    await this.router.navigate(['/projekte', this.project().code]);
  }

  protected async add(): Promise<void> {
    const projectId = this.project().id;
    let email = '';
    const data: MemberDialogData = {
      item: null,
      units: this.units(),
      lastAdmin: false,
      self: false,
      save: (values: NewMemberValues) => {
        email = values.email.trim();
        return this.api.invite(inviteMemberInput(projectId, values));
      },
    };
    await this.openForm(MemberDialog, data, 'members.added', () => ({ email }));
  }

  protected async edit(member: MemberView): Promise<void> {
    let role = member.role;
    const data: MemberDialogData = {
      item: member,
      units: this.units(),
      lastAdmin: isLastAdmin(member, this.members.value() ?? []),
      self: this.losesAccess(member),
      save: async (values) => {
        const input = membershipUpdate(member, values);
        role = values.role;
        if (input) await this.api.updateMembership(input);
      },
    };
    const result = await this.openForm(MemberDialog, data, 'members.updated', { name: member.user.displayName });
    if (result === 'saved' && role !== 'ADMIN' && this.losesAccess(member)) await this.leave();
  }

  protected async remove(member: MemberView): Promise<void> {
    const name = member.user.displayName;
    const self = this.losesAccess(member);
    const removed = await this.confirmThen(
      {
        title: this.t('members.removeTitle', { name }),
        message: this.t(self ? 'members.removeSelfText' : 'members.removeText', { name, project: this.project().name }),
        confirm: this.t('members.remove'),
      },
      () => this.api.removeMembership(member.id, member.version),
      this.t('members.removed', { name }),
    );
    if (removed && self) await this.leave();
  }

  protected async resend(invitation: InvitationView): Promise<void> {
    await this.act(
      () => this.api.resendInvitation(invitation.id, invitation.version),
      this.t('members.resent', { email: invitation.email }),
    );
  }

  protected async revoke(invitation: InvitationView): Promise<void> {
    await this.confirmThen(
      {
        title: this.t('members.revokeTitle', { email: invitation.email }),
        message: this.t('members.revokeText'),
        confirm: this.t('members.revoke'),
      },
      () => this.api.revokeInvitation(invitation.id, invitation.version),
      this.t('members.revoked', { email: invitation.email }),
    );
  }

  protected async toggleDisabled(member: MemberView): Promise<void> {
    const name = member.user.displayName;
    const disable = !member.user.disabled;
    if (disable) {
      const confirmed = await this.confirm({
        title: this.t('members.disableTitle', { name }),
        message: this.t('members.disableText', { name }),
        confirm: this.t('members.disable'),
      });
      if (!confirmed) return;
    }
    await this.act(
      () => this.api.setUserDisabled({ userId: member.user.id, disabled: disable, version: member.user.version }),
      this.t(disable ? 'members.disabled' : 'members.enabled', { name }),
    );
  }
}
