import {
  formatEuroDe,
  formatEuroEn,
  formatGermanDate,
  IsoDate,
  Language,
  ReminderKind,
  Role,
  ROLE_LABEL_DE,
  ROLE_LABEL_EN,
} from '@masswerk/shared/domain';

/**
 * What a reminder says, in the recipient's language (decision 0061). A notification stores its kind and these
 * parameters; the texts are made when they are read (the bell, the digest, the project's record), so that a person
 * who switches language reads every reminder in it. A new kind adds its parameters here and one entry to
 * `REMINDER_TEXTS` (the compiler asks for both).
 */
export interface ReminderParams {
  [ReminderKind.MILESTONE_DUE_SOON]: MeasureRef & { milestone: string; due: IsoDate; days: number };
  [ReminderKind.MILESTONE_LATE]: MeasureRef & { milestone: string; days: number };
  [ReminderKind.REPORT_DUE]: MeasureRef & { daysSinceLastReport: number | null };
  [ReminderKind.NO_UPCOMING_MILESTONE]: MeasureRef;
  [ReminderKind.PROOF_DUE_SOON]: ProofRef;
  [ReminderKind.PROOF_LATE]: ProofRef;
  [ReminderKind.CALL_OFF_DUE_SOON]: CallOffRef;
  [ReminderKind.CALL_OFF_LATE]: CallOffRef;
  /** A reporting round asks for a report on the measure by `due` (`late`: the day has passed). */
  [ReminderKind.ROUND_REPORT_REQUESTED]: MeasureRef & { round: string; due: IsoDate; late: boolean };
  /** `self`: to the new member; otherwise to the project office about `memberName`. */
  [ReminderKind.MEMBERSHIP]: { projectName: string; role: Role; memberName: string; self: boolean };
}

interface MeasureRef {
  measureCode: string;
  measureTitle: string;
  projectName: string;
}

interface ProofRef {
  proof: 'INTERIM' | 'FINAL';
  phase: string;
  due: IsoDate;
  projectName: string;
}

/** A planned call-off of funds: its reference (may be empty), amount in cents and the day it is to be requested. */
interface CallOffRef {
  reference: string;
  amountCents: string;
  phase: string;
  due: IsoDate;
  projectName: string;
}

export interface ReminderText {
  title: string;
  detail: string;
}

type Texts = { [K in ReminderKind]: (params: ReminderParams[K], language: Language) => ReminderText };

/** A date as the language writes it: 28.11.2026, 28 Nov 2026. */
export function formatDate(date: IsoDate, language: Language): string {
  if (language === Language.DE) return formatGermanDate(date);
  const [y, m, d] = date.split('-').map(Number);
  const month = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1];
  return `${d} ${month} ${y}`;
}

const days = (n: number, language: Language) =>
  language === Language.DE ? (n === 1 ? '1 Tag' : `${n} Tagen`) : n === 1 ? '1 day' : `${n} days`;

const measureDetail = (p: MeasureRef, language: Language) =>
  `${language === Language.DE ? 'Maßnahme' : 'Measure'} ${p.measureCode} – ${p.measureTitle} · ${p.projectName}`;

const proofName = (p: ProofRef, language: Language) =>
  language === Language.DE
    ? p.proof === 'FINAL'
      ? 'Verwendungsnachweis'
      : 'Zwischennachweis'
    : p.proof === 'FINAL'
      ? 'Final proof of use'
      : 'Interim proof of use';

const callOffName = (p: CallOffRef, language: Language) =>
  language === Language.DE
    ? `Mittelabruf${p.reference ? ` „${p.reference}“` : ''}`
    : `Call-off${p.reference ? ` “${p.reference}”` : ''}`;

const callOffDetail = (p: CallOffRef, language: Language) =>
  `Phase ${p.phase}, ${(language === Language.DE ? formatEuroDe : formatEuroEn)(BigInt(p.amountCents))} · ${p.projectName}`;

export const REMINDER_TEXTS: Texts = {
  [ReminderKind.MILESTONE_DUE_SOON]: (p, l) => ({
    title:
      l === Language.DE
        ? p.days === 0
          ? `Meilenstein „${p.milestone}“ ist heute fällig`
          : `Meilenstein „${p.milestone}“ ist in ${days(p.days, l)} fällig (${formatDate(p.due, l)})`
        : p.days === 0
          ? `Milestone “${p.milestone}” is due today`
          : `Milestone “${p.milestone}” is due in ${days(p.days, l)} (${formatDate(p.due, l)})`,
    detail: measureDetail(p, l),
  }),
  [ReminderKind.MILESTONE_LATE]: (p, l) => ({
    title:
      l === Language.DE
        ? `Meilenstein „${p.milestone}“ ist seit ${days(p.days, l)} überfällig`
        : `Milestone “${p.milestone}” is ${days(p.days, l)} overdue`,
    detail: measureDetail(p, l),
  }),
  [ReminderKind.REPORT_DUE]: (p, l) => ({
    title:
      l === Language.DE
        ? p.daysSinceLastReport === null
          ? `Statusbericht fällig: noch kein Bericht zu ${p.measureCode}`
          : `Statusbericht fällig: der letzte zu ${p.measureCode} ist ${p.daysSinceLastReport} Tage alt`
        : p.daysSinceLastReport === null
          ? `Status report due: no report on ${p.measureCode} yet`
          : `Status report due: the latest on ${p.measureCode} is ${p.daysSinceLastReport} days old`,
    detail: measureDetail(p, l),
  }),
  [ReminderKind.NO_UPCOMING_MILESTONE]: (p, l) => ({
    title:
      l === Language.DE
        ? `Kein offener Meilenstein in den nächsten zwölf Monaten: ${p.measureCode}`
        : `No open milestone in the next twelve months: ${p.measureCode}`,
    detail: measureDetail(p, l),
  }),
  [ReminderKind.PROOF_DUE_SOON]: (p, l) => ({
    title:
      l === Language.DE
        ? `${proofName(p, l)} Phase ${p.phase} ist am ${formatDate(p.due, l)} fällig`
        : `${proofName(p, l)} of phase ${p.phase} is due on ${formatDate(p.due, l)}`,
    detail: p.projectName,
  }),
  [ReminderKind.PROOF_LATE]: (p, l) => ({
    title:
      l === Language.DE
        ? `${proofName(p, l)} Phase ${p.phase} ist seit ${formatDate(p.due, l)} überfällig`
        : `${proofName(p, l)} of phase ${p.phase} is overdue since ${formatDate(p.due, l)}`,
    detail: p.projectName,
  }),
  [ReminderKind.CALL_OFF_DUE_SOON]: (p, l) => ({
    title:
      l === Language.DE
        ? `${callOffName(p, l)} ist am ${formatDate(p.due, l)} zu stellen`
        : `${callOffName(p, l)} is to be requested on ${formatDate(p.due, l)}`,
    detail: callOffDetail(p, l),
  }),
  [ReminderKind.CALL_OFF_LATE]: (p, l) => ({
    title:
      l === Language.DE
        ? `${callOffName(p, l)} war am ${formatDate(p.due, l)} zu stellen und ist noch nicht gestellt`
        : `${callOffName(p, l)} was to be requested on ${formatDate(p.due, l)} and is not requested yet`,
    detail: callOffDetail(p, l),
  }),
  [ReminderKind.ROUND_REPORT_REQUESTED]: (p, l) => ({
    title:
      l === Language.DE
        ? p.late
          ? `Statusbericht überfällig seit ${formatDate(p.due, l)}: ${p.measureCode} (${p.round})`
          : `Statusbericht erbeten bis ${formatDate(p.due, l)}: ${p.measureCode} (${p.round})`
        : p.late
          ? `Status report overdue since ${formatDate(p.due, l)}: ${p.measureCode} (${p.round})`
          : `Status report requested by ${formatDate(p.due, l)}: ${p.measureCode} (${p.round})`,
    detail:
      l === Language.DE
        ? `Berichtsrunde „${p.round}“ · ${measureDetail(p, l)}`
        : `Reporting round “${p.round}” · ${measureDetail(p, l)}`,
  }),
  [ReminderKind.MEMBERSHIP]: (p, l) => {
    const role = (l === Language.DE ? ROLE_LABEL_DE : ROLE_LABEL_EN)[p.role];
    return {
      title:
        l === Language.DE
          ? p.self
            ? `Sie sind jetzt ${role} im Projekt „${p.projectName}“`
            : `${p.memberName} ist jetzt ${role} im Projekt „${p.projectName}“`
          : p.self
            ? `You are now ${role} in the project “${p.projectName}”`
            : `${p.memberName} is now ${role} in the project “${p.projectName}”`,
      detail: p.projectName,
    };
  },
};

/** The text of a reminder of any kind in a language. */
export function reminderText<K extends ReminderKind>(
  kind: K,
  params: ReminderParams[K],
  language: Language,
): ReminderText {
  return REMINDER_TEXTS[kind](params, language);
}

/**
 * The text of a stored notification: made from its parameters, or, for one written before notifications had any (in
 * German), the text it was written with.
 */
export function storedText(
  row: { kind: ReminderKind; params: object | null; title: string; detail: string },
  language: Language,
): ReminderText {
  if (!row.params) return { title: row.title, detail: row.detail };
  return reminderText(row.kind, row.params as ReminderParams[ReminderKind], language);
}

/** The digest mail of one person, in their language: every new reminder in one list, each with its page. */
export function digestMail(
  person: { displayName: string },
  items: (ReminderText & { link: string })[],
  origin: string,
  language: Language,
): { subject: string; body: string } {
  const n = items.length;
  if (language === Language.EN)
    return {
      subject: n === 1 ? 'Maßwerk: 1 new reminder' : `Maßwerk: ${n} new reminders`,
      body: [
        `Hello ${person.displayName},`,
        '',
        'this is waiting for you in Maßwerk:',
        '',
        ...items.flatMap((item) => [`• ${item.title}`, `  ${item.detail}`, `  ${origin}${item.link}`, '']),
        `All notifications: ${origin}/benachrichtigungen`,
        `Choose which reminders you get under “My account”: ${origin}/konto`,
      ].join('\n'),
    };
  return {
    subject: n === 1 ? 'Maßwerk: 1 neue Erinnerung' : `Maßwerk: ${n} neue Erinnerungen`,
    body: [
      `Guten Tag ${person.displayName},`,
      '',
      'in Maßwerk wartet Folgendes auf Sie:',
      '',
      ...items.flatMap((item) => [`• ${item.title}`, `  ${item.detail}`, `  ${origin}${item.link}`, '']),
      `Alle Benachrichtigungen: ${origin}/benachrichtigungen`,
      `Welche Erinnerungen Sie bekommen, stellen Sie unter „Mein Konto“ ein: ${origin}/konto`,
    ].join('\n'),
  };
}
