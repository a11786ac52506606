import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { Pool } from 'pg';
import QueryStream from 'pg-query-stream';
import ExcelJS from 'exceljs';
import { MILESTONE_DUE_SOON_DAYS } from '@masswerk/shared/domain';
import {
  FLOOR_FIELD_JOIN,
  FLOOR_LIST_SQL,
  FLOOR_MEASURE_SQL,
  FLOOR_MUNICIPALITY_JOIN,
  FLOOR_PUBLIC_LIST_SQL,
  FLOOR_STATEMENT_SQL,
  floorRollupSql,
} from './operations';

/** What the floor needs to know about the viewer: the bench accounts' project and cluster, fixed for the run. */
export interface FloorContext {
  projectId: string;
  clusterProjectIds: string[];
  today: string;
}

/**
 * The floor: the same answers from hand-written SQL through `pg`, behind a bare `node:http` handler — no framework,
 * no GraphQL, no authorisation. What Maßwerk adds on top of this is what the benchmark measures.
 */
export function createFloorServer(pool: Pool, ctx: FloorContext): Server {
  const due = MILESTONE_DUE_SOON_DAYS;
  const routes: Record<string, (url: URL, res: ServerResponse) => Promise<unknown>> = {
    '/list': async () => (await pool.query(FLOOR_LIST_SQL, [ctx.projectId, ctx.today])).rows[0],
    '/measure': async (url) => (await pool.query(FLOOR_MEASURE_SQL, [url.searchParams.get('id'), ctx.today])).rows[0],
    '/overview': async () => {
      const scope = 'm.model_project_id = $3';
      const args = [ctx.today, due, ctx.projectId];
      const [summary, byField, byMunicipality] = await Promise.all([
        pool.query(floorRollupSql(scope, 'NULL::text'), args),
        pool.query(floorRollupSql(scope, 'g.field_of_action_id::text', FLOOR_FIELD_JOIN), args),
        pool.query(floorRollupSql(scope, 'g.unit_id::text', FLOOR_MUNICIPALITY_JOIN), args),
      ]);
      return { summary: summary.rows[0], byField: byField.rows, byMunicipality: byMunicipality.rows };
    },
    '/cluster': async () => {
      // what a council member may read: the own project, and the published measures of the cluster's other projects
      const scope = 'm.model_project_id = $3 OR (m.model_project_id = ANY($4::uuid[]) AND m.published)';
      const args = [ctx.today, due, ctx.projectId, ctx.clusterProjectIds];
      const [summary, byProject] = await Promise.all([
        pool.query(floorRollupSql(scope, 'NULL::text'), args),
        pool.query(floorRollupSql(scope, 's.model_project_id::text'), args),
      ]);
      return { summary: summary.rows[0], byProject: byProject.rows };
    },
    '/national': async () => {
      const args = [ctx.today, due];
      const [summary, byProject] = await Promise.all([
        pool.query(floorRollupSql('TRUE', 'NULL::text'), args),
        pool.query(floorRollupSql('TRUE', 's.model_project_id::text'), args),
      ]);
      return { summary: summary.rows[0], byProject: byProject.rows };
    },
    '/public-list': async (url) =>
      (
        await pool.query(FLOOR_PUBLIC_LIST_SQL, [
          ctx.projectId,
          Number(url.searchParams.get('first')),
          Number(url.searchParams.get('offset')),
        ])
      ).rows[0],
    '/statement.xlsx': (_url, res) => streamStatement(pool, ctx.projectId, res),
  };

  return createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://floor');
    const route = routes[url.pathname];
    if (!route) {
      res.writeHead(404).end();
      return;
    }
    route(url, res).then(
      (body) => {
        if (body === undefined) return; // streamed
        const json = JSON.stringify({ data: body });
        res.writeHead(200, { 'content-type': 'application/json' }).end(json);
      },
      (error: unknown) => {
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(String(error));
      },
    );
  });
}

async function streamStatement(pool: Pool, projectId: string, res: ServerResponse): Promise<undefined> {
  res.writeHead(200, { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: res, useStyles: true });
  const sheet = workbook.addWorksheet('Nachweis');
  sheet.columns = [
    { header: 'Jahr', key: 'year', width: 8 },
    { header: 'Maßnahme', key: 'code', width: 14 },
    { header: 'Titel', key: 'title', width: 50 },
    { header: 'Kostenart', key: 'category', width: 28 },
    { header: 'Geplant (€)', key: 'planned', width: 16, style: { numFmt: '#,##0.00' } },
    { header: 'Ausgaben (€)', key: 'actual', width: 16, style: { numFmt: '#,##0.00' } },
  ];
  const client = await pool.connect();
  try {
    const stream = client.query(new QueryStream(FLOOR_STATEMENT_SQL, [projectId], { batchSize: 500 }));
    for await (const row of stream as AsyncIterable<Record<string, string>>) {
      sheet
        .addRow({
          year: Number(row['year']),
          code: row['code'],
          title: row['title'],
          category: row['category'],
          planned: Number(row['planned']) / 100,
          actual: Number(row['actual']) / 100,
        })
        .commit();
    }
  } finally {
    client.release();
  }
  sheet.commit();
  await workbook.commit();
  return undefined;
}
