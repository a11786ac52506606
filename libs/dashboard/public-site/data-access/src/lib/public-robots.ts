import { inject, Injectable } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { Meta } from '@angular/platform-browser';
import { NavigationEnd, Router } from '@angular/router';
import { filter } from 'rxjs';
import { GraphqlClient } from '@masswerk/dashboard/shared/data-access';
import { PublicRobotsDocument } from './public-embed.generated';

/** The project code of a public page's path (`/oeffentlich/<CODE>` and below), or null. */
export function publicProjectCode(url: string): string | null {
  const match = /^\/oeffentlich\/([^/?#]+)/.exec(url);
  if (!match) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return null;
  }
}

/**
 * `<meta name="robots" content="noindex">` on every public page of a project that asks not to be indexed (decision
 * 0073), and on no other page: after each navigation it asks the project's setting (once per project and visit) and
 * sets or removes the tag. The public routes inject it; it then follows every navigation, also away from them. The server says the same in `X-Robots-Tag`, for crawlers that do not run scripts.
 */
@Injectable({ providedIn: 'root' })
export class PublicRobots {
  private readonly router = inject(Router);
  private readonly meta = inject(Meta);
  private readonly client = inject(GraphqlClient);
  private readonly known = new Map<string, Promise<boolean>>();
  private latest = 0;

  /** Follows navigations from the moment it is first injected (by the public routes) on. */
  constructor() {
    this.router.events
      .pipe(
        filter((event): event is NavigationEnd => event instanceof NavigationEnd),
        takeUntilDestroyed(),
      )
      .subscribe((event) => void this.apply(event.urlAfterRedirects));
  }

  private async apply(url: string): Promise<void> {
    const turn = ++this.latest;
    const code = publicProjectCode(url);
    const noindex = code ? await this.noindexOf(code) : false;
    if (turn !== this.latest) return;
    if (noindex) this.meta.updateTag({ name: 'robots', content: 'noindex' });
    else this.meta.removeTag('name="robots"');
  }

  private noindexOf(code: string): Promise<boolean> {
    let known = this.known.get(code);
    if (!known) {
      known = this.client.run(PublicRobotsDocument, { code }).then(
        (data) => data.publicProject.noindex,
        () => false,
      );
      this.known.set(code, known);
    }
    return known;
  }
}
