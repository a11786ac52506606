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

/** What a selection set (or fragment) amounts to once every fragment is spread in place. */
interface Shape {
  /** Nesting of fields (introspection fields not counted). */
  depth: number;
  /** Fields in all, saturating at MAX_COUNTED (a document can describe far more than it holds). */
  fields: number;
}

const MAX_COUNTED = Number.MAX_SAFE_INTEGER;

/** Fields of a document once its fragments are spread; the complexity estimator gives up beyond this too. */
export const MAX_FIELDS = 10_000;

/**
 * Measures a document in one pass over its text: each fragment is measured once and remembered, so fragments that
 * spread others many times (`fragment F2 { ...F1 ...F1 }`) cost no more than they are long. A fragment that spreads
 * itself (GraphQL reports the cycle) counts as empty.
 */
class DocumentShapes {
  private readonly fragments: Map<string, FragmentDefinitionNode>;
  private readonly memo = new Map<string, Shape>();
  private readonly visiting = new Set<string>();

  constructor(document: DocumentNode) {
    this.fragments = new Map(
      document.definitions
        .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
        .map((d) => [d.name.value, d]),
    );
  }

  of(selectionSet: SelectionSetNode | undefined): Shape {
    const shape: Shape = { depth: 0, fields: 0 };
    if (!selectionSet) return shape;
    for (const selection of selectionSet.selections) {
      let inner: Shape;
      if (selection.kind === Kind.FIELD) {
        const children = this.of(selection.selectionSet);
        const introspection = selection.name.value.startsWith('__');
        inner = {
          depth: introspection ? 0 : selection.selectionSet ? 1 + children.depth : 1,
          fields: add(1, children.fields),
        };
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        inner = this.of(selection.selectionSet);
      } else {
        inner = this.fragment(selection.name.value);
      }
      shape.depth = Math.max(shape.depth, inner.depth);
      shape.fields = add(shape.fields, inner.fields);
    }
    return shape;
  }

  private fragment(name: string): Shape {
    const known = this.memo.get(name);
    if (known) return known;
    const definition = this.fragments.get(name);
    if (!definition || this.visiting.has(name)) return { depth: 0, fields: 0 };
    this.visiting.add(name);
    const shape = this.of(definition.selectionSet);
    this.visiting.delete(name);
    this.memo.set(name, shape);
    return shape;
  }
}

function add(a: number, b: number): number {
  return Math.min(MAX_COUNTED, a + b);
}

/** The shape of each operation of a document, measured once per parsed document (shared by the rules below). */
const shapes = new WeakMap<DocumentNode, WeakMap<OperationDefinitionNode, Shape>>();

export function operationShape(document: DocumentNode, operation: OperationDefinitionNode): Shape {
  let byOperation = shapes.get(document);
  if (!byOperation) shapes.set(document, (byOperation = new WeakMap()));
  let shape = byOperation.get(operation);
  if (!shape) {
    shape = new DocumentShapes(document).of(operation.selectionSet);
    byOperation.set(operation, shape);
  }
  return shape;
}

/** A validation rule that reports what `refusal` makes of the shape of each operation, if anything. */
function shapeRule(refusal: (shape: Shape) => GraphQLError | undefined) {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation: OperationDefinitionNode) {
      const error = refusal(operationShape(context.getDocument(), operation));
      if (error) context.reportError(error);
    },
  });
}

/** Refuses documents nested deeper than `maxDepth` fields (fragments counted where they are spread). */
export function depthLimit(maxDepth: number) {
  return shapeRule(({ depth }) =>
    depth > maxDepth
      ? limitError(`Die Anfrage ist ${depth} Ebenen tief; erlaubt sind höchstens ${maxDepth}.`, {
          limit: 'depth',
          maxDepth,
          depth,
        })
      : undefined,
  );
}

/**
 * Refuses documents that select more than `maxFields` fields once their fragments are spread: a document of a few
 * hundred bytes can describe millions of fields. Counted in one pass (see DocumentShapes), before anything else
 * walks the expanded document.
 */
export function fieldLimit(maxFields: number) {
  return shapeRule(({ fields }) =>
    fields > maxFields
      ? limitError(
          `Die Anfrage fordert ${fields >= MAX_COUNTED ? 'unzählbar viele' : fields} Felder an; erlaubt sind höchstens ${maxFields}.`,
          { limit: 'fields', maxFields },
        )
      : undefined,
  );
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
export function complexityLimit(signedInMax: number, anonymousMax = signedInMax): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, operation, contextValue }) {
          // Apollo asks the plugins before it refuses an operation name that names no operation; it answers that
          // itself (400, OPERATION_RESOLUTION_FAILURE), and the estimator would fail on it.
          if (!operation) return;
          // anonymous callers read the public model only, with a budget of their own (decision 0071)
          const actor = (contextValue as { actor?: { isAuthenticated: boolean } }).actor;
          const maxComplexity = actor?.isAuthenticated === false ? Math.min(signedInMax, anonymousMax) : signedInMax;
          let complexity: number;
          try {
            complexity = cachedEstimate(schema, document, request.variables ?? {}, operation.name?.value);
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

export function cachedEstimate(
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

/**
 * At most `perMinute` GraphQL operations a minute from one address without sign-in (decision 0071), counted in this
 * instance (a reverse proxy in front of several instances limits their sum); signed-in callers are not counted.
 * Over the limit: 429 with Retry-After and TOO_MANY_REQUESTS / PUBLIC_RATE_LIMIT.
 */
export function anonymousRateLimit(perMinute: number, now: () => number = Date.now): ApolloServerPlugin {
  const windows = new Map<string, { start: number; count: number }>();
  return {
    async requestDidStart({ contextValue }) {
      const context = contextValue as { actor?: { isAuthenticated: boolean }; req?: { ip?: string } };
      if (perMinute <= 0 || context.actor?.isAuthenticated !== false) return {};
      const key = context.req?.ip ?? 'unknown';
      const at = now();
      // forget finished windows now and then, so that the map holds the addresses of the last minute only
      if (windows.size > 10_000) for (const [k, w] of windows) if (at - w.start >= 60_000) windows.delete(k);
      const window = windows.get(key);
      const current = window && at - window.start < 60_000 ? window : { start: at, count: 0 };
      current.count++;
      windows.set(key, current);
      if (current.count <= perMinute) return {};
      const retryAfterSeconds = Math.max(1, Math.ceil((current.start + 60_000 - at) / 1000));
      return {
        async didResolveOperation() {
          throw new GraphQLError(
            `Zu viele Anfragen ohne Anmeldung (höchstens ${perMinute} je Minute). Bitte in ${retryAfterSeconds} Sekunden erneut versuchen.`,
            {
              extensions: {
                code: 'TOO_MANY_REQUESTS',
                reason: 'PUBLIC_RATE_LIMIT',
                retryAfterSeconds,
                http: { status: 429, headers: new Map([['retry-after', String(retryAfterSeconds)]]) },
              },
            },
          );
        },
      };
    },
  };
}

/** The validation rules Apollo runs beside GraphQL's own, from the configured limits (also run by compiled reads). */
export function limitRules(limits: { maxDepth: number; maxAliases: number }) {
  return [fieldLimit(MAX_FIELDS), depthLimit(limits.maxDepth), aliasLimit(limits.maxAliases)];
}
