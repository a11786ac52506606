import { MeasurePage } from './pages/measure.page';
import { SignInPage } from './pages/sign-in.page';
import { expectNoAccessibilityViolations } from './support/accessibility';
import { ACCOUNTS } from './support/accounts';
import { expect, test } from './support/fixtures';
import { saveScreenshot } from './support/screenshots';

const RECEIPT = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

test('a project manager attaches a PDF receipt to an expenditure and downloads it; the council may not attach', async ({
  page,
  browser,
}) => {
  const description = `Lizenz Bürgerportal (E2E ${Date.now()})`;
  await new SignInPage(page).signInAs(ACCOUNTS.editorEif);
  const measure = new MeasurePage(page);
  await measure.open('EIF', 'EIF-M05');
  await measure.fillExpenditure({ spentOn: '2026-11-19', amount: '238,00', description });
  await measure.expenditureForm.getByTestId('save-expenditure').click();
  await expect(measure.expenditureRow(description)).toContainText(/238,00\s€/);

  const receipts = measure.expenditureDocuments(description);
  // A program renamed to .pdf is refused by its content, with the reason in German.
  await receipts.attach({ name: 'Rechnung.pdf', mimeType: 'application/pdf', buffer: Buffer.from('MZ\x90\x00fake') });
  await expect(receipts.problem).toContainText('Diese Art von Datei wird nicht angenommen');
  await expect(receipts.links).toHaveCount(0);

  await receipts.attach({ name: 'Rechnung Lizenz 2026.pdf', mimeType: 'application/pdf', buffer: RECEIPT });
  await expect(receipts.link('Rechnung Lizenz 2026.pdf')).toBeVisible();
  await expect(receipts.problem).toBeEmpty();
  await expectNoAccessibilityViolations(page);
  await saveScreenshot(page, 'receipt-attached');

  const downloaded = await receipts.download('Rechnung Lizenz 2026.pdf');
  expect(downloaded.suggestedName).toBe('Rechnung Lizenz 2026.pdf');
  expect(downloaded.content.equals(RECEIPT)).toBe(true);

  // The council reads the receipt but has no button to attach or delete one.
  const councilContext = await browser.newContext();
  const councilPage = await councilContext.newPage();
  await new SignInPage(councilPage).signInAs(ACCOUNTS.councilEif);
  const councilMeasure = new MeasurePage(councilPage);
  await councilMeasure.open('EIF', 'EIF-M05');
  const councilReceipts = councilMeasure.expenditureDocuments(description);
  await expect(councilReceipts.link('Rechnung Lizenz 2026.pdf')).toBeVisible();
  await expect(councilReceipts.upload).toHaveCount(0);
  await expect(councilMeasure.budget.getByTestId('document-upload')).toHaveCount(0);
  await expect(councilMeasure.budget.getByTestId('document-remove')).toHaveCount(0);
  await councilContext.close();

  // The project manager deletes it again, after confirming.
  await receipts.remove('Rechnung Lizenz 2026.pdf');
});
