import { ArgumentsHost, Catch, Logger, ServiceUnavailableException } from '@nestjs/common';
import { GqlExceptionFilter } from '@nestjs/graphql';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { isDatabaseUnavailable } from './database-errors';
import { DomainError } from './domain-error';
import { RETRY_AFTER_SECONDS } from './format-error';
import { httpProblemOf, problemBody } from './http-problem';

const logger = new Logger('HTTP');

/**
 * What a resolver's failure becomes for GraphQL, which words it in the error formatter. GraphQL treats a returned
 * value as an error only if it is an Error of its own realm, so errors from elsewhere (a socket error of Node itself
 * under a test runner's sandbox) are wrapped, keeping the original as the cause.
 */
function forGraphql(exception: unknown): Error {
  if (isDatabaseUnavailable(exception)) return DomainError.serviceUnavailable(RETRY_AFTER_SECONDS);
  if (exception instanceof Error) return exception;
  return Object.assign(new Error(String((exception as { message?: unknown })?.message ?? exception)), {
    cause: exception,
  });
}

/**
 * The one answer to every error. In GraphQL, errors go on to the error formatter (which words and logs them). On
 * HTTP — the download routes, and whatever fails before a route (a hook, the body parser, an unknown path) — they
 * become a JSON body with a stable code and reason and the matching status: GraphQL's shape on /graphql, the
 * download routes' shape elsewhere. Internals never leave the server; only unexpected errors are logged as errors.
 */
@Catch()
export class ApiExceptionFilter implements GqlExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<string>() === 'graphql') return forGraphql(exception);
    const http = host.switchToHttp();
    const reply = http.getResponse<FastifyReply>();
    const request = http.getRequest<FastifyRequest>();
    if (exception instanceof ServiceUnavailableException) {
      // /health (terminus): keep the report of each check, which monitoring reads, and add the outage code.
      const report = exception.getResponse();
      const outage = DomainError.serviceUnavailable(RETRY_AFTER_SECONDS);
      return reply
        .code(exception.getStatus())
        .header('retry-after', String(RETRY_AFTER_SECONDS))
        .send({ ...(typeof report === 'object' ? report : {}), code: outage.code, reason: outage.reason });
    }
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
