import { ApolloServerPlugin } from '@apollo/server';
import {
  ArgumentNode,
  DocumentNode,
  GraphQLError,
  Kind,
  ObjectFieldNode,
  ValueNode,
  VariableDefinitionNode,
  visit,
} from 'graphql';
import { ErrorReason, isWellFormedText } from '@masswerk/shared/domain';

/** Deeper than any input of the schema (an input in an input in a list …); see also the body limit (edge.ts). */
export const MAX_VARIABLE_DEPTH = 32;

type Finding = { field: string; problem: 'character' | 'depth' };

/** The first string (value or key) in the variables that is not well-formed text, or nesting beyond the limit. */
function inVariables(variables: Record<string, unknown>): Finding | null {
  const stack: { value: unknown; path: string; depth: number }[] = Object.entries(variables).map(([key, value]) => ({
    value,
    path: key,
    depth: 1,
  }));
  while (stack.length) {
    const { value, path, depth } = stack.pop() as { value: unknown; path: string; depth: number };
    if (depth > MAX_VARIABLE_DEPTH) return { field: path, problem: 'depth' };
    if (typeof value === 'string') {
      if (!isWellFormedText(value)) return { field: path, problem: 'character' };
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => stack.push({ value: item, path: `${path}.${i}`, depth: depth + 1 }));
    } else if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        if (!isWellFormedText(key)) return { field: path, problem: 'character' };
        stack.push({ value: item, path: `${path}.${key}`, depth: depth + 1 });
      }
    }
  }
  return null;
}

/** The first string literal in the document's arguments that is not well-formed text, named by its argument path. */
function inDocument(document: DocumentNode): Finding | null {
  let found: Finding | null = null;
  const check = (value: ValueNode, path: string): void => {
    if (found) return;
    if (value.kind === Kind.STRING && !isWellFormedText(value.value)) found = { field: path, problem: 'character' };
    else if (value.kind === Kind.LIST) value.values.forEach((item, i) => check(item, `${path}.${i}`));
    else if (value.kind === Kind.OBJECT)
      value.fields.forEach((field: ObjectFieldNode) => check(field.value, `${path}.${field.name.value}`));
  };
  visit(document, {
    Argument(argument: ArgumentNode) {
      check(argument.value, argument.name.value);
      return false; // its value is checked above
    },
    VariableDefinition(definition: VariableDefinitionNode) {
      if (definition.defaultValue) check(definition.defaultValue, definition.variable.name.value);
      return false;
    },
  });
  return found;
}

/**
 * Refuses, before any resolver runs, every request whose strings PostgreSQL would refuse or silently alter (a zero
 * byte, a lone surrogate) and variables nested beyond any input: BAD_USER_INPUT naming the field. So such input never
 * reaches the database (no error logged there) and never reaches the sign-in limiter (it counts no attempt).
 */
export function wellFormedInput(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation }) {
          if (!operation) return;
          const finding = inVariables(request.variables ?? {}) ?? inDocument(document);
          if (!finding) return;
          const character = finding.problem === 'character';
          throw new GraphQLError(
            character
              ? `${finding.field}: Der Text enthält ein unzulässiges Zeichen (z. B. ein Nullbyte).`
              : `${finding.field}: Die Eingabe ist zu tief verschachtelt.`,
            {
              extensions: {
                code: 'BAD_USER_INPUT',
                reason: character ? ErrorReason.INVALID_CHARACTER : ErrorReason.LIMIT_EXCEEDED,
                field: finding.field,
                fields: [
                  { field: finding.field, message: character ? 'Unzulässiges Zeichen' : 'Zu tief verschachtelt' },
                ],
                http: { status: 400 },
              },
            },
          );
        },
      };
    },
  };
}

/** While the database is unreachable, GraphQL answers 503 with Retry-After, like the download routes. */
export function serviceUnavailableStatus(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          const outage = errors?.find((e) => e.extensions?.['code'] === 'SERVICE_UNAVAILABLE');
          if (!outage) return;
          response.http.status = 503;
          response.http.headers.set('retry-after', String(outage.extensions?.['retryAfterSeconds'] ?? 5));
        },
      };
    },
  };
}
