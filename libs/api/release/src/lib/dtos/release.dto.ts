import { Field, GraphQLISODateTime, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsEnum, IsOptional, IsUUID } from 'class-validator';
import { IdField } from '@masswerk/api/core';
import { PUBLIC_PARTS, PublicFieldGroup, PublicPart } from '@masswerk/shared/domain';

registerEnumType(PublicFieldGroup, {
  name: 'PublicFieldGroup',
  description: 'A group of a measure’s fields a project can make public (decision 0070).',
});

/** The parts of a public version, as GraphQL names them (TITLE, TEXTS, …). */
export const PublicPartEnum = Object.fromEntries(PUBLIC_PARTS.map((part) => [part.toUpperCase(), part])) as Record<
  string,
  PublicPart
>;
registerEnumType(PublicPartEnum, {
  name: 'PublicPart',
  description: 'A part of a measure’s public version: the title, the always-public facts, or a group of fields.',
});

/** At most this many measures in one release (the admin page releases a project's selection). */
export const RELEASE_MAX_MEASURES = 1000;

@ObjectType({ description: 'Which groups of its measures’ fields a model project makes public.' })
export class ProjectPublication {
  @Field(() => ID) modelProjectId!: string;
  @Field(() => [PublicFieldGroup]) publicGroups!: PublicFieldGroup[];
  @Field({ description: 'Search engines are asked not to index the project’s public pages.' }) noindex!: boolean;
}

@InputType()
export class UpdateProjectPublicationInput {
  @IdField() modelProjectId!: string;
  @Field(() => [PublicFieldGroup], {
    nullable: true,
    description: 'The groups made public from the next release on (unchanged when left out).',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsEnum(PublicFieldGroup, { each: true })
  publicGroups?: PublicFieldGroup[] | null;
  @Field({ nullable: true, description: 'Ask search engines not to index the public pages (unchanged when left out).' })
  @IsOptional()
  @IsBoolean()
  noindex?: boolean;
}

@ObjectType({ description: 'Whether a measure has a public version, and how it differs from the internal one.' })
export class PublicReleaseState {
  @Field(() => ID) measureId!: string;
  @Field({ description: 'A public version exists (released and not withdrawn).' }) released!: boolean;
  @Field(() => GraphQLISODateTime, { nullable: true }) releasedAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'Who released it (for the project’s members only).' })
  releasedByName!: string | null;
  @Field(() => [PublicPartEnum], {
    description: 'The parts in which a release now would differ from the public version (empty: it is current).',
  })
  differences!: PublicPart[];
}

@ObjectType({ description: 'A measure of a project with the state of its public version.' })
export class MeasureReleaseRow {
  @Field(() => ID) measureId!: string;
  @Field() code!: string;
  @Field() title!: string;
  @Field(() => PublicReleaseState) state!: PublicReleaseState;
}

@InputType()
export class ReleaseMeasuresInput {
  @IdField() modelProjectId!: string;
  @Field(() => [ID], { description: `The measures to release, 1 to ${RELEASE_MAX_MEASURES}, of this project.` })
  @ArrayMinSize(1)
  @ArrayMaxSize(RELEASE_MAX_MEASURES)
  @IsUUID('all', { each: true })
  measureIds!: string[];
}

@ObjectType({ description: 'A line of a project’s public change log: what was released or withdrawn, and when.' })
export class PublicChange {
  @Field(() => ID) id!: string;
  @Field() measureCode!: string;
  @Field() measureTitle!: string;
  @Field({ description: 'RELEASED or WITHDRAWN.' }) action!: string;
  @Field(() => [PublicPartEnum], { description: 'The parts that changed with a release (all of them at the first).' })
  parts!: PublicPart[];
  @Field(() => GraphQLISODateTime) createdAt!: Date;
}
