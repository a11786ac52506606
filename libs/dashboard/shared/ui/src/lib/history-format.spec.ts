import { historyFieldKey, historyValue, HistoryWords } from './history-format';

const KNOWN: Record<string, string> = {
  'priority.LOW': 'niedrig',
  'priority.HIGH': 'hoch',
  'status.IN_PROGRESS': 'in Umsetzung',
  'common.yes': 'ja',
  'common.no': 'nein',
  'history.entries': 'Einträge',
};
const de: HistoryWords = { language: 'de', translate: (k) => KNOWN[k] ?? k, has: (k) => k in KNOWN };
const en: HistoryWords = { ...de, language: 'en' };
const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('the history in the interface’s language', () => {
  it('writes days and instants as the language does', () => {
    expect(historyValue('plannedEnd', '"2027-03-15"', de)).toBe('15.03.2027');
    expect(historyValue('plannedEnd', '"2027-03-15"', en)).toBe('15/03/2027');
    expect(historyValue('baselineDate', '"2020-01-01"', de)).toBe('01.01.2020');
    expect(historyValue('disabledAt', '"2026-12-06T09:30:00.000Z"', de)).toMatch(/06\.12\.2026/);
  });

  it('names coded values in words', () => {
    expect(historyValue('priority', '"LOW"', de)).toBe('niedrig');
    expect(historyValue('status', '"IN_PROGRESS"', de)).toBe('in Umsetzung');
  });

  it('writes money stored as cents in euros, and rates stored as basis points in percent', () => {
    expect(nbsp(historyValue('amountCents', '"1500000"', de))).toBe('15.000,00 €');
    expect(nbsp(historyValue('fundingRateBp', '6550', de))).toBe('65,5 %');
    expect(historyFieldKey('grantAmountCents')).toBe('grantAmount');
    expect(historyFieldKey('fundingRateBp')).toBe('fundingRate');
  });

  it('keeps other values, and says when there are none', () => {
    expect(historyValue('title', '"Digitale Sprechstunde"', de)).toBe('Digitale Sprechstunde');
    expect(historyValue('flagship', 'true', de)).toBe('ja');
    expect(historyValue('tags', '["a","b"]', de)).toBe('2 Einträge');
    expect(historyValue('summary', '""', de)).toBe('–');
    expect(historyValue('summary', null, de)).toBe('–');
  });
});
