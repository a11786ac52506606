import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import { Actor, Permission } from '@masswerk/shared/domain';
import { Clock } from '@masswerk/api/core';
import { CONTENT_TYPES, Download } from '../shared/download';
import { ExportAccessService } from '../shared/export-access.service';
import { loadLookups, loadMeasureStates } from './measure-state';
import { measureWorkbook } from './measure-workbook';

/**
 * The measure workbook for the round trip export → Excel → import, and its empty template. Built in memory (a
 * project's agenda is at most a few thousand rows) from the primary, whose state the import compares against.
 */
@Injectable()
export class MeasureWorkbookService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ExportAccessService,
    private readonly clock: Clock,
  ) {}

  async export(actor: Actor, code: string, options: { template: boolean }): Promise<Download> {
    const project = await this.access.project(actor, code, Permission.READ_PROJECT);
    const [states, lookups] = await Promise.all([
      options.template ? Promise.resolve([]) : loadMeasureStates(this.dataSource, project.id, this.clock.today()),
      loadLookups(this.dataSource, project.id),
    ]);
    const body = await measureWorkbook(
      states,
      {
        fieldsOfAction: lookups.fieldsOfAction.map((f) => f.name),
        municipalities: lookups.municipalities,
        costCategories: lookups.costCategories.filter((c) => c.active),
      },
      options,
    );
    return {
      filename: options.template ? `Maßnahmen-Vorlage_${project.code}.xlsx` : `Maßnahmen_${project.code}.xlsx`,
      contentType: CONTENT_TYPES.xlsx,
      stream: Readable.from([body]),
    };
  }
}
