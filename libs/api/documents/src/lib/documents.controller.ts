import { Controller, Get, Header, HttpCode, Param, Post, Req, Res, StreamableFile } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Actor } from '@masswerk/shared/domain';
import { Access, AccessPolicy, contentDisposition, CurrentActor } from '@masswerk/api/core';
import { decodeFileNameHeader } from './content/file-name';
import { Document } from './dtos/document.dto';
import { toDocument } from './document.mapper';
import { DocumentService } from './document.service';

/**
 * A downloaded document may be anything its uploader made it (a PDF with scripts, an SVG-like surprise): the browser
 * saves it rather than shows it, never guesses its type, and would run nothing of it even if shown.
 */
const DOWNLOAD_POLICY = "default-src 'none'; sandbox";

/**
 * Uploads and downloads of documents (decision 0064). Signed in by session cookie (with the CSRF header for the
 * upload) or API token; the service checks the record and the right before reading or sending a byte.
 */
@Controller('api/documents')
@Access(AccessPolicy.AUTHENTICATED)
export class DocumentsController {
  constructor(private readonly documents: DocumentService) {}

  /**
   * `POST /api/documents/<OWNER_TYPE>/<ownerId>` with the file as the request body (any Content-Type; the kind is
   * read from the content) and its name in `X-File-Name` (percent-encoded UTF-8). Answers 201 with the document.
   */
  @Post(':ownerType/:ownerId')
  @HttpCode(201)
  @Header('Cache-Control', 'no-store')
  async upload(
    @CurrentActor() actor: Actor,
    @Param('ownerType') ownerType: string,
    @Param('ownerId') ownerId: string,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Document> {
    const length = Number(req.headers['content-length']);
    try {
      const document = await this.documents.upload(actor, {
        ownerType,
        ownerId,
        fileName: decodeFileNameHeader(req.headers['x-file-name']),
        contentLength: Number.isFinite(length) && req.headers['content-length'] !== undefined ? length : null,
        body: req.raw,
      });
      return toDocument({ ...document, uploadedByName: actor.displayName });
    } catch (error) {
      // Refused before the body was read to its end: the connection is not reused for another request.
      if (!req.raw.readableEnded) void reply.header('Connection', 'close');
      throw error;
    }
  }

  /** `GET /api/documents/<id>`: the content as an attachment, under its kept name and the type of its content. */
  @Get(':id')
  async download(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    const { document, stream } = await this.documents.download(actor, id);
    void reply
      .header('Cache-Control', 'private, no-store')
      .header('X-Content-Type-Options', 'nosniff')
      .header('Content-Security-Policy', DOWNLOAD_POLICY)
      .header('Cross-Origin-Resource-Policy', 'same-origin');
    return new StreamableFile(stream, {
      type: document.mediaType,
      disposition: contentDisposition(document.fileName),
      length: Number(document.sizeBytes),
    });
  }
}
