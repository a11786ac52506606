import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { Access, AccessPolicy, MAX_PAGE_SIZE, SharedRead } from '@masswerk/api/core';
import { PublicChange } from '../dtos/release.dto';
import { PublicMeasure, PublicMeasureConnection, PublicMeasureSort, PublicProject } from './public.dto';
import { PublicReadService } from './public-read.service';

/**
 * The public read model (issue 16, decision 0071): queries anyone may ask, signed in or not, answered from released
 * public versions only. Each query names its project by code; each answers every anonymous caller alike, so an
 * anonymous GET of them may be kept by shared HTTP caches (`@SharedRead()`, decision 0074).
 */
@Resolver()
@Access(AccessPolicy.PUBLIC)
export class PublicResolver {
  constructor(private readonly reads: PublicReadService) {}

  @SharedRead()
  @Query(() => [PublicProject], { description: 'The model projects that publish measures (public).' })
  publicProjects(): Promise<PublicProject[]> {
    return this.reads.projects();
  }

  @SharedRead()
  @Query(() => PublicProject, { description: 'A model project that publishes measures (public).' })
  publicProject(@Args('code') code: string): Promise<PublicProject> {
    return this.reads.project(code);
  }

  @SharedRead()
  @Query(() => PublicMeasureConnection, {
    description: 'The published measures of a project, filtered and sorted (public).',
  })
  publicMeasures(
    @Args('projectCode') projectCode: string,
    @Args('fieldOfAction', { type: () => String, nullable: true }) fieldOfAction: string | null,
    @Args('municipality', { type: () => String, nullable: true, description: 'ARS of a municipality.' })
    municipality: string | null,
    @Args('status', { type: () => String, nullable: true }) status: string | null,
    @Args('search', { type: () => String, nullable: true }) search: string | null,
    @Args('sort', { type: () => PublicMeasureSort, defaultValue: PublicMeasureSort.CODE }) sort: PublicMeasureSort,
    @Args('first', { type: () => Int, defaultValue: 20, description: `1 to ${MAX_PAGE_SIZE}.` }) first: number,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset: number,
  ): Promise<PublicMeasureConnection> {
    return this.reads.measures(projectCode, { fieldOfAction, municipality, status, search, sort, first, offset });
  }

  @SharedRead()
  @Query(() => PublicMeasure, { description: 'A published measure (public).' })
  publicMeasure(@Args('projectCode') projectCode: string, @Args('code') code: string): Promise<PublicMeasure> {
    return this.reads.measure(projectCode, code);
  }

  @SharedRead()
  @Query(() => [PublicChange], { description: 'A project’s public change log, newest first (public).' })
  publicChangeLog(
    @Args('projectCode') projectCode: string,
    @Args('first', { type: () => Int, defaultValue: 50, description: '1 to 200.' }) first: number,
  ): Promise<PublicChange[]> {
    return this.reads.changes(projectCode, first);
  }
}
