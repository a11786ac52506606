import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { DomainError, FieldProblem } from './domain-error';

/** German wording for the class-validator constraints we use; anything else keeps the library's message. */
const GERMAN: Record<string, (ctx: { property: string; constraint: string }) => string> = {
  isNotEmpty: () => 'darf nicht leer sein.',
  isDefined: () => 'ist erforderlich.',
  maxLength: ({ constraint }) =>
    `ist zu lang (${constraint.replace(/.*shorter than or equal to (\d+).*/, 'höchstens $1 Zeichen')}).`,
  minLength: ({ constraint }) =>
    `ist zu kurz (${constraint.replace(/.*longer than or equal to (\d+).*/, 'mindestens $1 Zeichen')}).`,
  min: ({ constraint }) => `ist zu klein (${constraint.replace(/.*not be less than (-?[\d.]+).*/, 'mindestens $1')}).`,
  max: ({ constraint }) => `ist zu groß (${constraint.replace(/.*not be greater than (-?[\d.]+).*/, 'höchstens $1')}).`,
  isEmail: () => 'ist keine gültige E-Mail-Adresse.',
  isUrl: () => 'ist keine gültige Adresse (URL mit http:// oder https://).',
  isUUID: () => 'ist keine gültige ID.',
  isInt: () => 'muss eine ganze Zahl sein.',
  matches: () => 'hat nicht das erwartete Format.',
  isIn: () => 'hat keinen erlaubten Wert.',
  arrayMaxSize: () => 'enthält zu viele Einträge.',
  whitelistValidation: () => 'ist kein bekanntes Feld.',
};

function flatten(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([name, text]) => ({
      field,
      message: GERMAN[name] ? `${field} ${GERMAN[name]({ property: field, constraint: text })}` : text,
    }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** Names fields by their path in the request (`input.title`), as the services do. */
/**
 * @nestjs/graphql's parameter types (its `GqlParamtype`, not exported): root 0, context 1, info 2, arguments 3. Only
 * arguments are input; the parent object of a field resolver is our own output and is not validated.
 */
const GRAPHQL_ARGS = 3;

class PathNamingValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // Field resolvers run once per object in a list: skip the pipe for parent, context and info instead of
    // transforming and validating every parent object (our own decorators are 'custom', which the pipe skips itself).
    const type: unknown = metadata.type;
    if (typeof type === 'number' && type !== GRAPHQL_ARGS) return value;
    try {
      return await super.transform(value, metadata);
    } catch (error) {
      if (error instanceof DomainError && metadata.type !== 'custom' && metadata.data) {
        const fields = (error.details['fields'] as FieldProblem[]).map((p) => ({
          ...p,
          field: `${metadata.data}.${p.field}`,
        }));
        throw DomainError.invalidFields(fields);
      }
      throw error;
    }
  }
}

/**
 * The one validation pipe: strips nothing silently (unknown fields are refused), converts types, and reports every
 * problem as BAD_USER_INPUT naming the field.
 */
export function createValidationPipe(): ValidationPipe {
  return new PathNamingValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validateCustomDecorators: false,
    exceptionFactory: (errors) => DomainError.invalidFields(flatten(errors)),
  });
}

/**
 * The problems the validation pipe would find in an input built by the server itself (an import row turned into a
 * `CreateMeasureInput`), worded the same way: the same rules at every edge.
 */
export async function inputProblems<T extends object>(type: new () => T, value: object): Promise<FieldProblem[]> {
  const errors = await validate(plainToInstance(type, value), { whitelist: true, forbidNonWhitelisted: true });
  return flatten(errors);
}
