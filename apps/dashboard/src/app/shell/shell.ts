import { BreakpointObserver } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, computed, inject, viewChild } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatListModule } from '@angular/material/list';
import { MatMenuModule } from '@angular/material/menu';
import { MatSidenav, MatSidenavModule } from '@angular/material/sidenav';
import { MatToolbarModule } from '@angular/material/toolbar';
import { NavigationEnd, Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { filter, map } from 'rxjs';
import { SessionStore } from '@masswerk/dashboard/shared/data-access';
import { LanguageService } from '@masswerk/dashboard/shared/util';

/** The frame around every signed-in page: skip link, top bar, navigation, main landmark. */
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
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './shell.html',
  styleUrl: './shell.scss',
})
export class Shell {
  protected readonly session = inject(SessionStore);
  protected readonly language = inject(LanguageService);
  private readonly router = inject(Router);
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
  protected readonly projects = computed(() =>
    this.session.memberships().map((m) => ({ ...m.project, canAdminister: m.role === 'ADMIN' })),
  );

  constructor() {
    this.router.events.pipe(filter((e) => e instanceof NavigationEnd)).subscribe(() => {
      if (this.narrow()) void this.sidenav().close();
    });
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
