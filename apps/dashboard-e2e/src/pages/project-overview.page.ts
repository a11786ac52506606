import { expect, Locator } from '@playwright/test';
import { AppPage } from './app-page';

/** /projekte/:code: a model project at a glance – key figures, charts, late and stale measures (German UI). */
export class ProjectOverviewPage extends AppPage {
  readonly kpis = this.page.getByTestId('kpis');
  readonly staleKpi = this.page.getByTestId('kpi-stale');
  readonly staleSection = this.page.getByRole('region', { name: /^Ohne aktuellen Bericht/ });
  readonly lateSection = this.page.getByRole('region', { name: /^Verzug/ });

  async open(projectCode: string): Promise<void> {
    await this.page.goto(`/projekte/${projectCode}`);
    await expect(this.kpis).toBeVisible();
    // The charts draw after the first render; wait for them so screenshots and checks see the finished page.
    await expect(this.page.locator('mw-chart svg').first()).toBeVisible();
  }

  /** The number shown in the key figure "ohne aktuellen Bericht". */
  async staleCount(): Promise<number> {
    return lastNumberIn(await this.staleKpi.locator('.kpi-value').innerText());
  }

  /** Links to the measures listed as without a recent report. */
  staleMeasure(measureCode: string): Locator {
    return this.staleSection.getByRole('link', { name: new RegExp(`^${measureCode} `) });
  }
}

function lastNumberIn(text: string): number {
  const numbers = text.match(/\d+/g);
  if (!numbers) throw new Error(`No number in "${text}"`);
  return Number(numbers[numbers.length - 1]);
}
