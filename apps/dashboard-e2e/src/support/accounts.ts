/**
 * The demo accounts the seeded data provides (libs/api/demo-data/src/lib/demo-accounts.ts; end-to-end tests may not
 * import API code, so the few facts they need are repeated here).
 *
 * The API allows 5 sign-in attempts per account in 15 minutes. Every test signs in through the form, so the tests
 * spread over the accounts; keep each account below five sign-ins per run (count the uses before adding a test).
 */
export const DEMO_PASSWORD = 'Masswerk-Demo-2026';

export interface DemoAccount {
  email: string;
  displayName: string;
}

export const ACCOUNTS = {
  /** Platform operations: every project. */
  platform: { email: 'betrieb@example.org', displayName: 'Plattformbetrieb (Demo)' },
  /** Project office of EIF: may change every EIF measure. */
  adminEif: { email: 'admin.eif@example.org', displayName: 'Projektbüro Eifelkreis (Demo)' },
  /** Project manager in VG Prüm: assigned EIF-M01, M02 and M05, and may report on measures VG Prüm leads. */
  editorEif: { email: 'editor.eif@example.org', displayName: 'Maßnahmenverantwortliche VG Prüm (Demo)' },
  /** County council of EIF: reads everything of EIF, changes nothing. */
  councilEif: { email: 'rat.eif@example.org', displayName: 'Kreistag Eifelkreis (Demo)' },
  /** The funding body of EIF and MYK: reads, changes nothing. */
  funder: { email: 'foerderung@example.org', displayName: 'Fördermittelgeber (Demo)' },
  /** Project team of MYK: sees EIF only as a cluster partner (published measures). */
  adminMyk: { email: 'admin.myk@example.org', displayName: 'Projektteam MYK10 (Demo)' },
  adminKl: { email: 'admin.kl@example.org', displayName: 'Smart City Kaiserslautern (Demo)' },
  adminKus: { email: 'admin.kus@example.org', displayName: 'Projektbüro Kusel (Demo)' },
  adminWnd: { email: 'admin.wnd@example.org', displayName: 'Projektbüro Wendeler Land (Demo)' },
  /** Project manager in St. Wendel: assigned WND-M01 and M03. */
  editorWnd: { email: 'editor.wnd@example.org', displayName: 'Maßnahmenverantwortliche St. Wendel (Demo)' },
  adminLnz: { email: 'admin.lnz@example.org', displayName: 'Projektbüro Linz (Demo)' },
} satisfies Record<string, DemoAccount>;

/** "Today" of the demo data (MASSWERK_TODAY in playwright.config.ts). */
export const TODAY = '2026-11-21';
