import type { FieldOfActionView, MemberView } from './admin.api';
import {
  addMemberInput,
  canToggleDisabled,
  createGrantInput,
  createMeasureInput,
  isLastAdmin,
  lines,
  measureCodePattern,
  membershipUpdate,
  nextFieldCode,
  nextGoalCode,
  nextInSeries,
  strategyVersionFields,
  strategyVersionValues,
  updateGrantInput,
} from './admin.rules';

const member = (over: Partial<MemberView> = {}): MemberView => ({
  id: 'm1',
  role: 'EDITOR',
  version: 4,
  territorialUnit: { id: 'u1', name: 'VG Prüm' },
  user: {
    id: 'user1',
    email: 'a@example.org',
    displayName: 'A',
    disabled: false,
    isPlatformAdmin: false,
    lastSignInAt: null,
    version: 1,
  },
  ...over,
});

const field = (id: string, code: string, goals: { id: string; code: string }[] = []): FieldOfActionView => ({
  id,
  code,
  name: code,
  description: '',
  sortOrder: 0,
  version: 1,
  goals: goals.map((g) => ({ ...g, title: g.code, description: '', sortOrder: 0, version: 1 })),
});

describe('members and roles', () => {
  it('sends name and password only when given, and a municipality only for editors', () => {
    expect(
      addMemberInput('p1', {
        email: ' Neu@Example.org ',
        displayName: '',
        initialPassword: '',
        role: 'COUNCIL',
        territorialUnitId: 'u1',
      }),
    ).toEqual({ modelProjectId: 'p1', email: 'neu@example.org', role: 'COUNCIL' });
    expect(
      addMemberInput('p1', {
        email: 'neu@example.org',
        displayName: ' Neue Person ',
        initialPassword: 'Geheim-12345',
        role: 'EDITOR',
        territorialUnitId: 'u1',
      }),
    ).toEqual({
      modelProjectId: 'p1',
      email: 'neu@example.org',
      role: 'EDITOR',
      displayName: 'Neue Person',
      initialPassword: 'Geheim-12345',
      territorialUnitId: 'u1',
    });
  });

  it('clears the municipality when an editor gets another role, and sends nothing when nothing changed', () => {
    expect(membershipUpdate(member(), { role: 'EDITOR', territorialUnitId: 'u1' })).toBeNull();
    expect(membershipUpdate(member(), { role: 'COUNCIL', territorialUnitId: 'u1' })).toEqual({
      id: 'm1',
      version: 4,
      role: 'COUNCIL',
      territorialUnitId: null,
    });
    expect(membershipUpdate(member(), { role: 'EDITOR', territorialUnitId: '' })).toEqual({
      id: 'm1',
      version: 4,
      role: 'EDITOR',
      territorialUnitId: null,
    });
  });

  it('knows the last administrator', () => {
    const admin = member({ id: 'a', role: 'ADMIN', territorialUnit: null });
    expect(isLastAdmin(admin, [admin, member()])).toBe(true);
    expect(isLastAdmin(admin, [admin, member({ id: 'b', role: 'ADMIN' })])).toBe(false);
    expect(isLastAdmin(member(), [member()])).toBe(false);
  });

  it('lets only platform administrators disable accounts, never their own', () => {
    expect(canToggleDisabled({ id: 'x', isPlatformAdmin: true }, member())).toBe(true);
    expect(canToggleDisabled({ id: 'user1', isPlatformAdmin: true }, member())).toBe(false);
    expect(canToggleDisabled({ id: 'x', isPlatformAdmin: false }, member())).toBe(false);
    expect(canToggleDisabled(null, member())).toBe(false);
  });
});

describe('codes', () => {
  it('suggests the next codes of fields of action and goals', () => {
    expect(nextFieldCode([])).toBe('HF1');
    expect(nextFieldCode([field('a', 'HF1'), field('b', 'HF4')])).toBe('HF5');
    expect(nextGoalCode(field('a', 'HF2'))).toBe('HF2.1');
    expect(
      nextGoalCode(
        field('a', 'HF2', [
          { id: 'g', code: 'HF2.1' },
          { id: 'h', code: 'HF2.3' },
        ]),
      ),
    ).toBe('HF2.4');
    expect(nextGoalCode(field('a', 'HF1', [{ id: 'g', code: 'Z1.2' }]))).toBe('Z1.3');
    expect(nextFieldCode([field('a', 'A'), field('b', 'B')])).toBe('HF1');
  });

  it('follows the other fields’ scheme for the first goal of a field', () => {
    const hf2 = field('b', 'HF2', [{ id: 'g', code: 'Z2.1' }]);
    expect(nextGoalCode(field('d', 'HF4'), [field('a', 'HF1'), hf2])).toBe('Z4.1');
  });

  it('continues numbered series in their width', () => {
    expect(nextInSeries(['EIF-M07', 'EIF-M05'])).toBe('EIF-M08');
    expect(nextInSeries(['EIF-M09'])).toBe('EIF-M10');
    expect(nextInSeries(['HF9'])).toBe('HF10');
    expect(nextInSeries(['A', 'B'])).toBeNull();
  });

  it('checks measure codes against the project code', () => {
    expect(measureCodePattern('EIF').test('EIF-M07')).toBe(true);
    expect(measureCodePattern('EIF').test('MYK-M07')).toBe(false);
    expect(measureCodePattern('EIF').test('EIF-7')).toBe(false);
  });
});

describe('createMeasureInput', () => {
  it('adds the fields of the chosen goals and leaves out empty values', () => {
    const fields = [
      field('f1', 'HF1', [{ id: 'g1', code: 'HF1.1' }]),
      field('f2', 'HF2', [{ id: 'g2', code: 'HF2.1' }]),
    ];
    expect(
      createMeasureInput(
        'p1',
        {
          code: ' eif-m42 ',
          title: ' Neue Maßnahme ',
          phase: 'B',
          fieldOfActionIds: ['f1'],
          goalIds: ['g2'],
          leadUnitId: '',
          plannedStart: '2026-01-01',
          plannedEnd: '',
          priority: 'HIGH',
          flagship: true,
          published: false,
          strategyWork: true,
        },
        fields,
      ),
    ).toEqual({
      modelProjectId: 'p1',
      code: 'EIF-M42',
      title: 'Neue Maßnahme',
      phase: 'B',
      priority: 'HIGH',
      flagship: true,
      published: false,
      fieldOfActionIds: ['f1', 'f2'],
      goalIds: ['g2'],
      plannedStart: '2026-01-01',
    });
  });

  it('marks strategy work only in Phase A', () => {
    const values = {
      code: '',
      title: 'Strategieentwicklung',
      fieldOfActionIds: [],
      goalIds: [],
      leadUnitId: '',
      plannedStart: '',
      plannedEnd: '',
      priority: 'HIGH' as const,
      flagship: false,
      published: false,
      strategyWork: true,
    };
    expect(createMeasureInput('p1', { ...values, phase: 'A' }, []).strategyWork).toBe(true);
    expect(createMeasureInput('p1', { ...values, phase: 'A', strategyWork: false }, []).strategyWork).toBeUndefined();
  });
});

describe('strategy versions', () => {
  it('sends lists line by line and empty dates as null', () => {
    const values = {
      ...strategyVersionValues(null),
      label: ' Fortschreibung 2026 ',
      adoptedOn: '2026-03-01',
      targetPictures: 'Vernetzt\n\n  Nachhaltig ',
    };
    expect(strategyVersionFields(values)).toEqual({
      label: 'Fortschreibung 2026',
      adoptedOn: '2026-03-01',
      resolutionReference: null,
      acceptedByFunderOn: null,
      vision: '',
      targetPictures: ['Vernetzt', 'Nachhaltig'],
      values: [],
      notes: '',
    });
    expect(lines(' a \n\nb')).toEqual(['a', 'b']);
  });
});

describe('grants', () => {
  const values = {
    commitmentNumber: ' 436-2021-17 ',
    commitmentDate: '2021-09-15',
    eligibleCosts: '1.000.000,00',
    fundingRate: '65',
    grantAmount: '',
    ownShare: '',
    periodStart: '',
    periodEnd: '',
    notes: '',
  };

  it('leaves grant and own share to the API when empty', () => {
    expect(createGrantInput('p1', 'A', values, 'de')).toEqual({
      modelProjectId: 'p1',
      phase: 'A',
      commitmentNumber: '436-2021-17',
      commitmentDate: '2021-09-15',
      eligibleCosts: '1000000.00',
      fundingRate: 65,
      periodStart: null,
      periodEnd: null,
      notes: '',
    });
  });

  it('sends every field of a change with its version', () => {
    expect(
      updateGrantInput({ id: 'g1', version: 2 }, { ...values, grantAmount: '650.000', ownShare: '350.000,00' }, 'de'),
    ).toEqual({
      id: 'g1',
      version: 2,
      commitmentNumber: '436-2021-17',
      commitmentDate: '2021-09-15',
      eligibleCosts: '1000000.00',
      fundingRate: 65,
      grantAmount: '650000.00',
      ownShare: '350000.00',
      periodStart: null,
      periodEnd: null,
      notes: '',
    });
  });
});
