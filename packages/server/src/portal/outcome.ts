// Turns a refused operation (a catalog code) into the error the page shows, attached to the field it concerns.
import { ERROR_CATALOG, type ErrorCode } from '@tessera/protocol';
import type { Refusal } from '../errors/index.js';
import type { PortalContext } from './context.js';
import type { FieldError } from './ui/forms.js';

export type { Refusal } from '../errors/index.js';

export function refusalError(
  ctx: PortalContext,
  refusal: Refusal,
  fields: Partial<Record<ErrorCode, string>> = {},
  fallbackField?: string,
): FieldError {
  const field = fields[refusal.code] ?? fallbackField;
  return { text: ctx.m(ERROR_CATALOG[refusal.code].message, refusal.context), ...(field ? { field } : {}) };
}

/** The HTTP status the API would answer with for the same refusal. */
export const statusOf = (refusal: Refusal) => ERROR_CATALOG[refusal.code].status;
