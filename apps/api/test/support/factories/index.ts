/**
 * Test data, built by each test for itself: `world` (people, units, clusters, projects), `measures`, `funding`, and
 * `volume` for scenarios that need many records written straight into the database. See ../../README.md.
 */
export * from './world';
export * from './measures';
export * from './funding';
export * from './volume';
