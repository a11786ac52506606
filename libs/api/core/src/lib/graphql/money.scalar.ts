import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { Cents, isMoneyString, moneyToString, parseMoney } from '@masswerk/shared/domain';

function parse(value: unknown): Cents {
  if (!isMoneyString(value)) {
    throw new GraphQLError(
      `„${String(value)}“ ist kein gültiger Betrag (Euro mit Punkt und höchstens zwei Nachkommastellen, z. B. 1234.56).`,
      {
        extensions: { code: 'BAD_USER_INPUT' },
      },
    );
  }
  return parseMoney(value);
}

/** An amount in euros as an exact decimal string ("1234567.89"); held as integer cents on the server. */
export const MoneyScalar = new GraphQLScalarType<Cents, string>({
  name: 'Money',
  description: 'An amount in euros as a decimal string with two places, e.g. "1234567.89". Exact; never a float.',
  serialize: (value) => {
    if (typeof value === 'bigint') return moneyToString(value);
    if (typeof value === 'string' && /^-?\d+$/.test(value)) return moneyToString(BigInt(value));
    throw new GraphQLError('Betrag kann nicht ausgegeben werden.');
  },
  parseValue: parse,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) {
      throw new GraphQLError('Ein Betrag wird als Zeichenkette angegeben, z. B. "1234.56".', {
        extensions: { code: 'BAD_USER_INPUT' },
      });
    }
    return parse(ast.value);
  },
});

/** TypeORM column transformer: bigint cents in PostgreSQL, bigint in TypeScript. */
export const CENTS_TRANSFORMER = {
  from: (value: string | null): Cents | null => (value === null || value === undefined ? null : BigInt(value)),
  to: (value: Cents | null | undefined): string | null | undefined =>
    value === null || value === undefined ? value : value.toString(),
};
