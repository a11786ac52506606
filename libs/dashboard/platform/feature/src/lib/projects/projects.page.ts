import { ChangeDetectionStrategy, Component } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { provideTranslocoScope, TranslocoPipe } from '@jsverse/transloco';
import { ProjectView } from '@masswerk/dashboard/platform/data-access';
import { MwDatePipe } from '@masswerk/dashboard/shared/util';
import { firstValueFrom } from 'rxjs';
import { RecordListPage } from '../shared/platform-base';
import { RecordList, RecordRows, RowActions } from '../shared/record-list';
import { ProjectDialog, ProjectDialogData, ProjectValues } from './project.dialog';
import { EmptyRow } from '@masswerk/dashboard/shared/ui';

/** Every model project of the installation: create, change, delete; its people are managed on its Verwaltung page. */
@Component({
  selector: 'mw-platform-projects-page',
  imports: [EmptyRow, MatButtonModule, RouterLink, TranslocoPipe, MwDatePipe, RecordList, RecordRows, RowActions],
  providers: [provideTranslocoScope('platform')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mw-platform-record-list
      section="projects"
      [notice]="notice()"
      addTestId="add-project"
      [addDisabled]="!records.hasValue()"
      tableTestId="projects-table"
      [columns]="['name', 'cluster', 'programme', 'phases']"
      (add)="open(null)"
    >
      <ng-template [mwRecordRows]="records" let-d>
        <tbody>
          @for (p of d.projects; track p.id) {
            <tr [attr.data-testid]="'project-' + p.code">
              <th scope="row">
                <a [routerLink]="['/projekte', p.code]">{{ p.name }}</a
                ><br />
                <span class="muted"
                  >{{ p.code }} · {{ p.leadUnit.name }} · {{ p.cohortYear }} ·
                  {{ 'platform.projects.memberCount' | transloco: { count: p.members.length } }}</span
                >
              </th>
              <td>{{ p.cluster?.name ?? '–' }}</td>
              <td>{{ p.fundingProgramme.code }}</td>
              <td>
                @for (
                  phase of [
                    { name: 'A', s: p.phaseA },
                    { name: 'B', s: p.phaseB },
                  ];
                  track phase.name
                ) {
                  <span class="phase"
                    >{{ phase.name }}:
                    @if (phase.s.plannedStart || phase.s.plannedEnd) {
                      {{ phase.s.plannedStart | mwDate }} – {{ phase.s.plannedEnd | mwDate }}
                    } @else {
                      {{ 'platform.projects.noDates' | transloco }}
                    }
                  </span>
                }
              </td>
              <td class="row-actions">
                <mw-platform-row-actions
                  [name]="p.name"
                  [busy]="busy()"
                  [removable]="true"
                  (edit)="open(p)"
                  (remove)="remove(p)"
                >
                  <a
                    mat-button
                    [routerLink]="['/projekte', p.code, 'verwaltung']"
                    [attr.aria-label]="'platform.projects.membersOf' | transloco: { name: p.name }"
                    [attr.data-testid]="'project-members-' + p.code"
                    >{{ 'platform.projects.members' | transloco }}</a
                  >
                </mw-platform-row-actions>
              </td>
            </tr>
          } @empty {
            <tr mwEmptyRow [columns]="5" message="platform.projects.empty"></tr>
          }
        </tbody>
      </ng-template>
    </mw-platform-record-list>
  `,
  styleUrl: '../shared/page.scss',
})
export class ProjectsPage extends RecordListPage {
  protected readonly records = rxResource({ stream: () => this.api.projects() });

  /** Lead bodies are Landkreise and kreisfreie Städte. */
  private async leadUnits() {
    const page = await firstValueFrom(this.api.units({ kinds: ['LANDKREIS', 'KREISFREIE_STADT'] }, 100));
    return page.nodes;
  }

  /** Member municipalities are chosen among the units below the lead body. */
  private readonly memberChoices = async (leadUnitId: string) => {
    const page = await firstValueFrom(this.api.units({ parentId: leadUnitId }, 100));
    return page.nodes;
  };

  /** The code stays once created. */
  protected async open(p: ProjectView | null): Promise<void> {
    if (!this.records.hasValue()) return;
    const data: ProjectDialogData = {
      item: p,
      choices: this.records.value(),
      leadUnits: await this.leadUnits(),
      memberChoices: this.memberChoices,
      save: ({ code, ...v }: ProjectValues) =>
        p ? this.api.updateProject({ id: p.id, version: p.version, ...v }) : this.api.createProject({ code, ...v }),
    };
    void this.openRecord(ProjectDialog, data, 'projects.created');
  }

  protected remove(p: ProjectView): void {
    void this.removeRecord('projects', p.name, () => this.api.deleteProject(p.id, p.version));
  }
}
