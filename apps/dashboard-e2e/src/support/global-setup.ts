import { rmSync } from 'node:fs';
import { requireChromium } from './browser';
import { SCREENSHOT_DIR } from './paths';

/**
 * Fails the run at once, naming `apt-get install chromium` and `CHROMIUM_PATH`, when the browser is missing (the
 * configuration checks this too, before the server starts). Screenshots of an earlier run would mix with this run's;
 * the report and artifacts Playwright clears itself.
 */
export default function globalSetup(): void {
  requireChromium();
  rmSync(SCREENSHOT_DIR, { recursive: true, force: true });
}
