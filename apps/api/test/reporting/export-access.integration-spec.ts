import { startTestApp, TestApp } from '../support/test-app';
import { apiTokenOf, download, EXPORTS, sessionOf } from './downloads';

const REPORTS = [EXPORTS.statement('EIF'), EXPORTS.narrative('EIF'), EXPORTS.briefing('EIF')];
const MEASURE_EXPORTS = [EXPORTS.csv('EIF'), EXPORTS.json('EIF')];

describe('who may download the exports', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('asks anonymous callers to sign in (401), for every export', async () => {
    for (const path of [...REPORTS, ...MEASURE_EXPORTS]) {
      const response = await download(t, path);
      expect([path, response.status]).toEqual([path, 401]);
      expect(response.json().code).toBe('UNAUTHENTICATED');
      expect(response.headers.get('content-disposition')).toBeNull();
    }
  });

  it('refuses the reports to an editor (no EXPORT_REPORTS) but gives them the measures', async () => {
    const editor = await sessionOf(t, 'editor.eif@example.org');
    for (const path of REPORTS) {
      const response = await download(t, path, editor);
      expect([path, response.status]).toEqual([path, 403]);
      expect(response.json()).toMatchObject({ code: 'FORBIDDEN', message: expect.stringMatching(/Berichte/) });
    }
    for (const path of MEASURE_EXPORTS) expect((await download(t, path, editor)).status).toBe(200);
  });

  it('refuses every EIF export to a cluster peer (admin of MYK)', async () => {
    const peer = await sessionOf(t, 'admin.myk@example.org');
    for (const path of [...REPORTS, ...MEASURE_EXPORTS]) {
      expect([path, (await download(t, path, peer)).status]).toEqual([path, 403]);
    }
    // … while their own project's exports are theirs.
    expect((await download(t, EXPORTS.briefing('MYK'), peer)).status).toBe(200);
  });

  it('gives the reports to the council, the funder (in both of its projects) and the platform operators', async () => {
    const council = await sessionOf(t, 'rat.eif@example.org');
    expect((await download(t, EXPORTS.briefing('EIF'), council)).status).toBe(200);
    const funder = await sessionOf(t, 'foerderung@example.org');
    expect((await download(t, EXPORTS.statement('MYK', 'phase=A'), funder)).status).toBe(200);
    expect((await download(t, EXPORTS.statement('KL', 'phase=A'), funder)).status).toBe(403);
    const platform = await sessionOf(t, 'betrieb@example.org');
    expect((await download(t, EXPORTS.statement('KL', 'phase=A'), platform)).status).toBe(200);
  });

  it('answers 404 for a project code that does not exist, also to platform operators', async () => {
    const platform = await sessionOf(t, 'betrieb@example.org');
    for (const path of [EXPORTS.statement('NOPE'), EXPORTS.csv('NOPE'), EXPORTS.briefing('a-b')]) {
      const response = await download(t, path, platform);
      expect([path, response.status]).toEqual([path, 404]);
      expect(response.json().code).toBe('NOT_FOUND');
    }
  });

  it('rejects bad query parameters with 400 and a German message naming the parameter', async () => {
    const admin = await sessionOf(t, 'admin.eif@example.org');
    const cases: [string, RegExp][] = [
      [EXPORTS.statement('EIF', ''), /phase.*fehlt/],
      [EXPORTS.statement('EIF', 'phase=C'), /„phase“ muss A oder B sein/],
      [EXPORTS.statement('EIF', 'phase=B&from=2026-13-01'), /„from“ muss ein Datum/],
      [EXPORTS.statement('EIF', 'phase=B&to=21.11.2026'), /„to“ muss ein Datum/],
      [EXPORTS.statement('EIF', 'phase=B&from=2026-06-01&to=2026-01-01'), /„from“.*liegt nach „to“/],
      [EXPORTS.narrative('EIF', 'phase=b'), /„phase“ muss A oder B sein/],
      [EXPORTS.narrative('EIF', 'from=2026-02-30'), /„from“ muss ein Datum/],
      [EXPORTS.statement('EIF', 'phase=B&format=csv'), /format/],
    ];
    for (const [path, message] of cases) {
      const response = await download(t, path, admin);
      expect([path, response.status]).toEqual([path, 400]);
      expect(response.json()).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringMatching(message) });
    }
  });

  it('accepts an API token instead of the session cookie, with the same permissions', async () => {
    const funderToken = await apiTokenOf(t, 'foerderung@example.org');
    const statement = await download(t, EXPORTS.statement('EIF'), funderToken);
    expect(statement.status).toBe(200);
    expect(statement.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(statement.body.subarray(0, 2).toString('latin1')).toBe('PK');
    const briefing = await download(t, EXPORTS.briefing('MYK'), funderToken);
    expect(briefing.status).toBe(200);
    expect(briefing.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const editorToken = await apiTokenOf(t, 'editor.eif@example.org');
    expect((await download(t, EXPORTS.statement('EIF'), editorToken)).status).toBe(403);
    expect((await download(t, EXPORTS.csv('EIF'), editorToken)).status).toBe(200);
    expect((await download(t, EXPORTS.csv('EIF'), { authorization: 'Bearer mwt_invalid' })).status).toBe(401);
  });

  it('sends files as uncached downloads with a German name and an ASCII fallback', async () => {
    const admin = await sessionOf(t, 'admin.eif@example.org');
    const expected: [string, string, string, string][] = [
      [
        EXPORTS.statement('EIF'),
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'Zahlenmaessiger-Nachweis_EIF_Phase-B.xlsx',
        'Zahlenm%C3%A4%C3%9Figer-Nachweis_EIF_Phase-B.xlsx',
      ],
      [
        EXPORTS.narrative('EIF', 'phase=A'),
        'application/pdf',
        'Sachbericht_EIF_Phase-A.pdf',
        'Sachbericht_EIF_Phase-A.pdf',
      ],
      [
        EXPORTS.briefing('EIF'),
        'application/pdf',
        'Kreistags-Briefing_EIF_2026-11-21.pdf',
        'Kreistags-Briefing_EIF_2026-11-21.pdf',
      ],
      [EXPORTS.csv('EIF'), 'text/csv; charset=utf-8', 'Massnahmen_EIF.csv', 'Ma%C3%9Fnahmen_EIF.csv'],
      [EXPORTS.json('EIF'), 'application/json; charset=utf-8', 'Massnahmen_EIF.json', 'Ma%C3%9Fnahmen_EIF.json'],
    ];
    for (const [path, type, ascii, utf8] of expected) {
      const response = await download(t, path, admin);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe(type);
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(response.headers.get('content-disposition')).toBe(
        `attachment; filename="${ascii}"; filename*=UTF-8''${utf8}`,
      );
    }
    const withPeriod = await download(t, EXPORTS.statement('EIF', 'phase=B&from=2025-01-01&to=2025-12-31'), admin);
    expect(withPeriod.headers.get('content-disposition')).toContain(
      'Zahlenmaessiger-Nachweis_EIF_Phase-B_2025-01-01_2025-12-31.xlsx',
    );
  });
});
