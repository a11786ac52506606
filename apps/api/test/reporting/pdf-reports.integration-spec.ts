import { formatEuroDe } from '@masswerk/shared/domain';
import { aFundedProject, aMeasureWithLateMilestone, aMember, costCategories } from '../support/factories';
import { CREATE_MEASURE, aMeasureInput } from '../support/fixtures';
import { appPerBlock } from '../support/app-per-block';
import { download, EXPORTS, moneyCents, pdfContent, pdfText, sessionOf } from './downloads';

const GERMAN_DATE = /\b(0[1-9]|[12]\d|3[01])\.(0[1-9]|1[0-2])\.20\d\d\b/;
const ISO_DATE = /\b20\d\d-\d\d-\d\d\b/;

/** What every exported PDF must carry for accessibility (BITV 2.0 / PDF/UA as far as pdfkit goes). */
function expectAccessiblePdf(body: Buffer): void {
  const raw = body.toString('latin1');
  expect(raw.startsWith('%PDF-1.7')).toBe(true);
  expect(raw).toMatch(/\/FontFile2 \d+ 0 R/);
  expect(raw).toMatch(/\/FontName \/[A-Z]{6}\+Roboto-Regular/);
  expect(raw).toMatch(/\/FontName \/[A-Z]{6}\+Roboto-Bold/);
  expect(raw).not.toMatch(/\/BaseFont \/Helvetica/);
  expect(raw).toContain('/Lang (de-DE)');
  expect(raw).toMatch(/\/StructTreeRoot \d+ 0 R/);
  expect(raw).toMatch(/\/MarkInfo \d+ 0 R/);
  expect(raw).toContain('/Marked true');
  expect(raw).toContain('/DisplayDocTitle true');
  for (const tag of ['/Document', '/H1', '/H2', '/P', '/Table', '/TH', '/TD']) expect(raw).toContain(`/S ${tag}`);
  const content = pdfContent(body);
  expect(content).toMatch(/\/Artifact <<\s*\/Type \/Pagination\s*>> BDC/);
  expect(content).toMatch(/\/P <<\s*\/MCID \d+\s*>> BDC/);
}

describe('the PDF reports', () => {
  /** A funded project with a varied portfolio in both phases, led by the Landkreis Testkreis. */
  const app = appPerBlock(async (t) => {
    const funded = await aFundedProject(t, { name: 'Smarte Region Testkreis', lead: 'Landkreis Testkreis' });
    const { id: projectId, code } = funded.project;
    const council = await sessionOf(t, (await aMember(t, funded.project, 'COUNCIL')).user);
    const admin = await aMember(t, funded.project, 'ADMIN');
    return { funded, council, admin, projectId, code };
  });

  async function codes(phase: string | null): Promise<string[]> {
    const { rows } = await app.t.db.query(
      `SELECT code FROM measure WHERE model_project_id = $1 AND ($2::text IS NULL OR phase = $2) ORDER BY code`,
      [app.projectId, phase],
    );
    return rows.map((r) => r.code);
  }

  describe('the narrative report (Sachbericht)', () => {
    it('has a cover, contents and a section per measure, in German with German dates', async () => {
      const response = await download(app.t, EXPORTS.narrative(app.code), app.council);
      expect(response.status).toBe(200);
      const { text, title, pages } = pdfText(response.body);
      expect(title).toBe(`Sachbericht – Smarte Region Testkreis (${app.code})`);
      expect(pages).toBeGreaterThan(5);
      for (const heading of ['Sachbericht', 'Inhalt', 'Überblick', 'Maßnahmen', 'Meilensteine', 'Statusberichte']) {
        expect(text).toContain(heading);
      }
      expect(text).toContain('Entwurf aus Maßwerk');
      expect(text).toContain('Projektträger: Landkreis Testkreis');
      expect(text).toContain('Stand: 21.11.2026');
      expect(text).toContain('Phasen A (Strategiephase) und B (Umsetzungsphase)');
      expect(text).toMatch(/Seite 3 von \d+/);
      for (const code of await codes(null)) expect(text).toContain(code);
      expect(text).toMatch(GERMAN_DATE);
      expect(text).not.toMatch(ISO_DATE);
      expect(text).toMatch(
        /Bearbeitungsstand: in Umsetzung · Fortschritt: \d+ % \([^)]+\) · Zustand: (im Plan|gefährdet|kritisch), weil/,
      );
      expect(text).toContain('Phase: B (Umsetzungsphase) · Laufzeit: geplant');
      expectAccessiblePdf(response.body);
      expect(response.body.toString('latin1')).toContain('/S /H3');
      expect(response.body.toString('latin1')).toContain('/S /LI');
    });

    it('covers only the measures of the chosen phase', async () => {
      const response = await download(app.t, EXPORTS.narrative(app.code, 'phase=A'), app.council);
      const { text } = pdfText(response.body);
      expect(text).toContain('Phase A (Strategiephase)');
      for (const code of await codes('A')) expect(text).toContain(code);
      for (const code of await codes('B')) expect(text).not.toContain(`${code} ·`);
    });

    it('tells what a measure reached, what is late and what was reported (scenario built through GraphQL)', async () => {
      const project = app.funded.project;
      const { createMeasure: measure } = await app.admin.data(CREATE_MEASURE, {
        input: aMeasureInput(project.id, {
          title: 'Smarte Parkraumsensoren in Prüm',
          summary: 'Sensoren melden freie Stellplätze an die Datenplattform.',
          status: 'IN_PROGRESS',
          plannedStart: '2026-01-01',
          plannedEnd: '2027-06-30',
          fieldOfActionIds: [project.fields[0].id],
        }),
      });
      const create = `mutation($input: CreateMilestoneInput!) { createMilestone(input: $input) { id version } }`;
      const reached = (
        await app.admin.data(create, {
          input: { measureId: measure.id, title: 'Sensoren ausgeschrieben', baselineDate: '2026-03-01' },
        })
      ).createMilestone;
      await app.admin.data(`mutation($input: ReportMilestoneInput!) { reportMilestone(input: $input) { id } }`, {
        input: { id: reached.id, version: reached.version, completedOn: '2026-03-15' },
      });
      await app.admin.data(create, {
        input: { measureId: measure.id, title: 'Sensoren montiert', baselineDate: '2026-09-30' },
      });
      await app.admin.data(`mutation($input: CreateStatusReportInput!) { createStatusReport(input: $input) { id } }`, {
        input: {
          measureId: measure.id,
          reportDate: '2026-11-20',
          trafficLight: 'YELLOW',
          progress: 40,
          achieved: 'Größere Lieferung geprüft; Straßenabschnitte festgelegt.',
          nextSteps: 'Montage der übrigen Sensoren.',
          risks: 'Lieferverzug beim Hersteller.',
        },
      });

      const response = await download(app.t, EXPORTS.narrative(app.code, 'phase=B'), app.council);
      const { text } = pdfText(response.body);
      expect(text).toContain(`${measure.code} · Smarte Parkraumsensoren in Prüm`);
      expect(text).toContain('Sensoren melden freie Stellplätze an die Datenplattform.');
      expect(text).toContain('15.03.2026 – Sensoren ausgeschrieben (geplant 01.03.2026, 14 Tage später)');
      expect(text).toContain('Sensoren montiert – geplant 30.09.2026; seit 52 Tagen überfällig');
      expect(text).toContain('Bericht vom 20.11.2026 · Ampel: gelb · Fortschritt 40 %');
      expect(text).toContain('Erreicht: Größere Lieferung geprüft; Straßenabschnitte festgelegt.');
      expect(text).toContain('Nächste Schritte: Montage der übrigen Sensoren.');
      expect(text).toContain('Risiken: Lieferverzug beim Hersteller.');
      // where the figures come from: the report's 40 % counts, and the health says why
      const flowing = text.replace(/\s+/g, ' ');
      expect(flowing).toContain('Fortschritt: 40 % (laut Statusbericht vom 20.11.2026)');
      expect(flowing).toContain(
        'Zustand: gefährdet, weil der Fortschritt (40 %) 19 Punkte hinter dem Zeitplan (59 %) liegt; außerdem ist ' +
          'der Meilenstein „Sensoren montiert“ seit 30.09.2026 überfällig (52 Tage)',
      );
    });

    it('gives each measure its goals, its indicators against their targets and plan against actual with the reason', async () => {
      const project = app.funded.project;
      const goal = project.fields[0].goals[0];
      const { createMeasure: measure } = await app.admin.data(CREATE_MEASURE, {
        input: aMeasureInput(project.id, {
          title: 'Digitale Bürgerdienste in Bitburg',
          status: 'IN_PROGRESS',
          plannedStart: '2026-01-01',
          plannedEnd: '2027-12-31',
          fieldOfActionIds: [project.fields[0].id],
          goalIds: [goal.id],
        }),
      });
      const { createIndicator: indicator } = await app.admin.data(
        `mutation($input: CreateIndicatorInput!) { createIndicator(input: $input) { id } }`,
        {
          input: {
            measureId: measure.id,
            name: 'Online-Anträge je Monat',
            unit: 'Anträge',
            baselineValue: '100',
            targetValue: '1200',
            targetDate: '2027-12-31',
          },
        },
      );
      for (const [measuredOn, value] of [
        ['2026-06-30', '450'],
        ['2026-10-31', '600'],
      ])
        await app.admin.data(
          `mutation($input: RecordIndicatorValueInput!) { recordIndicatorValue(input: $input) { id } }`,
          {
            input: { indicatorId: indicator.id, measuredOn, value },
          },
        );
      await app.admin.data(`mutation($input: CreateIndicatorInput!) { createIndicator(input: $input) { id } }`, {
        input: { measureId: measure.id, name: 'Zufriedenheit', unit: '%', targetValue: '80' },
      });
      const [category] = Object.values(await costCategories(app.t));
      await app.admin.data(`mutation($input: SetCostPlanEntryInput!) { setCostPlanEntry(input: $input) { id } }`, {
        input: { measureId: measure.id, costCategoryId: category.id, year: 2026, planned: '50000.00' },
      });
      await app.admin.data(`mutation($input: CreateExpenditureInput!) { createExpenditure(input: $input) { id } }`, {
        input: {
          measureId: measure.id,
          costCategoryId: category.id,
          spentOn: '2026-05-04',
          amount: '62500.00',
          description: 'Lizenzen Antragsportal',
        },
      });
      const { measure: current } = await app.admin.data(`query($id: ID!) { measure(id: $id) { version } }`, {
        id: measure.id,
      });
      const { updateMeasure } = await app.admin.data(
        `mutation($input: UpdateMeasureInput!) { updateMeasure(input: $input) { budgetDeviationReason } }`,
        {
          input: {
            id: measure.id,
            version: current.version,
            budgetDeviationReason: 'Die Lizenzen für das Antragsportal wurden teurer als im Angebot.',
          },
        },
      );
      expect(updateMeasure.budgetDeviationReason).toBe(
        'Die Lizenzen für das Antragsportal wurden teurer als im Angebot.',
      );

      const attached = await fetch(`${app.t.baseUrl}/api/documents/MEASURE/${measure.id}`, {
        method: 'POST',
        headers: { ...app.admin.authHeaders(), 'x-file-name': encodeURIComponent('Konzept Bürgerdienste.pdf') },
        body: Buffer.from('%PDF-1.4\n%%EOF\n'),
      });
      expect(attached.status).toBe(201);

      const { text } = pdfText((await download(app.t, EXPORTS.narrative(app.code, 'phase=B'), app.council)).body);
      const section = text.replace(/\s+/g, ' ').split(`${measure.code} · Digitale Bürgerdienste in Bitburg`)[2];
      expect(section).toContain(`Ziel(e): ${goal.code} ${goal.title}`);
      expect(section).toContain('Anlagen: Konzept Bürgerdienste.pdf');
      expect(section).toContain('Indikatoren');
      expect(section).toMatch(
        /Online-Anträge je Monat 100 Anträge 1\.200 Anträge bis 31\.12\.2027 600 Anträge am 31\.10\.2026 50 %/,
      );
      expect(section).toMatch(/Zufriedenheit – 80 % noch nicht gemessen –/);
      expect(section).toContain(
        'Kostenplan 50.000,00 € · ausgegeben 62.500,00 € (125 % des Plans) · Abweichung +12.500,00 € (+25 %)',
      );
      expect(section).toContain(
        'Begründung der Abweichung: Die Lizenzen für das Antragsportal wurden teurer als im Angebot.',
      );
      // the change is the measure's history
      const { rows } = await app.t.db.query(
        `SELECT count(*)::int AS n FROM audit_entry WHERE entity_id = $1 AND action = 'UPDATE'
            AND before->>'budgetDeviationReason' = '' AND after->>'budgetDeviationReason' LIKE 'Die Lizenzen%'`,
        [measure.id],
      );
      expect(rows[0].n).toBe(1);
    });

    it('limits status reports and reached milestones to the reporting period', async () => {
      const response = await download(app.t, EXPORTS.narrative(app.code, 'from=2026-01-01&to=2026-06-30'), app.council);
      const { text } = pdfText(response.body);
      expect(text).toContain('Berichtszeitraum: 01.01.2026 – 30.06.2026');
      const reportDates = [...text.matchAll(/Bericht vom (\d\d)\.(\d\d)\.(\d{4})/g)].map(
        (m) => `${m[3]}-${m[2]}-${m[1]}`,
      );
      expect(reportDates.length).toBeGreaterThan(0);
      for (const date of reportDates) expect(date >= '2026-01-01' && date <= '2026-06-30').toBe(true);
      const { rows } = await app.t.db.query(
        `SELECT count(*)::int AS n FROM status_report WHERE model_project_id = $1 AND report_date < '2026-01-01'`,
        [app.projectId],
      );
      expect(rows[0].n).toBeGreaterThan(0);
    });
  });

  describe('the council briefing (Kreistags-Briefing)', () => {
    it('shows the key figures, status by field of action, late milestones and the money of each phase', async () => {
      const response = await download(app.t, EXPORTS.briefing(app.code), app.council);
      expect(response.status).toBe(200);
      const { text, title, pages } = pdfText(response.body);
      expect(title).toBe(`Kreistags-Briefing – Smarte Region Testkreis (${app.code})`);
      expect(pages).toBeLessThanOrEqual(5);
      for (const heading of [
        'Kreistags-Briefing',
        'Auf einen Blick',
        'Zustand und Bearbeitungsstand',
        'Stand nach Handlungsfeldern',
        'Verspätete Meilensteine',
        'Mittel: geplant, ausgegeben, abgerufen',
      ]) {
        expect(text).toContain(heading);
      }
      const { modelProject } = await app.admin.data(
        `query($code: String!) { modelProject(code: $code) { fieldsOfAction { name }
           summary { measureCount overdueMilestones milestonesDueSoon staleMeasures byStatus { status count }
             byHealth { health count } }
           funding { phases { phase planned { total } actual { total } calledOff grant { grantAmount } } } } }`,
        { code: app.code },
      );
      for (const field of modelProject.fieldsOfAction) expect(text).toContain(field.name);
      const { summary } = modelProject;
      expect(text).toContain(`${summary.overdueMilestones} offene Meilensteine sind überfällig`);
      // the shares of the key figures are those of the dashboard's tiles: of the assessed measures only
      const count = (h: string) =>
        (summary.byHealth as { health: string; count: number }[]).find((x) => x.health === h)?.count ?? 0;
      const assessed = summary.measureCount - count('NOT_ASSESSED');
      expect(count('NOT_ASSESSED')).toBeGreaterThan(0); // or the two bases would not differ
      expect(text.replace(/\s+/g, ' ')).toContain(
        `im Plan (${Math.round((100 * count('ON_TRACK')) / assessed)} % der bewerteten)`,
      );
      for (const phase of modelProject.funding.phases) {
        expect(text).toContain(formatEuroDe(moneyCents(phase.planned.total)));
        expect(text).toContain(formatEuroDe(moneyCents(phase.actual.total)));
        expect(text).toContain(formatEuroDe(moneyCents(phase.calledOff)));
        if (phase.grant) expect(text).toContain(formatEuroDe(moneyCents(phase.grant.grantAmount)));
      }
      // the overdue milestone of the measures off track
      expect(text).toContain('Anforderungsanalyse abgeschlossen');
      expect(text).toContain('Stand: 21.11.2026');
      expect(text).not.toMatch(ISO_DATE);
      expectAccessiblePdf(response.body);
      const raw = response.body.toString('latin1');
      expect(raw).toContain('/S /Figure');
      expect(raw).toMatch(/\/S \/Figure[^>]*\/Alt [(<]/);
    });

    it('names the critical and late measures and says why, with the risks of their latest report', async () => {
      const late = await aMeasureWithLateMilestone(
        app.t,
        app.funded.project,
        { title: 'Sensorik Hochwasserwarnung' },
        { title: 'Pegelsensoren installiert', baselineDate: '2026-10-01' },
      );
      await app.admin.data(`mutation($input: CreateStatusReportInput!) { createStatusReport(input: $input) { id } }`, {
        input: {
          measureId: late.id,
          reportDate: '2026-11-18',
          trafficLight: 'RED',
          progress: 10,
          risks: 'Funkabdeckung im Tal unzureichend.',
        },
      });
      const { text } = pdfText((await download(app.t, EXPORTS.briefing(app.code), app.council)).body);
      const flowing = text.replace(/\s+/g, ' ');
      expect(flowing).toContain('Kritische und verspätete Maßnahmen');
      const section = flowing.split(`${late.code} · Sensorik Hochwasserwarnung`)[1];
      expect(section).toMatch(
        /^ Warum: .*der Meilenstein „Pegelsensoren installiert“ (ist seit 51 Tagen überfällig|seit 01\.10\.2026 überfällig)/,
      );
      expect(section).toContain('Risiken laut Bericht vom 18.11.2026 (Ampel rot): Funkabdeckung im Tal unzureichend.');
      // the critical ones come first
      const { summary } = (
        await app.admin.data(
          `query($code: String!) { modelProject(code: $code) { summary { byHealth { health count } } } }`,
          {
            code: app.code,
          },
        )
      ).modelProject;
      const critical = summary.byHealth.find((h: { health: string }) => h.health === 'OFF_TRACK').count;
      const count = Number(/(\d+) Maßnahmen sind kritisch oder verspätet/.exec(flowing)?.[1]);
      expect(count).toBeGreaterThanOrEqual(critical);
      const named = [...flowing.matchAll(/Warum: (Kritisch|[^.]*)/g)].map((m) => m[1] === 'Kritisch');
      expect(named.slice(0, Math.min(critical, named.length)).every(Boolean)).toBe(true);
    });

    it('leaves the open milestones of a stopped measure out of the late milestones, here and in the Sachbericht', async () => {
      const title = 'Standortsuche Ladesäulen';
      const stopped = await aMeasureWithLateMilestone(
        app.t,
        app.funded.project,
        {},
        { title, baselineDate: '2024-10-01' },
      );
      const { measure } = await app.admin.data(`query($id: ID!) { measure(id: $id) { version } }`, { id: stopped.id });
      await app.admin.data(
        `mutation($input: UpdateMeasureProgressInput!) { updateMeasureProgress(input: $input) { id } }`,
        { input: { id: stopped.id, version: measure.version, status: 'STOPPED' } },
      );
      const briefing = pdfText((await download(app.t, EXPORTS.briefing(app.code), app.council)).body).text;
      expect(briefing).toContain('Verspätete Meilensteine');
      expect(briefing).not.toContain(title);
      const narrative = pdfText((await download(app.t, EXPORTS.narrative(app.code, 'phase=B'), app.council)).body).text;
      expect(narrative).toContain(stopped.code);
      expect(narrative).not.toContain(title);
    });

    it('draws with the Okabe–Ito colours of the dashboard', async () => {
      const response = await download(app.t, EXPORTS.briefing(app.code), app.council);
      const streams = pdfContent(response.body);
      // pdfkit writes colours as RGB fractions: #009E73 (im Plan), #E69F00 (gefährdet), #D55E00 (kritisch),
      // #0072B2 (in Umsetzung), #56B4E9 (in Planung).
      for (const hex of ['#009E73', '#E69F00', '#D55E00', '#0072B2', '#56B4E9']) {
        const rgb = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).join(' ');
        expect([hex, streams.includes(`${rgb} scn`)]).toEqual([hex, true]);
      }
    });
  });
});
