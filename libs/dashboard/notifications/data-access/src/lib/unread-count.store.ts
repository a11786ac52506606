import { inject, Injectable, signal } from '@angular/core';
import { GraphqlClient } from '@masswerk/dashboard/shared/data-access';
import { UnreadNotificationCountDocument } from './notifications.generated';

/** The bell's count, shared by the bell and the notification page (which lowers it when things are read). */
@Injectable({ providedIn: 'root' })
export class UnreadCountStore {
  private readonly client = inject(GraphqlClient);
  readonly count = signal(0);

  async refresh(): Promise<void> {
    try {
      this.count.set((await this.client.run(UnreadNotificationCountDocument)).unreadNotificationCount);
    } catch {
      // the bell is a hint: a failed refresh keeps the last count rather than disturbing the page
    }
  }
}
