import { Controller, Get, Header, Param, Post, Query, Req, Res, StreamableFile } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Actor } from '@masswerk/shared/domain';
import { Access, AccessPolicy, CurrentActor, DomainError } from '@masswerk/api/core';
import { MeasureWorkbookService, toStreamableFile } from '@masswerk/api/reporting';
import { ImportError, ImportErrorCode } from './import.errors';
import { MeasureImportService } from './measure-import.service';
import type { ImportUpload } from './upload/import-upload';

/**
 * The measure import of one model project, for the dashboard (session cookie and CSRF header) and for scripts (API
 * token): the empty workbook to fill in, and the upload with its dry run.
 */
@Controller('api/imports/projects/:code')
@Access(AccessPolicy.AUTHENTICATED)
export class ImportsController {
  constructor(
    private readonly imports: MeasureImportService,
    private readonly workbooks: MeasureWorkbookService,
  ) {}

  /** The measure workbook without data rows: columns, allowed values and notes. */
  @Get('measures-template.xlsx')
  @Header('Cache-Control', 'no-store')
  async template(@CurrentActor() actor: Actor, @Param('code') code: string): Promise<StreamableFile> {
    return toStreamableFile(await this.workbooks.export(actor, code, { template: true }));
  }

  /**
   * `?dryRun=true|false` (default true). Body: the XLSX or CSV itself, or multipart with a part `file`. Answers the
   * result per row (200, or 422 when an apply was refused because of refused rows), or `{ code, message }` for a
   * file refused as a whole.
   */
  @Post('measures')
  async importMeasures(
    @CurrentActor() actor: Actor,
    @Param('code') code: string,
    @Query('dryRun') dryRun: string | undefined,
    @Req() req: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const send = (status: number, body: unknown) =>
      reply.code(status).header('cache-control', 'no-store').type('application/json; charset=utf-8').send(body);
    const dry = parseDryRun(dryRun);
    if (dry === null) throw DomainError.badInput('dryRun', 'dryRun muss „true“ oder „false“ sein.');
    const upload = uploadOf(req.body);
    if ('refused' in upload) {
      // access first: who may not import learns nothing about the file
      await this.imports.mayImport(actor, code);
      return void send(upload.refused.status, upload.refused.body);
    }
    try {
      const result = await this.imports.import(actor, code, upload, dry);
      return void send(!result.dryRun && !result.applied ? 422 : 200, result);
    } catch (error) {
      if (error instanceof ImportError) return void send(error.status, error.body);
      throw error;
    }
  }
}

function parseDryRun(value: string | undefined): boolean | null {
  if (value === undefined || value === '' || value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0') return false;
  return null;
}

/** The body as the import's parsers left it; anything else came through another parser (JSON, plain text). */
function uploadOf(body: unknown): ImportUpload {
  if (body && typeof body === 'object' && ('refused' in body || ('bytes' in body && 'format' in body)))
    return body as ImportUpload;
  return {
    refused: new ImportError(
      body === undefined || body === null ? ImportErrorCode.NO_FILE : ImportErrorCode.UNSUPPORTED_TYPE,
      body === undefined || body === null
        ? 'Die Anfrage enthält keine Datei.'
        : 'Bitte laden Sie eine Excel-Arbeitsmappe (XLSX) oder eine CSV-Datei hoch (Content-Type text/csv oder XLSX).',
    ),
  };
}
