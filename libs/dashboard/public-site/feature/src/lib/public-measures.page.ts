import { ChangeDetectionStrategy, Component, computed, inject, input, resource } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  listStateOf,
  paramsOf,
  PUBLIC_PAGE_SIZE,
  PublicListState,
  PublicMeasuresDocument,
  PublicProjectDocument,
} from '@masswerk/dashboard/public-site/data-access';
import { GraphqlClient, type PublicMeasureSort } from '@masswerk/dashboard/shared/data-access';
import { LoadState, ProgressBar, StatusChip } from '@masswerk/dashboard/shared/ui';
import { injectQueryParams } from '@masswerk/dashboard/shared/util';

/**
 * /oeffentlich/:code/massnahmen: the published measures of a project, filtered by field of action, municipality and
 * status, searched and sorted; the state lives in the address, so a filtered list can be bookmarked and shared.
 */
@Component({
  selector: 'mw-public-measures',
  imports: [
    RouterLink,
    TranslocoPipe,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    LoadState,
    ProgressBar,
    StatusChip,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './public-measures.page.html',
  styleUrl: './public-measures.page.scss',
})
export class PublicMeasuresPage {
  /** Route parameter. */
  readonly code = input.required<string>();
  private readonly client = inject(GraphqlClient);
  private readonly query = injectQueryParams();
  protected readonly state = computed(() => listStateOf(this.query.params()));
  protected readonly sorts: PublicMeasureSort[] = ['CODE', 'TITLE', 'PROGRESS', 'RECENT'];
  protected readonly pageSize = PUBLIC_PAGE_SIZE;

  protected readonly project = resource({
    params: () => this.code(),
    loader: async ({ params }) => (await this.client.run(PublicProjectDocument, { code: params })).publicProject,
  });
  protected readonly measures = resource({
    params: () => ({ code: this.code(), state: this.state() }),
    loader: async ({ params: { code, state } }) =>
      (
        await this.client.run(PublicMeasuresDocument, {
          projectCode: code,
          fieldOfAction: state.fieldOfAction,
          municipality: state.municipality,
          status: state.status,
          search: state.search,
          sort: state.sort,
          first: PUBLIC_PAGE_SIZE,
          offset: (state.page - 1) * PUBLIC_PAGE_SIZE,
        })
      ).publicMeasures,
  });
  protected readonly pages = computed(() =>
    Math.max(1, Math.ceil((this.measures.value()?.totalCount ?? 0) / PUBLIC_PAGE_SIZE)),
  );

  /** Changes the state; any change but paging starts again at the first page. */
  protected change(patch: Partial<PublicListState>): void {
    const next = { ...this.state(), page: 1, ...patch };
    this.query.set(paramsOf(next));
  }

  protected search(text: string): void {
    this.change({ search: text.trim() || null });
  }
}
