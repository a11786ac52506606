import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Cents, DeadlineState, Phase } from '@masswerk/shared/domain';
import { LocalDateScalar, MoneyScalar } from '@masswerk/api/core';

registerEnumType(DeadlineState, { name: 'DeadlineState' });

export enum CallOffStatusEnum {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  PAID = 'PAID',
  REJECTED = 'REJECTED',
}
registerEnumType(CallOffStatusEnum, {
  name: 'CallOffStatus',
  description: 'Mittelabruf: draft, submitted to KfW, paid out, or rejected.',
});

export enum ProofKindEnum {
  INTERIM = 'INTERIM',
  FINAL = 'FINAL',
}
registerEnumType(ProofKindEnum, {
  name: 'ProofKind',
  description: 'Zwischennachweis (interim) or Verwendungsnachweis (final).',
});

@ObjectType({ description: 'The grant of one phase (Zusage).' })
export class Grant {
  @Field(() => ID) id!: string;
  @Field(() => Phase) phase!: Phase;
  @Field() commitmentNumber!: string;
  @Field(() => LocalDateScalar, { nullable: true }) commitmentDate!: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) periodStart!: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) periodEnd!: string | null;
  @Field(() => Float, { description: 'Percent.' }) fundingRate!: number;
  @Field(() => MoneyScalar) eligibleCosts!: Cents;
  @Field(() => MoneyScalar) grantAmount!: Cents;
  @Field(() => MoneyScalar) ownShare!: Cents;
  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'Verwendungsnachweis due (derived from the commitment date).',
  })
  finalProofDue!: string | null;
  @Field() notes!: string;
  @Field(() => Int) version!: number;
  modelProjectId!: string;
}

@ObjectType({ description: 'Mittelabruf: a call-off of funds.' })
export class CallOff {
  @Field(() => ID) id!: string;
  @Field(() => ID) grantId!: string;
  @Field(() => Phase) phase!: Phase;
  @Field(() => LocalDateScalar) requestedOn!: string;
  @Field(() => MoneyScalar) amount!: Cents;
  @Field(() => LocalDateScalar) periodStart!: string;
  @Field(() => LocalDateScalar) periodEnd!: string;
  @Field(() => CallOffStatusEnum) status!: CallOffStatusEnum;
  @Field(() => LocalDateScalar, { nullable: true }) paidOn!: string | null;
  @Field() reference!: string;
  @Field(() => Int) version!: number;
}

@ObjectType({ description: 'A proof of use: interim (per budget year) or final (Verwendungsnachweis).' })
export class Proof {
  @Field(() => ID, { nullable: true, description: 'Null for a final proof that is due but not recorded yet.' }) id!:
    | string
    | null;
  @Field(() => ID) grantId!: string;
  @Field(() => Phase) phase!: Phase;
  @Field(() => ProofKindEnum) kind!: ProofKindEnum;
  @Field(() => LocalDateScalar) periodStart!: string;
  @Field(() => LocalDateScalar) periodEnd!: string;
  @Field(() => LocalDateScalar) dueDate!: string;
  @Field(() => LocalDateScalar, { nullable: true }) submittedOn!: string | null;
  @Field(() => DeadlineState) state!: DeadlineState;
  @Field() notes!: string;
  @Field(() => Int, { nullable: true }) version!: number | null;
}
