import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUrl, MaxLength, ValidateIf } from 'class-validator';
import { IdField, IsLocalDate, LocalDateScalar, OptionalTextField, VersionField } from '@masswerk/api/core';

export enum CouncilBody {
  KREISTAG = 'KREISTAG',
  AUSSCHUSS = 'AUSSCHUSS',
  LENKUNGSGRUPPE = 'LENKUNGSGRUPPE',
}
registerEnumType(CouncilBody, {
  name: 'CouncilBody',
  description: 'Kreistag (or Stadtrat), a committee, or the steering group.',
});

@ObjectType({ description: 'A session of a body at which a closed reporting round was presented.' })
export class CouncilSession {
  @Field(() => ID) id!: string;
  @Field(() => CouncilBody) body!: CouncilBody;
  @Field({ description: 'The body’s own name, e.g. "Ausschuss für Digitalisierung" (may be empty).' })
  bodyName!: string;
  @Field(() => LocalDateScalar) sessionDate!: string;
  @Field() agendaItem!: string;
  @Field() resolutionReference!: string;
  @Field(() => String, { nullable: true, description: 'The item in the council information system (OParl).' })
  oparlUrl!: string | null;
  @Field(() => ID) reportingRoundId!: string;
  @Field() reportingRoundName!: string;
  @Field(() => LocalDateScalar) reportingRoundClosedOn!: string;
  @Field(() => Int) version!: number;
}

const URL_MESSAGE = 'Bitte eine vollständige Adresse mit http:// oder https:// angeben.';

@InputType()
export class CouncilSessionFields {
  @Field(() => CouncilBody) @IsEnum(CouncilBody) body!: CouncilBody;
  @OptionalTextField(200) bodyName?: string;
  @Field(() => LocalDateScalar) @IsLocalDate() sessionDate!: string;
  @OptionalTextField(500) agendaItem?: string;
  @OptionalTextField(200) resolutionReference?: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null && v !== '')
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: URL_MESSAGE })
  @MaxLength(2000)
  oparlUrl?: string | null;
}

@InputType()
export class CreateCouncilSessionInput extends CouncilSessionFields {
  @IdField() reportingRoundId!: string;
}

@InputType()
export class UpdateCouncilSessionInput extends CouncilSessionFields {
  @IdField() id!: string;
  @VersionField() version!: number;
}
