import { Column } from 'typeorm';
import { CENTS_TRANSFORMER } from '@masswerk/api/core';

/** A money column: bigint cents in PostgreSQL, bigint in TypeScript. */
export const CentsColumn = (options: { nullable?: boolean } = {}) =>
  Column({ type: 'bigint', transformer: CENTS_TRANSFORMER, ...options });
