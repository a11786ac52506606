import { expect, Locator } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { AppPage } from './app-page';

/** The downloads the page offers, by the end of their test id (`export-…`). */
export type ExportKind = 'statement' | 'narrative' | 'briefing' | 'csv' | 'json';

/** The reports only the project office, the council and the funders may download. */
export const REPORT_EXPORTS: readonly ExportKind[] = ['statement', 'narrative', 'briefing'];

export interface DownloadedFile {
  /** The name the browser would save the file under (from Content-Disposition). */
  name: string;
  content: Buffer;
}

/** /projekte/:code/finanzen: grants, plan against actual, call-offs, proofs and deadlines, and the exports. */
export class FundingPage extends AppPage {
  readonly exports = this.page.getByTestId('exports');
  /** "Tabelle seitlich scrollen" above a table wider than the screen. */
  readonly scrollHints = this.page.getByTestId('table-scroll-hint');

  async open(projectCode: string): Promise<void> {
    await this.page.goto(`/projekte/${projectCode}/finanzen`);
    await this.expectShown();
  }

  async expectShown(): Promise<void> {
    await expect(this.heading).toHaveText(/^Finanzen: /);
    await expect(this.page.getByTestId('phase-B')).toBeVisible();
    await expect(this.exports).toBeVisible();
    // The chart draws after the first render; wait for it so screenshots and checks see the finished page.
    await expect(this.page.locator('mw-chart svg').first()).toBeVisible();
  }

  exportLink(kind: ExportKind): Locator {
    return this.exports.getByTestId(`export-${kind}`);
  }

  /** Clicks a download once and returns the file the browser received. */
  async download(kind: ExportKind): Promise<DownloadedFile> {
    const started = this.page.waitForEvent('download');
    await this.exportLink(kind).click();
    const download = await started;
    // Resolves once the file is complete; fails when the download broke off.
    const path = await download.path();
    return { name: download.suggestedFilename(), content: await readFile(path) };
  }
}
