// The error envelope every 4xx/5xx response carries.
import { Type, type Static } from '@sinclair/typebox';
import { ERROR_CODES } from './errors.js';

export const ErrorBody = Type.Object(
  {
    error: Type.Object({
      code: Type.Union(ERROR_CODES.map((c) => Type.Literal(c))),
      message: Type.String(),
      messageId: Type.Integer(),
      details: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
      /** For refusals that pass with time (quotas, rate limits, waits): seconds until a retry can succeed, as in `Retry-After`. */
      retryAfterSeconds: Type.Optional(Type.Integer({ minimum: 1 })),
    }),
  },
  { title: 'ErrorBody' },
);
export type ErrorBody = Static<typeof ErrorBody>;
