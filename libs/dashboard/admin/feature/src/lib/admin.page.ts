import { ChangeDetectionStrategy, Component, computed, ElementRef, inject, input } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatTabsModule } from '@angular/material/tabs';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { provideTranslocoScope, TranslocoPipe } from '@jsverse/transloco';
import { AdminApi } from '@masswerk/dashboard/admin/data-access';
import { ApiError } from '@masswerk/dashboard/shared/data-access';
import { PageHeader, StateMessage } from '@masswerk/dashboard/shared/ui';
import { FieldsTab } from './fields/fields.tab';
import { GrantsTab } from './grants/grants.tab';
import { MeasuresTab } from './measures/measures.tab';
import { MembersTab } from './members/members.tab';
import { StrategyTab } from './strategy/strategy.tab';
import { RemindersTab } from './reminders/reminder-log.tab';
import { PublicationTab } from '@masswerk/dashboard/publication/feature';
import { OpenDataTab } from './open-data/open-data.tab';

/** The tabs in their order, named as they appear in the address (`?bereich=…`). */
export const ADMIN_TABS = [
  'mitglieder',
  'handlungsfelder',
  'massnahmen',
  'strategie',
  'foerderung',
  'erinnerungen',
  'veroeffentlichung',
  'offene-daten',
] as const;
export type AdminTabName = (typeof ADMIN_TABS)[number];

/** The tab an address names; the first one for anything else. */
export function tabIndexOf(name: string | null | undefined): number {
  return Math.max(0, ADMIN_TABS.indexOf(name as AdminTabName));
}

/**
 * The administration of a model project (its administrators and platform administrators): members and roles,
 * fields of action and goals, measures, strategy, grants, the record of reminders, the release of public versions,
 * open data. Everyone else gets a clear "no permission".
 */
@Component({
  selector: 'mw-admin-page',
  imports: [
    MatTabsModule,
    MatButtonModule,
    RouterLink,
    TranslocoPipe,
    PageHeader,
    StateMessage,
    MembersTab,
    FieldsTab,
    MeasuresTab,
    StrategyTab,
    GrantsTab,
    RemindersTab,
    PublicationTab,
    OpenDataTab,
  ],
  providers: [provideTranslocoScope('admin')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './admin.page.html',
  styleUrl: './admin.page.scss',
})
export class AdminPage {
  /** Route parameter. */
  readonly code = input.required<string>();
  private readonly api = inject(AdminApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly query = toSignal(this.route.queryParamMap, { initialValue: this.route.snapshot.queryParamMap });

  protected readonly project = rxResource({
    params: () => this.code(),
    stream: ({ params }) => this.api.project(params),
  });
  /** Administrators of the project and platform administrators manage its people – and everything else here. */
  protected readonly allowed = computed(
    () => this.project.value()?.viewerPermissions.includes('MANAGE_USERS') ?? false,
  );
  /** The API refused to show the project at all, or does not know it. */
  protected readonly refusal = computed(() => {
    const error = this.project.error();
    const cause = error instanceof ApiError ? error : (error?.cause as unknown);
    if (cause instanceof ApiError && cause.code === 'FORBIDDEN') return 'admin.noPermission';
    if (cause instanceof ApiError && cause.code === 'NOT_FOUND') return 'admin.notFound';
    return error ? 'common.loadError' : null;
  });
  protected readonly selectedIndex = computed(() => tabIndexOf(this.query().get('bereich')));

  protected select(index: number): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { bereich: index === 0 ? null : ADMIN_TABS[index] },
      queryParamsHandling: 'merge',
      replaceUrl: true,
    });
  }

  /** Switches tabs from within a tab (whose button then disappears): focus goes to the new tab's label. */
  protected switchTo(index: number): void {
    this.select(index);
    setTimeout(() => this.host.nativeElement.querySelectorAll<HTMLElement>('[role="tab"]')[index]?.focus());
  }
}
