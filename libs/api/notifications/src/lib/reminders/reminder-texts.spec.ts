import { Language, LANGUAGES, ReminderKind, Role } from '@masswerk/shared/domain';
import { digestMail, formatDate, REMINDER_TEXTS, ReminderParams, reminderText, storedText } from './reminder-texts';

const measure = { measureCode: 'M-07', measureTitle: 'Glasfaser', projectName: 'Eifel' };
const proof = { proof: 'FINAL' as const, phase: 'B', due: '2026-12-10', projectName: 'Eifel' };
const callOff = { reference: 'MA-B-7', amountCents: '1234567', phase: 'B', due: '2026-11-28', projectName: 'Eifel' };

/** One example of every kind: a new kind without one fails the first test. */
const EXAMPLES: { [K in ReminderKind]: ReminderParams[K] } = {
  [ReminderKind.MILESTONE_DUE_SOON]: { ...measure, milestone: 'Lastenheft', due: '2026-11-28', days: 7 },
  [ReminderKind.MILESTONE_LATE]: { ...measure, milestone: 'Lastenheft', days: 1 },
  [ReminderKind.REPORT_DUE]: { ...measure, daysSinceLastReport: null },
  [ReminderKind.NO_UPCOMING_MILESTONE]: measure,
  [ReminderKind.PROOF_DUE_SOON]: proof,
  [ReminderKind.PROOF_LATE]: proof,
  [ReminderKind.CALL_OFF_DUE_SOON]: callOff,
  [ReminderKind.CALL_OFF_LATE]: callOff,
  [ReminderKind.ROUND_REPORT_REQUESTED]: {
    ...measure,
    round: 'Halbjahresbericht 2026/2',
    due: '2026-12-15',
    late: false,
  },
  [ReminderKind.MEMBERSHIP]: { projectName: 'Eifel', role: Role.EDITOR, memberName: 'Erika', self: true },
};

describe('reminder texts', () => {
  it.each(Object.values(ReminderKind))('says %s in German and in English, differently', (kind) => {
    const [de, en] = LANGUAGES.map((language) => reminderText(kind, EXAMPLES[kind] as never, language));
    expect(de.title).not.toBe('');
    expect(en.title).not.toBe('');
    expect(en.title).not.toBe(de.title);
    expect(Object.keys(REMINDER_TEXTS)).toContain(kind);
  });

  it('writes what the round wrote before (German) and its English', () => {
    const due = EXAMPLES[ReminderKind.MILESTONE_DUE_SOON];
    expect(reminderText(ReminderKind.MILESTONE_DUE_SOON, due, Language.DE)).toEqual({
      title: 'Meilenstein „Lastenheft“ ist in 7 Tagen fällig (28.11.2026)',
      detail: 'Maßnahme M-07 – Glasfaser · Eifel',
    });
    expect(reminderText(ReminderKind.MILESTONE_DUE_SOON, due, Language.EN).title).toBe(
      'Milestone “Lastenheft” is due in 7 days (28 Nov 2026)',
    );
    expect(reminderText(ReminderKind.MILESTONE_LATE, EXAMPLES.MILESTONE_LATE, Language.EN).title).toBe(
      'Milestone “Lastenheft” is 1 day overdue',
    );
    expect(reminderText(ReminderKind.PROOF_LATE, proof, Language.DE).title).toBe(
      'Verwendungsnachweis Phase B ist seit 10.12.2026 überfällig',
    );
  });

  it('names a planned call-off by its reference where it has one, with its amount in the reader’s convention', () => {
    expect(reminderText(ReminderKind.CALL_OFF_DUE_SOON, callOff, Language.DE)).toEqual({
      title: 'Mittelabruf „MA-B-7“ ist am 28.11.2026 zu stellen',
      detail: 'Phase B, 12.345,67 € · Eifel',
    });
    expect(reminderText(ReminderKind.CALL_OFF_LATE, { ...callOff, reference: '' }, Language.EN)).toEqual({
      title: 'Call-off was to be requested on 28 Nov 2026 and is not requested yet',
      detail: 'Phase B, €12,345.67 · Eifel',
    });
  });

  it('asks for the report of a reporting round, and says when it is overdue', () => {
    const asked = EXAMPLES[ReminderKind.ROUND_REPORT_REQUESTED];
    expect(reminderText(ReminderKind.ROUND_REPORT_REQUESTED, asked, Language.DE)).toEqual({
      title: 'Statusbericht erbeten bis 15.12.2026: M-07 (Halbjahresbericht 2026/2)',
      detail: 'Berichtsrunde „Halbjahresbericht 2026/2“ · Maßnahme M-07 – Glasfaser · Eifel',
    });
    expect(reminderText(ReminderKind.ROUND_REPORT_REQUESTED, { ...asked, late: true }, Language.EN).title).toBe(
      'Status report overdue since 15 Dec 2026: M-07 (Halbjahresbericht 2026/2)',
    );
  });

  it('tells the member and the project office of a membership', () => {
    const notice = EXAMPLES[ReminderKind.MEMBERSHIP];
    expect(reminderText(ReminderKind.MEMBERSHIP, notice, Language.DE).title).toBe(
      'Sie sind jetzt Maßnahmenverantwortliche im Projekt „Eifel“',
    );
    expect(reminderText(ReminderKind.MEMBERSHIP, { ...notice, self: false }, Language.EN).title).toBe(
      'Erika is now responsible for measures in the project “Eifel”',
    );
  });

  it('keeps the text of a notification written without parameters', () => {
    const old = { kind: ReminderKind.REPORT_DUE, params: null, title: 'Alt', detail: 'Text' };
    expect(storedText(old, Language.EN)).toEqual({ title: 'Alt', detail: 'Text' });
  });

  it('writes dates as each language does', () => {
    expect(formatDate('2026-03-05', Language.DE)).toBe('05.03.2026');
    expect(formatDate('2026-03-05', Language.EN)).toBe('5 Mar 2026');
  });

  it('writes the digest in the person’s language', () => {
    const items = [{ title: 'A', detail: 'B', link: '/x' }];
    expect(digestMail({ displayName: 'Erika' }, items, 'https://m.example', Language.EN)).toMatchObject({
      subject: 'Maßwerk: 1 new reminder',
      body: expect.stringContaining('Hello Erika,'),
    });
    expect(digestMail({ displayName: 'Erika' }, [...items, ...items], 'https://m.example', Language.DE).subject).toBe(
      'Maßwerk: 2 neue Erinnerungen',
    );
  });
});
