import { Role } from '@masswerk/shared/domain';

/** The password of every demo account (README lists them). Demo data only; never load it in production. */
export const DEMO_PASSWORD = 'Masswerk-Demo-2026';

export interface DemoAccount {
  email: string;
  displayName: string;
  platformAdmin?: boolean;
  /** Project code → role (and for editors, the name of their municipality). */
  memberships: { project: string; role: Role; unit?: string }[];
  /** Measures (by number within the project) the account is responsible for. */
  assigned?: { project: string; numbers: number[] };
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { email: 'betrieb@example.org', displayName: 'Plattformbetrieb (Demo)', platformAdmin: true, memberships: [] },
  {
    email: 'admin.eif@example.org',
    displayName: 'Projektbüro Eifelkreis (Demo)',
    memberships: [{ project: 'EIF', role: Role.ADMIN }],
  },
  {
    email: 'editor.eif@example.org',
    displayName: 'Maßnahmenverantwortliche VG Prüm (Demo)',
    memberships: [{ project: 'EIF', role: Role.EDITOR, unit: 'Verbandsgemeinde Prüm' }],
    assigned: { project: 'EIF', numbers: [1, 2, 5] },
  },
  {
    email: 'rat.eif@example.org',
    displayName: 'Kreistag Eifelkreis (Demo)',
    memberships: [{ project: 'EIF', role: Role.COUNCIL }],
  },
  {
    email: 'foerderung@example.org',
    displayName: 'Fördermittelgeber (Demo)',
    memberships: [
      { project: 'EIF', role: Role.FUNDER },
      { project: 'MYK', role: Role.FUNDER },
    ],
  },
  {
    email: 'admin.myk@example.org',
    displayName: 'Projektteam MYK10 (Demo)',
    memberships: [{ project: 'MYK', role: Role.ADMIN }],
  },
  {
    email: 'admin.kl@example.org',
    displayName: 'Smart City Kaiserslautern (Demo)',
    memberships: [{ project: 'KL', role: Role.ADMIN }],
  },
  {
    email: 'admin.kus@example.org',
    displayName: 'Projektbüro Kusel (Demo)',
    memberships: [{ project: 'KUS', role: Role.ADMIN }],
  },
  {
    email: 'admin.wnd@example.org',
    displayName: 'Projektbüro Wendeler Land (Demo)',
    memberships: [{ project: 'WND', role: Role.ADMIN }],
  },
  {
    email: 'editor.wnd@example.org',
    displayName: 'Maßnahmenverantwortliche St. Wendel (Demo)',
    memberships: [{ project: 'WND', role: Role.EDITOR, unit: 'Kreisstadt St. Wendel' }],
    assigned: { project: 'WND', numbers: [1, 3] },
  },
  {
    email: 'admin.lnz@example.org',
    displayName: 'Projektbüro Linz (Demo)',
    memberships: [{ project: 'LNZ', role: Role.ADMIN }],
  },
];
