import {
  aGrant,
  aMeasure,
  aMember,
  aMilestone,
  aProject,
  assign,
  Member,
  Project,
  WORLD_TIMEOUT,
} from '../support/factories';
import { startTestApp, TestApp } from '../support/test-app';

const RENEW = `mutation { renewCalendarFeed { url feed { createdAt lastUsedAt } } }`;
const MINE = `{ myCalendarFeed { createdAt lastUsedAt } }`;

/**
 * The personal calendar feed (issue 15, decision 0058): each person sees the open milestones of the measures they
 * report on and the proof-of-use deadlines of the projects they answer for, at a secret address a calendar program
 * fetches without signing in; renewing or ending the feed ends the old address.
 */
describe('calendar feed', () => {
  let t: TestApp;
  let eif: Project;
  let admin: Member;
  let editor: Member;
  let council: Member;
  let funder: Member;

  /** Fetches a feed address as a calendar program does: no cookie, no header. */
  const fetchFeed = (url: string) => fetch(`${t.baseUrl}${new URL(url).pathname}`);
  const feedOf = async (person: Member) => {
    const { renewCalendarFeed } = await person.data(RENEW);
    const response = await fetchFeed(renewCalendarFeed.url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    return response.text();
  };

  beforeAll(async () => {
    t = await startTestApp({ demo: false });
    eif = await aProject(t);
    admin = await aMember(t, eif, 'ADMIN');
    editor = await aMember(t, eif, 'EDITOR', { unit: eif.members[0] });
    council = await aMember(t, eif, 'COUNCIL');
    funder = await aMember(t, eif, 'FUNDER');

    const led = await aMeasure(t, eif, { title: 'Geführt von der Gemeinde', leadUnitId: eif.members[0].id });
    await aMilestone(t, led, { title: 'Lastenheft fertig', baselineDate: '2027-02-01' });
    await aMilestone(t, led, { title: 'Schon erreicht', baselineDate: '2026-06-01', completedOn: '2026-06-10' });
    const assigned = await aMeasure(t, eif, { title: 'Zugewiesen', leadUnitId: eif.members[1].id });
    await assign(t, assigned, [editor.user.id]);
    await aMilestone(t, assigned, { title: 'Pilot startet', baselineDate: '2027-01-10', forecastDate: '2027-04-20' });
    const other = await aMeasure(t, eif, { title: 'Andere Gemeinde', leadUnitId: eif.members[1].id });
    await aMilestone(t, other, { title: 'Nur fürs Projektbüro', baselineDate: '2026-10-01' });
    await aGrant(t, eif, { phase: 'B', eligibleCosts: '1000000.00', commitmentDate: '2023-04-01' });

    // another project's measures never reach anyone here
    const elsewhere = await aProject(t);
    const foreign = await aMeasure(t, elsewhere, { title: 'Fremd' });
    await aMilestone(t, foreign, { title: 'Fremder Meilenstein', baselineDate: '2027-01-05' });
  }, WORLD_TIMEOUT);
  afterAll(() => t.close());

  it('gives an editor the open milestones of the measures they report on, on their due days', async () => {
    const ics = await feedOf(editor);
    expect(ics).toContain('SUMMARY:Meilenstein: Lastenheft fertig');
    expect(ics).toContain('DTSTART;VALUE=DATE:20270201');
    // the forecast, not the baseline, is the due day
    expect(ics).toContain('SUMMARY:Meilenstein: Pilot startet');
    expect(ics).toContain('DTSTART;VALUE=DATE:20270420');
    expect(ics).not.toContain('Schon erreicht');
    expect(ics).not.toContain('Nur fürs Projektbüro');
    expect(ics).not.toContain('Fremder Meilenstein');
    expect(ics).not.toContain('Verwendungsnachweis');
  });

  it('gives the project office every open milestone of its project, late ones marked, and the proof of use', async () => {
    const ics = await feedOf(admin);
    for (const title of ['Lastenheft fertig', 'Pilot startet']) expect(ics).toContain(`: ${title}`);
    expect(ics).toContain('SUMMARY:Meilenstein (überfällig): Nur fürs Projektbüro');
    expect(ics).toContain(`SUMMARY:Verwendungsnachweis Phase B: ${eif.name}`);
    expect(ics).toContain('DTSTART;VALUE=DATE:20281001');
    expect(ics).not.toContain('Fremder Meilenstein');
  });

  it('gives a funder the proof deadlines only, and a council member neither', async () => {
    const funderIcs = await feedOf(funder);
    expect(funderIcs).toContain('Verwendungsnachweis Phase B');
    expect(funderIcs).not.toContain('Meilenstein');
    const councilIcs = await feedOf(council);
    expect(councilIcs).toContain('BEGIN:VCALENDAR');
    expect(councilIcs).not.toContain('BEGIN:VEVENT');
  });

  it('ends the old address when the feed is renewed or ended, and tells the owner when it was last fetched', async () => {
    const first = (await admin.data(RENEW)).renewCalendarFeed;
    expect(first.url).toMatch(/\/api\/calendar\/mwc_[A-Za-z0-9_-]{43}\.ics$/);
    expect(first.feed.lastUsedAt).toBeNull();
    expect((await fetchFeed(first.url)).status).toBe(200);
    expect((await admin.data(MINE)).myCalendarFeed.lastUsedAt).not.toBeNull();

    const second = (await admin.data(RENEW)).renewCalendarFeed;
    const old = await fetchFeed(first.url);
    expect(old.status).toBe(404);
    expect(await old.text()).not.toContain('mwc_');
    expect((await fetchFeed(second.url)).status).toBe(200);

    expect((await admin.data(`mutation { revokeCalendarFeed }`)).revokeCalendarFeed).toBe(true);
    expect((await fetchFeed(second.url)).status).toBe(404);
    expect((await admin.data(MINE)).myCalendarFeed).toBeNull();
    expect((await admin.data(`mutation { revokeCalendarFeed }`)).revokeCalendarFeed).toBe(false);
  });

  it('answers malformed and guessed addresses with a refusal, never an error or a feed', async () => {
    const refusals: [string, number][] = [
      ['mwc_', 404],
      ['mwc_abc.ics', 404],
      ['abc.ics', 404],
      ['..%2F..%2Fetc.ics', 404],
      // longer than any route parameter may be
      [`${'a'.repeat(300)}.ics`, 414],
      // the edge refuses a NUL anywhere in a request before any route sees it
      ['mwc_%00.ics', 400],
    ];
    for (const [path, status] of refusals) {
      const response = await fetch(`${t.baseUrl}/api/calendar/${path}`);
      expect([path, response.status]).toEqual([path, status]);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    }
  });

  it('stops showing a person’s entries when their account is disabled', async () => {
    const { renewCalendarFeed } = await editor.data(RENEW);
    await t.db.query(`UPDATE app_user SET disabled_at = now() WHERE id = $1`, [editor.user.id]);
    expect((await fetchFeed(renewCalendarFeed.url)).status).toBe(404);
    await t.db.query(`UPDATE app_user SET disabled_at = NULL WHERE id = $1`, [editor.user.id]);
    expect((await fetchFeed(renewCalendarFeed.url)).status).toBe(200);
  });
});
