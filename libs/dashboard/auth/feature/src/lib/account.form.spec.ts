import { passwordForm, tokenForm, toTokenInput } from './account.form';

describe('the account forms', () => {
  it('want a new password of ten characters at least', () => {
    const form = passwordForm();
    form.setValue({ currentPassword: 'alt', newPassword: 'kurz' });
    expect(form.controls.newPassword.invalid).toBe(true);
    form.controls.newPassword.setValue('lang-genug-10');
    expect(form.valid).toBe(true);
  });

  it('create a token that does not expire when no day is given', () => {
    expect(toTokenInput({ name: 'Export', expiresOn: '' })).toEqual({ name: 'Export', expiresOn: null });
    expect(toTokenInput({ name: 'Export', expiresOn: '2027-01-31' })).toEqual({
      name: 'Export',
      expiresOn: '2027-01-31',
    });
    expect(tokenForm().valid).toBe(false);
  });
});
