// What every operator route declares: its scope (checked first, and named in the document), tag, security and operationId.
import { Type, type TString } from '@sinclair/typebox';
import { ErrorBody } from '@tessera/protocol';
import type { WebServices } from '../web/index.js';
import type { OperatorScope } from '../operators/index.js';
import { requireOperator } from './auth.js';

// Ids are a prefix and base64url: the pattern keeps bytes PostgreSQL refuses (a 500) away from the stores.
export const Id = () => Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_-]+$' });

export const IdParam = <N extends string>(name: N) =>
  Type.Object({ [name]: Id() } as Record<N, TString>, { additionalProperties: false });

export const errors = { '4xx': ErrorBody };

/** A route's options: `operation(s, 'accounts:read', 'adminListAccounts', 'Search accounts', { querystring })`. */
export function operation<T extends object = object>(
  s: WebServices,
  scope: OperatorScope,
  operationId: string,
  summary: string,
  schema: T = {} as T,
) {
  return {
    onRequest: requireOperator(s, scope),
    schema: {
      ...schema,
      response: { ...errors, ...(schema as { response?: object }).response },
      tags: ['admin'],
      operationId,
      summary,
      description: `Needs the scope \`${scope}\`.`,
      security: [{ operatorToken: [] }],
    },
  };
}
