import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Parser, Store } from 'n3';
import type { Quad } from 'n3';
import * as jsonld from 'jsonld';
import SHACLValidator from 'rdf-validate-shacl';

/** The repository's root (apps/api/test/support → four levels up). */
const REPO_ROOT = resolve(__dirname, '..', '..', '..', '..');

/**
 * The DCAT-AP.de 2.0 SHACL files: next to the repository in `../shared/standards` where the machine has them, else the
 * unchanged copy in `tools/standards` (CC BY 4.0, GovData), so that a clean clone anywhere validates.
 */
const SHARED_DIR = join(resolve(REPO_ROOT, '..', 'shared', 'standards'), 'dcat-ap-de-2.0');
export const DCAT_AP_DE_DIR = existsSync(SHARED_DIR)
  ? SHARED_DIR
  : join(REPO_ROOT, 'tools', 'standards', 'dcat-ap-de-2.0');

/**
 * The files of the profile "DCAT-AP.de 2.0 – Spezifikation", as its README lists them. Their `owl:imports` (the EU
 * vocabularies, FOAF, vCard and the DCAT-AP.de code lists) are remote and are treated as absent.
 */
export const SPECIFICATION_PROFILE = [
  'dcat-ap-de-imports.ttl',
  'dcat-ap-spec-german-messages.ttl',
  'dcat-ap-spec-german-additions.ttl',
  'dcat-ap-de-deprecated.ttl',
  'dcat-ap_2.1.1_shacl_shapes.ttl',
];

export function parseTurtle(text: string, baseIRI?: string): Quad[] {
  return new Parser({ baseIRI }).parse(text);
}

export async function parseJsonLd(text: string): Promise<Quad[]> {
  const nquads = (await jsonld.toRDF(JSON.parse(text), {
    format: 'application/n-quads',
    documentLoader: (url: string) => Promise.reject(new Error(`no remote documents in tests: ${url}`)),
  } as jsonld.Options.ToRdf)) as unknown as string;
  return new Parser({ format: 'N-Quads' }).parse(nquads);
}

/** Fails loudly when the standards are not where CI puts them: the validation must never be skipped silently. */
export function dcatApDeShapes(): Store {
  const missing = SPECIFICATION_PROFILE.filter((file) => !existsSync(join(DCAT_AP_DE_DIR, file)));
  if (missing.length)
    throw new Error(
      `DCAT-AP.de 2.0 SHACL shapes not found in ${DCAT_AP_DE_DIR} (missing: ${missing.join(', ')}). ` +
        'The open-data test validates against them; put ../shared/standards next to the repository.',
    );
  const shapes = new Store();
  for (const file of SPECIFICATION_PROFILE)
    shapes.addQuads(parseTurtle(readFileSync(join(DCAT_AP_DE_DIR, file), 'utf8'), `file://${file}`));
  return shapes;
}

export interface ShaclOutcome {
  conforms: boolean;
  /** One line per result: severity, focus node, path, message. */
  messages: string[];
}

/** Validates RDF against the profile's shapes; remote imports count as empty graphs. */
export async function validateDcatApDe(quads: readonly Quad[], shapes = dcatApDeShapes()): Promise<ShaclOutcome> {
  const validator = new SHACLValidator(shapes, { importGraph: () => new Store() });
  const report = await validator.validate(new Store([...quads]));
  const messages = report.results.map((r) => {
    const severity = r.severity?.value.replace('http://www.w3.org/ns/shacl#', '') ?? '?';
    const text = r.message.map((m) => m.value).join(' / ') || r.sourceConstraintComponent?.value;
    return `${severity}: ${r.focusNode?.value} ${r.path?.value ?? ''}: ${text}`;
  });
  return { conforms: report.conforms, messages };
}
