import { ArgumentsHost, Catch, Logger } from '@nestjs/common';
import { GqlExceptionFilter } from '@nestjs/graphql';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { httpProblemOf, problemBody } from './http-problem';

const logger = new Logger('HTTP');

/**
 * The one answer to every error. In GraphQL, errors go on to the error formatter (which words and logs them). On
 * HTTP — the download routes, and whatever fails before a route (a hook, the body parser, an unknown path) — they
 * become a JSON body with a stable code and reason and the matching status: GraphQL's shape on /graphql, the
 * download routes' shape elsewhere. Internals never leave the server; only unexpected errors are logged as errors.
 */
@Catch()
export class ApiExceptionFilter implements GqlExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<string>() === 'graphql') return exception;
    const http = host.switchToHttp();
    const reply = http.getResponse<FastifyReply>();
    const request = http.getRequest<FastifyRequest>();
    const { status, error, unexpected } = httpProblemOf(exception);
    if (unexpected)
      logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    if (reply.sent) return reply;
    const retryAfter = error.details['retryAfterSeconds'];
    if (typeof retryAfter === 'number') void reply.header('retry-after', String(retryAfter));
    return reply
      .code(status)
      .type('application/json; charset=utf-8')
      .send(problemBody(request?.url ?? '', error));
  }
}
