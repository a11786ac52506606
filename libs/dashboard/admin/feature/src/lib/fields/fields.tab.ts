import { ChangeDetectionStrategy, Component, computed, inject, output } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  AdminApi,
  FieldOfActionValues,
  fieldOfActionFields,
  FieldOfActionView,
  goalFields,
  GoalValues,
  GoalView,
  nextFieldCode,
  nextGoalCode,
} from '@masswerk/dashboard/admin/data-access';
import { StateMessage, Notice, LoadState } from '@masswerk/dashboard/shared/ui';
import { AdminTab } from '../shared/admin-base';
import { FieldOfActionDialog, FieldOfActionDialogData } from './field-of-action.dialog';
import { GoalDialog, GoalDialogData } from './goal.dialog';
import { TabHead } from '../shared/tab-head';

const nextSortOrder = (items: readonly { sortOrder: number }[]) =>
  items.length ? Math.max(...items.map((i) => i.sortOrder)) + 1 : 1;

/** The fields of action (Handlungsfelder) of the strategy with their goals (Ziele). */
@Component({
  selector: 'mw-admin-fields',
  imports: [LoadState, TabHead, MatButtonModule, MatIconModule, TranslocoPipe, StateMessage, Notice],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './fields.tab.html',
  styleUrls: ['../shared/tab.scss', './fields.tab.scss'],
})
export class FieldsTab extends AdminTab {
  /** Asks the page to show the strategy tab (fields of action need a strategy). */
  readonly openStrategy = output<void>();
  private readonly api = inject(AdminApi);

  protected readonly data = rxResource({
    params: () => this.project().id,
    stream: ({ params }) => this.api.fieldsOfAction(params),
  });
  protected readonly fields = computed(() => this.data.value()?.fields ?? []);

  protected reload(): void {
    this.data.reload();
  }

  protected async addField(): Promise<void> {
    const modelProjectId = this.project().id;
    let name = '';
    const data: FieldOfActionDialogData = {
      item: null,
      suggestedCode: nextFieldCode(this.fields()),
      suggestedSortOrder: nextSortOrder(this.fields()),
      save: (v: FieldOfActionValues) => {
        name = v.name.trim();
        return this.api.createFieldOfAction({ modelProjectId, ...fieldOfActionFields(v) });
      },
    };
    await this.openForm(FieldOfActionDialog, data, 'fields.created', () => ({ name }));
  }

  protected async editField(field: FieldOfActionView): Promise<void> {
    let name = field.name;
    const data: FieldOfActionDialogData = {
      item: field,
      suggestedCode: field.code,
      suggestedSortOrder: field.sortOrder,
      save: (v) => {
        name = v.name.trim();
        return this.api.updateFieldOfAction({ id: field.id, version: field.version, ...fieldOfActionFields(v) });
      },
    };
    await this.openForm(FieldOfActionDialog, data, 'fields.updated', () => ({ name }));
  }

  protected async deleteField(field: FieldOfActionView): Promise<void> {
    await this.confirmThen(
      {
        title: this.t('fields.deleteTitle', { name: field.name }),
        message: this.t('fields.deleteText', { name: field.name, goals: field.goals.length }),
        confirm: this.t('delete'),
      },
      () => this.api.deleteFieldOfAction(field.id, field.version),
      this.t('fields.deleted', { name: field.name }),
    );
  }

  protected async addGoal(field: FieldOfActionView): Promise<void> {
    let title = '';
    const data: GoalDialogData = {
      item: null,
      fieldOfActionId: field.id,
      fields: this.fields(),
      suggestedCode: nextGoalCode(field, this.fields()),
      suggestedSortOrder: nextSortOrder(field.goals),
      save: (v: GoalValues) => {
        title = v.title.trim();
        return this.api.createGoal({ ...goalFields(v, null), fieldOfActionId: field.id });
      },
    };
    await this.openForm(GoalDialog, data, 'goals.created', () => ({ title }));
  }

  protected async editGoal(field: FieldOfActionView, goal: GoalView): Promise<void> {
    let title = goal.title;
    const data: GoalDialogData = {
      item: goal,
      fieldOfActionId: field.id,
      fields: this.fields(),
      suggestedCode: goal.code,
      suggestedSortOrder: goal.sortOrder,
      save: (v) => {
        title = v.title.trim();
        return this.api.updateGoal({ id: goal.id, version: goal.version, ...goalFields(v, field.id) });
      },
    };
    await this.openForm(GoalDialog, data, 'goals.updated', () => ({ title }));
  }

  protected async deleteGoal(goal: GoalView): Promise<void> {
    await this.confirmThen(
      {
        title: this.t('goals.deleteTitle', { title: goal.title }),
        message: this.t('goals.deleteText', { title: goal.title }),
        confirm: this.t('delete'),
      },
      () => this.api.deleteGoal(goal.id, goal.version),
      this.t('goals.deleted', { title: goal.title }),
    );
  }
}
