import { join, resolve } from 'node:path';

/** The workspace root: the server runs there, and test output lands in its test-results folder. */
export const WORKSPACE_ROOT = resolve(__dirname, '../../../..');
export const RESULTS_DIR = join(WORKSPACE_ROOT, 'test-results');
/** Screenshots the tests take on purpose, one per visited page or state, named for what they show. */
export const SCREENSHOT_DIR = join(RESULTS_DIR, 'screenshots');
