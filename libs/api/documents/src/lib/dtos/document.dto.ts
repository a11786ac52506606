import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { DocumentOwnerType } from '../document-owner';

@ObjectType({ description: 'A file attached to a record: a receipt (Beleg), a report, a scan.' })
export class Document {
  @Field(() => ID) id!: string;
  @Field(() => DocumentOwnerType) ownerType!: DocumentOwnerType;
  @Field(() => ID) ownerId!: string;
  @Field({ description: 'The sanitised name, ending in the extension of the kind of its content.' }) fileName!: string;
  @Field({ description: 'Determined from the content, not from the name.' }) mediaType!: string;
  @Field(() => Int) sizeBytes!: number;
  @Field({ description: 'SHA-256 of the content, hex.' }) sha256!: string;
  @Field(() => GraphQLISODateTime) uploadedAt!: Date;
  @Field(() => String, { nullable: true, description: 'Who uploaded it (null once the account is gone).' })
  uploadedByName!: string | null;
  @Field({ description: 'Where it is downloaded (same origin, with the session or an API token).' })
  downloadUrl!: string;
  modelProjectId!: string;
}
