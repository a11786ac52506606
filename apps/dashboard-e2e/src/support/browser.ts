import { accessSync, constants, statSync } from 'node:fs';

/** Debian's Chromium: Playwright cannot download its own browsers here. */
export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/** The browser the suite drives: `CHROMIUM_PATH`, else Debian's. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return env['CHROMIUM_PATH'] || DEFAULT_CHROMIUM;
}

/** Why the browser cannot be used, or null when it can. */
export function missingChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  const path = chromiumPath(env);
  try {
    if (!statSync(path).isFile()) throw new Error('not a file');
    accessSync(path, constants.X_OK);
    return null;
  } catch {
    const where = env['CHROMIUM_PATH']
      ? `CHROMIUM_PATH is ${path}, which is not an executable file.`
      : `No Chromium at ${path}.`;
    return [
      `The end-to-end tests need Chromium. ${where}`,
      "  Install Debian's Chromium:        sudo apt-get install chromium",
      '  or name another Chromium/Chrome:  CHROMIUM_PATH=/path/to/chromium npm run test:e2e',
      '(Playwright cannot download its own browsers here; see apps/dashboard-e2e/README.md.)',
    ].join('\n');
  }
}

/** Stops the run before anything is built or started when the browser is missing. */
export function requireChromium(env: NodeJS.ProcessEnv = process.env): void {
  const problem = missingChromium(env);
  if (problem) throw new Error(problem);
}

// `node -r @swc-node/register apps/dashboard-e2e/src/support/browser.ts`: the check alone, before a build.
if (require.main === module) {
  const problem = missingChromium();
  if (problem) {
    console.error(problem);
    process.exit(1);
  }
}
