// Reading urlencoded form fields: one string per name, anything else (repeated names, missing) is absent.
import type { FastifyRequest } from 'fastify';

export type FormValues = Record<string, string>;

export function formOf(request: FastifyRequest): FormValues {
  const body = request.body;
  const values: FormValues = {};
  if (!body || typeof body !== 'object') return values;
  for (const [name, value] of Object.entries(body as Record<string, unknown>)) {
    if (typeof value === 'string') values[name] = value;
  }
  return values;
}

export function isFormPost(request: FastifyRequest): boolean {
  const type = request.headers['content-type'];
  return typeof type === 'string' && type.toLowerCase().startsWith('application/x-www-form-urlencoded');
}
