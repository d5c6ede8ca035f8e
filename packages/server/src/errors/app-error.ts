// The exception for broken requests: it carries only a catalog code and safe details, never internals.
import { ERROR_CATALOG, translate, type ErrorCode, type Locale } from '@tessera/protocol';

export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    readonly details?: Record<string, unknown>,
    readonly retryAfterSeconds?: number,
  ) {
    super(code);
    this.name = 'AppError';
    this.status = ERROR_CATALOG[code].status;
  }
}

/** The client-facing body for a code: the catalog message in the request's locale. */
export function errorBody(
  code: ErrorCode,
  locale: Locale,
  details?: Record<string, unknown>,
  context?: Record<string, string | number>,
  retryAfterSeconds?: number,
) {
  const messageId = ERROR_CATALOG[code].message;
  return {
    error: {
      code,
      message: translate(messageId, locale, context),
      messageId,
      ...(details ? { details } : {}),
      ...(retryAfterSeconds !== undefined ? { retryAfterSeconds } : {}),
    },
  };
}
