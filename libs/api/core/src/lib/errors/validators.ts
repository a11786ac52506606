import { registerDecorator, ValidationOptions } from 'class-validator';
import { isIsoDate } from '@masswerk/shared/domain';

/** Text that is more than whitespace (class-validator's IsNotEmpty lets "   " through). */
export function IsNotBlank(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isNotBlank',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: `${String(propertyName)} darf nicht leer sein.`, ...options },
      validator: { validate: (value: unknown) => typeof value === 'string' && value.trim().length > 0 },
    });
}

/** A calendar day `YYYY-MM-DD`; the LocalDate scalar checks it too, this makes the field known to the validation pipe. */
export function IsLocalDate(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isLocalDate',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: `${String(propertyName)} muss ein Datum der Form JJJJ-MM-TT sein.`, ...options },
      validator: { validate: (value: unknown) => isIsoDate(value) },
    });
}

/** An amount (bigint cents from the Money scalar), optionally bounded. */
export function IsCents(bounds: { min?: bigint; max?: bigint } = {}, options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isCents',
      target: target.constructor,
      propertyName: propertyName as string,
      options: {
        message:
          bounds.min !== undefined && bounds.max === undefined
            ? `${String(propertyName)} darf nicht kleiner als ${Number(bounds.min) / 100} € sein.`
            : `${String(propertyName)} ist kein zulässiger Betrag.`,
        ...options,
      },
      validator: {
        validate: (value: unknown) =>
          typeof value === 'bigint' &&
          (bounds.min === undefined || value >= bounds.min) &&
          (bounds.max === undefined || value <= bounds.max),
      },
    });
}
