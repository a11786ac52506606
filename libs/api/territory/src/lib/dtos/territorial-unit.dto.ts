import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { TerritorialUnitKind } from '@masswerk/shared/domain';
import { ConnectionType } from '@masswerk/api/core';

registerEnumType(TerritorialUnitKind, {
  name: 'TerritorialUnitKind',
  description: 'Land, Landkreis, kreisfreie Stadt, Verbandsgemeinde, Gemeinde/Stadt.',
});

@ObjectType({ description: 'A German territorial unit with its official keys.' })
export class TerritorialUnit {
  @Field(() => ID) id!: string;
  @Field(() => TerritorialUnitKind) kind!: TerritorialUnitKind;
  @Field() name!: string;
  @Field(() => String, { nullable: true, description: 'Amtlicher Regionalschlüssel, 12 digits.' }) ars!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Amtlicher Gemeindeschlüssel, 8 digits (none for Verbandsgemeinden).',
  })
  ags!: string | null;
  @Field(() => Int) version!: number;
  parentId!: string | null;
}

@ObjectType()
export class TerritorialUnitConnection extends ConnectionType(TerritorialUnit) {}
