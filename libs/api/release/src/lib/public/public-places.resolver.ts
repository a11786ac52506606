import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Access, AccessPolicy } from '@masswerk/api/core';
import { PublicCluster, PublicMunicipality } from './public-places.dto';
import { PublicPlacesReader } from './public-places.reader';

/** The public places (issue 16, decision 0072): a cluster's page and a member municipality's page. */
@Resolver()
@Access(AccessPolicy.PUBLIC)
export class PublicPlacesResolver {
  constructor(private readonly places: PublicPlacesReader) {}

  @Query(() => PublicCluster, { description: 'A cluster with its projects that publish, to compare them (public).' })
  publicCluster(@Args('id', { type: () => ID }) id: string): Promise<PublicCluster> {
    return this.places.cluster(id);
  }

  @Query(() => PublicMunicipality, {
    description: 'A member municipality of a project that publishes, with its released measures counted (public).',
  })
  publicMunicipality(
    @Args('projectCode') projectCode: string,
    @Args('ars', { description: 'Amtlicher Regionalschlüssel, 12 digits.' }) ars: string,
  ): Promise<PublicMunicipality> {
    return this.places.municipality(projectCode, ars);
  }
}
