/**
 * Roles are held per model project. Who may do what is decided here, in one table, and used by the API (to refuse)
 * and by the dashboard (to hide what would be refused).
 */
export enum Role {
  /** Project office: everything in the model project, including its users. */
  ADMIN = 'ADMIN',
  /** Responsible for measures: updates the progress of measures assigned to them or to their municipality. */
  EDITOR = 'EDITOR',
  /** County council, steering group: reads everything of the project. */
  COUNCIL = 'COUNCIL',
  /** Funder (KfW, ministry, KTS): reads the assigned project and runs its exports. */
  FUNDER = 'FUNDER',
}

/** In the order forms offer them: from the project office to the funder. */
export const ROLES: readonly Role[] = [Role.ADMIN, Role.EDITOR, Role.COUNCIL, Role.FUNDER];

export const ROLE_LABEL_DE: Record<Role, string> = {
  [Role.ADMIN]: 'Administration (Projektbüro)',
  [Role.EDITOR]: 'Maßnahmenverantwortliche',
  [Role.COUNCIL]: 'Kreistag / Lenkungsgruppe',
  [Role.FUNDER]: 'Fördermittelgeber',
};

export const ROLE_LABEL_EN: Record<Role, string> = {
  [Role.ADMIN]: 'administration (project office)',
  [Role.EDITOR]: 'responsible for measures',
  [Role.COUNCIL]: 'county council / steering group',
  [Role.FUNDER]: 'funder',
};

export enum Permission {
  /** Read everything of the project: unpublished measures, money, history. */
  READ_PROJECT = 'READ_PROJECT',
  /** Change the plan: measures, milestones' baselines, fields of action, goals, strategy, indicators, budgets. */
  EDIT_PLAN = 'EDIT_PLAN',
  /** Report progress: status reports, milestone forecasts and completions, expenditures, indicator values. */
  REPORT_PROGRESS = 'REPORT_PROGRESS',
  /** Manage the users and roles of the project. */
  MANAGE_USERS = 'MANAGE_USERS',
  /** Download the funders' exports (numerical statement, narrative report, briefing). */
  EXPORT_REPORTS = 'EXPORT_REPORTS',
}

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  [Role.ADMIN]: [
    Permission.READ_PROJECT,
    Permission.EDIT_PLAN,
    Permission.REPORT_PROGRESS,
    Permission.MANAGE_USERS,
    Permission.EXPORT_REPORTS,
  ],
  [Role.EDITOR]: [Permission.READ_PROJECT, Permission.REPORT_PROGRESS],
  [Role.COUNCIL]: [Permission.READ_PROJECT, Permission.EXPORT_REPORTS],
  [Role.FUNDER]: [Permission.READ_PROJECT, Permission.EXPORT_REPORTS],
};

export interface MembershipGrant {
  projectId: string;
  role: Role;
  /** For editors: the municipality whose measures they answer for (measures it leads). */
  unitId: string | null;
}

/** What the editor rule needs to know of a measure. */
export interface MeasureResponsibility {
  projectId: string;
  leadUnitId: string | null;
  assigneeIds: readonly string[];
}

/**
 * The signed-in person (or an anonymous caller) with everything needed to decide access without another query:
 * memberships, and the projects that share a cluster with them (whose published measures they may read).
 */
export class Actor {
  private readonly byProject: ReadonlyMap<string, MembershipGrant>;

  constructor(
    readonly userId: string | null,
    readonly displayName: string,
    readonly isPlatformAdmin: boolean,
    readonly memberships: readonly MembershipGrant[],
    readonly peerProjectIds: readonly string[],
  ) {
    this.byProject = new Map(memberships.map((m) => [m.projectId, m]));
  }

  static anonymous(): Actor {
    return new Actor(null, 'anonym', false, [], []);
  }

  /** Used by seed scripts and migrations of data, never by a request. */
  static system(): Actor {
    return new Actor(null, 'System', true, [], []);
  }

  get isAuthenticated(): boolean {
    return this.userId !== null || this.isPlatformAdmin;
  }

  roleIn(projectId: string): Role | null {
    return this.byProject.get(projectId)?.role ?? null;
  }

  can(permission: Permission, projectId: string): boolean {
    if (this.isPlatformAdmin) return true;
    const role = this.roleIn(projectId);
    return role !== null && ROLE_PERMISSIONS[role].includes(permission);
  }

  /** Projects the actor reads in full. `null` means every project (platform administrators). */
  fullReadProjectIds(): string[] | null {
    if (this.isPlatformAdmin) return null;
    return this.memberships
      .filter((m) => ROLE_PERMISSIONS[m.role].includes(Permission.READ_PROJECT))
      .map((m) => m.projectId);
  }

  /** Projects of which the actor reads only the published measures (cluster peers). */
  publishedOnlyProjectIds(): string[] {
    if (this.isPlatformAdmin) return [];
    const full = new Set(this.fullReadProjectIds() ?? []);
    return this.peerProjectIds.filter((id) => !full.has(id));
  }

  canReadProject(projectId: string): boolean {
    return this.can(Permission.READ_PROJECT, projectId);
  }

  /** May read the measure at all (fully, or as a cluster peer when it is published). */
  canReadMeasure(measure: { projectId: string; published: boolean }): boolean {
    return (
      this.canReadProject(measure.projectId) || (measure.published && this.peerProjectIds.includes(measure.projectId))
    );
  }

  /** The editor rule: admins report on every measure; editors on measures assigned to them or led by their unit. */
  canReportOn(measure: MeasureResponsibility): boolean {
    if (this.isPlatformAdmin) return true;
    const grant = this.byProject.get(measure.projectId);
    if (!grant || !ROLE_PERMISSIONS[grant.role].includes(Permission.REPORT_PROGRESS)) return false;
    if (grant.role !== Role.EDITOR) return true;
    return (
      (this.userId !== null && measure.assigneeIds.includes(this.userId)) ||
      (grant.unitId !== null && grant.unitId === measure.leadUnitId)
    );
  }
}
