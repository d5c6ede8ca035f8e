// Text fields that are stored and shown: no control characters (PostgreSQL rejects NUL; terminals and logs misrender the rest).
import { Type } from '@sinclair/typebox';

export const DisplayText = (options: { minLength: number; maxLength: number }) =>
  Type.String({ ...options, pattern: '^[^\\u0000-\\u001f\\u007f]*$' });
