import { BreakpointObserver } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, computed, inject, viewChild } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatListModule } from '@angular/material/list';
import { MatMenuModule } from '@angular/material/menu';
import { MatSidenav, MatSidenavModule } from '@angular/material/sidenav';
import { MatToolbarModule } from '@angular/material/toolbar';
import { NavigationEnd, Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { filter, map } from 'rxjs';
import { PlatformApi } from '@masswerk/dashboard/platform/data-access';
import { InstallationStore, SessionStore } from '@masswerk/dashboard/shared/data-access';
import { LegalLinks } from '@masswerk/dashboard/shared/ui';
import { LanguageService } from '@masswerk/dashboard/shared/util';

/** The pages under /plattform, in the order the navigation lists them. */
export const PLATFORM_PAGES = [
  { path: 'modellprojekte', icon: 'hub', label: 'nav.platformProjects' },
  { path: 'cluster', icon: 'workspaces', label: 'nav.platformClusters' },
  { path: 'foerderprogramme', icon: 'account_balance', label: 'nav.platformProgrammes' },
  { path: 'gebiete', icon: 'map', label: 'nav.platformUnits' },
  { path: 'kostenkategorien', icon: 'category', label: 'nav.platformCostCategories' },
  { path: 'konten', icon: 'manage_accounts', label: 'nav.platformAccounts' },
  { path: 'postausgang', icon: 'outbox', label: 'nav.outbox' },
] as const;

/**
 * The pages of a model project, in the order the navigation lists them: `''` is its overview; `admin` pages only for
 * those who administer the project (its project office and platform administrators, who alone change its plan and
 * may import it).
 */
export const PROJECT_PAGES = [
  { path: '', icon: 'insights', label: 'nav.overview', admin: false },
  { path: 'massnahmen', icon: 'checklist', label: 'nav.measures', admin: false },
  { path: 'zeitplan', icon: 'view_timeline', label: 'nav.roadmap', admin: false },
  { path: 'finanzen', icon: 'euro', label: 'nav.funding', admin: false },
  { path: 'berichtsrunden', icon: 'assignment_turned_in', label: 'nav.rounds', admin: false },
  { path: 'import', icon: 'upload_file', label: 'nav.import', admin: true },
  { path: 'verwaltung', icon: 'settings', label: 'nav.admin', admin: true },
] as const;

/** The project code of an address under /projekte/<code>, if any (not the cluster comparison). */
export function projectCodeOf(url: string): string | null {
  const match = /^\/projekte\/([^/?#]+)/.exec(url);
  if (!match || match[1] === 'cluster') return null;
  return decodeURIComponent(match[1]);
}

/** The frame around every signed-in page: skip link, top bar, navigation, main landmark. */
import { NotificationBell } from './notification-bell';
@Component({
  selector: 'mw-shell',
  imports: [
    MatToolbarModule,
    MatSidenavModule,
    MatListModule,
    MatIconModule,
    MatButtonModule,
    MatMenuModule,
    RouterOutlet,
    RouterLink,
    RouterLinkActive,
    TranslocoPipe,
    NotificationBell,
    LegalLinks,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './shell.html',
  styleUrl: './shell.scss',
})
export class Shell {
  protected readonly session = inject(SessionStore);
  protected readonly language = inject(LanguageService);
  protected readonly installation = inject(InstallationStore);
  private readonly router = inject(Router);
  private readonly platform = inject(PlatformApi);
  private readonly sidenav = viewChild.required(MatSidenav);
  protected readonly narrow = toSignal(
    inject(BreakpointObserver)
      .observe('(max-width: 960px)')
      .pipe(map((r) => r.matches)),
    { initialValue: false },
  );
  /** "Meine Maßnahmen" is for those who answer for measures: project offices and editors, not councils or funders. */
  protected readonly hasOwnMeasures = computed(() =>
    this.session.memberships().some((m) => m.role === 'ADMIN' || m.role === 'EDITOR'),
  );
  private readonly url = toSignal(
    this.router.events.pipe(
      filter((e) => e instanceof NavigationEnd),
      map((e) => e.urlAfterRedirects),
    ),
    { initialValue: this.router.url },
  );
  /** The name of the project a platform administrator looks at without a membership. */
  private readonly visitedName = rxResource({
    params: () => {
      const code = this.session.user()?.isPlatformAdmin ? projectCodeOf(this.url()) : null;
      return code && !this.session.memberships().some((m) => m.project.code === code) ? code : undefined;
    },
    stream: ({ params }) => this.platform.projectName(params),
  });
  /**
   * The projects with their pages. Platform administrators may use every page of every project (the API lets them),
   * so the project they are looking at gets its full section even without a membership, Verwaltung included.
   */
  protected readonly projects = computed(() => {
    const admin = this.session.user()?.isPlatformAdmin === true;
    const own = this.session
      .memberships()
      .map((m) => ({ ...m.project, heading: m.project.name, canAdminister: admin || m.role === 'ADMIN' }));
    const code = admin ? projectCodeOf(this.url()) : null;
    if (code && !own.some((p) => p.code === code)) {
      const heading = this.visitedName.value() ?? code;
      own.push({ id: code, code, name: heading, heading, canAdminister: true });
    }
    return own;
  });
  /** The platform's own pages, for platform administrators. */
  protected readonly platformPages = PLATFORM_PAGES;
  protected readonly projectPages = PROJECT_PAGES;

  constructor() {
    void this.installation.load();
    this.router.events.pipe(filter((e) => e instanceof NavigationEnd)).subscribe(() => {
      if (this.narrow()) void this.sidenav().close();
    });
  }

  /** Switches the dashboard's language and keeps it on the account: reminders and digests follow it. */
  protected async switchLanguage(): Promise<void> {
    const next = this.language.language() === 'de' ? 'en' : 'de';
    await this.language.use(next);
    // The switch works in the browser whatever the API says; the account page shows the language kept.
    await this.session.setLanguage(next).catch(() => undefined);
  }

  protected async signOut(): Promise<void> {
    await this.session.signOut();
    await this.router.navigateByUrl('/anmelden');
  }

  protected focusMain(event: Event): void {
    event.preventDefault();
    document.getElementById('main')?.focus();
  }
}
