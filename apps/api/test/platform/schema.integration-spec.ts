import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startTestApp, TestApp } from '../support/test-app';

const SCHEMA_FILE = join(__dirname, '../../schema.gql');
const HEADER =
  '# Generated from the resolvers by `npm run schema:generate`. Do not edit; CI fails when it is out of date.\n\n';

describe('the committed GraphQL schema', () => {
  let t: TestApp;
  beforeAll(async () => (t = await startTestApp({ demo: false })));
  afterAll(() => t.close());

  it('matches what the code generates (run `npm run schema:generate` after changing the API)', () => {
    const generated = HEADER + printSchema(lexicographicSortSchema(t.app.get(GraphQLSchemaHost).schema)) + '\n';
    if (process.env['UPDATE_SCHEMA'] === '1') writeFileSync(SCHEMA_FILE, generated);
    const committed = existsSync(SCHEMA_FILE) ? readFileSync(SCHEMA_FILE, 'utf8') : '';
    expect(committed).toEqual(generated);
  });
});
