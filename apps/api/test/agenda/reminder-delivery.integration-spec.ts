import { MailService } from '@masswerk/api/mail';
import { ReminderRoundService } from '@masswerk/api/notifications';
import {
  aGrant,
  aMeasure,
  aMeasureWithLateMilestone,
  aMember,
  aMilestone,
  aProject,
  assign,
  aStatusReport,
  Member,
  Project,
  WORLD_TIMEOUT,
} from '../support/factories';
import { anSmtpInbox, ReceivedMail, SmtpInbox } from '../support/smtp-inbox';
import { startAnotherInstance, startTestApp, TestApp } from '../support/test-app';

/**
 * Reminder digests as they leave Maßwerk (issue 15, decision 0059): a real SMTP server on loopback receives them, and
 * the tests read what arrived: one digest per person with their items and links, opt-outs kept, and each mail once
 * when two instances run the round and the delivery at the same time or when a server stops while delivering.
 */

const DIGEST = /^Maßwerk: \d+ neue Erinnerung(en)?$/;
const digestsTo = (inbox: SmtpInbox, email: string): ReceivedMail[] =>
  inbox.matching(DIGEST).filter((m) => m.to === email);

/** How often each address got a digest. */
const digestCounts = (inbox: SmtpInbox): Record<string, number> =>
  inbox.matching(DIGEST).reduce<Record<string, number>>((n, m) => ({ ...n, [m.to]: (n[m.to] ?? 0) + 1 }), {});

/** The reminders of a person as the round wrote them (what their digest must list). */
async function itemsOf(t: TestApp, person: Member): Promise<{ kind: string; title: string; link: string }[]> {
  const { rows } = await t.db.query(`SELECT kind, title, link FROM notification WHERE user_id = $1 ORDER BY title`, [
    person.user.id,
  ]);
  return rows;
}

/** Waits until every mail of the outbox is recorded as sent (the server hears "250" a moment before the record). */
async function allSent(t: TestApp, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  for (;;) {
    const { rows } = await t.db.query(`SELECT count(*)::int AS n FROM mail_outbox WHERE sent_at IS NULL`);
    if (rows[0].n === 0) return;
    if (Date.now() > end) throw new Error(`${rows[0].n} mails still in the outbox`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** `count` people responsible for one measure whose milestone is 51 days late: each is due one digest of one item. */
async function aLateMeasureFor(t: TestApp, count: number): Promise<Member[]> {
  const project = await aProject(t);
  const people: Member[] = [];
  for (let i = 0; i < count; i++) people.push(await aMember(t, project, 'EDITOR'));
  await assign(
    t,
    await aMeasureWithLateMilestone(t, project),
    people.map((p) => p.user.id),
  );
  return people;
}

describe('reminder digests through SMTP', () => {
  let inbox: SmtpInbox;
  let t: TestApp;
  let project: Project;
  let office: Member;
  let editor: Member;
  let assignee: Member;
  let optedOut: Member;
  let council: Member;
  let led: string;
  let assigned: string;
  let planned: string;

  beforeAll(async () => {
    inbox = await anSmtpInbox();
    t = await startTestApp({ demo: false, env: { SMTP_URL: inbox.url, MAIL_FROM: 'Maßwerk <masswerk@example.org>' } });
    project = await aProject(t);
    office = await aMember(t, project, 'ADMIN', { name: 'Projektbüro' });
    editor = await aMember(t, project, 'EDITOR', { unit: project.members[0], name: 'Gemeinde Nord' });
    assignee = await aMember(t, project, 'EDITOR', { name: 'Zuständig' });
    optedOut = await aMember(t, project, 'EDITOR', { name: 'Ohne Berichtserinnerung' });
    council = await aMember(t, project, 'COUNCIL');
    await optedOut.data(`mutation { setReminderEnabled(kind: REPORT_DUE, enabled: false) { kind enabled } }`);

    // led by the editor's municipality, reported on last week, a milestone due in 7 days (TEST_TODAY is 21 November)
    const a = await aMeasure(t, project, { status: 'IN_PROGRESS', leadUnitId: project.members[0].id });
    await aMilestone(t, a, { title: 'Lastenheft', baselineDate: '2026-11-28' });
    await aStatusReport(t, a, { reportDate: '2026-11-14' });
    led = a.code;
    // two people answer for it: a milestone 20 days late and never a report
    const b = await assign(
      t,
      await aMeasure(t, project, { status: 'IN_PROGRESS', leadUnitId: project.members[1].id }),
      [assignee.user.id, optedOut.user.id],
    );
    await aMilestone(t, b, { title: 'Pilotbetrieb', baselineDate: '2026-11-01' });
    await aMilestone(t, b, { title: 'Ausbau', baselineDate: '2027-06-01' });
    assigned = b.code;
    // nobody in its municipality: the project office, for a report and for a plan ahead
    planned = (await aMeasure(t, project, { status: 'PLANNING', leadUnitId: project.members[1].id })).code;
    // the Verwendungsnachweis of Phase B is due on 10 December
    await aGrant(t, project, { phase: 'B', eligibleCosts: '1000000.00', commitmentDate: '2021-06-10' });
    await allSent(t); // the invitations of the world
    // the membership notices of building the world (decision 0061) are not what these tests are about
    await t.db.query(`DELETE FROM notification WHERE kind = 'MEMBERSHIP'`);

    await t.app.get(ReminderRoundService).run();
    await t.app.get(MailService).deliverPending();
    await allSent(t);
  }, WORLD_TIMEOUT);
  afterAll(async () => {
    await t?.close();
    await inbox?.close();
  });

  it('sends one digest to each person who answers for something, and none to the council', () => {
    expect(digestCounts(inbox)).toEqual({
      [office.user.email]: 1,
      [editor.user.email]: 1,
      [assignee.user.email]: 1,
      [optedOut.user.email]: 1,
    });
    expect(digestsTo(inbox, council.user.email)).toEqual([]);
    expect(digestsTo(inbox, office.user.email)[0].raw).toMatch(/^From: .*masswerk@example\.org/m);
  });

  it('lists every item of a person with its link, and says how many in the subject', async () => {
    for (const person of [office, editor, assignee, optedOut]) {
      const [mail] = digestsTo(inbox, person.user.email);
      const items = await itemsOf(t, person);
      expect(items.length).toBeGreaterThan(0);
      expect(mail.subject).toBe(
        items.length === 1 ? 'Maßwerk: 1 neue Erinnerung' : `Maßwerk: ${items.length} neue Erinnerungen`,
      );
      expect(mail.body).toContain(`Guten Tag ${person.user.displayName},`);
      for (const item of items) {
        expect(mail.body).toContain(`• ${item.title}`);
        expect(mail.body).toContain(`${t.config.publicOrigin}${item.link}`);
      }
      expect(mail.body.match(/^• /gm)).toHaveLength(items.length);
    }
    const origin = t.config.publicOrigin;
    expect(digestsTo(inbox, editor.user.email)[0].body).toContain(
      `• Meilenstein „Lastenheft“ ist in 7 Tagen fällig (28.11.2026)\n  Maßnahme ${led}`,
    );
    expect(digestsTo(inbox, editor.user.email)[0].body).toContain(
      `${origin}/projekte/${project.code}/massnahmen/${led}`,
    );
    const toOffice = digestsTo(inbox, office.user.email)[0];
    expect(toOffice.subject).toBe('Maßwerk: 3 neue Erinnerungen');
    expect(toOffice.body).toContain(`${origin}/projekte/${project.code}/finanzen`);
    expect(toOffice.body).toContain(`${origin}/projekte/${project.code}/massnahmen/${planned}`);
  });

  it('leaves out the kinds a person switched off, and only those', () => {
    const [toAssignee] = digestsTo(inbox, assignee.user.email);
    const [toOptedOut] = digestsTo(inbox, optedOut.user.email);
    expect(toAssignee.subject).toBe('Maßwerk: 2 neue Erinnerungen');
    expect(toAssignee.body).toContain(`Statusbericht fällig: noch kein Bericht zu ${assigned}`);
    expect(toOptedOut.subject).toBe('Maßwerk: 1 neue Erinnerung');
    expect(toOptedOut.body).toContain('• Meilenstein „Pilotbetrieb“ ist seit 20 Tagen überfällig');
    expect(toOptedOut.body).not.toContain('Statusbericht');
  });

  it('sends nothing more when the round runs again the same day', async () => {
    const before = inbox.mails.length;
    await t.app.get(ReminderRoundService).run();
    await t.app.get(MailService).deliverPending();
    expect(inbox.mails).toHaveLength(before);
  });
});

describe('two instances running the round and the delivery at once', () => {
  let inbox: SmtpInbox;
  let t: TestApp;
  let other: Awaited<ReturnType<typeof startAnotherInstance>>;
  let people: Member[];

  beforeAll(async () => {
    // a relay that takes 100 ms per mail: both instances are delivering at the same time
    inbox = await anSmtpInbox({ answerAfterMs: 100 });
    t = await startTestApp({ demo: false, env: { SMTP_URL: inbox.url } });
    other = await startAnotherInstance(t);
    people = await aLateMeasureFor(t, 8);
    await allSent(t);
    // the membership notices of building the world (decision 0061) are not what these tests are about
    await t.db.query(`DELETE FROM notification WHERE kind = 'MEMBERSHIP'`);
  }, WORLD_TIMEOUT);
  afterAll(async () => {
    await other?.close();
    await t?.close();
    await inbox?.close();
  });

  it('sends each person one digest', async () => {
    const instances = [t.app, other.app, t.app, other.app];
    const rounds = await Promise.all(instances.map((app) => app.get(ReminderRoundService).run()));
    await Promise.all(instances.map((app) => app.get(MailService).deliverPending()));
    await allSent(t);
    // the rounds wrote each reminder and each digest once between them
    const { rows: written } = await t.db.query(`SELECT count(*)::int AS n FROM notification`);
    expect(written[0].n).toBeGreaterThanOrEqual(people.length);
    expect(rounds.reduce((n, r) => n + r.created, 0)).toBe(written[0].n);
    expect(rounds.flatMap((r) => r.mails.map((m) => m.to)).sort()).toEqual(people.map((p) => p.user.email).sort());
    await new Promise((resolve) => setTimeout(resolve, 500)); // a second copy would arrive by now
    expect(digestCounts(inbox)).toEqual(Object.fromEntries(people.map((p) => [p.user.email, 1])));
    const { rows } = await t.db.query(
      `SELECT count(*)::int AS n FROM mail_outbox WHERE kind = 'REMINDER_DIGEST' AND sent_at IS NOT NULL`,
    );
    expect(rows[0].n).toBe(people.length);
  });
});

describe('a server that stops while it delivers', () => {
  let inbox: SmtpInbox;
  let t: TestApp;
  let people: Member[];

  beforeAll(async () => {
    inbox = await anSmtpInbox();
    t = await startTestApp({ demo: false, env: { SMTP_URL: inbox.url } });
    people = await aLateMeasureFor(t, 4);
    await allSent(t);
    // the membership notices of building the world (decision 0061) are not what these tests are about
    await t.db.query(`DELETE FROM notification WHERE kind = 'MEMBERSHIP'`);
  }, WORLD_TIMEOUT);
  afterAll(async () => {
    await t?.close();
    await inbox?.close();
  });

  it('leaves the rest to the next one, and each mail arrives once', async () => {
    const stopping = await startAnotherInstance(t);
    const held = inbox.holdNext();
    // the round writes the digests to the outbox and starts delivering them
    await stopping.app.get(ReminderRoundService).run();
    await held.arrived;
    // the first digest is on the wire, unanswered, when the server is told to stop; the relay answers meanwhile
    const closed = stopping.close();
    setTimeout(held.release, 200);
    await closed;
    // it finished the mail on the wire and claimed no other
    expect(inbox.matching(DIGEST)).toHaveLength(1);
    const { rows } = await t.db.query(
      `SELECT to_address FROM mail_outbox WHERE sent_at IS NOT NULL AND kind = 'REMINDER_DIGEST'`,
    );
    expect(rows.map((r) => r.to_address)).toEqual([inbox.matching(DIGEST)[0].to]);

    const next = await startAnotherInstance(t);
    try {
      await next.app.get(MailService).deliverPending();
      await allSent(t);
    } finally {
      await next.close();
    }
    expect(digestCounts(inbox)).toEqual(Object.fromEntries(people.map((p) => [p.user.email, 1])));
  });
});
