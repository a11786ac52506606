import { decimalDe, financeLines } from './narrative-report.pdf';

describe('the Sachbericht’s figures', () => {
  it('writes decimals the German way, with the unit', () => {
    expect(decimalDe('1250.5000', 'Nutzer')).toBe('1.250,5 Nutzer');
    expect(decimalDe('3.0000')).toBe('3');
    expect(decimalDe(null, '%')).toBe('–');
  });

  it('states plan against actual with the deviation in euros and percent', () => {
    const lines = financeLines({ plannedCents: '12000000', spentCents: '8000000', budgetDeviationReason: '' });
    expect(lines.figures).toBe(
      'Kostenplan 120.000,00 € · ausgegeben 80.000,00 € (67 % des Plans) · Abweichung -40.000,00 € (-33 %)',
    );
    expect(lines.reason).toBeNull();
  });

  it('signs an overspend and gives the recorded reason', () => {
    const lines = financeLines({
      plannedCents: '10000',
      spentCents: '12550',
      budgetDeviationReason: ' Lizenzkosten gestiegen ',
    });
    expect(lines.figures).toContain('Abweichung +25,50 € (+26 %)');
    expect(lines.reason).toBe('Lizenzkosten gestiegen');
  });

  it('asks for no reason where plan and actual agree', () => {
    expect(financeLines({ plannedCents: '500', spentCents: '500', budgetDeviationReason: '' }).reason).toBe('');
    expect(financeLines({ plannedCents: '0', spentCents: '0', budgetDeviationReason: '' }).figures).toBe(
      'Weder Kosten geplant noch Ausgaben erfasst.',
    );
  });
});
