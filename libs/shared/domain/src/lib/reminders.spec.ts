import fc from 'fast-check';
import { addDays, IsoDate } from './dates';
import { Freshness } from './freshness';
import {
  deadlineStage,
  leadDaysProblem,
  MANDATORY_REMINDER_KINDS,
  noUpcomingStage,
  REMINDER_KINDS,
  REMINDER_RULES,
  ReminderKind,
  reportStage,
  roundDue,
  sendTimeProblem,
} from './reminders';

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

describe('a project’s reminder settings', () => {
  it('takes 1 to 3 different lead days of 1 to 180', () => {
    expect(leadDaysProblem([30, 7])).toBeNull();
    expect(leadDaysProblem([180, 1])).toBeNull();
    expect(leadDaysProblem([])).toMatch(/Ein bis 3/);
    expect(leadDaysProblem([60, 30, 14, 7])).toMatch(/Ein bis 3/);
    expect(leadDaysProblem([7, 7])).toMatch(/einmal/);
    expect(leadDaysProblem([1.5])).toMatch(/ganze Tage/);
  });

  it('refuses any lead day outside 1 to 180 (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 1, maxLength: 3 }), (days) => {
        const fine = days.every((d) => d >= 1 && d <= 180) && new Set(days).size === days.length;
        expect(leadDaysProblem(days) === null).toBe(fine);
      }),
    );
  });

  it('takes a send time on a quarter hour, HH:MM', () => {
    expect(sendTimeProblem('06:00')).toBeNull();
    expect(sendTimeProblem('23:45')).toBeNull();
    expect(sendTimeProblem('6:00')).not.toBeNull();
    expect(sendTimeProblem('24:00')).not.toBeNull();
    expect(sendTimeProblem('07:10')).toMatch(/viertelstündlich/);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), (h, m) => {
        const time = `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
        expect(sendTimeProblem(time) === null).toBe(m % 15 === 0);
      }),
    );
  });

  it('runs a project’s round once a day, from its send time on', () => {
    expect(roundDue('07:30', '07:15', '2026-11-21', null)).toBe(false);
    expect(roundDue('07:30', '07:30', '2026-11-21', null)).toBe(true);
    expect(roundDue('07:30', '23:45', '2026-11-21', '2026-11-20')).toBe(true);
    expect(roundDue('07:30', '23:45', '2026-11-21', '2026-11-21')).toBe(false);
  });

  it('with lead days of its own, sends the nearest stage (deadlineStage takes the rules)', () => {
    const rules = { ...REMINDER_RULES, leadDays: [14] };
    expect(deadlineStage('2026-12-01', '2026-11-21', rules)).toEqual({ kind: 'DUE_SOON', stage: 'due-14' });
    expect(deadlineStage('2026-12-21', '2026-11-21', rules)).toBeNull();
  });

  it('keeps membership notices on for everyone: no switch offers them', () => {
    expect(REMINDER_KINDS).not.toContain(ReminderKind.MEMBERSHIP);
    expect(MANDATORY_REMINDER_KINDS.has(ReminderKind.MEMBERSHIP)).toBe(true);
  });
});
