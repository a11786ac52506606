import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { FormControl, FormRecord, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatSnackBar } from '@angular/material/snack-bar';
import { provideTranslocoScope, TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { GraphqlClient, injectProblemOf, type PublicFieldGroup } from '@masswerk/dashboard/shared/data-access';
import { StateMessage, TableScroll } from '@masswerk/dashboard/shared/ui';
import { MwDateTimePipe } from '@masswerk/dashboard/shared/util';
import {
  ProjectReleasesDocument,
  ProjectReleasesQuery,
  releasable,
  ReleaseMeasuresDocument,
  ReleaseProjectPageDocument,
  releaseStanding,
  UpdateProjectPublicationDocument,
  WithdrawProjectPageDocument,
} from '@masswerk/dashboard/publication/data-access';
import { PublicationReach } from './publication-reach';

type Row = ProjectReleasesQuery['projectReleases'][number];
type Change = ProjectReleasesQuery['projectPublicChanges'][number];
type PageState = ProjectReleasesQuery['projectPageRelease'];

/** The groups in the order the API lists them (decision 0070). */
const GROUPS: PublicFieldGroup[] = ['TEXTS', 'STATUS', 'PROGRESS', 'MILESTONES', 'INDICATORS', 'MONEY', 'REPORTS'];

/**
 * Verwaltung → Veröffentlichung (issue 16, decisions 0070 and 0075): the project's page (strategy, fields of action
 * and goals, phases) with its standing, what the project makes public of its measures, every measure with the
 * standing of its public version, releasing a selection at once, and the public change log.
 */
@Component({
  selector: 'mw-admin-publication',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    TranslocoPipe,
    StateMessage,
    TableScroll,
    MwDateTimePipe,
    PublicationReach,
  ],
  providers: [provideTranslocoScope('publication')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './publication.tab.html',
  styleUrl: './publication.tab.scss',
})
export class PublicationTab {
  readonly projectId = input.required<string>();
  private readonly client = inject(GraphqlClient);
  private readonly problemOf = injectProblemOf();
  private readonly transloco = inject(TranslocoService);
  private readonly snackBar = inject(MatSnackBar);

  protected readonly groups = GROUPS;
  protected readonly rows = signal<Row[] | null>(null);
  protected readonly changes = signal<Change[]>([]);
  protected readonly page = signal<PageState | null>(null);
  protected readonly selected = signal<ReadonlySet<string>>(new Set());
  protected readonly problem = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly form = new FormRecord<FormControl<boolean>>(
    Object.fromEntries(GROUPS.map((group) => [group, new FormControl(false, { nonNullable: true })])),
  );
  protected readonly standingOf = releaseStanding;
  protected readonly counts = computed(() => {
    const counts = { NOT_RELEASED: 0, CURRENT: 0, BEHIND: 0 };
    for (const row of this.rows() ?? []) counts[releaseStanding(row.state)]++;
    return counts;
  });
  protected readonly allSelected = computed(() => {
    const rows = this.rows() ?? [];
    return rows.length > 0 && rows.every((row) => this.selected().has(row.measureId));
  });

  constructor() {
    effect(() => {
      const projectId = this.projectId();
      untracked(() => void this.load(projectId));
    });
  }

  private async load(projectId: string): Promise<void> {
    try {
      const data = await this.client.run(ProjectReleasesDocument, { modelProjectId: projectId });
      this.rows.set(data.projectReleases);
      this.changes.set(data.projectPublicChanges);
      this.page.set(data.projectPageRelease);
      for (const group of GROUPS)
        this.form.controls[group].setValue(data.projectPublication.publicGroups.includes(group));
    } catch (error) {
      this.problem.set(this.problemOf(error).message);
    }
  }

  protected toggle(measureId: string, on: boolean): void {
    this.selected.update((selected) => {
      const next = new Set(selected);
      if (on) next.add(measureId);
      else next.delete(measureId);
      return next;
    });
  }

  protected toggleAll(on: boolean): void {
    this.selected.set(new Set(on ? (this.rows() ?? []).map((row) => row.measureId) : []));
  }

  /** Selects what is not public yet or behind: what a release would change. */
  protected selectReleasable(): void {
    this.selected.set(new Set(releasable(this.rows() ?? []).map((row) => row.measureId)));
  }

  protected async saveGroups(): Promise<void> {
    const publicGroups = GROUPS.filter((group) => this.form.controls[group].value);
    await this.run(async () => {
      await this.client.run(UpdateProjectPublicationDocument, {
        input: { modelProjectId: this.projectId(), publicGroups },
      });
      return this.transloco.translate('publication.groupsSaved');
    });
  }

  protected async releaseSelected(): Promise<void> {
    const measureIds = [...this.selected()];
    if (!measureIds.length) return;
    await this.run(async () => {
      await this.client.run(ReleaseMeasuresDocument, { input: { modelProjectId: this.projectId(), measureIds } });
      this.selected.set(new Set());
      return this.transloco.translate('publication.released', { count: measureIds.length });
    });
  }

  protected async releasePage(): Promise<void> {
    await this.run(async () => {
      await this.client.run(ReleaseProjectPageDocument, { modelProjectId: this.projectId() });
      return this.transloco.translate('publication.page.released');
    });
  }

  protected async withdrawPage(): Promise<void> {
    await this.run(async () => {
      await this.client.run(WithdrawProjectPageDocument, { modelProjectId: this.projectId() });
      return this.transloco.translate('publication.page.withdrawn');
    });
  }

  private async run(action: () => Promise<string>): Promise<void> {
    this.busy.set(true);
    this.problem.set(null);
    try {
      const message = await action();
      await this.load(this.projectId());
      this.snackBar.open(message, undefined, { duration: 4000 });
    } catch (error) {
      this.problem.set(this.problemOf(error).message);
    } finally {
      this.busy.set(false);
    }
  }
}
