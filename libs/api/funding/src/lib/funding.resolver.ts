import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, finalProofDue, interimProofDue } from '@masswerk/shared/domain';
import { Access, AccessPolicy, Clock, Ctx, CurrentActor, DomainError } from '@masswerk/api/core';
import type { RequestContext } from '@masswerk/api/core';
import { Measure } from '@masswerk/api/measure';
import { ModelProject } from '@masswerk/api/project';
import {
  CallOff,
  CostCategory,
  CostPlanEntry,
  Expenditure,
  FundingProgramme,
  Grant,
  MeasureBudget,
  Proof,
  ProjectFunding,
} from './dtos/funding.dto';
import {
  CreateCallOffInput,
  CreateCostCategoryInput,
  CreateExpenditureInput,
  CreateFundingProgrammeInput,
  CreateGrantInput,
  CreateProofInput,
  FundingPeriodArgs,
  SetCostPlanEntryInput,
  UpdateCallOffInput,
  UpdateCostCategoryInput,
  UpdateExpenditureInput,
  UpdateFundingProgrammeInput,
  UpdateGrantInput,
  UpdateProofInput,
} from './dtos/funding.inputs';
import { toCallOff, toCategory, toCostPlanEntry, toExpenditure, toGrant, toProgramme, toProof } from './funding.mapper';
import { FundingOverviewService } from './funding-overview.service';
import { ProgrammeService, rulesOf } from './programme.service';
import { GrantService } from './grant.service';
import { CostService } from './cost.service';

/** Money of a model project: only its members read it (never cluster peers). */
@Resolver(() => ModelProject)
@Access(AccessPolicy.AUTHENTICATED)
export class ProjectFundingResolver {
  constructor(
    private readonly overview: FundingOverviewService,
    private readonly programmes: ProgrammeService,
  ) {}

  @ResolveField(() => FundingProgramme, {
    description: 'The funding programme whose rates, caps and deadlines apply to the project.',
  })
  async fundingProgramme(@Parent() project: ModelProject, @Ctx() ctx: RequestContext): Promise<FundingProgramme> {
    return toProgramme(await this.programmes.projectProgrammeLoader(ctx.loaders).load(project.id));
  }

  @ResolveField(() => ProjectFunding, {
    nullable: true,
    description: 'Grants, plan against actual, call-offs, proofs and warnings; null for cluster peers.',
  })
  funding(
    @Parent() project: ModelProject,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: RequestContext,
    @Args() period: FundingPeriodArgs,
  ): Promise<ProjectFunding> | null {
    if (!actor.canReadProject(project.id)) return null;
    return this.overview.projectFundingLoader(ctx.loaders, period).load(project.id);
  }
}

@Resolver(() => Measure)
@Access(AccessPolicy.AUTHENTICATED)
export class MeasureBudgetResolver {
  constructor(private readonly overview: FundingOverviewService) {}

  @ResolveField(() => MeasureBudget, {
    nullable: true,
    description: 'Cost plan, expenditures and shares; null for cluster peers.',
  })
  budget(
    @Parent() measure: Measure,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: RequestContext,
  ): Promise<MeasureBudget> | null {
    if (!actor.canReadProject(measure.modelProjectId)) return null;
    return this.overview.measureBudgetLoader(ctx.loaders).load(measure.id);
  }
}

/** The entries behind a measure's budget: only read when selected (the budget itself is aggregated in SQL). */
@Resolver(() => MeasureBudget)
@Access(AccessPolicy.AUTHENTICATED)
export class MeasureBudgetEntriesResolver {
  constructor(private readonly costs: CostService) {}

  @ResolveField(() => [CostPlanEntry])
  async costPlan(@Parent() budget: MeasureBudget, @Ctx() ctx: RequestContext): Promise<CostPlanEntry[]> {
    return (await this.costs.costPlanLoader(ctx.loaders).load(budget.measureId)).map(toCostPlanEntry);
  }

  @ResolveField(() => [Expenditure], { description: 'Newest first.' })
  async expenditures(@Parent() budget: MeasureBudget, @Ctx() ctx: RequestContext): Promise<Expenditure[]> {
    return (await this.costs.expendituresLoader(ctx.loaders).load(budget.measureId)).map(toExpenditure);
  }
}

@Resolver(() => FundingProgramme)
@Access(AccessPolicy.AUTHENTICATED)
export class FundingReferenceResolver {
  constructor(private readonly programmes: ProgrammeService) {}

  @Query(() => FundingProgramme, {
    description: 'A funding programme with its rates and caps: the one with this code, else the default programme.',
  })
  async fundingProgramme(
    @Ctx() ctx: RequestContext,
    @Args('code', { type: () => String, nullable: true }) code?: string | null,
  ): Promise<FundingProgramme> {
    return toProgramme(await this.programmes.programmeByCode(ctx.loaders, code));
  }

  @Query(() => [FundingProgramme], { description: 'Every funding programme, the default first.' })
  async fundingProgrammes(@Ctx() ctx: RequestContext): Promise<FundingProgramme[]> {
    return (await this.programmes.programmes(ctx.loaders)).map(toProgramme);
  }

  @Mutation(() => FundingProgramme, { description: 'Adds a funding programme with its own rates and caps.' })
  @Access(AccessPolicy.PLATFORM_ADMIN)
  async createFundingProgramme(
    @CurrentActor() actor: Actor,
    @Args('input') input: CreateFundingProgrammeInput,
  ): Promise<FundingProgramme> {
    return toProgramme(await this.programmes.createProgramme(actor, input));
  }

  @Query(() => [CostCategory])
  async costCategories(
    @Args('includeInactive', { defaultValue: false }) includeInactive: boolean,
  ): Promise<CostCategory[]> {
    return (await this.programmes.categories(includeInactive)).map(toCategory);
  }

  @Mutation(() => FundingProgramme)
  @Access(AccessPolicy.PLATFORM_ADMIN)
  async updateFundingProgramme(
    @CurrentActor() actor: Actor,
    @Args('input') input: UpdateFundingProgrammeInput,
  ): Promise<FundingProgramme> {
    return toProgramme(await this.programmes.updateProgramme(actor, input));
  }

  @Mutation(() => CostCategory)
  @Access(AccessPolicy.PLATFORM_ADMIN)
  async createCostCategory(
    @CurrentActor() actor: Actor,
    @Args('input') input: CreateCostCategoryInput,
  ): Promise<CostCategory> {
    return toCategory(await this.programmes.createCategory(actor, input));
  }

  @Mutation(() => CostCategory)
  @Access(AccessPolicy.PLATFORM_ADMIN)
  async updateCostCategory(
    @CurrentActor() actor: Actor,
    @Args('input') input: UpdateCostCategoryInput,
  ): Promise<CostCategory> {
    return toCategory(await this.programmes.updateCategory(actor, input));
  }
}

@Resolver(() => Grant)
@Access(AccessPolicy.AUTHENTICATED)
export class GrantResolver {
  constructor(
    private readonly grants: GrantService,
    private readonly programmes: ProgrammeService,
    private readonly clock: Clock,
  ) {}

  /** The rules of the programme the grant was made under. */
  private async rules(ctx: RequestContext, grant: { programmeId: string }) {
    return rulesOf(await this.programmes.programmeById(ctx.loaders, grant.programmeId));
  }

  @Mutation(() => Grant, { description: 'Records the grant (Zusage) of a phase.' })
  async createGrant(
    @CurrentActor() actor: Actor,
    @Args('input') input: CreateGrantInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Grant> {
    const grant = await this.grants.createGrant(actor, input);
    return toGrant(
      grant,
      grant.commitmentDate ? finalProofDue(await this.rules(ctx, grant), grant.phase, grant.commitmentDate) : null,
    );
  }

  @Mutation(() => Grant)
  async updateGrant(
    @CurrentActor() actor: Actor,
    @Args('input') input: UpdateGrantInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Grant> {
    const grant = await this.grants.updateGrant(actor, input);
    return toGrant(
      grant,
      grant.commitmentDate ? finalProofDue(await this.rules(ctx, grant), grant.phase, grant.commitmentDate) : null,
    );
  }

  @Mutation(() => ID, {
    description: 'Deletes a grant with nothing on record; one with call-offs or proofs is refused (CONFLICT).',
  })
  deleteGrant(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<string> {
    return this.grants.deleteGrant(actor, id, version);
  }

  @Mutation(() => CallOff, { description: 'Records a call-off of funds (Mittelabruf).' })
  async createCallOff(@CurrentActor() actor: Actor, @Args('input') input: CreateCallOffInput): Promise<CallOff> {
    const callOff = await this.grants.createCallOff(actor, input);
    return toCallOff(callOff, await this.phaseOf(callOff.grantId));
  }

  @Mutation(() => CallOff)
  async updateCallOff(@CurrentActor() actor: Actor, @Args('input') input: UpdateCallOffInput): Promise<CallOff> {
    const callOff = await this.grants.updateCallOff(actor, input);
    return toCallOff(callOff, await this.phaseOf(callOff.grantId));
  }

  @Mutation(() => ID)
  deleteCallOff(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<string> {
    return this.grants.deleteCallOff(actor, id, version);
  }

  @Mutation(() => Proof, { description: 'Records an interim or final proof of use, submitted or planned.' })
  async createProof(
    @CurrentActor() actor: Actor,
    @Args('input') input: CreateProofInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Proof> {
    return this.proofDto(await this.grants.createProof(actor, input), ctx);
  }

  @Mutation(() => Proof)
  async updateProof(
    @CurrentActor() actor: Actor,
    @Args('input') input: UpdateProofInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Proof> {
    return this.proofDto(await this.grants.updateProof(actor, input), ctx);
  }

  @Mutation(() => ID)
  deleteProof(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<string> {
    return this.grants.deleteProof(actor, id, version);
  }

  private async phaseOf(grantId: string) {
    const grant = await this.grants.grantById(grantId);
    if (!grant) throw DomainError.notFound('Zusage', grantId);
    return grant.phase;
  }

  private async proofDto(proof: Awaited<ReturnType<GrantService['createProof']>>, ctx: RequestContext): Promise<Proof> {
    const grant = await this.grants.grantById(proof.grantId);
    if (!grant) throw DomainError.notFound('Zusage', proof.grantId);
    const rules = await this.rules(ctx, grant);
    const due =
      proof.kind === 'FINAL' && grant.commitmentDate
        ? finalProofDue(rules, grant.phase, grant.commitmentDate)
        : interimProofDue(rules, proof.periodEnd);
    return toProof(proof, grant.phase, due, this.clock.today());
  }
}

@Resolver(() => Expenditure)
@Access(AccessPolicy.AUTHENTICATED)
export class CostResolver {
  constructor(private readonly costs: CostService) {}

  @Mutation(() => CostPlanEntry, {
    nullable: true,
    description: 'Sets one cell of a cost plan; returns null when set to zero (removed).',
  })
  async setCostPlanEntry(
    @CurrentActor() actor: Actor,
    @Args('input') input: SetCostPlanEntryInput,
  ): Promise<CostPlanEntry | null> {
    const entry = await this.costs.setCostPlanEntry(actor, input);
    return entry && toCostPlanEntry(entry);
  }

  @Mutation(() => Expenditure, { description: 'Records an actual expenditure of a measure.' })
  async createExpenditure(
    @CurrentActor() actor: Actor,
    @Args('input') input: CreateExpenditureInput,
  ): Promise<Expenditure> {
    return toExpenditure(await this.costs.createExpenditure(actor, input));
  }

  @Mutation(() => Expenditure)
  async updateExpenditure(
    @CurrentActor() actor: Actor,
    @Args('input') input: UpdateExpenditureInput,
  ): Promise<Expenditure> {
    return toExpenditure(await this.costs.updateExpenditure(actor, input));
  }

  @Mutation(() => ID)
  deleteExpenditure(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<string> {
    return this.costs.deleteExpenditure(actor, id, version);
  }
}
