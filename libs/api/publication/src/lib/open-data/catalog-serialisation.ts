import { Writer } from 'n3';
import type { Quad } from 'n3';
import * as jsonld from 'jsonld';
import { PREFIXES } from './catalog-graph';

/** The quads with each subject's together (in the order subjects first appear), so Turtle states each once. */
function bySubject(quads: readonly Quad[]): Quad[] {
  const groups = new Map<string, Quad[]>();
  for (const q of quads) {
    const key = `${q.subject.termType}:${q.subject.value}`;
    groups.set(key, [...(groups.get(key) ?? []), q]);
  }
  return [...groups.values()].flat();
}

/** The catalogue in Turtle, with the usual prefixes. */
export function toTurtle(quads: readonly Quad[]): Promise<string> {
  const writer = new Writer({ prefixes: { ...PREFIXES } });
  writer.addQuads(bySubject(quads));
  return new Promise((resolve, reject) =>
    writer.end((error, result: string) => (error ? reject(error) : resolve(result))),
  );
}

function toNQuads(quads: readonly Quad[]): Promise<string> {
  const writer = new Writer({ format: 'N-Quads' });
  writer.addQuads([...quads]);
  return new Promise((resolve, reject) =>
    writer.end((error, result: string) => (error ? reject(error) : resolve(result))),
  );
}

/**
 * The JSON-LD context: the prefixes, so that properties read `dct:title`, and the properties whose values are always
 * addresses typed as `@id`, so that they read as plain strings. Inline: a remote context would make every reader
 * fetch it (and the server's own serialisation depend on the network).
 */
export const JSON_LD_CONTEXT = {
  ...PREFIXES,
  'dcat:accessURL': { '@type': '@id' },
  'dcat:downloadURL': { '@type': '@id' },
  'dcat:mediaType': { '@type': '@id' },
  'dcat:landingPage': { '@type': '@id' },
  'foaf:homepage': { '@type': '@id' },
  'vcard:hasEmail': { '@type': '@id' },
  'vcard:hasURL': { '@type': '@id' },
  'dct:license': { '@type': '@id' },
  'dct:format': { '@type': '@id' },
  'dct:language': { '@type': '@id' },
  'dcat:theme': { '@type': '@id' },
  'skos:inScheme': { '@type': '@id' },
  'dcatde:politicalGeocodingURI': { '@type': '@id' },
  'dcatde:politicalGeocodingLevelURI': { '@type': '@id' },
} as const;

/** No remote documents, ever: the context is inline and the graph names no context to load. */
const noRemoteDocuments = (url: string): Promise<never> =>
  Promise.reject(new Error(`JSON-LD: kein Laden entfernter Dokumente (${url})`));

/** The catalogue as compacted JSON-LD (a `@graph` with the context above). */
export async function toJsonLd(quads: readonly Quad[]): Promise<string> {
  const expanded = await jsonld.fromRDF(await toNQuads(quads), { format: 'application/n-quads' });
  const compacted = await jsonld.compact(expanded, JSON_LD_CONTEXT as unknown as jsonld.ContextDefinition, {
    documentLoader: noRemoteDocuments as unknown as jsonld.Options.DocLoader['documentLoader'],
  });
  return `${JSON.stringify(compacted, null, 2)}\n`;
}
