import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { PublicMeasure, PublicMeasureSummary, PublicProject } from './public-view';
import { OPEN_DATA_PROJECTS_SQL, PUBLIC_MEASURE_SUMMARIES_SQL, PUBLIC_MEASURES_SQL } from './public-view.sql';

type MeasureRow = Omit<PublicMeasure, 'openSource'> & {
  projectId: string;
  repositoryUrl: string | null;
  licence: string | null;
  transferability: PublicMeasure['openSource']['transferability'];
};

/**
 * What of a project the open data shows (decision 0069): which projects publish open data, and of those the released
 * public versions of their measures (decision 0070), never the live records. Each method is one statement, whatever
 * the number of projects or measures.
 */
@Injectable()
export class PublicationSource {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The projects that publish open data, by code; or the one with `code`, if it does. */
  openDataProjects(code: string | null = null): Promise<PublicProject[]> {
    return this.dataSource.query<PublicProject[]>(OPEN_DATA_PROJECTS_SQL, [code]);
  }

  /** Per project: how many public measures, their latest change and their fields of action. */
  async measureSummaries(projectIds: readonly string[]): Promise<Map<string, PublicMeasureSummary>> {
    const rows = await this.dataSource.query<(PublicMeasureSummary & { projectId: string })[]>(
      PUBLIC_MEASURE_SUMMARIES_SQL,
      [projectIds],
    );
    return new Map(rows.map(({ projectId, ...summary }) => [projectId, summary]));
  }

  /** The public measures of the projects, by code; a project without any has an empty list. */
  async publicMeasures(projectIds: readonly string[]): Promise<Map<string, PublicMeasure[]>> {
    const byProject = new Map<string, PublicMeasure[]>(projectIds.map((id) => [id, []]));
    const rows = await this.dataSource.query<MeasureRow[]>(PUBLIC_MEASURES_SQL, [projectIds]);
    for (const { projectId, repositoryUrl, licence, transferability, ...measure } of rows)
      byProject.get(projectId)?.push({ ...measure, openSource: { repositoryUrl, licence, transferability } });
    return byProject;
  }
}
