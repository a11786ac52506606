import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, OnInit } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatBadgeModule } from '@angular/material/badge';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { NavigationEnd, Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { filter } from 'rxjs';
import { UnreadCountStore } from '@masswerk/dashboard/notifications/data-access';

/** The bell in the top bar: the number of unread notifications, leading to the list. Refreshed on every navigation. */
@Component({
  selector: 'mw-notification-bell',
  imports: [MatButtonModule, MatIconModule, MatBadgeModule, RouterLink, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a
      mat-icon-button
      routerLink="/benachrichtigungen"
      data-testid="notification-bell"
      [attr.aria-label]="label() | transloco: { count: unread.count() }"
    >
      <mat-icon
        aria-hidden="true"
        [matBadge]="badge()"
        [matBadgeHidden]="!unread.count()"
        matBadgeColor="warn"
        matBadgeSize="medium"
        >notifications</mat-icon
      >
    </a>
  `,
  styles: `
    a {
      /* white on the top bar, like the other buttons there */
      color: inherit;
    }
  `,
})
export class NotificationBell implements OnInit {
  protected readonly unread = inject(UnreadCountStore);
  private readonly router = inject(Router);
  private readonly destroyRef = inject(DestroyRef);
  protected readonly badge = computed(() => (this.unread.count() > 99 ? '99+' : String(this.unread.count())));
  protected readonly label = computed(() =>
    this.unread.count() ? 'notifications.bellUnread' : 'notifications.bellNone',
  );

  ngOnInit(): void {
    void this.unread.refresh();
    this.router.events
      .pipe(
        filter((event) => event instanceof NavigationEnd),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe(() => void this.unread.refresh());
  }
}
