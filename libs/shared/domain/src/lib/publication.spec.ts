import fc from 'fast-check';
import { MeasureStatus, Phase, Transferability } from './measure';
import {
  DEFAULT_PUBLIC_GROUPS,
  PUBLIC_FIELD_GROUPS,
  PublicFieldGroup,
  publicDifferences,
  publicMeasure,
  PublicMeasureSource,
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
  indicators: [],
  plannedCents: '100000',
  spentCents: '4000',
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
