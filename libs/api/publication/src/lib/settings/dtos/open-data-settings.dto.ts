import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsBoolean, IsEmail, IsEnum, IsOptional, MaxLength } from 'class-validator';
import { OpenDataLicence } from '@masswerk/shared/domain';
import { IdField } from '@masswerk/api/core';

registerEnumType(OpenDataLicence, {
  name: 'OpenDataLicence',
  description: 'Licences of the DCAT-AP.de licence vocabulary a project may publish its measures under.',
  valuesMap: {
    DL_DE_BY_2_0: { description: 'Datenlizenz Deutschland – Namensnennung – 2.0 (dl-de/by-2-0)' },
    DL_DE_ZERO_2_0: { description: 'Datenlizenz Deutschland – Zero – 2.0 (dl-de/zero-2-0)' },
    CC_BY_4_0: { description: 'Creative Commons Attribution 4.0 (CC-BY-4.0)' },
    CC0_1_0: { description: 'Creative Commons Zero 1.0 (CC0-1.0)' },
  },
});

@ObjectType({
  description:
    'Whether a project publishes its released measures as open data (DCAT-AP.de catalogue, CSV and JSON), ' +
    'and under which licence. Off until the project office switches it on.',
})
export class ProjectOpenDataSettings {
  @Field(() => ID) modelProjectId!: string;
  @Field({ description: 'Whether the project is in the open-data catalogue.' }) enabled!: boolean;
  @Field(() => OpenDataLicence) licence!: OpenDataLicence;
  @Field(() => String, { nullable: true, description: 'The datasets’ contact address (an office, not a person).' })
  contactEmail!: string | null;
}

@InputType()
export class UpdateProjectOpenDataSettingsInput {
  @IdField() modelProjectId!: string;
  @Field() @IsBoolean() enabled!: boolean;
  @Field(() => OpenDataLicence) @IsEnum(OpenDataLicence) licence!: OpenDataLicence;
  @Field(() => String, { nullable: true, description: 'Empty or null: none.' })
  @IsOptional()
  @IsEmail()
  @MaxLength(320)
  contactEmail?: string | null;
}
