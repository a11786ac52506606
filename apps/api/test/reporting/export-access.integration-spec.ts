import { aClusterOf, aMeasure, aMember, aMembership, aPlatformAdmin, assign } from '../support/factories';
import { appPerBlock } from '../support/app-per-block';
import { apiTokenOf, download, EXPORTS, sessionOf } from './downloads';

describe('who may download the exports', () => {
  /** Three projects of a cluster: EIF with its people, its peer MYK, and KL where the funder has no role. */
  const app = appPerBlock(async (t) => {
    const {
      projects: [eif, myk, kl],
    } = await aClusterOf(t, [{}, {}, {}]);
    for (const project of [eif, myk, kl]) await aMeasure(t, project, { status: 'IN_PROGRESS', published: true });
    const admin = await aMember(t, eif, 'ADMIN');
    const editor = await aMember(t, eif, 'EDITOR', { unit: eif.members[0] });
    await assign(t, await aMeasure(t, eif, { status: 'IN_PROGRESS' }), [editor.user.id]);
    const council = await aMember(t, eif, 'COUNCIL');
    const funder = await aMember(t, eif, 'FUNDER');
    await aMembership(t, funder.user, myk, 'FUNDER');
    const peer = await aMember(t, myk, 'ADMIN');
    const platform = await aPlatformAdmin(t);
    const REPORTS = [EXPORTS.statement(eif.code), EXPORTS.narrative(eif.code), EXPORTS.briefing(eif.code)];
    const MEASURE_EXPORTS = [EXPORTS.csv(eif.code), EXPORTS.json(eif.code)];
    return { admin, editor, council, funder, peer, platform, REPORTS, MEASURE_EXPORTS, eif, myk, kl };
  });

  it('asks anonymous callers to sign in (401), for every export', async () => {
    for (const path of [...app.REPORTS, ...app.MEASURE_EXPORTS]) {
      const response = await download(app.t, path);
      expect([path, response.status]).toEqual([path, 401]);
      expect(response.json().code).toBe('UNAUTHENTICATED');
      expect(response.headers.get('content-disposition')).toBeNull();
    }
  });

  it('refuses the reports to an editor (no EXPORT_REPORTS) but gives them the measures', async () => {
    const editorSession = await sessionOf(app.t, app.editor.user);
    for (const path of app.REPORTS) {
      const response = await download(app.t, path, editorSession);
      expect([path, response.status]).toEqual([path, 403]);
      expect(response.json()).toMatchObject({ code: 'FORBIDDEN', message: expect.stringMatching(/Berichte/) });
    }
    for (const path of app.MEASURE_EXPORTS) expect((await download(app.t, path, editorSession)).status).toBe(200);
  });

  it('refuses every EIF export to a cluster peer (admin of MYK)', async () => {
    const peerSession = await sessionOf(app.t, app.peer.user);
    for (const path of [...app.REPORTS, ...app.MEASURE_EXPORTS]) {
      expect([path, (await download(app.t, path, peerSession)).status]).toEqual([path, 403]);
    }
    // … while their own project's exports are theirs.
    expect((await download(app.t, EXPORTS.briefing(app.myk.code), peerSession)).status).toBe(200);
  });

  it('gives the reports to the council, the funder (in both of its projects) and the platform operators', async () => {
    const councilSession = await sessionOf(app.t, app.council.user);
    expect((await download(app.t, EXPORTS.briefing(app.eif.code), councilSession)).status).toBe(200);
    const funderSession = await sessionOf(app.t, app.funder.user);
    expect((await download(app.t, EXPORTS.statement(app.myk.code, 'phase=A'), funderSession)).status).toBe(200);
    expect((await download(app.t, EXPORTS.statement(app.kl.code, 'phase=A'), funderSession)).status).toBe(403);
    const platformSession = await sessionOf(app.t, app.platform.user);
    expect((await download(app.t, EXPORTS.statement(app.kl.code, 'phase=A'), platformSession)).status).toBe(200);
  });

  it('answers 404 for a project code that does not exist, also to platform operators', async () => {
    const platformSession = await sessionOf(app.t, app.platform.user);
    for (const path of [EXPORTS.statement('NOPE'), EXPORTS.csv('NOPE'), EXPORTS.briefing('a-b')]) {
      const response = await download(app.t, path, platformSession);
      expect([path, response.status]).toEqual([path, 404]);
      expect(response.json().code).toBe('NOT_FOUND');
    }
  });

  it('rejects bad query parameters with 400 and a German message naming the parameter', async () => {
    const adminSession = await sessionOf(app.t, app.admin.user);
    const cases: [string, RegExp][] = [
      [EXPORTS.statement(app.eif.code, ''), /phase.*fehlt/],
      [EXPORTS.statement(app.eif.code, 'phase=C'), /„phase“ muss A oder B sein/],
      [EXPORTS.statement(app.eif.code, 'phase=B&from=2026-13-01'), /„from“ muss ein Datum/],
      [EXPORTS.statement(app.eif.code, 'phase=B&to=21.11.2026'), /„to“ muss ein Datum/],
      [EXPORTS.statement(app.eif.code, 'phase=B&from=2026-06-01&to=2026-01-01'), /„from“.*liegt nach „to“/],
      [EXPORTS.narrative(app.eif.code, 'phase=b'), /„phase“ muss A oder B sein/],
      [EXPORTS.narrative(app.eif.code, 'from=2026-02-30'), /„from“ muss ein Datum/],
      [EXPORTS.statement(app.eif.code, 'phase=B&format=csv'), /format/],
    ];
    for (const [path, message] of cases) {
      const response = await download(app.t, path, adminSession);
      expect([path, response.status]).toEqual([path, 400]);
      expect(response.json()).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringMatching(message) });
    }
  });

  it('accepts an API token instead of the session cookie, with the same permissions', async () => {
    const funderToken = await apiTokenOf(app.t, app.funder.user);
    const statement = await download(app.t, EXPORTS.statement(app.eif.code), funderToken);
    expect(statement.status).toBe(200);
    expect(statement.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(statement.body.subarray(0, 2).toString('latin1')).toBe('PK');
    const briefing = await download(app.t, EXPORTS.briefing(app.myk.code), funderToken);
    expect(briefing.status).toBe(200);
    expect(briefing.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const editorToken = await apiTokenOf(app.t, app.editor.user);
    expect((await download(app.t, EXPORTS.statement(app.eif.code), editorToken)).status).toBe(403);
    expect((await download(app.t, EXPORTS.csv(app.eif.code), editorToken)).status).toBe(200);
    expect((await download(app.t, EXPORTS.csv(app.eif.code), { authorization: 'Bearer mwt_invalid' })).status).toBe(
      401,
    );
  });

  it('sends files as uncached downloads with a German name and an ASCII fallback', async () => {
    const adminSession = await sessionOf(app.t, app.admin.user);
    const code = app.eif.code;
    const expected: [string, string, string, string][] = [
      [
        EXPORTS.statement(app.eif.code),
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        `Zahlenmaessiger-Nachweis_${code}_Phase-B.xlsx`,
        `Zahlenm%C3%A4%C3%9Figer-Nachweis_${code}_Phase-B.xlsx`,
      ],
      [
        EXPORTS.narrative(app.eif.code, 'phase=A'),
        'application/pdf',
        `Sachbericht_${code}_Phase-A.pdf`,
        `Sachbericht_${code}_Phase-A.pdf`,
      ],
      [
        EXPORTS.briefing(app.eif.code),
        'application/pdf',
        `Kreistags-Briefing_${code}_2026-11-21.pdf`,
        `Kreistags-Briefing_${code}_2026-11-21.pdf`,
      ],
      [EXPORTS.csv(app.eif.code), 'text/csv; charset=utf-8', `Massnahmen_${code}.csv`, `Ma%C3%9Fnahmen_${code}.csv`],
      [
        EXPORTS.json(app.eif.code),
        'application/json; charset=utf-8',
        `Massnahmen_${code}.json`,
        `Ma%C3%9Fnahmen_${code}.json`,
      ],
    ];
    for (const [path, type, ascii, utf8] of expected) {
      const response = await download(app.t, path, adminSession);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe(type);
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(response.headers.get('content-disposition')).toBe(
        `attachment; filename="${ascii}"; filename*=UTF-8''${utf8}`,
      );
    }
    const withPeriod = await download(
      app.t,
      EXPORTS.statement(app.eif.code, 'phase=B&from=2025-01-01&to=2025-12-31'),
      adminSession,
    );
    expect(withPeriod.headers.get('content-disposition')).toContain(
      `Zahlenmaessiger-Nachweis_${code}_Phase-B_2025-01-01_2025-12-31.xlsx`,
    );
  });
});
