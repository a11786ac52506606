import { MASSWERK_LIST, MASSWERK_OVERVIEW } from './operations';
import { percentile } from './stats';

/** One installation to measure: who files the change, who reads after it, and on what. */
export interface FirstReadSide {
  name: string;
  url: string;
  /** Files the status report (the project's office or a project manager). */
  writer: string;
  /** Reads after it: another viewer than the writer, so that nothing the writer's own requests left can serve it. */
  reader: string;
  projectId: string;
  measureId: string;
}

export interface FirstReadResult {
  side: string;
  read: 'overview' | 'list';
  /** p95 of the same read repeated with no change in between (served by the read cache). */
  cachedP95: number;
  /** p95 of the read right after a status report was filed in the project. */
  firstP95: number;
  /** p95 of filing the status report. */
  writeP95: number;
}

const FILE_REPORT = /* GraphQL */ `
  mutation BenchFirstReadReport($input: CreateStatusReportInput!) {
    createStatusReport(input: $input) {
      id
    }
  }
`;

async function timed(url: string, token: string, query: string, variables: object): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { errors?: unknown };
  const ms = performance.now() - started;
  if (response.status !== 200 || body.errors) throw new Error(`${query.slice(0, 60)}: ${JSON.stringify(body)}`);
  return ms;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * Operation 7, the first read after a change (issue 17): a status report is filed, then another viewer reads the
 * council overview and the measure list of the same project. The read cache is emptied by the change, so this is the
 * read a council member gets after someone saved. Sequential on purpose: one change, then one read, `rounds` times.
 * The cached p95 of the same reads, without changes in between, is measured on the same side for comparison.
 */
export async function measureFirstRead(side: FirstReadSide, today: string, rounds: number): Promise<FirstReadResult[]> {
  const reads = {
    overview: { query: MASSWERK_OVERVIEW, variables: { project: side.projectId } },
    list: { query: MASSWERK_LIST, variables: { project: side.projectId } },
  } as const;
  const results: FirstReadResult[] = [];
  const writes: number[] = [];
  const first: Record<keyof typeof reads, number[]> = { overview: [], list: [] };
  const cached: Record<keyof typeof reads, number[]> = { overview: [], list: [] };
  for (const [name, read] of Object.entries(reads) as [keyof typeof reads, (typeof reads)[keyof typeof reads]][]) {
    await timed(side.url, side.reader, read.query, read.variables); // fills the cache
    for (let i = 0; i < rounds; i++) cached[name].push(await timed(side.url, side.reader, read.query, read.variables));
  }
  for (let i = 0; i < rounds; i++) {
    writes.push(
      await timed(side.url, side.writer, FILE_REPORT, {
        input: {
          measureId: side.measureId,
          reportDate: today,
          trafficLight: 'GREEN',
          progress: 40,
          achieved: `Benchmark ${i + 1}`,
        },
      }),
    );
    for (const [name, read] of Object.entries(reads) as [keyof typeof reads, (typeof reads)[keyof typeof reads]][])
      first[name].push(await timed(side.url, side.reader, read.query, read.variables));
  }
  for (const read of ['overview', 'list'] as const)
    results.push({
      side: side.name,
      read,
      cachedP95: round1(percentile(cached[read], 95)),
      firstP95: round1(percentile(first[read], 95)),
      writeP95: round1(percentile(writes, 95)),
    });
  return results;
}

/**
 * The report of operation 7: per read, the first read after a change on the national data against the cached read on
 * the demo data (target ≤ 2×), with the demo's own first read and both cached reads beside it.
 */
export function firstReadReport(national: FirstReadResult[], demo: FirstReadResult[]): string[] {
  const lines = [
    '## 7 First read after a change',
    '',
    'A status report is filed, then another viewer reads; p95 in ms. Target: the national first read ≤ 2× the cached',
    'read on the demo data.',
    '',
    '| Read | national, first read | national, cached | demo, first read | demo, cached | ratio | target ≤ 2× | writes p95 (national / demo) |',
    '| --- | ---: | ---: | ---: | ---: | ---: | :---: | ---: |',
  ];
  for (const n of national) {
    const d = demo.find((x) => x.read === n.read);
    if (!d) continue;
    const ratio = n.firstP95 / d.cachedP95;
    lines.push(
      `| ${n.read} | ${n.firstP95} | ${n.cachedP95} | ${d.firstP95} | ${d.cachedP95} | ${ratio.toFixed(1)}× | ` +
        `${ratio <= 2 ? 'met' : 'not met'} | ${n.writeP95} / ${d.writeP95} |`,
    );
  }
  return lines;
}
