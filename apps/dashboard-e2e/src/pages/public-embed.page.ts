import { expect, FrameLocator, Page } from '@playwright/test';

/** /oeffentlich/:code/einbettung: a project's summary for a frame on another site, or that frame's content. */
export class PublicEmbedPart {
  readonly heading = this.root.getByRole('heading', { level: 1 });
  readonly count = this.root.getByTestId('embed-count');
  readonly statuses = this.root.getByTestId('embed-statuses');
  readonly fields = this.root.getByTestId('embed-fields');
  readonly link = this.root.getByTestId('embed-link');

  constructor(readonly root: Page | FrameLocator) {}

  async expectSummaryOf(projectName: string): Promise<void> {
    await expect(this.heading).toHaveText(projectName);
    await expect(this.count).toContainText('veröffentlichte Maßnahmen');
    await expect(this.statuses.getByRole('listitem').first()).toBeVisible();
    await expect(this.fields.getByRole('listitem').first()).toBeVisible();
  }
}

/** Verwaltung → Veröffentlichung, the project's reach: noindex and the frame to embed. */
export class PublicationReachPart {
  readonly section = this.page.getByTestId('publication-reach');
  readonly noindex = this.section.getByRole('switch', { name: /Suchmaschinen bitten/ });
  readonly snippet = this.section.getByTestId('embed-snippet');
  readonly copy = this.section.getByTestId('embed-copy');
  readonly preview = this.section.getByTestId('embed-preview');

  constructor(readonly page: Page) {}

  async setNoindex(on: boolean): Promise<void> {
    await expect(this.noindex).toBeEnabled();
    if ((await this.noindex.getAttribute('aria-checked')) !== String(on)) await this.noindex.click();
    await expect(this.noindex).toHaveAttribute('aria-checked', String(on));
    await expect(this.page.getByText(on ? /werden gebeten/ : /dürfen die öffentlichen Seiten/)).toBeVisible();
  }
}
