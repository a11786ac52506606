// After `npm ci` / `npm install`: generate the dashboard's typed GraphQL operations (`*.generated.ts`, not committed)
// from the committed schema and the `.graphql` files. Skipped where the sources are not there yet (the Docker image
// installs its dependencies before it copies the code; its build runs the code generator itself).
const { existsSync } = require('node:fs');
const { spawnSync } = require('node:child_process');
const { join } = require('node:path');

const root = join(__dirname, '..', '..');
if (!existsSync(join(root, 'codegen.ts')) || !existsSync(join(root, 'apps', 'api', 'schema.gql'))) {
  console.log('codegen: sources not present, skipped');
  process.exit(0);
}
const result = spawnSync('npm', ['run', '--silent', 'codegen'], { cwd: root, stdio: 'inherit' });
process.exit(result.status ?? 1);
