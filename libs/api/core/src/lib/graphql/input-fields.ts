import { applyDecorators, Type } from '@nestjs/common';
import { Field, FieldOptions, ID, Int } from '@nestjs/graphql';
import { Type as TransformTo } from 'class-transformer';
import { ArrayMaxSize, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min, ValidateNested } from 'class-validator';
import { IsNotBlank } from '../errors/validators';

/**
 * The fields that input types declare again and again, each with its GraphQL type and its validation in one place.
 * The decorators are applied as if written one above the other in the order given (`@Field() @IsOptional() …`), so
 * that the constraints of a field are checked, and reported, in that order.
 */
function stacked(...decorators: PropertyDecorator[]): PropertyDecorator {
  return applyDecorators(...[...decorators].reverse());
}

/** The id of a record: the one a change is about, or one it refers to. */
export function IdField(): PropertyDecorator {
  return stacked(
    Field(() => ID),
    IsUUID(),
  );
}

/** The version of the record a change is based on (STALE_VERSION when the record has moved on). */
export function VersionField(options: Pick<FieldOptions, 'description'> = {}): PropertyDecorator {
  return stacked(
    Field(() => Int, options),
    IsInt(),
    Min(1),
  );
}

/** Text that is more than whitespace (a name, a title), at most `maxLength` characters. */
export function NotBlankField(maxLength = 200): PropertyDecorator {
  return stacked(
    Field(() => String),
    IsString(),
    IsNotBlank(),
    MaxLength(maxLength),
  );
}

/** Like {@link NotBlankField}, but optional (a change that leaves the text as it is). */
export function OptionalNotBlankField(maxLength = 200): PropertyDecorator {
  return stacked(
    Field(() => String, { nullable: true }),
    IsOptional(),
    IsString(),
    IsNotBlank(),
    MaxLength(maxLength),
  );
}

/** Optional text of at most `maxLength` characters (a description, a note, a search term). */
export function OptionalTextField(
  maxLength: number,
  options: Pick<FieldOptions, 'description'> = {},
): PropertyDecorator {
  return stacked(
    Field(() => String, { nullable: true, ...options }),
    IsOptional(),
    IsString(),
    MaxLength(maxLength),
  );
}

/** The optional id of a related record. */
export function OptionalIdField(options: Pick<FieldOptions, 'description'> = {}): PropertyDecorator {
  return stacked(
    Field(() => ID, { nullable: true, ...options }),
    IsOptional(),
    IsUUID(),
  );
}

/** An optional list of at most `maxSize` ids of related records. */
export function OptionalIdsField(maxSize: number, options: Pick<FieldOptions, 'description'> = {}): PropertyDecorator {
  return stacked(
    Field(() => [ID], { nullable: true, ...options }),
    IsOptional(),
    IsUUID('all', { each: true }),
    ArrayMaxSize(maxSize),
  );
}

/** An optional nested input, validated field by field like the input around it. */
export function OptionalNestedField(type: () => Type<unknown>): PropertyDecorator {
  return stacked(Field(type, { nullable: true }), IsOptional(), ValidateNested(), TransformTo(type));
}
