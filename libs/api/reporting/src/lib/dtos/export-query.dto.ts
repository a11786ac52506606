import { IsOptional, registerDecorator, ValidationArguments } from 'class-validator';
import { Phase } from '@masswerk/shared/domain';
import { IsLocalDate } from '@masswerk/api/core';

const PHASES: readonly string[] = Object.values(Phase);

/** The funding phase as a query parameter, with German messages that name it and say what is allowed. */
function IsPhaseParameter(): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isPhaseParameter',
      target: target.constructor,
      propertyName: propertyName as string,
      options: {
        message: ({ property, value }: ValidationArguments) =>
          value === undefined
            ? `Der Parameter „${property}“ fehlt: bitte A oder B angeben.`
            : `Der Parameter „${property}“ muss A oder B sein (erhalten: „${String(value).slice(0, 20)}“).`,
      },
      validator: { validate: (value: unknown) => typeof value === 'string' && PHASES.includes(value) },
    });
}

const dateMessage = ({ property }: ValidationArguments) =>
  `Der Parameter „${property}“ muss ein Datum der Form JJJJ-MM-TT sein, z. B. 2026-01-31.`;

/** `?from=&to=`: optional calendar days that bound the reporting period. */
export class PeriodQuery {
  @IsOptional() @IsLocalDate({ message: dateMessage }) from?: string;
  @IsOptional() @IsLocalDate({ message: dateMessage }) to?: string;
}

export class NumericalStatementQuery extends PeriodQuery {
  @IsPhaseParameter() phase!: Phase;
}

export class NarrativeReportQuery extends PeriodQuery {
  /** Without a phase the report covers both phases. */
  @IsOptional() @IsPhaseParameter() phase?: Phase;
}
