import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, Clock, DomainError } from '@masswerk/api/core';
import type { AppConfig } from '@masswerk/api/core';
import { PublicationSource } from '../public-view/publication-source.service';
import { catalogQuads } from './catalog-graph';
import { toJsonLd, toTurtle } from './catalog-serialisation';
import { etagOf } from './etag';
import { measuresCsv, measuresJson } from './measure-distributions';

/** A document of the open data, ready to send. */
export interface OpenDataDocument {
  body: string;
  contentType: string;
  etag: string;
  /** For the downloads: the file name a browser saves it under. */
  filename?: string;
}

export const OPEN_DATA_CONTENT_TYPES = {
  jsonld: 'application/ld+json; charset=utf-8',
  ttl: 'text/turtle; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
} as const;

/**
 * The open-data catalogue in DCAT-AP.de and its downloads (decision 0069), for anyone: what they contain comes from
 * `PublicationSource` only. Documents are built whole in memory: a catalogue has a few hundred datasets at most per
 * installation, a dataset a few hundred measures.
 */
@Injectable()
export class OpenDataService {
  constructor(
    private readonly source: PublicationSource,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async catalog(format: 'jsonld' | 'ttl'): Promise<OpenDataDocument> {
    const projects = await this.source.openDataProjects();
    const summaries = await this.source.measureSummaries(projects.map((p) => p.id));
    const quads = catalogQuads({
      origin: this.config.publicOrigin,
      publisher: this.config.openData.publisher,
      now: this.clock.now().toISOString(),
      datasets: projects.map((project) => ({
        project,
        measures: summaries.get(project.id) ?? { count: 0, lastModified: null, fieldsOfAction: [] },
      })),
    });
    const body = format === 'ttl' ? await toTurtle(quads) : await toJsonLd(quads);
    return { body, contentType: OPEN_DATA_CONTENT_TYPES[format], etag: etagOf(body) };
  }

  /** A project's public measures; 404 alike for an unknown project and one that does not publish open data. */
  async measures(code: string, format: 'csv' | 'json'): Promise<OpenDataDocument> {
    const [project] = await this.source.openDataProjects(code);
    if (!project) throw DomainError.notFound('Modellprojekt mit offenen Daten', code);
    const measures = (await this.source.publicMeasures([project.id])).get(project.id) ?? [];
    const modified = measures.reduce((a, m) => (m.lastModified > a ? m.lastModified : a), project.settingsModified);
    const body =
      format === 'csv' ? measuresCsv(measures, this.config.timeZone) : measuresJson(project, measures, modified);
    return {
      body,
      contentType: OPEN_DATA_CONTENT_TYPES[format],
      etag: etagOf(body),
      filename: `Massnahmen_${project.code}.${format}`,
    };
  }
}
