import fc from 'fast-check';
import { MeasureStatus, Phase, Transferability } from './measure';
import {
  DEFAULT_PUBLIC_GROUPS,
  PUBLIC_FIELD_GROUPS,
  PublicFieldGroup,
  publicDifferences,
  publicMeasure,
  PublicMeasureSource,
  publicPageDifferences,
  PublicProjectPage,
} from './publication';

const source: PublicMeasureSource = {
  code: 'EIF-M01',
  title: 'Glasfaser für alle Schulen',
  summary: 'Kurz',
  description: 'Lang',
  responsibleUnit: 'Kreisverwaltung, Stabsstelle Digitalisierung',
  fieldsOfAction: ['Bildung'],
  leadMunicipality: { name: 'Bitburg', ars: '072325001001' },
  municipalities: [{ name: 'Bitburg', ars: '072325001001' }],
  ossRepositoryUrl: null,
  ossLicence: 'EUPL-1.2',
  transferability: Transferability.HIGH,
  status: MeasureStatus.IN_PROGRESS,
  phase: Phase.B,
  plannedStart: '2025-01-01',
  plannedEnd: '2027-12-31',
  actualStart: '2025-02-01',
  actualEnd: null,
  progress: 40,
  progressReason: null,
  milestones: [{ title: 'Lastenheft', baselineDate: '2026-03-01', forecastDate: null, completedOn: '2026-03-05' }],
  indicators: [
    {
      name: 'Angebundene Schulen',
      unit: 'Anzahl',
      baselineValue: '0',
      targetValue: '40',
      targetDate: '2027-12-31',
      latestValue: '12',
      latestOn: '2026-09-30',
      values: [{ measuredOn: '2026-09-30', value: '12' }],
    },
  ],
  plannedCents: '100000',
  spentCents: '4000',
  reports: [{ reportDate: '2026-10-01', achieved: 'Zwölf Schulen angebunden', nextSteps: 'Ausschreibung Los 2' }],
};

describe('the public version of a measure', () => {
  it('holds by default texts, status and milestones, and never money or figures', () => {
    const measure = publicMeasure(source, DEFAULT_PUBLIC_GROUPS);
    expect(measure.texts).toEqual({ summary: 'Kurz', description: 'Lang' });
    expect(measure.status?.status).toBe(MeasureStatus.IN_PROGRESS);
    expect(measure.milestones).toHaveLength(1);
    expect(measure).not.toHaveProperty('money');
    expect(measure).not.toHaveProperty('progress');
    expect(measure).not.toHaveProperty('indicators');
  });

  it('holds only the groups chosen, and the always-public facts', () => {
    const measure = publicMeasure(source, [PublicFieldGroup.MONEY]);
    expect(Object.keys(measure).sort()).toEqual(
      [
        'code',
        'title',
        'responsibleUnit',
        'fieldsOfAction',
        'leadMunicipality',
        'municipalities',
        'ossRepositoryUrl',
        'ossLicence',
        'transferability',
        'money',
      ].sort(),
    );
    expect(measure.money).toEqual({ plannedCents: '100000', spentCents: '4000' });
  });

  it('names the parts that changed, whatever the order of the stored keys', () => {
    const released = publicMeasure(source, PUBLIC_FIELD_GROUPS);
    // jsonb gives the keys back in its own order
    const reordered = Object.fromEntries(Object.entries(released).reverse()) as typeof released;
    reordered.status = Object.fromEntries(Object.entries(released.status ?? {}).reverse()) as typeof released.status;
    expect(publicDifferences(reordered, publicMeasure(source, PUBLIC_FIELD_GROUPS))).toEqual([]);
    const changed = publicMeasure({ ...source, title: 'Glasfaser', progress: 55, milestones: [] }, PUBLIC_FIELD_GROUPS);
    expect(publicDifferences(released, changed)).toEqual(['title', 'progress', 'milestones']);
  });

  it('sees no difference between a version and itself, and one for any change of a public text', () => {
    fc.assert(
      fc.property(fc.string(), fc.subarray([...PUBLIC_FIELD_GROUPS]), (text, groups) => {
        const before = publicMeasure(source, groups);
        expect(publicDifferences(before, publicMeasure(source, groups))).toEqual([]);
        const after = publicMeasure({ ...source, description: `${source.description}${text}x` }, groups);
        expect(publicDifferences(before, after)).toEqual(groups.includes(PublicFieldGroup.TEXTS) ? ['texts'] : []);
      }),
    );
  });
});

describe('the public part of status reports and indicator values', () => {
  it('are public only with their groups, and a report never carries risks or the traffic light', () => {
    expect(publicMeasure(source, DEFAULT_PUBLIC_GROUPS).reports).toBeUndefined();
    const measure = publicMeasure(source, [PublicFieldGroup.REPORTS, PublicFieldGroup.INDICATORS]);
    expect(measure.reports).toEqual([
      { reportDate: '2026-10-01', achieved: 'Zwölf Schulen angebunden', nextSteps: 'Ausschreibung Los 2' },
    ]);
    expect(measure.indicators?.[0].values).toEqual([{ measuredOn: '2026-09-30', value: '12' }]);
    const newer = publicMeasure({ ...source, reports: [{ ...source.reports[0], nextSteps: 'Los 3' }] }, [
      PublicFieldGroup.REPORTS,
    ]);
    expect(publicDifferences(publicMeasure(source, [PublicFieldGroup.REPORTS]), newer)).toEqual(['reports']);
  });
});

describe('the public page of a project', () => {
  const page: PublicProjectPage = {
    strategy: {
      title: 'Digitale Agenda',
      versionLabel: 'Fassung 2026',
      vision: 'Vernetzt',
      targetPictures: ['Gute Wege'],
      values: ['Offen'],
      adoptedOn: '2026-03-01',
      resolutionReference: 'KT/2026/12',
    },
    fieldsOfAction: [{ code: 'MOB', name: 'Mobilität', description: '', goals: [] }],
    project: { programme: 'MPSC', cohortYear: 2021, websiteUrl: null, phases: [] },
  };

  it('names the parts that changed, whatever the order of the stored keys', () => {
    // jsonb gives the keys back in its own order
    const reverse = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(reverse)
        : value && typeof value === 'object'
          ? Object.fromEntries(
              Object.entries(value)
                .reverse()
                .map(([k, v]) => [k, reverse(v)]),
            )
          : value;
    expect(publicPageDifferences(reverse(page) as PublicProjectPage, page)).toEqual([]);
    const changed: PublicProjectPage = {
      ...page,
      strategy: { ...(page.strategy as NonNullable<PublicProjectPage['strategy']>), vision: 'Verbunden' },
      fieldsOfAction: [{ ...page.fieldsOfAction[0], goals: [{ code: 'Z1', title: 'Takt', description: '' }] }],
    };
    expect(publicPageDifferences(page, changed)).toEqual(['strategy', 'fields']);
    expect(publicPageDifferences(page, { ...page, strategy: null })).toEqual(['strategy']);
  });
});
