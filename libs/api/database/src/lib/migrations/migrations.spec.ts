import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MIGRATIONS } from './index';

/**
 * The list in index.ts is what the server applies (the bundle cannot find files by pattern at run time). A migration
 * written but not listed would never run: this finds it.
 */
describe('the migrations index', () => {
  const files = readdirSync(__dirname).filter((f) => /^\d{13}-[a-z0-9-]+\.ts$/.test(f));

  it('lists every migration file, oldest first', () => {
    const classes = files
      .sort()
      .map((file) => /export class (\w+)/.exec(readFileSync(join(__dirname, file), 'utf8'))?.[1]);
    expect(MIGRATIONS.map((m) => m.name)).toEqual(classes);
  });

  it('names each class after its file’s timestamp', () => {
    for (const file of files) {
      const stamp = file.slice(0, 13);
      expect(readFileSync(join(__dirname, file), 'utf8')).toMatch(new RegExp(`export class \\w+${stamp} `));
    }
  });
});
