import { Field, GraphQLISODateTime, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsEnum, IsOptional, IsUUID } from 'class-validator';
import { IdField } from '@masswerk/api/core';
import { PUBLIC_PAGE_PARTS, PUBLIC_PARTS, PublicFieldGroup, PublicPagePart, PublicPart } from '@masswerk/shared/domain';

registerEnumType(PublicFieldGroup, {
  name: 'PublicFieldGroup',
  description: 'A group of a measure’s fields a project can make public (decision 0070).',
});

/** The parts of a public version of a measure or of a project's page, as GraphQL names them (TITLE, TEXTS, …). */
export const PublicPartEnum = Object.fromEntries(
  [...PUBLIC_PARTS, ...PUBLIC_PAGE_PARTS].map((part) => [part.toUpperCase(), part]),
) as Record<string, PublicPart | PublicPagePart>;
registerEnumType(PublicPartEnum, {
  name: 'PublicPart',
  description:
    'A part of a public version: of a measure, the title, the always-public facts or a group of fields; of a project’s page, its strategy, its fields of action with goals, or its programme and phases.',
});

export enum PublicChangeSubject {
  MEASURE = 'MEASURE',
  PROJECT_PAGE = 'PROJECT_PAGE',
}
registerEnumType(PublicChangeSubject, {
  name: 'PublicChangeSubject',
  description: 'What a line of the public change log is about.',
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
  @Field(() => PublicChangeSubject, {
    description: 'A measure, or the project’s page (then code and title are empty).',
  })
  subject!: PublicChangeSubject;
  @Field() measureCode!: string;
  @Field() measureTitle!: string;
  @Field({ description: 'RELEASED or WITHDRAWN.' }) action!: string;
  @Field(() => [PublicPartEnum], { description: 'The parts that changed with a release (all of them at the first).' })
  parts!: (PublicPart | PublicPagePart)[];
  @Field(() => GraphQLISODateTime) createdAt!: Date;
}

@ObjectType({ description: 'Whether a project’s page is public, and how it differs from the internal plan.' })
export class ProjectPageReleaseState {
  @Field(() => ID) modelProjectId!: string;
  @Field({ description: 'A public page exists (released and not withdrawn).' }) released!: boolean;
  @Field(() => GraphQLISODateTime, { nullable: true }) releasedAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'Who released it (for the project’s members).' })
  releasedByName!: string | null;
  @Field(() => [PublicPartEnum], {
    description: 'STRATEGY, FIELDS or PROJECT where a release now would differ from the public page (empty: current).',
  })
  differences!: PublicPagePart[];
}
