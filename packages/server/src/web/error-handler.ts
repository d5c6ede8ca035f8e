// Maps every failure to a catalog code: framework errors by their code, AppError as is, the rest to INTERNAL.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { pickLocale, type ErrorCode } from '@tessera/protocol';
import { AppError, errorBody } from '../errors/index.js';

const FRAMEWORK_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'MALFORMED_REQUEST',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'MALFORMED_REQUEST',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'MALFORMED_REQUEST',
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_VALIDATION: 'VALIDATION_FAILED',
  FST_ERR_BAD_URL: 'NOT_FOUND',
  FST_ERR_MAX_PARAM_LENGTH: 'NOT_FOUND', // a path segment over the router's 100 characters names nothing
  FST_ERR_ASYNC_CONSTRAINT: 'MALFORMED_REQUEST',
};

export const localeOf = (request: FastifyRequest) => pickLocale(request.headers['accept-language']);

/** The catalog body of `error` in the language `acceptLanguage` asks for. */
export function bodyOfError(error: AppError, acceptLanguage: string | undefined) {
  const context = error.retryAfterSeconds !== undefined ? { seconds: error.retryAfterSeconds } : undefined;
  return errorBody(error.code, pickLocale(acceptLanguage), error.details, context, error.retryAfterSeconds);
}

export function sendError(reply: FastifyReply, request: FastifyRequest, error: AppError) {
  if (error.retryAfterSeconds !== undefined) reply.header('retry-after', String(error.retryAfterSeconds));
  return reply.code(error.status).send(bodyOfError(error, request.headers['accept-language']));
}

/** Classifies any failure as a catalog error: AppError as is, framework refusals by code or status, the rest INTERNAL. */
export function toAppError(error: FastifyError): AppError {
  if (error instanceof AppError) return error;
  if (error.validation) {
    // Field paths only: echoing values back could reflect secrets into logs and pages.
    const fields = [
      ...new Set(
        error.validation.map(
          (v) => v.instancePath || (v.params as { missingProperty?: string }).missingProperty || '/',
        ),
      ),
    ];
    return new AppError('VALIDATION_FAILED', { fields: fields.slice(0, 10), in: error.validationContext });
  }
  const mapped = error.code ? FRAMEWORK_CODES[error.code] : undefined;
  if (mapped) return new AppError(mapped);
  if (typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500) {
    return new AppError(
      error.statusCode === 413
        ? 'PAYLOAD_TOO_LARGE'
        : error.statusCode === 415
          ? 'UNSUPPORTED_MEDIA_TYPE'
          : 'MALFORMED_REQUEST',
    );
  }
  return new AppError('INTERNAL');
}

/** The error handler; also Fastify's `frameworkErrors` option, so router refusals (bad URL, over-long param) get catalog bodies. */
export function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const appError = toAppError(error);
  if (appError.code === 'INTERNAL' && !(error instanceof AppError))
    request.log.error({ err: error }, 'unhandled error');
  return sendError(reply, request, appError);
}

export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler(handleError);
  // JSON is the only body the API reads: text/plain (Fastify's other built-in parser) is refused with 415 like form posts.
  app.removeContentTypeParser('text/plain');
  app.setNotFoundHandler((request, reply) => sendError(reply, request, new AppError('NOT_FOUND')));
}
