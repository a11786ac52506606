export * from './lib/sign-in.page';
export * from './lib/account.page';
export * from './lib/invitation.page';
export * from './lib/password-reset.page';
