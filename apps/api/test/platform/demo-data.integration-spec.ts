import { Client } from 'pg';
import { DEMO_LAST_DAY, seedDemoData } from '@masswerk/api/demo-data';
import { startTestApp, TestApp } from '../support/test-app';
import { TEST_TODAY } from '../support/test-env';

/** The demo data covers 2019 (the first cohort) to 2027 (the end of the programme): every day it stores lies within. */
const FIRST_DAY = '2019-01-01';
const LAST_DAY = DEMO_LAST_DAY;

/** Every table with a hash of all its rows: equal fingerprints mean nothing was written. */
async function fingerprint(db: Client): Promise<Record<string, string>> {
  const { rows: tables } = await db.query(
    `SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`,
  );
  const result: Record<string, string> = {};
  for (const { name } of tables) {
    const { rows } = await db.query(
      `SELECT count(*) || ':' || md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS print FROM "${name}" t`,
    );
    result[name] = rows[0].print;
  }
  return result;
}

/** Days (and budget years) of the demo data outside 2019–2027, column by column. */
async function daysOutsideTheProgramme(db: Client): Promise<{ column: string; first: string; last: string }[]> {
  const { rows: columns } = await db.query(
    `SELECT table_name, column_name FROM information_schema.columns
      WHERE table_schema = 'public' AND data_type = 'date' ORDER BY 1, 2`,
  );
  const outside: { column: string; first: string; last: string }[] = [];
  for (const c of columns) {
    const { rows } = await db.query(
      `SELECT min("${c.column_name}")::text AS first, max("${c.column_name}")::text AS last FROM "${c.table_name}"`,
    );
    if (rows[0].first !== null && (rows[0].first < FIRST_DAY || rows[0].last > LAST_DAY))
      outside.push({ column: `${c.table_name}.${c.column_name}`, ...rows[0] });
  }
  const { rows } = await db.query(
    `SELECT min(year)::text AS first, max(year)::text AS last FROM cost_plan_entry HAVING min(year) < 2019 OR max(year) > 2027`,
  );
  outside.push(...rows.map((r) => ({ column: 'cost_plan_entry.year', ...r })));
  const { rows: history } = await db.query(
    `SELECT min(occurred_at)::date::text AS first, max(occurred_at)::date::text AS last FROM audit_entry
     HAVING min(occurred_at) < $1::date OR max(occurred_at) >= $2::date + 1`,
    [FIRST_DAY, LAST_DAY],
  );
  outside.push(...history.map((r) => ({ column: 'audit_entry.occurred_at', ...r })));
  return outside;
}

describe('the demo data', () => {
  describe('as loaded', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp();
    });
    afterAll(() => t.close());

    it('is loaded once: seeding again, on the same day or a later one, writes nothing', async () => {
      const before = await fingerprint(t.db);
      expect(Number(before['measure'].split(':')[0])).toBeGreaterThan(0);
      for (const today of [TEST_TODAY, '2027-03-01']) {
        const result = await seedDemoData(t.config.databaseUrl as string, { today });
        expect(result).toEqual({ seeded: false, summary: 'already present' });
        expect(await fingerprint(t.db)).toEqual(before);
      }
    });

    it('gives each of the six model projects 12 to 25 measures', async () => {
      const { rows } = await t.db.query(
        `SELECT p.code, count(m.id)::int AS measures FROM model_project p LEFT JOIN measure m ON m.model_project_id = p.id
          WHERE p.is_demo GROUP BY p.code ORDER BY p.code`,
      );
      expect(rows.map((r) => r.code)).toEqual(['EIF', 'KL', 'KUS', 'LNZ', 'MYK', 'WND']);
      for (const row of rows) {
        expect(row.measures).toBeGreaterThanOrEqual(12);
        expect(row.measures).toBeLessThanOrEqual(25);
      }
    });

    it('dates everything within 2019–2027', async () => {
      expect(await daysOutsideTheProgramme(t.db)).toEqual([]);
    });
  });

  // The demo is placed relative to the day it is loaded; loaded late in the programme, forecasts and plans must
  // still end with it.
  describe.each(['2025-02-15', '2027-06-30', LAST_DAY])('loaded on %s', (today) => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp({ demo: false, env: { MASSWERK_TODAY: today } });
    });
    afterAll(() => t.close());

    it('dates everything within 2019–2027, and nothing after that day but plans and forecasts', async () => {
      expect((await seedDemoData(t.config.databaseUrl as string, { today })).seeded).toBe(true);
      expect(await daysOutsideTheProgramme(t.db)).toEqual([]);
      const { rows } = await t.db.query(
        `SELECT (SELECT max(report_date) FROM status_report)::text AS report,
                (SELECT max(completed_on) FROM milestone)::text AS completed,
                (SELECT max(spent_on) FROM expenditure)::text AS spent,
                (SELECT max(measured_on) FROM indicator_value)::text AS measured,
                (SELECT max(actual_end) FROM measure)::text AS ended`,
      );
      const after = Object.entries(rows[0]).filter(([, day]) => (day as string) > today);
      expect(after).toEqual([]);
    });
  });
});
