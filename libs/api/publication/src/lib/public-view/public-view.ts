import { IsoDate, MeasureStatus, OpenDataLicence, TerritorialUnitKind, Transferability } from '@masswerk/shared/domain';

/** A territorial unit as the public sees it: its name and its official key. */
export interface PublicUnit {
  name: string;
  /** Amtlicher Regionalschlüssel (12 digits), where the unit has one. */
  ars: string | null;
  ags: string | null;
  kind: TerritorialUnitKind;
}

/** A model project that publishes open data: what its dataset in the catalogue says about it. */
export interface PublicProject {
  id: string;
  code: string;
  name: string;
  websiteUrl: string | null;
  /** The lead body (Landkreis or city): the dataset's publisher. */
  leadUnit: PublicUnit;
  /** The lead body first, then the member municipalities. */
  units: PublicUnit[];
  licence: OpenDataLicence;
  contactEmail: string | null;
  /** When the project first switched open data on (ISO date-time, UTC). */
  issued: string;
  /** When its open-data settings last changed (ISO date-time, UTC). */
  settingsModified: string;
}

/** What the catalogue needs of a project's public measures without reading them all. */
export interface PublicMeasureSummary {
  count: number;
  /** The latest change of a public measure (ISO date-time, UTC); null without any. */
  lastModified: string | null;
  /** The fields of action of its public measures, by name. */
  fieldsOfAction: string[];
}

/**
 * One measure as the public may read it. Public fields only, on purpose: no people (responsible unit, contact, assignees),
 * no internal notes or reasons (progress and health overrides, deviations), no money, no history.
 */
export interface PublicMeasure {
  code: string;
  title: string;
  /** Null where the project keeps its texts internal (decision 0070), as the other groups below. */
  summary: string | null;
  description: string | null;
  status: MeasureStatus | null;
  /** Percent, 0–100, by the measure rules, as released. */
  progress: number | null;
  fieldsOfAction: string[];
  /** The lead municipality first, then the participating ones. */
  municipalities: { name: string; ars: string | null }[];
  plannedStart: IsoDate | null;
  plannedEnd: IsoDate | null;
  actualStart: IsoDate | null;
  actualEnd: IsoDate | null;
  openSource: { repositoryUrl: string | null; licence: string | null; transferability: Transferability };
  /** ISO date-time, UTC. */
  lastModified: string;
}
