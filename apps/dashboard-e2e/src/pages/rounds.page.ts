import { expect, Locator, Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { AppPage } from './app-page';
import type { DownloadedFile } from './funding.page';

/** /projekte/:code/berichtsrunden: the reporting rounds and the council sessions of a project. */
export class RoundsPage extends AppPage {
  readonly openButton = this.page.getByTestId('open-round');
  readonly rounds = this.page.getByTestId('rounds');
  readonly sessions = this.page.getByTestId('sessions');
  readonly addSession = this.page.getByTestId('add-session');
  readonly dialog = this.page.getByRole('dialog');

  constructor(page: Page) {
    super(page);
  }

  async open(code: string): Promise<void> {
    await this.page.goto(`/projekte/${code}/berichtsrunden`);
    await expect(this.heading).toHaveText('Berichtsrunden');
  }

  /** Opens a round with the dialog's defaults under `name`. */
  async openRound(name: string, due: string): Promise<void> {
    await this.openButton.click();
    await this.dialogOpened();
    await this.dialog.getByTestId('round-name').fill(name);
    await this.dialog.getByTestId('round-due').fill(due);
    await this.dialog.getByTestId('round-save').click();
    await expect(this.dialog).toBeHidden();
  }

  /**
   * The dialog has finished opening once it has moved the focus into itself. Filling before that races with it: text
   * typed into the second field lands in the first when the focus arrives in between (seen on a loaded machine).
   */
  private async dialogOpened(): Promise<void> {
    await expect(this.dialog.locator(':focus')).toHaveCount(1);
  }

  round(name: string): Locator {
    return this.rounds.getByRole('row').filter({ hasText: name });
  }

  /** Records a session of the Kreistag at which `round` was presented. */
  async recordSession(round: string, session: { date: string; agendaItem: string; resolution: string }): Promise<void> {
    await this.addSession.click();
    await this.dialogOpened();
    await this.dialog.getByTestId('session-round').click();
    await this.page.getByRole('option', { name: round }).click();
    await this.dialog.getByTestId('session-date').fill(session.date);
    await this.dialog.getByTestId('session-agenda').fill(session.agendaItem);
    await this.dialog.getByTestId('session-resolution').fill(session.resolution);
    await this.dialog.getByTestId('session-save').click();
    await expect(this.dialog).toBeHidden();
  }

  session(agendaItem: string): Locator {
    return this.sessions.getByRole('row').filter({ hasText: agendaItem });
  }
}

/** /projekte/:code/berichtsrunden/:id: one round. */
export class RoundPage extends AppPage {
  readonly reported = this.page.getByTestId('round-reported');
  readonly remindButton = this.page.getByTestId('round-remind');
  readonly closeButton = this.page.getByTestId('round-close');
  readonly notice = this.page.getByTestId('admin-notice');

  measure(code: string): Locator {
    return this.page.getByTestId(`round-measure-${code}`);
  }

  async close(): Promise<void> {
    await this.closeButton.click();
    await this.page.getByRole('alertdialog').getByRole('button', { name: 'Runde abschließen' }).click();
    await expect(this.notice).toContainText('ist abgeschlossen');
  }

  async download(kind: 'council-briefing.pdf' | 'narrative-report.pdf' | 'round.xlsx'): Promise<DownloadedFile> {
    const started = this.page.waitForEvent('download');
    await this.page.getByTestId(`round-export-${kind}`).click();
    const download = await started;
    return { name: download.suggestedFilename(), content: await readFile(await download.path()) };
  }
}
