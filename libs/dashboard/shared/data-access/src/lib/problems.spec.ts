import { ApiError } from './graphql-error';
import { problemOf } from './problems';

const translate = (key: string) => `«${key}»`;
const de = (error: unknown) => problemOf(error, translate, 'de');
const en = (error: unknown) => problemOf(error, translate, 'en');

describe('problemOf', () => {
  it('tells a stale version from a refusal on a rule', () => {
    const stale = new ApiError('CONFLICT', 'Mitgliedschaft wurde inzwischen geändert', {
      reason: 'STALE_VERSION',
      currentVersion: 3,
    });
    expect(de(stale).kind).toBe('stale');
    const lastAdmin = new ApiError('CONFLICT', 'Das Projekt braucht mindestens eine Administration', {
      reason: 'LAST_ADMIN',
    });
    expect(de(lastAdmin)).toEqual({
      kind: 'refused',
      message: '«error.CONFLICT» Das Projekt braucht mindestens eine Administration',
      fields: [],
    });
  });

  it('reports the fields of bad input and of refusals that name one', () => {
    const input = new ApiError('BAD_USER_INPUT', 'Name fehlt', {
      fields: [{ field: 'input.displayName', message: 'Name fehlt' }],
    });
    expect(de(input)).toEqual({
      kind: 'input',
      message: '«error.BAD_USER_INPUT» Name fehlt',
      fields: [{ field: 'displayName', message: 'Name fehlt' }],
    });
    const member = new ApiError('CONFLICT', 'gehört dem Projekt bereits an', { field: 'input.email' });
    expect(de(member).fields).toEqual([{ field: 'email', message: 'gehört dem Projekt bereits an' }]);
  });

  it('never shows the API’s German wording in English', () => {
    const input = new ApiError('BAD_USER_INPUT', 'Name fehlt', {
      fields: [{ field: 'input.displayName', message: 'Name fehlt' }],
    });
    expect(en(input)).toEqual({
      kind: 'input',
      message: '«error.BAD_USER_INPUT»',
      fields: [{ field: 'displayName', message: '«error.field»' }],
    });
  });

  it('passes other errors through as translated codes', () => {
    expect(de(new ApiError('FORBIDDEN', 'Keine Berechtigung')).kind).toBe('forbidden');
    expect(de(new Error('kaputt'))).toEqual({ kind: 'other', message: '«error.INTERNAL_SERVER_ERROR»', fields: [] });
  });
});
