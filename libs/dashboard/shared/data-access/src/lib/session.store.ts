import { computed, inject, Injectable, signal } from '@angular/core';
import { Actor, Role } from '@masswerk/shared/domain';
import {
  AcceptInvitationWithNewAccountDocument,
  SessionViewerFragment,
  SetMyLanguageDocument,
  SignInDocument,
  SignOutDocument,
  ViewerDocument,
} from './session.generated';
import { GraphqlClient } from './graphql-client';
import { apiLanguage, uiLanguage } from './api-language';
import { LanguageService, type UiLanguage } from '@masswerk/dashboard/shared/util';

export interface SessionMembership {
  role: Role;
  project: { id: string; code: string; name: string };
  unitName: string | null;
}

export interface SessionUser {
  id: string;
  email: string;
  displayName: string;
  isPlatformAdmin: boolean;
  /** What Maßwerk writes to the person in (reminders, digests). */
  language: UiLanguage;
}

/** Who is signed in, with their project roles; the dashboard hides what the API would refuse. */
@Injectable({ providedIn: 'root' })
export class SessionStore {
  private readonly client = inject(GraphqlClient);
  private readonly languages = inject(LanguageService);
  private readonly state = signal<{ loaded: boolean; user: SessionUser | null; memberships: SessionMembership[] }>({
    loaded: false,
    user: null,
    memberships: [],
  });

  readonly loaded = computed(() => this.state().loaded);
  readonly user = computed(() => this.state().user);
  readonly memberships = computed(() => this.state().memberships);
  readonly signedIn = computed(() => this.state().user !== null);
  /** The same access rules as the API, for showing only what the user may do. */
  readonly actor = computed(() => {
    const { user, memberships } = this.state();
    if (!user) return Actor.anonymous();
    return new Actor(
      user.id,
      user.displayName,
      user.isPlatformAdmin,
      memberships.map((m) => ({ projectId: m.project.id, role: m.role, unitId: null })),
      [],
    );
  });

  async load(): Promise<void> {
    try {
      const { viewer } = await this.client.run(ViewerDocument);
      this.apply(viewer);
    } catch {
      this.apply(null);
    }
  }

  async signIn(email: string, password: string): Promise<void> {
    const { signIn } = await this.client.run(SignInDocument, { input: { email, password } });
    this.apply(signIn);
    await this.adoptLanguage();
  }

  /** A browser without a language of its own shows the dashboard in the signed-in person's. */
  async adoptLanguage(): Promise<void> {
    const user = this.state().user;
    if (user) await this.languages.adopt(user.language);
  }

  /** Accepts an invitation from its link with a new account; the answer is a session, as after signing in. */
  async acceptInvitationWithNewAccount(token: string, displayName: string, password: string): Promise<void> {
    const { acceptInvitationWithNewAccount } = await this.client.run(AcceptInvitationWithNewAccountDocument, {
      input: { token, displayName, password },
    });
    this.apply(acceptInvitationWithNewAccount);
    await this.adoptLanguage();
  }

  async signOut(): Promise<void> {
    await this.client.run(SignOutDocument).catch(() => undefined);
    this.apply(null);
  }

  /**
   * Keeps the signed-in person's language (the dashboard's switch, the account page): reminders and digests are then
   * written in it. Nothing to keep when nobody is signed in.
   */
  async setLanguage(language: UiLanguage): Promise<void> {
    const user = this.state().user;
    if (!user || user.language === language) return;
    const { setMyLanguage } = await this.client.run(SetMyLanguageDocument, { language: apiLanguage(language) });
    this.state.update((state) =>
      state.user ? { ...state, user: { ...state.user, language: uiLanguage(setMyLanguage.language) } } : state,
    );
  }

  roleIn(projectId: string): Role | null {
    return this.actor().roleIn(projectId);
  }

  private apply(viewer: SessionViewerFragment | null): void {
    this.state.set({
      loaded: true,
      user: viewer
        ? {
            ...viewer.user,
            isPlatformAdmin: viewer.user.isPlatformAdmin === true,
            language: uiLanguage(viewer.user.language),
          }
        : null,
      memberships: (viewer?.memberships ?? []).map((m) => ({
        role: m.role as Role,
        project: m.modelProject,
        unitName: m.territorialUnit?.name ?? null,
      })),
    });
  }
}
