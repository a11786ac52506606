import { ChangeDetectionStrategy, Component, computed, inject, input, resource } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { PublicMeasureDocument, PublicMemberKeysDocument } from '@masswerk/dashboard/public-site/data-access';
import { GraphqlClient } from '@masswerk/dashboard/shared/data-access';
import { LoadState, ProgressBar, StatusChip, TableScroll } from '@masswerk/dashboard/shared/ui';
import { MwDatePipe, MwMoneyPipe } from '@masswerk/dashboard/shared/util';

/**
 * /oeffentlich/:code/massnahmen/:measure: a published measure as released: summary, status and dates, progress with
 * its reason, milestones planned against forecast, indicators against their targets (as a table), money as totals,
 * each only where the project makes it public.
 */
@Component({
  selector: 'mw-public-measure',
  imports: [RouterLink, TranslocoPipe, LoadState, ProgressBar, StatusChip, TableScroll, MwDatePipe, MwMoneyPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './public-measure.page.html',
  styles: `
    .facts {
      display: grid;
      grid-template-columns: max-content minmax(0, 1fr);
      gap: 0.25rem 1rem;
    }
    .facts dd {
      overflow-wrap: anywhere;
    }
    @media (max-width: 600px) {
      .facts {
        grid-template-columns: minmax(0, 1fr);
      }
    }
    .facts dt {
      font-weight: 600;
    }
    .facts dd {
      margin: 0;
    }
    .num {
      text-align: right;
    }
    .late {
      color: #a3160b;
    }
    .released {
      color: #555;
    }
  `,
})
export class PublicMeasurePage {
  /** Route parameters. */
  readonly code = input.required<string>();
  readonly measure = input.required<string>();
  private readonly client = inject(GraphqlClient);
  protected readonly data = resource({
    params: () => ({ projectCode: this.code(), code: this.measure() }),
    loader: async ({ params }) => (await this.client.run(PublicMeasureDocument, params)).publicMeasure,
  });
  /** The ARS of the project's member municipalities: those have a page of their own. */
  private readonly members = resource({
    params: () => this.code(),
    loader: async ({ params }) =>
      new Set(
        (await this.client.run(PublicMemberKeysDocument, { code: params })).publicProject.members.map((m) => m.ars),
      ),
  });
  /** The lead municipality first, then the others; a member's name links to its page. */
  protected readonly places = computed(() => {
    const m = this.data.hasValue() ? this.data.value() : null;
    if (!m) return [];
    const members = this.members.hasValue() ? this.members.value() : new Set<string | null>();
    const others = m.municipalities.filter((u) => u.name !== m.leadMunicipality?.name);
    const all = m.leadMunicipality ? [m.leadMunicipality, ...others] : others;
    return all.map((u) => ({ name: u.name, ars: u.ars && members.has(u.ars) ? u.ars : null }));
  });
}
