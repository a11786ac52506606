import { expect, Locator, Page } from '@playwright/test';

/** The documents of one record (`mw-attachments`): download links, the upload button, delete buttons. */
export class AttachmentsPart {
  readonly links: Locator;
  readonly upload: Locator;
  readonly problem: Locator;

  constructor(
    private readonly page: Page,
    readonly root: Locator,
  ) {
    this.links = root.getByTestId('document-link');
    this.upload = root.getByTestId('document-upload');
    this.problem = root.getByTestId('document-problem');
  }

  /** Attaches a file through the labelled file input, as a user who picked it would. */
  async attach(file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    await this.root.getByTestId('document-input').setInputFiles(file);
  }

  link(fileName: string): Locator {
    return this.links.filter({ hasText: fileName });
  }

  /** Downloads a listed document and answers its content. */
  async download(fileName: string): Promise<{ suggestedName: string; content: Buffer }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.link(fileName).click()]);
    const stream = await download.createReadStream();
    const pieces: Buffer[] = [];
    for await (const piece of stream) pieces.push(piece as Buffer);
    return { suggestedName: download.suggestedFilename(), content: Buffer.concat(pieces) };
  }

  async remove(fileName: string): Promise<void> {
    await this.root.getByRole('button', { name: `Dokument „${fileName}“ löschen` }).click();
    await this.page.getByTestId('confirm-ok').click();
    await expect(this.link(fileName)).toHaveCount(0);
  }
}
