import { rmSync } from 'node:fs';
import { SCREENSHOT_DIR } from './paths';

/** Screenshots of an earlier run would mix with this run's; the report and artifacts Playwright clears itself. */
export default function globalSetup(): void {
  rmSync(SCREENSHOT_DIR, { recursive: true, force: true });
}
