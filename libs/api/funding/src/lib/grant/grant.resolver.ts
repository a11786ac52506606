import { Args, ID, Int, Mutation, Resolver } from '@nestjs/graphql';
import { Actor, finalProofDue, interimProofDue } from '@masswerk/shared/domain';
import { Access, AccessPolicy, Clock, Ctx, CurrentActor, DomainError } from '@masswerk/api/core';
import type { RequestContext } from '@masswerk/api/core';
import { CallOff, Grant, Proof } from './dtos/grant.dto';
import {
  CreateCallOffInput,
  CreateGrantInput,
  CreateProofInput,
  UpdateCallOffInput,
  UpdateGrantInput,
  UpdateProofInput,
} from './dtos/grant.inputs';
import { toCallOff, toGrant, toProof } from './grant.mapper';
import { GrantService } from './grant.service';
import { ProgrammeService } from '../programme/programme.service';
import { rulesOf } from '../programme/programme.mapper';

/** Grants, call-offs and proofs of use of a model project. */
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
