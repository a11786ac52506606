import { ApiError } from '@masswerk/dashboard/shared/data-access';
import { problemOf } from './problems';

describe('problemOf', () => {
  it('tells a stale version from a refusal on a rule', () => {
    const stale = new ApiError('CONFLICT', 'Mitgliedschaft wurde inzwischen geändert', { currentVersion: 3 });
    expect(problemOf(stale).kind).toBe('stale');
    const lastAdmin = new ApiError('CONFLICT', 'Das Projekt braucht mindestens eine Administration');
    expect(problemOf(lastAdmin)).toEqual({
      kind: 'refused',
      message: 'Das Projekt braucht mindestens eine Administration',
      fields: [],
    });
  });

  it('reports the fields of bad input and of refusals that name one', () => {
    const input = new ApiError('BAD_USER_INPUT', 'Name fehlt', {
      fields: [{ field: 'input.displayName', message: 'Name fehlt' }],
    });
    expect(problemOf(input)).toEqual({
      kind: 'input',
      message: 'Name fehlt',
      fields: [{ field: 'displayName', message: 'Name fehlt' }],
    });
    const member = new ApiError('CONFLICT', 'gehört dem Projekt bereits an', { field: 'input.email' });
    expect(problemOf(member).fields).toEqual([{ field: 'email', message: 'gehört dem Projekt bereits an' }]);
  });

  it('passes other errors through', () => {
    expect(problemOf(new ApiError('FORBIDDEN', 'Keine Berechtigung')).kind).toBe('forbidden');
    expect(problemOf(new Error('kaputt'))).toEqual({ kind: 'other', message: 'kaputt', fields: [] });
  });
});
