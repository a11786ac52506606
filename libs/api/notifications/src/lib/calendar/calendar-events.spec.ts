import { MPSC_RULES, Phase } from '@masswerk/shared/domain';
import {
  callOffDeadlines,
  callOffEntry,
  GrantRow,
  milestoneEntry,
  MilestoneRow,
  proofDeadlines,
  proofEntry,
  toICalendar,
} from './calendar-events';

const origin = 'https://masswerk.example.org';
const milestone: MilestoneRow = {
  id: '7c0c8a4e-0000-4000-8000-000000000001',
  title: 'Ausschreibung veröffentlicht',
  baselineDate: '2027-03-15',
  forecastDate: null,
  measureCode: 'M-07',
  measureTitle: 'Digitales Bürgerbüro',
  projectCode: 'EIF',
  projectName: 'Eifelkreis Bitburg-Prüm',
};

describe('calendar entries', () => {
  it('puts a milestone on its forecast day, else its baseline, and marks late ones', () => {
    expect(milestoneEntry(milestone, '2027-01-01', origin)).toMatchObject({
      date: '2027-03-15',
      summary: 'Meilenstein: Ausschreibung veröffentlicht (M-07)',
      url: `${origin}/projekte/EIF/massnahmen/M-07`,
    });
    const moved = milestoneEntry({ ...milestone, forecastDate: '2027-05-02' }, '2027-06-01', origin);
    expect(moved.date).toBe('2027-05-02');
    expect(moved.summary).toBe('Meilenstein (überfällig): Ausschreibung veröffentlicht (M-07)');
    expect(moved.description).toContain('Geplant (Basis): 15.03.2027');
    expect(moved.description).toContain('Prognose: 02.05.2027');
  });

  const grant: GrantRow = {
    id: '7c0c8a4e-0000-4000-8000-0000000000aa',
    phase: Phase.B,
    commitmentDate: '2023-04-01',
    programmeId: 'p',
    projectCode: 'EIF',
    projectName: 'Eifelkreis Bitburg-Prüm',
    proofs: [],
    plannedCallOffs: [],
  };

  it('owes the final proof from the commitment until one is submitted, and each open interim proof', () => {
    expect(proofDeadlines(grant, MPSC_RULES)).toEqual([
      expect.objectContaining({ id: grant.id, kind: 'FINAL', due: '2028-10-01' }),
    ]);
    const withProofs: GrantRow = {
      ...grant,
      proofs: [
        { id: 'i1', kind: 'INTERIM', periodEnd: '2025-12-31', submittedOn: '2026-03-01' },
        { id: 'i2', kind: 'INTERIM', periodEnd: '2026-12-31', submittedOn: null },
      ],
    };
    const due = proofDeadlines(withProofs, MPSC_RULES).map((d) => [d.id, d.kind]);
    expect(due).toEqual([
      ['i2', 'INTERIM'],
      [grant.id, 'FINAL'],
    ]);
    const finished: GrantRow = {
      ...grant,
      proofs: [{ id: 'f', kind: 'FINAL', periodEnd: '2028-06-30', submittedOn: '2028-09-01' }],
    };
    expect(proofDeadlines(finished, MPSC_RULES)).toEqual([]);
    expect(proofDeadlines({ ...grant, commitmentDate: null }, MPSC_RULES)).toEqual([]);
  });

  it('puts each planned call-off on the day it is to be requested, late ones marked', () => {
    const planned: GrantRow = {
      ...grant,
      plannedCallOffs: [{ id: 'c1', reference: 'MA-B-7', requestedOn: '2026-11-28', amountCents: '1234567' }],
    };
    const [deadline] = callOffDeadlines(planned);
    expect(deadline).toMatchObject({ id: 'c1', phase: Phase.B, due: '2026-11-28', projectCode: 'EIF' });
    expect(callOffEntry(deadline, '2026-11-21', origin)).toEqual({
      uid: 'call-off-c1@masswerk',
      date: '2026-11-28',
      summary: 'Mittelabruf MA-B-7 Phase B: Eifelkreis Bitburg-Prüm',
      description:
        'Geplanter Mittelabruf der Phase B über 12.345,67 €, zu stellen am 28.11.2026.\nModellprojekt: Eifelkreis Bitburg-Prüm',
      url: `${origin}/projekte/EIF/finanzen`,
    });
    expect(callOffEntry(deadline, '2026-11-29', origin).summary).toContain('(überfällig)');
    expect(callOffDeadlines(grant)).toEqual([]);
  });

  it('writes all-day events with stable ids, on the right day in any time zone', () => {
    const text = toICalendar(
      [
        milestoneEntry(milestone, '2027-01-01', origin),
        proofEntry(proofDeadlines(grant, MPSC_RULES)[0], '2027-01-01', origin),
      ],
      'Maßwerk – Test',
    );
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(text).toContain(`UID:milestone-${milestone.id}@masswerk`);
    expect(text).toContain('DTSTART;VALUE=DATE:20270315');
    expect(text).toContain('DTEND;VALUE=DATE:20270316');
    expect(text).toContain('SUMMARY:Verwendungsnachweis Phase B: Eifelkreis Bitburg-Prüm');
    expect(text).toContain('DTSTART;VALUE=DATE:20281001');
    // sorted by day: the milestone in 2027 before the proof in 2028
    expect(text.indexOf('20270315')).toBeLessThan(text.indexOf('20281001'));
  });
});
