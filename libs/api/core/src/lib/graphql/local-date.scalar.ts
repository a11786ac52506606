import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { isIsoDate } from '@masswerk/shared/domain';

const SHAPE = /^\d{4}-\d{2}-\d{2}$/;

function parse(value: unknown): string {
  if (!isIsoDate(value)) {
    throw new GraphQLError(`„${String(value)}“ ist kein gültiges Datum (erwartet JJJJ-MM-TT, z. B. 2026-11-21).`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return value;
}

/** A calendar day without time or zone, `2026-11-21`. Planned dates, milestones and reports are days. */
export const LocalDateScalar = new GraphQLScalarType<string, string>({
  name: 'LocalDate',
  description: 'A calendar day (ISO 8601, YYYY-MM-DD) without time or time zone.',
  serialize: (value) => {
    // values from the database are days already (the pg driver keeps `date` as text): a shape check suffices
    if (typeof value === 'string' && SHAPE.test(value)) return value;
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    return parse(value);
  },
  parseValue: parse,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) {
      throw new GraphQLError('Ein Datum muss als Zeichenkette JJJJ-MM-TT angegeben werden.', {
        extensions: { code: 'BAD_USER_INPUT' },
      });
    }
    return parse(ast.value);
  },
});
