import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  DocumentNode,
  FieldNode,
  GraphQLObjectType,
  GraphQLSchema,
  Kind,
  OperationDefinitionNode,
  parse,
  specifiedRules,
  validate,
} from 'graphql';
import { getArgumentValues, getVariableValues } from 'graphql/execution/values';
import { plainToInstance } from 'class-transformer';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { Actor, isWellFormedText, Permission, Role } from '@masswerk/shared/domain';
import { AccessService } from '@masswerk/api/access';
import { AppConfig, Clock, inputProblems } from '@masswerk/api/core';
import { applyReadAccess, MeasureEntity, MeasureReadService, MeasuresArgs, SortDirection } from '@masswerk/api/measure';
import { cachedEstimate, limitRules } from '../graphql-limits';
import { documentKey, selectOperation } from '../read-cache';
import { fieldType, measureSql, objectSql, SqlContext } from './measure-selection.sql';

/** A document that may be compiled: its one query operation and its one root field `measures`. */
interface Plan {
  document: DocumentNode;
  operation: OperationDefinitionNode;
  /** `measures` (a page of the list) or `measure` (one measure by id). */
  root: 'measures' | 'measure';
  field: FieldNode;
  key: string;
  typename: string | null;
}

/** A project no viewer belongs to: whoever may read its money may read every project's. */
const NO_PROJECT = '00000000-0000-0000-0000-000000000000';

export interface CompiledReadsDeps {
  config: AppConfig;
  dataSource: DataSource;
  reader: MeasureReadService;
  access: AccessService;
  clock: Clock;
  schema: () => GraphQLSchema;
}

/**
 * Compiled reads (decision 0077): a signed-in viewer's `measures` query whose selection this file knows is answered
 * by one SQL statement that applies the viewer's access, pages, and builds the answer's JSON in PostgreSQL, before
 * Apollo sees the request; the read cache in front stores it like any answer. Everything else (another root field,
 * a fragment, a field or argument not known here, invalid input, an error) goes on to Apollo unchanged, which is the
 * reference: `compiled-reads.integration-spec.ts` asks both and compares.
 */
export function registerCompiledReads(fastify: FastifyInstance, deps: CompiledReadsDeps): void {
  if (!deps.config.graphql.compiledReads) return;
  const plans = new Map<string, Plan | null>();
  fastify.addHook('preHandler', async (req: FastifyRequest, reply: FastifyReply) => {
    if (reply.sent || req.method !== 'POST' || req.url.split('?')[0] !== '/graphql') return;
    const actor = req.masswerk?.actor;
    if (!actor?.isAuthenticated || !String(req.headers['content-type'] ?? '').startsWith('application/json')) return;
    const body = req.body as { query?: unknown; variables?: unknown; operationName?: unknown } | null;
    if (!body || Array.isArray(body) || typeof body.query !== 'string') return;
    const variables = body.variables ?? {};
    if (typeof variables !== 'object' || variables === null || Array.isArray(variables)) return;
    if (!wellFormed(variables)) return; // Apollo refuses it, naming the variable
    const schema = deps.schema();
    const plan = planFor(plans, schema, deps.config, body.query, body.operationName);
    if (!plan) return;
    try {
      const answer = await answer_(deps, schema, actor, plan, variables as Record<string, unknown>);
      if (answer === null) return;
      return reply.code(200).header('content-type', 'application/json; charset=utf-8').send(answer);
    } catch {
      // Apollo answers instead, with its own error if there is one
      return;
    }
  });
}

/** The plan of a document, remembered by its hash (bounded); null when it cannot be compiled. */
function planFor(
  plans: Map<string, Plan | null>,
  schema: GraphQLSchema,
  config: AppConfig,
  query: string,
  operationName: unknown,
): Plan | null {
  if (!isWellFormedText(query)) return null;
  const hash = documentKey(query, operationName);
  if (plans.has(hash)) return plans.get(hash) ?? null;
  let plan: Plan | null = null;
  try {
    const document = parse(query, { maxTokens: config.graphql.maxTokens });
    const operation = selectOperation(document, operationName);
    const rules = [...specifiedRules, ...limitRules(config.graphql)];
    if (
      operation &&
      operation.operation === 'query' &&
      !operation.directives?.length &&
      document.definitions.length === 1 &&
      validate(schema, document, rules).length === 0
    ) {
      plan = rootPlan(document, operation);
    }
  } catch {
    plan = null;
  }
  if (plans.size >= 1000) plans.clear();
  plans.set(hash, plan);
  return plan;
}

/** One `measures` or `measure` field, optionally beside `__typename`. */
function rootPlan(document: DocumentNode, operation: OperationDefinitionNode): Plan | null {
  let field: FieldNode | null = null;
  let typename: string | null = null;
  const keys = new Set<string>();
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD || selection.directives?.length) return null;
    const key = selection.alias?.value ?? selection.name.value;
    if (keys.has(key)) return null;
    keys.add(key);
    if (selection.name.value === '__typename') typename = key;
    else if ((selection.name.value === 'measures' || selection.name.value === 'measure') && !field) field = selection;
    else return null;
  }
  if (!field) return null;
  const root = field.name.value as Plan['root'];
  return { document, operation, root, field, key: field.alias?.value ?? root, typename };
}

async function answer_(
  deps: CompiledReadsDeps,
  schema: GraphQLSchema,
  actor: Actor,
  plan: Plan,
  variables: Record<string, unknown>,
): Promise<string | null> {
  const coerced = getVariableValues(schema, plan.operation.variableDefinitions ?? [], variables);
  if (coerced.errors) return null;
  const complexity = cachedEstimate(schema, plan.document, variables, plan.operation.name?.value);
  if (complexity > deps.config.graphql.maxComplexity) return null;
  const fieldDef = schema.getQueryType()?.getFields()[plan.root];
  if (!fieldDef) return null;
  const raw = getArgumentValues(fieldDef, plan.field, coerced.coerced);
  const argumentsOf = (typeName: string, node: FieldNode) => {
    const type = schema.getType(typeName);
    const def = type instanceof GraphQLObjectType ? type.getFields()[node.name.value] : undefined;
    if (!def) throw new Error(`no field ${typeName}.${node.name.value}`);
    return getArgumentValues(def, node, coerced.coerced);
  };
  if (plan.root === 'measure') return measurePage(deps, schema, actor, plan, String(raw['id']), argumentsOf);
  if ((await inputProblems(MeasuresArgs, raw)).length) return null;
  const args = plainToInstance(MeasuresArgs, raw);

  const { page, count, sortSql } = deps.reader.pageQuery(actor, args);
  const direction = args.orderBy?.direction === SortDirection.DESC ? 'DESC' : 'ASC';
  const [pageSql, params] = page.select('m.id', 'id').addSelect(`(${sortSql})`, 'sort_value').getQueryAndParameters();
  const param = (value: unknown) => `$${params.push(value)}`;
  const first = `${param(args.first)}::int`;
  const ctx = sqlContext(deps, actor, schema, param, argumentsOf);
  const total = () => {
    const [countSql, countParams] = count.select('count(*)::int', 'total').getQueryAndParameters();
    const offset = params.length;
    params.push(...countParams);
    return `(${countSql.replace(/\$(\d+)/g, (_, i: string) => `$${Number(i) + offset}`)})`;
  };

  const edgeType = fieldType(schema, 'MeasureConnection', 'edges') ?? 'MeasureEdge';
  const onPage = `FROM cursors c JOIN measure n ON n.id = c.id WHERE c.i <= ${first}`;
  const connection = objectSql(
    plan.field.selectionSet,
    'MeasureConnection',
    {},
    {
      totalCount: (s) => (s ? null : total()),
      nodes: (s) => {
        const node = measureSql(s, ctx);
        return node && `(SELECT coalesce(json_agg(${node} ORDER BY c.i), '[]'::json) ${onPage})`;
      },
      edges: (s) => {
        const edge = objectSql(s, edgeType, { cursor: 'c.cursor' }, { node: (n) => measureSql(n, ctx) });
        return edge && `(SELECT coalesce(json_agg(${edge} ORDER BY c.i), '[]'::json) ${onPage})`;
      },
      pageInfo: (s) =>
        objectSql(s, 'PageInfo', {
          hasNextPage: `((SELECT count(*) FROM cursors) > ${first})`,
          hasPreviousPage: () => `${param(!!args.after)}::boolean`,
          startCursor: `(SELECT cursor FROM cursors WHERE i = 1)`,
          endCursor: `(SELECT cursor FROM cursors WHERE i = least(${first}, (SELECT count(*) FROM cursors)))`,
        }),
    },
  );
  if (!connection) return null;
  const root = [`'${plan.key}', ${connection}`];
  if (plan.typename) root.unshift(`'${plan.typename}', 'Query'::text`);
  // the cursor as encodeCursor writes it: base64url of the JSON array [sort value as text, id]
  const sql = `
    WITH page AS (${pageSql}),
    cursors AS (
      SELECT p.id, row_number() OVER (ORDER BY p.sort_value ${direction}, p.id ${direction}) AS i,
             translate(rtrim(replace(encode(convert_to(
               '[' || to_json(p.sort_value::text)::text || ',' || to_json(p.id::text)::text || ']', 'UTF8'),
               'base64'), E'\\n', ''), '='), '+/', '-_') AS cursor
        FROM page p)
    SELECT json_build_object('data', json_build_object(${root.join(', ')}))::text AS body`;
  const [row] = await runPrepared(deps.dataSource, sql, params);
  return row.body as string;
}

/** The projects whose money the viewer may read (members); cluster peers may not (FundingOverviewService). */
function moneyProjects(access: AccessService, actor: Actor): string[] {
  const projects = [...actor.memberships.map((m) => m.projectId), ...actor.peerProjectIds];
  return projects.filter((id) => access.can(actor, Permission.READ_PROJECT, id));
}

/** Whether every string in the variables is well-formed Unicode (what the `wellFormedInput` plugin checks). */
function wellFormed(value: unknown): boolean {
  if (typeof value === 'string') return isWellFormedText(value);
  if (Array.isArray(value)) return value.every(wellFormed);
  if (value && typeof value === 'object')
    return Object.entries(value).every(([k, v]) => isWellFormedText(k) && wellFormed(v));
  return true;
}

/**
 * Actor.canReportOn in SQL, for `n`, behind the read check of MeasureReadService.viewerCanReport: the platform
 * operator; members whose role reports on every measure; editors on the measures assigned to them or led by their
 * municipality. Cluster partners never.
 */
function canReportSql(actor: Actor, access: AccessService, param: (value: unknown) => string): string {
  if (actor.isPlatformAdmin) return 'true';
  const reporting = actor.memberships.filter(
    (m) =>
      access.can(actor, Permission.READ_PROJECT, m.projectId) &&
      access.can(actor, Permission.REPORT_PROGRESS, m.projectId),
  );
  const all = reporting.filter((m) => m.role !== Role.EDITOR).map((m) => m.projectId);
  const editors = reporting.filter((m) => m.role === Role.EDITOR);
  const units = editors.filter((m) => m.unitId).map((m) => `${m.projectId}:${m.unitId}`);
  return `(n.model_project_id = ANY(${param(all)}::uuid[])
           OR (n.model_project_id = ANY(${param(editors.map((m) => m.projectId))}::uuid[])
               AND (EXISTS (SELECT 1 FROM measure_assignee a WHERE a.measure_id = n.id AND a.user_id = ${param(actor.userId)}::uuid)
                    OR (n.model_project_id::text || ':' || n.lead_unit_id::text) = ANY(${param(units)}::text[]))))`;
}

/**
 * What the compiled SQL needs of the viewer and the request, each part added as parameters when the selection first
 * needs it (PostgreSQL refuses a parameter no expression uses).
 */
function sqlContext(
  deps: CompiledReadsDeps,
  actor: Actor,
  schema: GraphQLSchema,
  param: (value: unknown) => string,
  argumentsOf: SqlContext['argumentsOf'],
): SqlContext {
  const once = (make: () => string) => {
    let made: string | undefined;
    return () => (made ??= make());
  };
  return {
    schema,
    param,
    argumentsOf,
    today: once(() => `${param(deps.clock.today())}::date`),
    canReport: once(() => canReportSql(actor, deps.access, param)),
    money: once(
      () => `(${param(deps.access.can(actor, Permission.READ_PROJECT, NO_PROJECT))}::boolean
              OR n.model_project_id = ANY(${param(moneyProjects(deps.access, actor))}::uuid[]))`,
    ),
  };
}

/**
 * One measure the viewer may read (applyReadAccess, as the list), as its selection asks; null when there is none by
 * that id for this viewer, so that Apollo answers with its error.
 */
async function measurePage(
  deps: CompiledReadsDeps,
  schema: GraphQLSchema,
  actor: Actor,
  plan: Plan,
  id: string,
  argumentsOf: SqlContext['argumentsOf'],
): Promise<string | null> {
  const qb = deps.dataSource
    .getRepository(MeasureEntity)
    .createQueryBuilder('m')
    .select('m.id', 'id')
    .where('m.id = CAST(:id AS uuid)', { id });
  applyReadAccess(qb, actor);
  const [pageSql, params] = qb.getQueryAndParameters();
  const param = (value: unknown) => `$${params.push(value)}`;
  const node = measureSql(plan.field.selectionSet, sqlContext(deps, actor, schema, param, argumentsOf));
  if (!node) return null;
  const root = [`'${plan.key}', ${node}`];
  if (plan.typename) root.unshift(`'${plan.typename}', 'Query'::text`);
  const [row] = await runPrepared(
    deps.dataSource,
    `WITH page AS (${pageSql})
     SELECT (SELECT json_build_object('data', json_build_object(${root.join(', ')}))::text
               FROM page p JOIN measure n ON n.id = p.id) AS body`,
    params,
  );
  return (row?.body as string | null) ?? null;
}

/** Statements prepared by name so far: PostgreSQL keeps each per connection, so only so many. */
const prepared = new Map<string, string>();
const MAX_PREPARED = 200;

/**
 * Runs a compiled statement as a named prepared statement: a compiled statement is long, and PostgreSQL's planning of
 * it cost more than running it (4–8 ms against 3 ms for a measure page); prepared, each connection plans it once (or
 * keeps a generic plan). The first MAX_PREPARED distinct texts are prepared, others run unnamed. Logged through
 * TypeORM's logger like every statement (the statement counters of the tests and the logs see it).
 */
async function runPrepared(
  dataSource: DataSource,
  text: string,
  params: unknown[],
): Promise<Record<string, unknown>[]> {
  dataSource.logger.logQuery(text, params);
  let name = prepared.get(text);
  if (!name && prepared.size < MAX_PREPARED) {
    name = `mw_compiled_${createHash('sha256').update(text).digest('hex').slice(0, 24)}`;
    prepared.set(text, name);
  }
  const pool = (dataSource.driver as unknown as { master: Pool }).master;
  const result = await pool.query(name ? { name, text, values: params } : { text, values: params });
  return result.rows;
}
