import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PRODUCTION_NODE_ARGS } from './processes';

const root = join(__dirname, '..', '..', '..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');

describe('the benchmark runs the API as production does', () => {
  it('uses the same Node flags as npm start and the Dockerfile', () => {
    const start: string = JSON.parse(read('package.json')).scripts.start;
    const dockerCmd = /^CMD \[(.*)\]$/m.exec(read('docker/Dockerfile'))?.[1] ?? '';
    for (const flag of PRODUCTION_NODE_ARGS) {
      expect(start).toContain(`node ${flag} dist/apps/api/main.js`);
      expect(dockerCmd).toContain(JSON.stringify(flag));
    }
  });
});
