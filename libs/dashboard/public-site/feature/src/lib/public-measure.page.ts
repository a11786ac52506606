import { ChangeDetectionStrategy, Component, computed, inject, input, resource } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import {
  PublicMeasureDocument,
  PublicMeasureQuery,
  PublicMemberKeysDocument,
} from '@masswerk/dashboard/public-site/data-access';
import { GraphqlClient } from '@masswerk/dashboard/shared/data-access';
import {
  Chart,
  ChartSpec,
  indicatorChart,
  LoadState,
  ProgressBar,
  StatusChip,
  TableScroll,
} from '@masswerk/dashboard/shared/ui';
import { formatDate, formatNumber, LanguageService, MwDatePipe, MwMoneyPipe } from '@masswerk/dashboard/shared/util';

type PublicIndicator = NonNullable<PublicMeasureQuery['publicMeasure']['indicators']>[number];

/**
 * /oeffentlich/:code/massnahmen/:measure: a published measure as released: summary, status and dates, progress with
 * its reason, milestones planned against forecast, indicators against their targets (charts with tables), the public
 * part of the latest status reports, money as totals, each only where the project makes it public.
 */
@Component({
  selector: 'mw-public-measure',
  imports: [RouterLink, TranslocoPipe, LoadState, Chart, ProgressBar, StatusChip, TableScroll, MwDatePipe, MwMoneyPipe],
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
    .charts {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 420px), 1fr));
      gap: 1rem;
      margin-top: 1rem;
    }
    .reports {
      list-style: none;
      padding: 0;
    }
    .reports h3 {
      font-size: 1rem;
      margin: 1rem 0 0.25rem;
    }
    .reports p {
      margin: 0.25rem 0;
      white-space: pre-line;
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
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService).language;

  /** The indicator's values against its target (called from the template: labels follow the language). */
  protected chartOf(i: PublicIndicator): ChartSpec {
    const lang = this.language() === 'en' ? 'en' : 'de';
    return indicatorChart(
      i,
      { value: this.transloco.translate('publicSite.measured'), target: this.transloco.translate('publicSite.target') },
      (day) => formatDate(day, lang),
      (v) => formatNumber(v, lang) + (i.unit ? ` ${i.unit}` : ''),
    );
  }

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
