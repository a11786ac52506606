import { Phase } from '@masswerk/shared/domain';
import { demoMeasures, EIF_MEASURES, KL_MEASURES, KUS_MEASURES, LNZ_MEASURES, MYK_MEASURES, WND_MEASURES } from '.';

const valid = {
  title: 'Digitale Bürgerdienste',
  summary: 'Ein Satz.',
  fields: ['HF1'],
  lead: 'Stadt Kusel',
  participants: [],
  responsibleUnit: 'Projektbüro',
  partners: [],
  tags: ['verwaltung'],
  phase: Phase.B,
  milestones: ['Konzept', 'Pilot', 'Regelbetrieb'],
};

describe('demo measures (JSON content)', () => {
  it('loads the measures of all six model projects', () => {
    const all = [EIF_MEASURES, KL_MEASURES, KUS_MEASURES, LNZ_MEASURES, MYK_MEASURES, WND_MEASURES];
    expect(all.map((measures) => measures.length)).toEqual([22, 20, 16, 13, 24, 18]);
    expect(EIF_MEASURES[0]).toMatchObject({
      title: 'Regionale Datenplattform Eifelkreis',
      phase: Phase.B,
      flagship: true,
    });
  });

  it('accepts a complete measure', () => {
    expect(demoMeasures('x.json', [valid])).toEqual([valid]);
  });

  it.each([
    [{ ...valid, phase: 'C' }, 'x.json[0].phase: expected one of A, B'],
    [{ ...valid, title: '' }, 'x.json[0].title: expected a text'],
    [{ ...valid, fields: [] }, 'x.json[0].fields: expected at least one field of action'],
    [{ ...valid, tags: [1] }, 'x.json[0].tags: expected a list of texts'],
    [{ ...valid, milestones: ['a', 'b'] }, 'x.json[0].milestones: expected 3 to 6 titles'],
    [{ ...valid, software: 'ja' }, 'x.json[0].software: expected true or false'],
    [{ ...valid, indicator: { name: 'n', unit: 'u', baseline: '0', target: 1 } }, 'x.json[0].indicator: expected'],
  ])('names the file, the measure and the field of a mistake', (row, message) => {
    expect(() => demoMeasures('x.json', [row])).toThrow(message);
  });

  it('refuses a file that is not a list', () => {
    expect(() => demoMeasures('x.json', { title: 'x' })).toThrow('x.json: expected a list of measures');
  });
});
