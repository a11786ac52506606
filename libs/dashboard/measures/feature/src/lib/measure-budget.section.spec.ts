import { toMoneyInput } from './measure-budget.section';

describe('toMoneyInput', () => {
  it('reads German and plain amounts', () => {
    expect(toMoneyInput('1.234,56')).toBe('1234.56');
    expect(toMoneyInput('1234.56')).toBe('1234.56');
    expect(toMoneyInput(' 99,9 € ')).toBe('99.9');
    expect(toMoneyInput('-12,00')).toBe('-12.00');
  });
});
