import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { Actor } from '@masswerk/shared/domain';
import { Access, AccessPolicy, CurrentActor } from '@masswerk/api/core';
import { Document } from './dtos/document.dto';
import { DocumentService } from './document.service';

/** Documents are uploaded and downloaded over HTTP (`DocumentsController`); GraphQL lists and deletes them. */
@Resolver(() => Document)
@Access(AccessPolicy.AUTHENTICATED)
export class DocumentResolver {
  constructor(private readonly documents: DocumentService) {}

  @Mutation(() => ID, {
    description: 'Deletes a document and its content; allowed to whoever may attach documents to its record.',
  })
  deleteDocument(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<string> {
    return this.documents.delete(actor, id);
  }
}
