import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, GraphQLObjectType } from 'graphql';
import { NOT_AUDITED } from '../../support/audit-coverage';

const SCHEMA_FILE = join(__dirname, '../../../schema.gql');

/**
 * Which mutations the domain files cover, read from their text: `auditScenario('<mutation>'` (or `auditCreate(…`,
 * `auditUpdate(…`, `auditDelete(…`, which register a scenario of the usual shape). Jest runs every file in
 * a module registry (and often a worker) of its own, so nothing the other files register at run time reaches this
 * one; importing them would register and run their scenarios a second time, here. The registration call is the
 * declaration, so reading it is the simplest check that cannot drift from the scenarios: a mutation counts as covered
 * exactly when a domain file has a scenario for it.
 */
function coveredMutations(): { mutation: string; file: string }[] {
  return readdirSync(__dirname)
    .filter((file) => file.endsWith('.integration-spec.ts') && file !== 'completeness.integration-spec.ts')
    .flatMap((file) =>
      [
        ...readFileSync(join(__dirname, file), 'utf8').matchAll(
          /audit(?:Scenario|Create|Update|Delete)\(\s*'([A-Za-z]+)'/g,
        ),
      ].map((m) => ({
        mutation: m[1],
        file,
      })),
    );
}

describe('audit coverage: every mutation is covered by a domain file or not audited with a reason', () => {
  const schema = buildSchema(readFileSync(SCHEMA_FILE, 'utf8'));
  const mutations = Object.keys((schema.getMutationType() as GraphQLObjectType).getFields()).sort();
  const covered = coveredMutations();
  const audited = covered.map((c) => c.mutation);

  it('classifies every mutation of the schema as audited or not audited, and nothing else', () => {
    const both = audited.filter((name) => name in NOT_AUDITED);
    expect(both).toEqual([]);
    // A mutation missing here needs a scenario in a domain file (auditScenario) or a reason in NOT_AUDITED.
    expect(mutations.filter((name) => !audited.includes(name) && !(name in NOT_AUDITED))).toEqual([]);
    // And nothing is classified that the schema no longer has.
    expect([...audited, ...Object.keys(NOT_AUDITED)].filter((name) => !mutations.includes(name))).toEqual([]);
  });

  it('covers each audited mutation in one domain file, once', () => {
    const twice = covered.filter((c, i) => covered.findIndex((d) => d.mutation === c.mutation) !== i);
    expect(twice).toEqual([]);
    expect(new Set(covered.map((c) => c.file)).size).toBeGreaterThan(1);
  });
});
