import { MwPercentPipe } from '@masswerk/dashboard/shared/util';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { healthCount, onTrackShare, ProjectListItem, ProjectsApi } from '@masswerk/dashboard/projects/data-access';
import { HEALTH_COLORS, PageHeader, StateMessage } from '@masswerk/dashboard/shared/ui';
import { HEALTHS } from '@masswerk/shared/domain';

interface ClusterGroup {
  name: string;
  id: string | null;
  projects: ProjectListItem[];
}

/** The model projects the viewer belongs to and their cluster peers, with where each stands. */
@Component({
  selector: 'mw-project-list-page',
  imports: [MwPercentPipe, RouterLink, MatIconModule, TranslocoPipe, PageHeader, StateMessage],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './project-list.page.html',
  styleUrl: './project-list.page.scss',
})
export class ProjectListPage {
  private readonly api = inject(ProjectsApi);
  protected readonly projects = rxResource({ stream: () => this.api.list() });
  protected readonly healthColors = HEALTH_COLORS;
  protected readonly healths = HEALTHS;
  protected readonly healthCount = healthCount;
  protected readonly onTrackShare = onTrackShare;

  protected readonly groups = computed<ClusterGroup[]>(() => {
    const groups = new Map<string, ClusterGroup>();
    for (const project of this.projects.value() ?? []) {
      const key = project.cluster?.id ?? '';
      const group = groups.get(key) ?? {
        id: project.cluster?.id ?? null,
        name: project.cluster?.name ?? '',
        projects: [],
      };
      group.projects.push(project);
      groups.set(key, group);
    }
    return [...groups.values()];
  });
}
