import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { aMeasure, aMember, aProject, Member, Project, WORLD_TIMEOUT } from '../support/factories';
import { startTestApp, TestApp } from '../support/test-app';

const EMBEDDER = 'https://www.eifelkreis.de';
const PUBLICATION = `mutation($input: UpdateProjectPublicationInput!) {
  updateProjectPublication(input: $input) { publicGroups noindex } }`;

/**
 * A project's reach on the public site (issue 16, decision 0073): it may ask search engines not to index its pages
 * (`noindex`, set by the project office, public on `PublicProject`, sent as `X-Robots-Tag` with its pages), and its
 * embeddable summary may be framed by the sites the installation names (`PUBLIC_EMBED_ANCESTORS`), no other page.
 */
describe('noindex and the embeddable summary', () => {
  let t: TestApp;
  let dashboard: string;
  let eif: Project;
  let quiet: Project;
  let admin: Member;
  let editor: Member;

  const page = (path: string) => fetch(`${t.baseUrl}${path}`);
  const noindexOf = async (code: string) =>
    (await t.anonymous().data(`query($code: String!) { publicProject(code: $code) { noindex } }`, { code }))
      .publicProject.noindex;

  beforeAll(async () => {
    // the app shell, as the built dashboard serves it
    dashboard = mkdtempSync(join(tmpdir(), 'masswerk-dashboard-'));
    writeFileSync(join(dashboard, 'index.html'), '<!doctype html><title>Maßwerk</title>');
    t = await startTestApp({
      demo: false,
      env: { DASHBOARD_DIR: dashboard, PUBLIC_EMBED_ANCESTORS: `${EMBEDDER}, 'self'` },
    });
    eif = await aProject(t);
    quiet = await aProject(t);
    admin = await aMember(t, eif, 'ADMIN');
    editor = await aMember(t, eif, 'EDITOR', { unit: eif.members[0] });
    const quietAdmin = await aMember(t, quiet, 'ADMIN');
    for (const [project, office] of [
      [eif, admin],
      [quiet, quietAdmin],
    ] as const) {
      const measure = await aMeasure(t, project, { title: 'Öffentlich' });
      await office.data(`mutation($input: ReleaseMeasuresInput!) { releaseMeasures(input: $input) { released } }`, {
        input: { modelProjectId: project.id, measureIds: [measure.id] },
      });
    }
    await quietAdmin.data(PUBLICATION, { input: { modelProjectId: quiet.id, publicGroups: ['TEXTS'], noindex: true } });
  }, WORLD_TIMEOUT);
  afterAll(async () => {
    await t.close();
    rmSync(dashboard, { recursive: true, force: true });
  });

  it('is off until the project office turns it on, which only the office may, with a history entry', async () => {
    expect(await noindexOf(eif.code)).toBe(false);
    expect(
      (await admin.data(`{ projectPublication(modelProjectId: "${eif.id}") { noindex } }`)).projectPublication,
    ).toEqual({ noindex: false });
    expect(
      await editor.errorCode(PUBLICATION, {
        input: { modelProjectId: eif.id, publicGroups: ['TEXTS', 'STATUS', 'MILESTONES'], noindex: true },
      }),
    ).toBe('FORBIDDEN');
    expect(await noindexOf(eif.code)).toBe(false);

    const { updateProjectPublication } = await admin.data(PUBLICATION, {
      input: { modelProjectId: eif.id, publicGroups: ['TEXTS', 'STATUS'], noindex: true },
    });
    expect(updateProjectPublication).toEqual({ publicGroups: ['TEXTS', 'STATUS'], noindex: true });
    expect(await noindexOf(eif.code)).toBe(true);

    // left out: left as it is
    const kept = await admin.data(PUBLICATION, { input: { modelProjectId: eif.id, publicGroups: ['TEXTS'] } });
    expect(kept.updateProjectPublication).toEqual({ publicGroups: ['TEXTS'], noindex: true });

    const groupsKept = await admin.data(PUBLICATION, { input: { modelProjectId: eif.id, noindex: false } });
    expect(groupsKept.updateProjectPublication).toEqual({ publicGroups: ['TEXTS'], noindex: false });
    expect(await noindexOf(eif.code)).toBe(false);
    const { rows } = await t.db.query(
      `SELECT action, before->'noindex' AS before, after->'noindex' AS after FROM audit_entry
        WHERE entity_type = 'ProjectPublication' AND model_project_id = $1 ORDER BY id`,
      [eif.id],
    );
    expect(rows).toEqual([
      { action: 'CREATE', before: null, after: true },
      { action: 'UPDATE', before: true, after: true },
      { action: 'UPDATE', before: true, after: false },
    ]);
  });

  it('lets the configured sites frame the embeddable summary, and no site any other page', async () => {
    const embed = await page(`/oeffentlich/${eif.code}/einbettung`);
    expect(embed.status).toBe(200);
    const csp = embed.headers.get('content-security-policy') ?? '';
    expect(csp).toContain(`frame-ancestors ${EMBEDDER} 'self'`);
    expect(csp).not.toContain("frame-ancestors 'none'");
    expect(csp).toContain("default-src 'self'");
    expect(embed.headers.get('x-frame-options')).toBeNull();

    for (const path of [
      `/oeffentlich/${eif.code}`,
      `/oeffentlich/${eif.code}/massnahmen`,
      `/oeffentlich/${eif.code}/einbettung/mehr`,
      '/oeffentlich',
      '/projekte',
    ]) {
      const response = await page(path);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    }
  });

  it('asks search engines not to index the pages of a project that wants it, only those', async () => {
    expect(await noindexOf(quiet.code)).toBe(true);
    for (const path of [
      `/oeffentlich/${quiet.code}`,
      `/oeffentlich/${quiet.code}/massnahmen?seite=2`,
      `/oeffentlich/${quiet.code}/massnahmen/M-1`,
      `/oeffentlich/${quiet.code}/einbettung`,
    ]) {
      const response = await page(path);
      expect(response.headers.get('x-robots-tag')).toBe('noindex');
      // revalidated: a change of the setting shows at the next visit
      expect(response.headers.get('cache-control')).toBe('no-cache');
    }
    // the others' pages say so too, so that a copy revalidated with a 304 loses an earlier noindex
    for (const path of [`/oeffentlich/${eif.code}`, `/oeffentlich/${eif.code}/einbettung`, '/oeffentlich/UNBEKANNT'])
      expect((await page(path)).headers.get('x-robots-tag')).toBe('all');
    // the app shell is revalidated on every visit, wherever it is served
    for (const path of ['/', '/oeffentlich', '/projekte', '/index.html'])
      expect((await page(path)).headers.get('cache-control')).toBe('no-cache');
    for (const path of ['/oeffentlich', '/projekte', `/oeffentlich/%E0%A4%A`, `/oeffentlich/${quiet.code}'--`]) {
      const response = await page(path);
      // a malformed address is refused by the server (400), never a failure (500)
      expect(response.status).toBeLessThan(500);
      expect(response.headers.get('x-robots-tag') ?? 'all').toBe('all');
    }
  });

  it('says the same in a 304 as in the page it revalidates', async () => {
    const first = await page(`/oeffentlich/${quiet.code}/einbettung`);
    const etag = first.headers.get('etag') as string;
    expect(etag).toBeTruthy();
    const again = await fetch(`${t.baseUrl}/oeffentlich/${quiet.code}/einbettung`, {
      // fetch would add `cache-control: no-cache` to a conditional request, which no server answers with a 304
      headers: { 'if-none-match': etag, 'cache-control': 'max-age=0' },
    });
    expect(again.status).toBe(304);
    expect(again.headers.get('x-robots-tag')).toBe('noindex');
    expect(again.headers.get('content-security-policy')).toContain(`frame-ancestors ${EMBEDDER} 'self'`);
    expect(again.headers.get('x-frame-options')).toBeNull();
  });
});
