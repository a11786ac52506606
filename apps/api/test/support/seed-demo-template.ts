import 'reflect-metadata';
import { seedDemoData } from '@masswerk/api/demo-data';
import { TEST_TODAY } from './test-env';

/**
 * Runs in a child process of the global setup: the seed loads NestJS-decorated code, which must not be loaded into
 * Jest's own process (Jest runs a single test file in that process, and two copies of the decorators would clash).
 */
seedDemoData(process.argv[2], { today: TEST_TODAY }).catch((error) => {
  console.error(error);
  process.exit(1);
});
