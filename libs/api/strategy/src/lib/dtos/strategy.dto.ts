import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { LocalDateScalar } from '@masswerk/api/core';

@ObjectType({ description: 'An adopted (or draft) version of the smart-city strategy.' })
export class StrategyVersion {
  @Field(() => ID) id!: string;
  @Field(() => Int) versionNumber!: number;
  @Field() label!: string;
  @Field() vision!: string;
  @Field(() => [String], { description: 'Zielbilder.' }) targetPictures!: string[];
  @Field(() => [String]) values!: string[];
  @Field(() => LocalDateScalar, { nullable: true, description: 'Adopted by the council (Kreistag/Stadtrat) on.' })
  adoptedOn!: string | null;
  @Field(() => String, { nullable: true, description: 'Council resolution reference (Beschluss-Nr.).' })
  resolutionReference!: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) acceptedByFunderOn!: string | null;
  @Field() notes!: string;
  @Field(() => Int) version!: number;
}

@ObjectType({ description: 'The smart-city strategy of a model project.' })
export class Strategy {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field(() => Int) version!: number;
  modelProjectId!: string;
}

@ObjectType({ description: 'A field of action (Handlungsfeld) of the strategy.' })
export class FieldOfAction {
  @Field(() => ID) id!: string;
  @Field() code!: string;
  @Field() name!: string;
  @Field() description!: string;
  @Field(() => Int) sortOrder!: number;
  @Field(() => Int) version!: number;
  modelProjectId!: string;
}

@ObjectType({ description: 'A goal (Ziel) within a field of action.' })
export class Goal {
  @Field(() => ID) id!: string;
  @Field() code!: string;
  @Field() title!: string;
  @Field() description!: string;
  @Field(() => Int) sortOrder!: number;
  @Field(() => Int) version!: number;
  fieldOfActionId!: string;
  modelProjectId!: string;
}
