import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, DeepPartial, EntityManager, EntityTarget, In } from 'typeorm';
import {
  Actor,
  DEFAULT_PUBLIC_GROUPS,
  Permission,
  PUBLIC_FIELD_GROUPS,
  PUBLIC_PARTS,
  PublicFieldGroup,
  publicDifferences,
  publicMeasure,
  PublicMeasure,
  PUBLIC_PAGE_PARTS,
  publicPageDifferences,
  PublicPagePart,
  PublicPart,
  PublicProjectPage,
} from '@masswerk/shared/domain';
import { Clock, DomainError, LoaderRegistry } from '@masswerk/api/core';
import { AccessService } from '@masswerk/api/access';
import { AuditService, projectRecord } from '@masswerk/api/audit';
import {
  MeasureReleaseEntity,
  ProjectPublicationEntity,
  ProjectReleaseEntity,
  PublicChangeEntity,
} from './release.entities';
import { publicSources } from './public-source';
import { publicPageSource } from './public-page-source';
import { publicChangeLog } from './public-change-log';
import type {
  MeasureReleaseRow,
  ProjectPageReleaseState,
  ProjectPublication,
  PublicChange,
  PublicReleaseState,
} from './dtos/release.dto';

const PUBLICATION = projectRecord(ProjectPublicationEntity, 'ProjectPublication', 'Veröffentlichungseinstellungen');

/** A release as read for its state: the stored version and who released it. */
interface ReleaseRow {
  measureId: string;
  projectId: string;
  content: PublicMeasure;
  releasedAt: Date;
  releasedByName: string | null;
}

const RELEASES_SQL = `
  SELECT r.measure_id AS "measureId", r.model_project_id AS "projectId", r.content, r.updated_at AS "releasedAt", u.display_name AS "releasedByName"
    FROM measure_release r LEFT JOIN app_user u ON u.id = r.released_by
   WHERE r.measure_id = ANY($1::uuid[])`;

/**
 * Review and release of measures' public versions (issue 16, decision 0070): the project office decides which groups
 * of fields are public and releases measures, one or many at once; what citizens read changes only then. Every release
 * and withdrawal stands in the history and, without internals, in the project's public change log.
 */
@Injectable()
export class ReleaseService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async publication(actor: Actor, projectId: string): Promise<ProjectPublication> {
    this.access.requireAccess(actor, Permission.READ_PROJECT, projectId);
    const row = await this.dataSource.manager.findOneBy(ProjectPublicationEntity, { modelProjectId: projectId });
    return {
      modelProjectId: projectId,
      publicGroups: row ? row.publicGroups : [...DEFAULT_PUBLIC_GROUPS],
      noindex: row?.noindex ?? false,
    };
  }

  /** Sets the public groups and `noindex`, each when given (left as it is when not). */
  async updatePublication(
    actor: Actor,
    projectId: string,
    groups?: PublicFieldGroup[] | null,
    noindex?: boolean | null,
  ): Promise<ProjectPublication> {
    this.access.requireAccess(
      actor,
      Permission.EDIT_PLAN,
      projectId,
      'Was öffentlich ist, entscheidet das Projektbüro.',
    );
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT 1 FROM model_project WHERE id = $1 FOR UPDATE`, [projectId]);
      const before = await manager.findOneBy(ProjectPublicationEntity, { modelProjectId: projectId });
      const given = groups ?? before?.publicGroups ?? DEFAULT_PUBLIC_GROUPS;
      const publicGroups = PUBLIC_FIELD_GROUPS.filter((group) => given.includes(group));
      const next = noindex ?? before?.noindex ?? false;
      if (!before)
        await this.audit.saveCreated(
          manager,
          actor,
          PUBLICATION,
          manager.create(ProjectPublicationEntity, { modelProjectId: projectId, publicGroups, noindex: next }),
        );
      else
        await this.audit.updateRecorded(manager, actor, PUBLICATION, before.id, before.version, () => ({
          publicGroups,
          noindex: next,
        }));
      return { modelProjectId: projectId, publicGroups, noindex: next };
    });
  }

  /**
   * The state of the public version of measures, batched per request (the measure page, lists). Who released it is
   * told to the project's members only, not to cluster partners.
   */
  stateLoader(loaders: LoaderRegistry, actor: Actor): DataLoader<string, PublicReleaseState> {
    return loaders.get(
      'publicReleaseState',
      () =>
        new DataLoader<string, PublicReleaseState>(async (ids) =>
          this.states(this.dataSource.manager, ids, (projectId) => actor.can(Permission.READ_PROJECT, projectId)),
        ),
    );
  }

  /** Every measure of a project with the state of its public version, by code (the project office's release page). */
  async projectReleases(actor: Actor, projectId: string): Promise<MeasureReleaseRow[]> {
    this.access.requireAccess(actor, Permission.EDIT_PLAN, projectId);
    const measures: { id: string; code: string; title: string }[] = await this.dataSource.query(
      `SELECT id, code, title FROM measure WHERE model_project_id = $1 ORDER BY code`,
      [projectId],
    );
    const states = await this.states(
      this.dataSource.manager,
      measures.map((m) => m.id),
    );
    return measures.map((m, i) => ({ measureId: m.id, code: m.code, title: m.title, state: states[i] }));
  }

  /**
   * Releases the measures' current public versions. A measure whose public version is current is left as it is (no
   * history entry, no line in the change log); the others are written with the parts that changed.
   */
  async release(actor: Actor, projectId: string, measureIds: readonly string[]): Promise<PublicReleaseState[]> {
    const ids = [...new Set(measureIds)];
    return this.dataSource.transaction(async (manager) => {
      this.access.requireAccess(actor, Permission.EDIT_PLAN, projectId, 'Freigeben darf nur das Projektbüro.');
      const facts = await this.access.measureFacts(ids, manager);
      if (facts.some((f) => f.projectId !== projectId))
        throw DomainError.badInput('input.measureIds', 'Es lassen sich nur Maßnahmen dieses Modellprojekts freigeben.');
      // one release at a time per project: two offices releasing the same measure do not both insert
      await manager.query(`SELECT 1 FROM model_project WHERE id = $1 FOR UPDATE`, [projectId]);
      const groups = await this.groupsOf(manager, projectId);
      const sources = await publicSources(manager, projectId, ids, this.clock.today());
      const existing = new Map(
        (await manager.find(MeasureReleaseEntity, { where: { measureId: In(ids) } })).map((r) => [r.measureId, r]),
      );
      for (const id of ids) {
        const source = sources.get(id);
        if (!source) throw DomainError.notFound('Maßnahme', id);
        const content = publicMeasure(source, groups);
        const before = existing.get(id);
        const parts: PublicPart[] = before ? publicDifferences(before.content, content) : [...PUBLIC_PARTS];
        if (before && !parts.length) continue;
        const saved = await saveRelease(manager, MeasureReleaseEntity, before, {
          modelProjectId: projectId,
          measureId: id,
          content,
          releasedBy: actor.userId,
        });
        await manager.insert(PublicChangeEntity, {
          modelProjectId: projectId,
          subject: 'MEASURE',
          measureCode: content.code,
          measureTitle: content.title,
          action: 'RELEASED',
          parts: before ? parts : [],
        });
        await this.audit.record(manager, actor, {
          entityType: 'MeasureRelease',
          entityId: saved.id,
          action: before ? 'UPDATE' : 'CREATE',
          modelProjectId: projectId,
          measureId: id,
          before: before ? { parts: PUBLIC_PARTS.filter((p) => !parts.includes(p)) } : null,
          after: { parts },
        });
      }
      return this.states(manager, ids);
    });
  }

  /** Takes a measure's public version off the public site; citizens see it no more until it is released again. */
  async withdraw(actor: Actor, measureId: string): Promise<PublicReleaseState> {
    return this.dataSource.transaction(async (manager) => {
      const [facts] = await this.access.measureFacts([measureId], manager);
      this.access.requireAccess(actor, Permission.EDIT_PLAN, facts.projectId, 'Zurückziehen darf nur das Projektbüro.');
      const release = await manager.findOne(MeasureReleaseEntity, {
        where: { measureId },
        lock: { mode: 'pessimistic_write' },
      });
      if (release) {
        await manager.delete(MeasureReleaseEntity, { id: release.id });
        await manager.insert(PublicChangeEntity, {
          modelProjectId: facts.projectId,
          subject: 'MEASURE',
          measureCode: release.content.code,
          measureTitle: release.content.title,
          action: 'WITHDRAWN',
          parts: [],
        });
        await this.audit.record(manager, actor, {
          entityType: 'MeasureRelease',
          entityId: release.id,
          action: 'DELETE',
          modelProjectId: facts.projectId,
          measureId,
          before: { parts: [...PUBLIC_PARTS] },
          after: null,
        });
      }
      const [state] = await this.states(manager, [measureId]);
      return state;
    });
  }

  /** Whether the project's page is public and how a release now would differ (its members). */
  async pageState(actor: Actor, projectId: string): Promise<ProjectPageReleaseState> {
    this.access.requireAccess(actor, Permission.READ_PROJECT, projectId);
    return this.pageStateIn(this.dataSource.manager, projectId);
  }

  /**
   * Releases the project's page as it stands now: the strategy's latest version, the fields of action with their
   * goals, the programme and the phases. A current page is left as it is (no history entry, no log line).
   */
  async releasePage(actor: Actor, projectId: string): Promise<ProjectPageReleaseState> {
    return this.dataSource.transaction(async (manager) => {
      this.access.requireAccess(actor, Permission.EDIT_PLAN, projectId, 'Freigeben darf nur das Projektbüro.');
      await manager.query(`SELECT 1 FROM model_project WHERE id = $1 FOR UPDATE`, [projectId]);
      const content = await publicPageSource(manager, projectId);
      if (!content) throw DomainError.notFound('Modellprojekt', projectId);
      const before = await manager.findOneBy(ProjectReleaseEntity, { modelProjectId: projectId });
      const parts: PublicPagePart[] = before ? publicPageDifferences(before.content, content) : [];
      if (before && !parts.length) return this.pageStateIn(manager, projectId);
      const saved = await saveRelease(manager, ProjectReleaseEntity, before, {
        modelProjectId: projectId,
        content,
        releasedBy: actor.userId,
      });
      await this.logPage(manager, projectId, 'RELEASED', parts);
      await this.audit.record(manager, actor, {
        entityType: 'ProjectRelease',
        entityId: saved.id,
        action: before ? 'UPDATE' : 'CREATE',
        modelProjectId: projectId,
        before: before ? { parts: PUBLIC_PAGE_PARTS.filter((p) => !parts.includes(p)) } : null,
        after: { parts: before ? parts : [...PUBLIC_PAGE_PARTS] },
      });
      return this.pageStateIn(manager, projectId);
    });
  }

  /** Takes the project's page off the public site; its released measures stay public. */
  async withdrawPage(actor: Actor, projectId: string): Promise<ProjectPageReleaseState> {
    return this.dataSource.transaction(async (manager) => {
      this.access.requireAccess(actor, Permission.EDIT_PLAN, projectId, 'Zurückziehen darf nur das Projektbüro.');
      const release = await manager.findOne(ProjectReleaseEntity, {
        where: { modelProjectId: projectId },
        lock: { mode: 'pessimistic_write' },
      });
      if (release) {
        await manager.delete(ProjectReleaseEntity, { id: release.id });
        await this.logPage(manager, projectId, 'WITHDRAWN', []);
        await this.audit.record(manager, actor, {
          entityType: 'ProjectRelease',
          entityId: release.id,
          action: 'DELETE',
          modelProjectId: projectId,
          before: { parts: [...PUBLIC_PAGE_PARTS] },
          after: null,
        });
      }
      return this.pageStateIn(manager, projectId);
    });
  }

  private async logPage(
    manager: EntityManager,
    projectId: string,
    action: 'RELEASED' | 'WITHDRAWN',
    parts: PublicPagePart[],
  ): Promise<void> {
    await manager.insert(PublicChangeEntity, {
      modelProjectId: projectId,
      subject: 'PROJECT_PAGE',
      measureCode: '',
      measureTitle: '',
      action,
      parts,
    });
  }

  private async pageStateIn(manager: EntityManager, projectId: string): Promise<ProjectPageReleaseState> {
    const [release]: { content: PublicProjectPage; releasedAt: Date; releasedByName: string | null }[] =
      await manager.query(
        `SELECT r.content, r.updated_at AS "releasedAt", u.display_name AS "releasedByName"
           FROM project_release r LEFT JOIN app_user u ON u.id = r.released_by
          WHERE r.model_project_id = $1`,
        [projectId],
      );
    if (!release)
      return { modelProjectId: projectId, released: false, releasedAt: null, releasedByName: null, differences: [] };
    const current = await publicPageSource(manager, projectId);
    return {
      modelProjectId: projectId,
      released: true,
      releasedAt: release.releasedAt,
      releasedByName: release.releasedByName,
      differences: current ? publicPageDifferences(release.content, current) : [],
    };
  }

  /** A project's public change log, newest first (its members; the public site shows the same lines). */
  async changes(actor: Actor, projectId: string, first: number): Promise<PublicChange[]> {
    this.access.requireAccess(actor, Permission.READ_PROJECT, projectId);
    return publicChangeLog(this.dataSource, projectId, first);
  }

  private async groupsOf(manager: EntityManager, projectId: string): Promise<PublicFieldGroup[]> {
    const row = await manager.findOneBy(ProjectPublicationEntity, { modelProjectId: projectId });
    return row ? row.publicGroups : [...DEFAULT_PUBLIC_GROUPS];
  }

  /** The states of measures of any projects, in the order of `ids`: released versions against current sources. */
  private async states(
    manager: EntityManager,
    ids: readonly string[],
    member: (projectId: string) => boolean = () => true,
  ): Promise<PublicReleaseState[]> {
    if (!ids.length) return [];
    const releases: ReleaseRow[] = await manager.query(RELEASES_SQL, [[...ids]]);
    const releaseOf = new Map(releases.map((r) => [r.measureId, r]));
    const differences = new Map<string, PublicPart[]>();
    if (releases.length) {
      const projects: { id: string; projectId: string }[] = await manager.query(
        `SELECT id, model_project_id AS "projectId" FROM measure WHERE id = ANY($1::uuid[])`,
        [releases.map((r) => r.measureId)],
      );
      const byProject = new Map<string, string[]>();
      for (const m of projects) {
        const list = byProject.get(m.projectId);
        if (list) list.push(m.id);
        else byProject.set(m.projectId, [m.id]);
      }
      const today = this.clock.today();
      for (const [projectId, measureIds] of byProject) {
        const groups = await this.groupsOf(manager, projectId);
        const sources = await publicSources(manager, projectId, measureIds, today);
        for (const [id, source] of sources) {
          const release = releaseOf.get(id);
          if (release) differences.set(id, publicDifferences(release.content, publicMeasure(source, groups)));
        }
      }
    }
    return ids.map((id) => {
      const release = releaseOf.get(id);
      return {
        measureId: id,
        released: !!release,
        releasedAt: release?.releasedAt ?? null,
        releasedByName: release && member(release.projectId) ? release.releasedByName : null,
        differences: differences.get(id) ?? [],
      };
    });
  }
}

/** Writes a released snapshot (a measure's or a project's page): the next version of the one before, or the first. */
async function saveRelease<E extends MeasureReleaseEntity | ProjectReleaseEntity>(
  manager: EntityManager,
  target: EntityTarget<E>,
  before: E | null | undefined,
  fields: DeepPartial<E>,
): Promise<E> {
  return before
    ? manager.save(target, { ...before, ...fields, version: before.version + 1 } as DeepPartial<E>)
    : manager.save(target, manager.create(target, fields));
}
