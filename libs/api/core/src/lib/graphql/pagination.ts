import { isWellFormedText } from '@masswerk/shared/domain';
import { Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { DomainError } from '../errors/domain-error';

export const DEFAULT_PAGE_SIZE = 20;

/**
 * A LIKE pattern that finds `text` anywhere: `%`, `_` and `\` typed into a search are searched for, not wildcards
 * (PostgreSQL's default escape is the backslash).
 */
export function containsPattern(text: string): string {
  return `%${text.replace(/[%_\\]/g, '\\$&')}%`;
}
export const MAX_PAGE_SIZE = 100;

@ObjectType()
export class PageInfo {
  @Field() hasNextPage!: boolean;
  @Field() hasPreviousPage!: boolean;
  @Field(() => String, { nullable: true }) startCursor!: string | null;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    defaultValue: DEFAULT_PAGE_SIZE,
    description: `Page size, 1 to ${MAX_PAGE_SIZE}.`,
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first: number = DEFAULT_PAGE_SIZE;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item of the previous page.' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  after?: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  nodes: T[];
  pageInfo: PageInfo;
  /** A number, or a `lazy` count that runs only when a client asks for it (it costs a statement). */
  totalCount: number | PromiseLike<number>;
}

/** A Relay connection type for `classRef`: `<Name>Connection` with edges, nodes, pageInfo and totalCount. */
export function ConnectionType<T>(classRef: Type<T>): Type<Connection<T>> {
  @ObjectType(`${classRef.name}Edge`)
  class EdgeType {
    @Field() cursor!: string;
    @Field(() => classRef) node!: T;
  }

  @ObjectType({ isAbstract: true })
  class ConnectionClass {
    @Field(() => [EdgeType]) edges!: EdgeType[];
    @Field(() => [classRef]) nodes!: T[];
    @Field(() => PageInfo) pageInfo!: PageInfo;
    @Field(() => Int, { description: 'Number of items matching the filter, across all pages.' }) totalCount!: number;
  }
  return ConnectionClass as Type<Connection<T>>;
}

/**
 * A value computed only when someone awaits it: GraphQL awaits a field's value only when the field was selected, so
 * an unselected `totalCount` costs nothing.
 */
export function lazy<T>(compute: () => Promise<T>): PromiseLike<T> {
  let started: Promise<T> | null = null;
  return {
    then(onFulfilled, onRejected) {
      started ??= compute();
      return started.then(onFulfilled, onRejected);
    },
  };
}

/** Opaque keyset cursor: the sort value and the id of the last row seen. */
export type CursorValue = string | number | boolean | null;

export function encodeCursor(values: CursorValue[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

/** A key of a cursor as encodeCursor writes it: never anything the database would refuse (a zero byte, an object). */
function isCursorValue(value: unknown): boolean {
  if (typeof value === 'string') return isWellFormedText(value);
  return value === null || typeof value === 'number' || typeof value === 'boolean';
}

export function decodeCursor(cursor: string, expectedLength: number): CursorValue[] {
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(values) && values.length === expectedLength && values.every(isCursorValue)) return values;
  } catch {
    // fall through to the error below
  }
  throw DomainError.badInput('after', 'Der Cursor ist ungültig oder gehört zu einer anderen Sortierung.');
}

/**
 * Builds a connection from `first + 1` fetched rows: the extra row only says whether there is a next page.
 */
export function toConnection<R, T>(
  rows: R[],
  first: number,
  totalCount: number | PromiseLike<number>,
  hasPreviousPage: boolean,
  cursorOf: (row: R) => CursorValue[],
  map: (row: R) => T,
): Connection<T> {
  const page = rows.slice(0, first);
  const edges = page.map((row) => ({ cursor: encodeCursor(cursorOf(row)), node: map(row) }));
  return {
    edges,
    nodes: edges.map((e) => e.node),
    totalCount,
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

/**
 * One page of a list in alphabetical order of a text (a name, an e-mail address), case folded, then by id, with the
 * count of the whole filtered list. The cursor holds the folded text and the id of the last row.
 */
export async function pageByText<E extends ObjectLiteral & { id: string }>(
  qb: SelectQueryBuilder<E>,
  text: keyof E & string,
  { first, after }: { first: number; after?: string | null },
): Promise<Connection<E>> {
  const sortKey = `lower(${qb.alias}.${text})`;
  const totalCount = await qb.clone().getCount();
  if (after) {
    const [afterText, afterId] = decodeCursor(after, 2);
    qb.andWhere(`(${sortKey}, ${qb.alias}.id) > (:afterText, :afterId)`, { afterText, afterId });
  }
  const rows = await qb
    .orderBy(sortKey)
    .addOrderBy(`${qb.alias}.id`)
    .limit(first + 1)
    .getMany();
  return toConnection(
    rows,
    first,
    totalCount,
    !!after,
    (row) => [String(row[text]).toLowerCase(), row.id],
    (row) => row,
  );
}

/**
 * A page of rows newest first (by `created_at`, then id), keyset-paged: the outbox, a person's notifications. The
 * total is counted lazily, only when a client asks for it.
 */
export async function pageNewestFirst<E extends ObjectLiteral & { id: string; createdAt: Date }>(
  qb: SelectQueryBuilder<E>,
  { first, after }: { first: number; after?: string | null },
): Promise<Connection<E>> {
  const total = qb.clone();
  if (after) {
    const [createdAt, id] = decodeCursor(after, 2);
    qb.andWhere(`(${qb.alias}.created_at, ${qb.alias}.id) < (:createdAt::timestamptz, :id::uuid)`, { createdAt, id });
  }
  const rows = await qb
    .orderBy(`${qb.alias}.created_at`, 'DESC')
    .addOrderBy(`${qb.alias}.id`, 'DESC')
    .take(first + 1)
    .getMany();
  return toConnection(
    rows,
    first,
    lazy(() => total.getCount()),
    !!after,
    (row) => [row.createdAt.toISOString(), row.id],
    (row) => row,
  );
}

/** The same page with every node mapped (entity to GraphQL type). */
export function mapConnection<A, B>(connection: Connection<A>, map: (node: A) => B): Connection<B> {
  const edges = connection.edges.map((e) => ({ cursor: e.cursor, node: map(e.node) }));
  return { ...connection, edges, nodes: edges.map((e) => e.node) };
}
