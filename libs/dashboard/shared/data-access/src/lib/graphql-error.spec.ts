import { ApiError, apiErrorText, apiFieldText, toApiError } from './graphql-error';

const translate = (key: string) => `«${key}»`;

describe('apiErrorText', () => {
  it('says what happened from the stable code, in the dashboard’s language', () => {
    const forbidden = new ApiError('FORBIDDEN', 'Dafür fehlt Ihnen die Berechtigung.');
    expect(apiErrorText(forbidden, translate, 'en')).toBe('«error.FORBIDDEN»');
    expect(apiErrorText(new ApiError('NETWORK', 'Der Server ist nicht erreichbar.'), translate, 'de')).toBe(
      '«error.NETWORK»',
    );
    expect(apiErrorText(new TypeError('x is undefined'), translate, 'de')).toBe('«error.INTERNAL_SERVER_ERROR»');
  });

  it('words a rule it knows by its reason, in every language', () => {
    const refused = new ApiError('BAD_USER_INPUT', 'Die Prognose … Vergangenheit …', {
      reason: 'FORECAST_IN_PAST',
      field: 'input.forecastDate',
    });
    expect(apiErrorText(refused, translate, 'en')).toBe('«error.reason.FORECAST_IN_PAST»');
    expect(apiErrorText(refused, translate, 'de')).toBe('«error.reason.FORECAST_IN_PAST»');
  });

  it('adds the API’s German reason in German only', () => {
    const refused = new ApiError('BAD_USER_INPUT', 'Ein Statusbericht kann nicht in der Zukunft datiert sein.');
    expect(apiErrorText(refused, translate, 'de')).toBe(
      '«error.BAD_USER_INPUT» Ein Statusbericht kann nicht in der Zukunft datiert sein.',
    );
    expect(apiErrorText(refused, translate, 'en')).toBe('«error.BAD_USER_INPUT»');
  });

  it('never shows GraphQL’s English wording', () => {
    const coercion = toApiError([
      {
        message: 'Variable "$input" got invalid value "1.500,00" at "input.amount"; Expected type "Money".',
        extensions: { code: 'BAD_USER_INPUT' },
      },
    ]);
    expect(apiErrorText(coercion, translate, 'de')).toBe('«error.BAD_USER_INPUT»');
    expect(apiFieldText('Field "code" is not defined', translate, 'de')).toBe('«error.field»');
    expect(apiFieldText('ist zu lang', translate, 'de')).toBe('ist zu lang');
    expect(apiFieldText('ist zu lang', translate, 'en')).toBe('«error.field»');
  });
});
