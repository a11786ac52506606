import { ArgumentsHost, Catch, HttpStatus } from '@nestjs/common';
import { GqlExceptionFilter } from '@nestjs/graphql';
import type { FastifyReply } from 'fastify';
import { DomainError, ErrorCode } from './domain-error';

export const HTTP_STATUS: Record<ErrorCode, number> = {
  [ErrorCode.BAD_USER_INPUT]: HttpStatus.BAD_REQUEST,
  [ErrorCode.NOT_FOUND]: HttpStatus.NOT_FOUND,
  [ErrorCode.FORBIDDEN]: HttpStatus.FORBIDDEN,
  [ErrorCode.UNAUTHENTICATED]: HttpStatus.UNAUTHORIZED,
  [ErrorCode.CONFLICT]: HttpStatus.CONFLICT,
  [ErrorCode.TOO_MANY_REQUESTS]: HttpStatus.TOO_MANY_REQUESTS,
  [ErrorCode.SERVICE_UNAVAILABLE]: HttpStatus.SERVICE_UNAVAILABLE,
  [ErrorCode.INTERNAL_SERVER_ERROR]: HttpStatus.INTERNAL_SERVER_ERROR,
};

/**
 * Domain errors are expected outcomes, not failures: in GraphQL they go to the error formatter unlogged; on HTTP
 * routes (downloads) they become a JSON body with the matching status.
 */
@Catch(DomainError)
export class DomainErrorFilter implements GqlExceptionFilter {
  catch(error: DomainError, host: ArgumentsHost): unknown {
    if (host.getType<string>() === 'graphql') return error;
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    return reply.code(HTTP_STATUS[error.code]).send({ message: error.message, ...error.extensions });
  }
}
