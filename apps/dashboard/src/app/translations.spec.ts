import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { API_ERROR_CODES } from '@masswerk/dashboard/shared/data-access';
import { FundingWarningCode } from '@masswerk/shared/domain';

const I18N = join(__dirname, '../../public/i18n');

/** The root files and one pair per feature scope (admin, cluster, funding, roadmap). */
const SCOPES = [
  '',
  ...readdirSync(I18N, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name),
];

type Tree = { [key: string]: string | Tree };

function load(scope: string, lang: string): Tree {
  return JSON.parse(readFileSync(join(I18N, scope, `${lang}.json`), 'utf8')) as Tree;
}

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe.each(SCOPES.map((scope) => [scope || 'root', scope]))('translations (%s)', (_, scope) => {
  const de = flatten(load(scope, 'de'));
  const en = flatten(load(scope, 'en'));

  it('has the same keys in German and English', () => {
    expect([...en.keys()].filter((k) => !de.has(k))).toEqual([]);
    expect([...de.keys()].filter((k) => !en.has(k))).toEqual([]);
  });

  it('has the same placeholders and no empty text in both languages', () => {
    const mismatched = [...de.keys()].filter(
      (k) => en.has(k) && placeholders(de.get(k) ?? '').join() !== placeholders(en.get(k) ?? '').join(),
    );
    expect(mismatched).toEqual([]);
    expect([...de, ...en].filter(([, text]) => !text.trim()).map(([k]) => k)).toEqual([]);
  });
});

describe('translations of what the API sends', () => {
  it.each(['de', 'en'])('names every error code in %s', (lang) => {
    const root = flatten(load('', lang));
    expect(API_ERROR_CODES.filter((code) => !root.has(`error.${code}`))).toEqual([]);
  });

  it.each(['de', 'en'])('words every funding warning in %s', (lang) => {
    const funding = flatten(load('funding', lang));
    expect(Object.values(FundingWarningCode).filter((code) => !funding.has(`warning.${code}`))).toEqual([]);
  });
});
