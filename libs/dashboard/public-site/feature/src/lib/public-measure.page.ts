import { ChangeDetectionStrategy, Component, inject, input, resource } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { PublicMeasureDocument } from '@masswerk/dashboard/public-site/data-access';
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
}
