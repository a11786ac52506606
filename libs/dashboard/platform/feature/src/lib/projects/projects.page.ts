import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { provideTranslocoScope, TranslocoPipe } from '@jsverse/transloco';
import { PlatformApi, ProjectsView, ProjectView } from '@masswerk/dashboard/platform/data-access';
import { Notice, PageHeader, StateMessage } from '@masswerk/dashboard/shared/ui';
import { MwDatePipe } from '@masswerk/dashboard/shared/util';
import { firstValueFrom } from 'rxjs';
import { RecordListPage } from '../shared/platform-base';
import { ProjectDialog, ProjectDialogData, ProjectValues } from './project.dialog';

/** Every model project of the installation: create, change, delete; its people are managed on its Verwaltung page. */
@Component({
  selector: 'mw-platform-projects-page',
  imports: [MatButtonModule, MatIconModule, RouterLink, TranslocoPipe, PageHeader, StateMessage, Notice, MwDatePipe],
  providers: [provideTranslocoScope('platform')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mw-page-header
      [eyebrow]="'nav.platform' | transloco"
      [title]="'platform.projects.title' | transloco"
      [subtitle]="'platform.projects.intro' | transloco"
    />
    <div class="head">
      <span></span>
      <button mat-flat-button type="button" [disabled]="!data.value()" (click)="add()" data-testid="add-project">
        <mat-icon aria-hidden="true">add</mat-icon>{{ 'platform.projects.add' | transloco }}
      </button>
    </div>
    <mw-notice [notice]="notice()" />
    @if (data.error()) {
      <mw-state kind="error" [message]="'common.loadError' | transloco" />
    } @else if (data.value(); as d) {
      <div class="table-wrap">
        <table class="data" data-testid="projects-table">
          <caption class="cdk-visually-hidden">
            {{
              'platform.projects.title' | transloco
            }}
          </caption>
          <thead>
            <tr>
              <th scope="col">{{ 'platform.projects.name' | transloco }}</th>
              <th scope="col">{{ 'platform.projects.cluster' | transloco }}</th>
              <th scope="col">{{ 'platform.projects.programme' | transloco }}</th>
              <th scope="col">{{ 'platform.projects.phases' | transloco }}</th>
              <th scope="col">{{ 'common.actions' | transloco }}</th>
            </tr>
          </thead>
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
                  <a
                    mat-button
                    [routerLink]="['/projekte', p.code, 'verwaltung']"
                    [attr.aria-label]="'platform.projects.membersOf' | transloco: { name: p.name }"
                    [attr.data-testid]="'project-members-' + p.code"
                    >{{ 'platform.projects.members' | transloco }}</a
                  >
                  <button
                    mat-button
                    type="button"
                    (click)="edit(d, p)"
                    [attr.aria-label]="'platform.editNamed' | transloco: { name: p.name }"
                  >
                    {{ 'platform.edit' | transloco }}
                  </button>
                  <button
                    mat-button
                    type="button"
                    [disabled]="busy()"
                    (click)="remove(p)"
                    [attr.aria-label]="'platform.deleteNamed' | transloco: { name: p.name }"
                  >
                    {{ 'platform.delete' | transloco }}
                  </button>
                </td>
              </tr>
            } @empty {
              <tr>
                <td colspan="5">{{ 'platform.projects.empty' | transloco }}</td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    } @else {
      <mw-state kind="loading" [message]="'common.loading' | transloco" />
    }
  `,
  styleUrl: '../shared/page.scss',
})
export class ProjectsPage extends RecordListPage {
  private readonly api = inject(PlatformApi);
  protected readonly data = rxResource({ stream: () => this.api.projects() });

  protected reload(): void {
    this.data.reload();
  }

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

  protected async add(): Promise<void> {
    const choices = this.data.value();
    if (!choices) return;
    const data: ProjectDialogData = {
      item: null,
      choices,
      leadUnits: await this.leadUnits(),
      memberChoices: this.memberChoices,
      save: (v: ProjectValues) => this.api.createProject(v),
    };
    void this.openForm(ProjectDialog, data, 'projects.created');
  }

  protected async edit(choices: ProjectsView, p: ProjectView): Promise<void> {
    const data: ProjectDialogData = {
      item: p,
      choices,
      leadUnits: await this.leadUnits(),
      memberChoices: this.memberChoices,
      save: ({ code: _code, ...v }: ProjectValues) => this.api.updateProject({ id: p.id, version: p.version, ...v }),
    };
    void this.openForm(ProjectDialog, data, 'saved');
  }

  protected remove(p: ProjectView): void {
    void this.confirmThen(
      {
        title: this.t('projects.deleteTitle', { name: p.name }),
        message: this.t('projects.deleteMessage'),
        confirm: this.t('delete'),
      },
      () => this.api.deleteProject(p.id, p.version),
      this.t('deleted', { name: p.name }),
    );
  }
}
