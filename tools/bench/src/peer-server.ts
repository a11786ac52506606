import { createServer, Server } from 'node:http';
import { Pool } from 'pg';
import { postgraphile } from 'postgraphile';
import { peerFunctionsSql } from './operations';

/**
 * The peer: PostGraphile 4 serving the same database, with computed columns that apply Maßwerk's rules in SQL. It
 * runs with PostGraphile's recommended production options and no authorisation (it would need RLS policies to
 * match Maßwerk's roles), which flatters the peer.
 */
export async function createPeerServer(pool: Pool, today: string): Promise<Server> {
  await pool.query(peerFunctionsSql(today));
  const middleware = postgraphile(pool, ['public'], {
    graphqlRoute: '/graphql',
    disableQueryLog: true,
    ignoreRBAC: false,
    dynamicJson: true,
    setofFunctionsContainNulls: false,
    disableDefaultMutations: true,
    retryOnInitFail: false,
    enableQueryBatching: false,
    graphiql: false,
  });
  return createServer(middleware);
}
