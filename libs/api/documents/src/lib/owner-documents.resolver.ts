import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Access, AccessPolicy, Ctx } from '@masswerk/api/core';
import type { RequestContext } from '@masswerk/api/core';
import { CallOff, Expenditure, Proof } from '@masswerk/api/funding';
import { Measure, StatusReport } from '@masswerk/api/measure';
import { DocumentOwnerType } from './document-owner';
import { toDocument } from './document.mapper';
import { Document } from './dtos/document.dto';
import { DocumentService } from './document.service';

const DESCRIPTION = 'Attached files, oldest first; empty for readers outside the project (cluster partners).';

/** The documents of records of one kind, batched per request. */
async function documentsOf(
  documents: DocumentService,
  ctx: RequestContext,
  type: DocumentOwnerType,
  ownerId: string | null,
): Promise<Document[]> {
  if (!ownerId) return [];
  return (await documents.byOwnerLoader(ctx.loaders, ctx.actor, type).load(ownerId)).map(toDocument);
}

@Resolver(() => Measure)
@Access(AccessPolicy.AUTHENTICATED)
export class MeasureDocumentsResolver {
  constructor(private readonly service: DocumentService) {}

  @ResolveField(() => [Document], { description: DESCRIPTION })
  documents(@Parent() measure: Measure, @Ctx() ctx: RequestContext): Promise<Document[]> {
    return documentsOf(this.service, ctx, DocumentOwnerType.MEASURE, measure.id);
  }
}

@Resolver(() => StatusReport)
@Access(AccessPolicy.AUTHENTICATED)
export class StatusReportDocumentsResolver {
  constructor(private readonly service: DocumentService) {}

  @ResolveField(() => [Document], { description: DESCRIPTION })
  documents(@Parent() report: StatusReport, @Ctx() ctx: RequestContext): Promise<Document[]> {
    return documentsOf(this.service, ctx, DocumentOwnerType.STATUS_REPORT, report.id);
  }
}

@Resolver(() => Expenditure)
@Access(AccessPolicy.AUTHENTICATED)
export class ExpenditureDocumentsResolver {
  constructor(private readonly service: DocumentService) {}

  @ResolveField(() => [Document], { description: `Receipts (Belege). ${DESCRIPTION}` })
  documents(@Parent() expenditure: Expenditure, @Ctx() ctx: RequestContext): Promise<Document[]> {
    return documentsOf(this.service, ctx, DocumentOwnerType.EXPENDITURE, expenditure.id);
  }
}

@Resolver(() => CallOff)
@Access(AccessPolicy.AUTHENTICATED)
export class CallOffDocumentsResolver {
  constructor(private readonly service: DocumentService) {}

  @ResolveField(() => [Document], { description: DESCRIPTION })
  documents(@Parent() callOff: CallOff, @Ctx() ctx: RequestContext): Promise<Document[]> {
    return documentsOf(this.service, ctx, DocumentOwnerType.CALL_OFF, callOff.id);
  }
}

@Resolver(() => Proof)
@Access(AccessPolicy.AUTHENTICATED)
export class ProofDocumentsResolver {
  constructor(private readonly service: DocumentService) {}

  @ResolveField(() => [Document], { description: `${DESCRIPTION} Empty for a proof not recorded yet.` })
  documents(@Parent() proof: Proof, @Ctx() ctx: RequestContext): Promise<Document[]> {
    return documentsOf(this.service, ctx, DocumentOwnerType.PROOF, proof.id);
  }
}
