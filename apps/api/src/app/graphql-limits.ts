import { ApolloServerPlugin } from '@apollo/server';
import {
  ASTVisitor,
  DocumentNode,
  FragmentDefinitionNode,
  GraphQLError,
  GraphQLSchema,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
  ValidationContext,
} from 'graphql';
import { getComplexity } from 'graphql-query-complexity';

const limitError = (message: string, extensions: Record<string, unknown>) =>
  new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', ...extensions } });

/** A limit error raised by a plugin: Apollo answers those with 500 unless they carry their HTTP status. */
const refusal = (message: string, extensions: Record<string, unknown>) =>
  limitError(message, { ...extensions, http: { status: 400 } });

function depthOf(
  selectionSet: SelectionSetNode | undefined,
  fragments: Record<string, FragmentDefinitionNode>,
  seen: Set<string>,
): number {
  if (!selectionSet) return 0;
  let max = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue;
      max = Math.max(max, selection.selectionSet ? 1 + depthOf(selection.selectionSet, fragments, seen) : 1);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      max = Math.max(max, depthOf(selection.selectionSet, fragments, seen));
    } else {
      const name = selection.name.value;
      if (seen.has(name) || !fragments[name]) continue;
      max = Math.max(max, depthOf(fragments[name].selectionSet, fragments, new Set([...seen, name])));
    }
  }
  return max;
}

/** Refuses documents nested deeper than `maxDepth` fields (fragments counted where they are spread). */
export function depthLimit(maxDepth: number) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = Object.fromEntries(
      context
        .getDocument()
        .definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
        .map((d) => [d.name.value, d]),
    );
    return {
      OperationDefinition(operation: OperationDefinitionNode) {
        const depth = depthOf(operation.selectionSet, fragments, new Set());
        if (depth > maxDepth) {
          context.reportError(
            limitError(`Die Anfrage ist ${depth} Ebenen tief; erlaubt sind höchstens ${maxDepth}.`, {
              limit: 'depth',
              maxDepth,
              depth,
            }),
          );
        }
      },
    };
  };
}

/** Refuses documents with more than `maxAliases` aliased fields (a cheap way to multiply work). */
export function aliasLimit(maxAliases: number) {
  return (context: ValidationContext): ASTVisitor => {
    let count = 0;
    return {
      Field(node) {
        if (node.alias) count += 1;
      },
      Document: {
        leave() {
          if (count > maxAliases) {
            context.reportError(
              limitError(`Die Anfrage verwendet ${count} Aliase; erlaubt sind höchstens ${maxAliases}.`, {
                limit: 'aliases',
                maxAliases,
                aliases: count,
              }),
            );
          }
        },
      },
    };
  };
}

/** Paged fields cost their page size times their children; other lists (milestones, fields of action) are short. */
const LIST_GUESS = 5;

/**
 * Computes the cost of the operation with its variables before it runs, and refuses it when above `maxComplexity`.
 */
export function complexityLimit(maxComplexity: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          let complexity: number;
          try {
            complexity = cachedEstimate(schema, document, request.variables ?? {}, request.operationName ?? undefined);
          } catch (error) {
            if (!(error instanceof GraphQLError)) throw error;
            // Invalid variables: execution refuses them next, naming the variable.
            if (error.nodes?.[0]?.kind === Kind.VARIABLE_DEFINITION) return;
            // The estimator gives up on documents of more than 10,000 fields: too large to run.
            if (!error.message.includes('maximum allowed number of nodes')) throw error;
            throw refusal(
              `Die Anfrage enthält zu viele Felder (erlaubte Komplexität ${maxComplexity}). Fordern Sie weniger Felder an.`,
              { limit: 'complexity', maxComplexity },
            );
          }
          if (complexity > maxComplexity) {
            throw refusal(
              `Die Anfrage ist zu aufwendig (Komplexität ${complexity}, erlaubt ${maxComplexity}). Fordern Sie kleinere Seiten oder weniger Felder an.`,
              {
                limit: 'complexity',
                maxComplexity,
                complexity,
              },
            );
          }
        },
      };
    },
  };
}

/** Estimates per parsed document (Apollo keeps one DocumentNode per query text) and per operation and variables. */
const estimates = new WeakMap<DocumentNode, Map<string, number>>();
/** Variables differ per page (cursors): keep only the most recent estimates of each document. */
const ESTIMATES_PER_DOCUMENT = 64;

function cachedEstimate(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  operationName: string | undefined,
): number {
  let byVariables = estimates.get(document);
  if (!byVariables) estimates.set(document, (byVariables = new Map()));
  const key = `${operationName ?? ''}\u0000${JSON.stringify(variables)}`;
  const known = byVariables.get(key);
  if (known !== undefined) return known;
  const complexity = estimate(schema, document, variables, operationName);
  if (byVariables.size >= ESTIMATES_PER_DOCUMENT) byVariables.delete(byVariables.keys().next().value as string);
  byVariables.set(key, complexity);
  return complexity;
}

function estimate(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  operationName: string | undefined,
): number {
  return getComplexity({
    schema,
    query: document,
    variables,
    operationName,
    estimators: [
      ({ type, args, childComplexity, field }) => {
        const size =
          typeof args['first'] === 'number' ? args['first'] : typeof args['limit'] === 'number' ? args['limit'] : null;
        if (size !== null) return 1 + size * Math.max(1, childComplexity);
        // The edges and nodes of a connection are already counted by the page size of the connection field.
        if (type.name.endsWith('Connection')) return 1 + childComplexity;
        const isList = String(field.type).includes('[');
        return 1 + (isList ? LIST_GUESS : 1) * childComplexity;
      },
    ],
  });
}
