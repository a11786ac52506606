import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Access, AccessPolicy, Ctx } from '@masswerk/api/core';
import type { RequestContext } from '@masswerk/api/core';
import { ModelProject } from '@masswerk/api/project';
import { FundingProgramme } from './dtos/programme.dto';
import { toProgramme } from './programme.mapper';
import { ProgrammeService } from './programme.service';

/** The programme a model project is funded by. */
@Resolver(() => ModelProject)
@Access(AccessPolicy.AUTHENTICATED)
export class ProjectProgrammeResolver {
  constructor(private readonly programmes: ProgrammeService) {}

  @ResolveField(() => FundingProgramme, {
    description: 'The funding programme whose rates, caps and deadlines apply to the project.',
  })
  async fundingProgramme(@Parent() project: ModelProject, @Ctx() ctx: RequestContext): Promise<FundingProgramme> {
    return toProgramme(await this.programmes.projectProgrammeLoader(ctx.loaders).load(project.id));
  }
}
