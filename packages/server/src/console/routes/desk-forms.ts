// Reading the desk's forms: every value of a repeated field (checkboxes), and whole numbers typed into a field.
import type { FastifyRequest } from 'fastify';

/** All string values of `name` (a form parser gives one string or a list when a field repeats), at most `max`. */
export function valuesOf(request: FastifyRequest, name: string, max = 50): string[] {
  const body = request.body as Record<string, unknown> | undefined;
  const raw = body?.[name];
  const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  return list.filter((v): v is string => typeof v === 'string').slice(0, max);
}

/** A whole number typed in a field (digits only, at most 9 of them), or undefined. */
export function wholeNumber(value: string | undefined): number | undefined {
  const text = value?.trim() ?? '';
  return /^[0-9]{1,9}$/.test(text) ? Number(text) : undefined;
}
