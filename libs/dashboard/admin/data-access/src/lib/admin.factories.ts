import type { FieldOfActionView, MemberView } from './admin.api';

// Test data for the administration's rules.

export const member = (over: Partial<MemberView> = {}): MemberView => ({
  id: 'm1',
  role: 'EDITOR',
  version: 4,
  territorialUnit: { id: 'u1', name: 'VG Prüm' },
  user: {
    id: 'user1',
    email: 'a@example.org',
    displayName: 'A',
    disabled: false,
    isPlatformAdmin: false,
    lastSignInAt: null,
    version: 1,
  },
  ...over,
});

export const field = (id: string, code: string, goals: { id: string; code: string }[] = []): FieldOfActionView => ({
  id,
  code,
  name: code,
  description: '',
  sortOrder: 0,
  version: 1,
  goals: goals.map((g) => ({ ...g, title: g.code, description: '', sortOrder: 0, version: 1 })),
});
