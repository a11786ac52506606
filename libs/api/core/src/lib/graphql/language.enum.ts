import { registerEnumType } from '@nestjs/graphql';
import { Language } from '@masswerk/shared/domain';

export { Language };

// Shared by the accounts (a person's language) and the notifications (the language texts are read in).
registerEnumType(Language, { name: 'Language', description: 'German (the default) or English.' });
