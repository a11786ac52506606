import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { register } from 'tsconfig-paths';

// Tools run as TypeScript through @swc-node/register; this teaches Node the workspace's import aliases.
const root = join(__dirname, '../..');
const { compilerOptions } = JSON.parse(readFileSync(join(root, 'tsconfig.base.json'), 'utf8'));
register({ baseUrl: root, paths: compilerOptions.paths });
