import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FundingWarningView } from './funding.api';
import { FUNDING_WARNING_CODES, warningKey, warningParams } from './funding-warnings';

const texts = (language: string) =>
  JSON.parse(
    readFileSync(join(__dirname, '../../../../../../apps/dashboard/public/i18n/funding', `${language}.json`), 'utf8'),
  ) as { warning: Record<string, string> };

const aWarning = (overrides: Partial<FundingWarningView> = {}): FundingWarningView => ({
  code: 'GRANT_EXCEEDS_RATE',
  severity: 'ERROR',
  message: 'Phase B: …',
  phase: 'B',
  measureCode: null,
  limit: '650000.01',
  value: '700000.00',
  dueDate: null,
  ...overrides,
});

describe('funding warnings', () => {
  it.each(['de', 'en'])('have a text for every code in %s, naming the values it gives', (language) => {
    const { warning } = texts(language);
    for (const code of FUNDING_WARNING_CODES) {
      expect(warning[code]).toBeTruthy();
      for (const name of warning[code].match(/\{\{\s*(\w+)\s*\}\}/g) ?? [])
        expect(Object.keys(warningParams(aWarning(), 'de'))).toContain(name.replace(/[{}\s]/g, ''));
    }
  });

  it('format amounts and dates for the language', () => {
    expect(warningParams(aWarning(), 'de')).toMatchObject({
      phase: 'B',
      value: '700.000,00\u00a0€',
      limit: '650.000,01\u00a0€',
    });
    expect(warningParams(aWarning({ dueDate: '2027-01-10' }), 'en')).toMatchObject({
      value: '€700,000.00',
      date: '10/01/2027',
    });
  });

  it('fall back to the message for a code the dashboard does not know yet', () => {
    expect(warningKey({ code: 'PROOF_OVERDUE' })).toBe('funding.warning.PROOF_OVERDUE');
    expect(warningKey({ code: 'SOMETHING_NEW' as never })).toBeNull();
  });
});
