import { Controller, Get, Header, Param } from '@nestjs/common';
import { Access, AccessPolicy, DomainError } from '@masswerk/api/core';
import { CalendarService } from './calendar.service';

/**
 * The feed itself, for calendar programs: no session and no token header (they cannot send one); the secret in the
 * address is the proof. An unknown, renewed or ended address is a plain 404.
 */
@Controller('api/calendar')
@Access(AccessPolicy.PUBLIC)
export class CalendarController {
  constructor(private readonly calendar: CalendarService) {}

  @Get(':file')
  @Header('Cache-Control', 'private, no-store')
  @Header('X-Robots-Tag', 'noindex')
  @Header('Content-Type', 'text/calendar; charset=utf-8')
  @Header('Content-Disposition', 'inline; filename="masswerk.ics"')
  async feed(@Param('file') file: string): Promise<string> {
    const secret = /^([A-Za-z0-9_-]{1,100})\.ics$/.exec(file)?.[1];
    const body = secret ? await this.calendar.feed(secret) : null;
    // the address names no secret in the answer: it may be pasted in a log or a support ticket
    if (body === null) throw DomainError.notFound('Kalender', 'diese Adresse');
    return body;
  }
}
