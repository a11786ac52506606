import { Controller, Get, Header, Param, StreamableFile } from '@nestjs/common';
import { Actor } from '@masswerk/shared/domain';
import { Access, AccessPolicy, CurrentActor } from '@masswerk/api/core';
import { toStreamableFile } from '@masswerk/api/reporting';
import { RoundExportsService } from './round-exports.service';

/**
 * Downloads of a closed reporting round, made from its frozen snapshot (EXPORT_REPORTS: project office, council,
 * funders). An open round answers 409 (ROUND_OPEN); an unknown one 404.
 */
@Controller('api/exports/projects/:code/rounds/:id')
@Access(AccessPolicy.AUTHENTICATED)
export class RoundExportsController {
  constructor(private readonly exports: RoundExportsService) {}

  @Get('round.xlsx')
  @Header('Cache-Control', 'no-store')
  async workbook(
    @CurrentActor() actor: Actor,
    @Param('code') code: string,
    @Param('id') id: string,
  ): Promise<StreamableFile> {
    return toStreamableFile(await this.exports.workbook(actor, code, id));
  }

  @Get('narrative-report.pdf')
  @Header('Cache-Control', 'no-store')
  async narrativeReport(
    @CurrentActor() actor: Actor,
    @Param('code') code: string,
    @Param('id') id: string,
  ): Promise<StreamableFile> {
    return toStreamableFile(await this.exports.narrativeReport(actor, code, id));
  }

  @Get('council-briefing.pdf')
  @Header('Cache-Control', 'no-store')
  async councilBriefing(
    @CurrentActor() actor: Actor,
    @Param('code') code: string,
    @Param('id') id: string,
  ): Promise<StreamableFile> {
    return toStreamableFile(await this.exports.councilBriefing(actor, code, id));
  }
}
