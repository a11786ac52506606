import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { PublicFieldOfActionSummary, PublicProject, PublicStatusCount } from './public.dto';

/**
 * The public places (issue 16, decision 0072): a cluster comparing its projects that publish, and a member
 * municipality of a project with what its released measures say about it. Public types only (decision 0071).
 */

@ObjectType({ description: 'A cluster of model projects with those of its projects that publish measures.' })
export class PublicCluster {
  @Field(() => ID, { description: 'Its key on the public site: stable when the cluster is renamed.' }) id!: string;
  @Field() name!: string;
  @Field() description!: string;
  @Field(() => [PublicProject], { description: 'Only projects that publish, by name.' })
  projects!: PublicProject[];
}

@ObjectType({ description: 'A member municipality of a project that publishes, with its released measures counted.' })
export class PublicMunicipality {
  @Field() name!: string;
  @Field({ description: 'Amtlicher Regionalschlüssel (12 digits).' }) ars!: string;
  @Field(() => PublicProject) project!: PublicProject;
  @Field(() => Int, { description: 'Published measures it leads or takes part in.' }) measureCount!: number;
  @Field(() => Int, { description: 'Of those, the measures it leads.' }) leadCount!: number;
  @Field(() => [PublicStatusCount], { description: 'Only measures whose status is public.' })
  statusCounts!: PublicStatusCount[];
  @Field(() => [PublicFieldOfActionSummary]) fieldsOfAction!: PublicFieldOfActionSummary[];
}
