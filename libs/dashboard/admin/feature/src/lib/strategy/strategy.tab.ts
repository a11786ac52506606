import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  AdminApi,
  strategyVersionFields,
  StrategyVersionValues,
  StrategyVersionView,
  StrategyView,
} from '@masswerk/dashboard/admin/data-access';
import { TableHead, EmptyRow, StateMessage, Notice } from '@masswerk/dashboard/shared/ui';
import { MwDatePipe } from '@masswerk/dashboard/shared/util';
import { AdminTab } from '../shared/admin-base';
import { StrategyVersionDialog, StrategyVersionDialogData } from './strategy-version.dialog';
import { TabHead } from '../shared/tab-head';

/** The smart-city strategy and its versions (Fassungen): adopted by the council, accepted by the funder. */
@Component({
  selector: 'mw-admin-strategy',
  imports: [
    TabHead,
    TableHead,
    EmptyRow,
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    TranslocoPipe,
    StateMessage,
    MwDatePipe,
    Notice,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './strategy.tab.html',
  styleUrls: ['../shared/tab.scss', './strategy.tab.scss'],
})
export class StrategyTab extends AdminTab {
  private readonly api = inject(AdminApi);

  protected readonly strategy = rxResource({
    params: () => this.project().code,
    stream: ({ params }) => this.api.strategy(params),
  });

  /** The title: to create the strategy, or to rename it. */
  protected readonly titleForm = new FormGroup({
    title: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(300), Validators.pattern(/\S/)],
    }),
  });
  private readonly title = this.titleForm.controls.title;
  protected readonly editingTitle = signal(false);
  protected readonly titleError = signal<string | null>(null);

  protected reload(): void {
    this.strategy.reload();
  }

  protected startRename(s: StrategyView): void {
    this.title.setValue(s.title);
    this.titleError.set(null);
    this.editingTitle.set(true);
  }

  protected async saveTitle(s: StrategyView | null): Promise<void> {
    if (this.title.invalid) {
      this.title.markAsTouched();
      return;
    }
    const title = this.title.value.trim();
    this.titleError.set(null);
    this.busy.set(true);
    try {
      if (s) await this.api.updateStrategy({ id: s.id, version: s.version, title });
      else await this.api.createStrategy({ modelProjectId: this.project().id, title });
      this.say(true, this.t(s ? 'strategy.renamed' : 'strategy.created', { title }));
      this.editingTitle.set(false);
      this.title.reset();
      this.reload();
    } catch (error) {
      const problem = this.problemOf(error);
      if (problem.kind === 'stale') {
        this.say(false, this.t('stale'));
        this.editingTitle.set(false);
        this.reload();
      } else {
        this.titleError.set(problem.message);
      }
    } finally {
      this.busy.set(false);
    }
  }

  protected async addVersion(s: StrategyView): Promise<void> {
    let label = '';
    const data: StrategyVersionDialogData = {
      item: null,
      template: s.versions[0] ?? null,
      save: (v: StrategyVersionValues) => {
        label = v.label.trim();
        return this.api.addStrategyVersion({ strategyId: s.id, ...strategyVersionFields(v) });
      },
    };
    await this.openForm(StrategyVersionDialog, data, 'strategy.versionAdded', () => ({
      label: label || this.t('strategy.unnamed'),
    }));
  }

  protected async editVersion(v: StrategyVersionView): Promise<void> {
    const data: StrategyVersionDialogData = {
      item: v,
      template: null,
      save: (values) =>
        this.api.updateStrategyVersion({ id: v.id, version: v.version, ...strategyVersionFields(values) }),
    };
    await this.openForm(StrategyVersionDialog, data, 'strategy.versionUpdated', { number: v.versionNumber });
  }
}
