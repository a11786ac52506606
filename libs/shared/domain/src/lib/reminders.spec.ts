import fc from 'fast-check';
import { addDays, IsoDate } from './dates';
import { Freshness } from './freshness';
import { deadlineStage, noUpcomingStage, reportStage } from './reminders';

describe('reminder stages', () => {
  const due = '2027-03-31';
  it.each([
    [-45, null],
    [-31, null],
    [-30, 'due-30'],
    [-8, 'due-30'],
    [-7, 'due-7'],
    [0, 'due-7'],
    [1, 'late-1'],
    [6, 'late-1'],
    [7, 'late-7'],
    [36, 'late-7'],
    [37, 'late-37'],
    [66, 'late-37'],
    [67, 'late-67'],
  ])('%i days after the due day: %s', (offset, stage) => {
    expect(deadlineStage(due, addDays(due, offset))?.stage ?? null).toBe(stage);
  });

  it('sends each reminder once and in order however many days the rounds skip', () => {
    // a round on some days only: the stages seen are the stages of the days it ran, each once, in the order of time
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 40 }), (gaps) => {
        let day: IsoDate = addDays(due, -40);
        const sent: string[] = [];
        for (const gap of gaps) {
          day = addDays(day, gap);
          const stage = deadlineStage(due, day)?.stage;
          if (stage && !sent.includes(stage)) sent.push(stage);
        }
        const order = (s: string) => (s.startsWith('due') ? -Number(s.slice(4)) : Number(s.slice(5)));
        expect([...sent].sort((a, b) => order(a) - order(b))).toEqual(sent);
        // a round on the due day itself or later has sent the late notices of the days it saw
        const last = deadlineStage(due, day);
        if (last) expect(sent[sent.length - 1]).toBe(last.stage);
      }),
    );
  });

  it('asks for a report once per freshness class since the latest report', () => {
    expect(reportStage(Freshness.CURRENT, '2026-11-01')).toBeNull();
    expect(reportStage(Freshness.DUE, '2026-09-01')).toBe('due-2026-09-01');
    expect(reportStage(Freshness.STALE, '2026-09-01')).toBe('stale-2026-09-01');
    expect(reportStage(Freshness.NO_REPORT, null)).toBe('no_report-never');
  });

  it('asks about an empty horizon once a quarter', () => {
    expect(noUpcomingStage('2027-06-01', '2026-12-07')).toBeNull();
    expect(noUpcomingStage(null, '2026-12-07')).toBe('2026-q4');
    expect(noUpcomingStage('2028-02-01', '2027-01-02')).toBe('2027-q1');
  });
});
