import { OpenDataLicence, Phase, TerritorialUnitKind } from '@masswerk/shared/domain';

/**
 * The demo data of the Südwest-Cluster is written as plain content here; `seed.ts` turns it into rows, deriving
 * dates, statuses, milestones and reports deterministically (seeded random numbers), relative to "today" where
 * freshness matters. Facts about the six model projects come from public sources (../shared/DOMAIN.md); measures,
 * people and amounts are invented and marked as demo data.
 */
export interface DemoUnit {
  kind: TerritorialUnitKind;
  name: string;
  /** 12 digits; for Verbandsgemeinden the only key. Invented keys follow the ARS structure (see README). */
  ars: string | null;
  ags: string | null;
}

export interface DemoGoal {
  code: string;
  title: string;
}

export interface DemoFieldOfAction {
  code: string;
  name: string;
  description: string;
  goals: DemoGoal[];
}

export interface DemoIndicator {
  name: string;
  unit: string;
  baseline: number;
  target: number;
}

export interface DemoMeasure {
  title: string;
  /** One or two German sentences. */
  summary: string;
  /** Codes of the project's fields of action (first = main field). */
  fields: string[];
  /** Name of the lead municipality: the project's lead body or one of its members. */
  lead: string;
  /** Names of further participating members. */
  participants: string[];
  responsibleUnit: string;
  partners: string[];
  tags: string[];
  flagship?: boolean;
  phase: Phase;
  /** Strategy work of Phase A (developing the strategy with the public), not an implementation measure. */
  strategyWork?: boolean;
  /** The measure builds software, so it has an open-source block (openCode repository, EUPL-1.2). */
  software?: boolean;
  indicator?: DemoIndicator;
  /** 3 to 6 milestone titles, in their order. */
  milestones: string[];
}

/** Eligible costs per phase in euros and the rate of the grant (public figures, rounded). */
export interface DemoFunding {
  rate: number;
  eligibleA: number;
  eligibleB: number;
}

export interface DemoProject {
  code: string;
  funding: DemoFunding;
  name: string;
  cohortYear: 2019 | 2020 | 2021;
  lead: DemoUnit;
  /** The Land the lead body belongs to. */
  land: DemoUnit;
  /** For a city inside a Landkreis (Linz am Rhein): that Kreis. */
  kreis?: DemoUnit;
  members: DemoUnit[];
  budgetaryEmergency: boolean;
  phaseA: { plannedStart: string; plannedEnd: string; actualStart: string | null; actualEnd: string | null } | null;
  phaseB: { plannedStart: string; plannedEnd: string; actualStart: string | null; actualEnd: string | null };
  office: { name: string; email: string; address: string };
  websiteUrl: string;
  /** Switched on: the project's published measures are in the open-data catalogue (decision 0069). */
  openData?: { licence: OpenDataLicence; contactEmail: string | null };
  strategy: {
    title: string;
    vision: string;
    targetPictures: string[];
    values: string[];
    adoptedOn: string;
    resolutionReference: string;
    acceptedByFunderOn: string | null;
  };
  fields: DemoFieldOfAction[];
  measures: DemoMeasure[];
}
