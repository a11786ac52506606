import { FormControl, FormGroup, Validators } from '@angular/forms';
import type { CreateApiTokenInput } from '@masswerk/dashboard/shared/data-access';

/** Changing one's password: the current one, and a new one of at least ten characters (the API's rule). */
export function passwordForm() {
  return new FormGroup({
    currentPassword: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    newPassword: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.minLength(10)],
    }),
  });
}

export interface TokenValues {
  name: string;
  /** Empty: the token does not expire. */
  expiresOn: string;
}

/** A personal API token: its name, and the day it expires. */
export function tokenForm() {
  return new FormGroup({
    name: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(100)] }),
    expiresOn: new FormControl('', { nonNullable: true }),
  });
}

export function toTokenInput(v: TokenValues): CreateApiTokenInput {
  return { name: v.name, expiresOn: v.expiresOn || null };
}
