import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Access, AccessPolicy, contentDisposition } from '@masswerk/api/core';
import { matchesIfNoneMatch } from './etag';
import { OpenDataDocument, OpenDataService } from './open-data.service';

/**
 * Open data for anyone, no sign-in (decision 0069): the DCAT-AP.de catalogue as JSON-LD and Turtle, and each
 * publishing project's measures as CSV and JSON. Cacheable for five minutes by anyone; a client that sends the ETag
 * back gets 304 without the body. An unknown project and one that does not publish answer the same 404. Other sites
 * may read them from the browser (CORS `*`, no credentials: nothing here depends on who asks).
 */
@Controller('api/open-data')
@Access(AccessPolicy.PUBLIC)
export class OpenDataController {
  constructor(private readonly openData: OpenDataService) {}

  @Get('catalog.jsonld')
  async catalogJsonLd(@Req() req: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    send(req, reply, await this.openData.catalog('jsonld'));
  }

  @Get('catalog.ttl')
  async catalogTurtle(@Req() req: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    send(req, reply, await this.openData.catalog('ttl'));
  }

  @Get('projects/:code/measures.csv')
  async measuresCsv(
    @Param('code') code: string,
    @Req() req: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    send(req, reply, await this.openData.measures(code, 'csv'));
  }

  @Get('projects/:code/measures.json')
  async measuresJson(
    @Param('code') code: string,
    @Req() req: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    send(req, reply, await this.openData.measures(code, 'json'));
  }
}

function send(req: FastifyRequest, reply: FastifyReply, document: OpenDataDocument): void {
  void reply
    .header('cache-control', 'public, max-age=300')
    .header('etag', document.etag)
    .header('vary', 'accept-encoding')
    .header('access-control-allow-origin', '*')
    .header('cross-origin-resource-policy', 'cross-origin')
    .removeHeader('access-control-allow-credentials');
  if (matchesIfNoneMatch(req.headers['if-none-match'], document.etag)) return void reply.code(304).send();
  if (document.filename) void reply.header('content-disposition', contentDisposition(document.filename));
  void reply.code(200).type(document.contentType).send(document.body);
}
