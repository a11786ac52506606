import { WORLD_TIMEOUT } from './factories';
import { startTestApp, TestApp, TestAppOptions } from './test-app';

/**
 * An app of the describe block's own, on an empty database unless told: started with what `build` makes before the
 * block's tests and closed after them. Its properties are there once the tests run (not while the block is declared).
 */
export function appPerBlock<W extends object>(
  build: (t: TestApp) => Promise<W>,
  options: TestAppOptions = {},
): { t: TestApp } & W {
  const app = {} as { t: TestApp } & W;
  beforeAll(async () => {
    const t = await startTestApp({ demo: false, ...options });
    Object.assign(app, { t }, await build(t));
  }, WORLD_TIMEOUT);
  afterAll(() => app.t?.close());
  return app;
}
