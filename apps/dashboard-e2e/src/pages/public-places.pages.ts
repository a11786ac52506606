import { expect, Page } from '@playwright/test';

/** /oeffentlich/:code: a project's public page, as far as it leads to the public places. */
export class PublicProjectPage {
  readonly clusterLink = this.page.getByTestId('public-to-cluster');
  readonly members = this.page.getByTestId('public-members');

  constructor(readonly page: Page) {}

  async open(code: string): Promise<void> {
    await this.page.goto(`/oeffentlich/${code}`);
    await expect(this.page.getByTestId('public-figures')).toContainText('veröffentlichte Maßnahmen');
  }

  /** The first member municipality that has a page; returns its name. */
  async openFirstMunicipality(): Promise<string> {
    const link = this.members.getByRole('link').first();
    const name = (await link.textContent())?.trim() as string;
    await link.click();
    return name;
  }
}

/** /oeffentlich/cluster/:id: a cluster comparing its projects that publish. */
export class PublicClusterPage {
  readonly heading = this.page.getByRole('heading', { level: 1 });
  readonly projects = this.page.getByTestId('public-cluster-projects');
  readonly chart = this.page.getByTestId('public-cluster-chart');

  constructor(readonly page: Page) {}
}

/** /oeffentlich/:code/kommunen/:ars: a member municipality with its released measures. */
export class PublicMunicipalityPage {
  readonly heading = this.page.getByRole('heading', { level: 1 });
  readonly ars = this.page.getByTestId('public-ars');
  readonly figures = this.page.getByTestId('public-municipality-figures');
  readonly measures = this.page.getByTestId('public-municipality-measures');
  readonly allMeasures = this.page.getByTestId('public-municipality-all');

  constructor(readonly page: Page) {}
}
