// A posted flow form as the engine's submission body: the fields the step's schema names, validated by that same schema.
import { SubmitFlowBody } from '@tessera/protocol';
import type { FastifyRequest } from 'fastify';
import type { FormValues } from './form-data.js';

interface MemberSchema {
  properties: Record<string, { type?: string; const?: string }>;
  required?: string[];
}

// The schema is the one list of what each step takes, so the portal names no step's fields itself.
const MEMBERS = new Map<string, MemberSchema>(
  (SubmitFlowBody.anyOf as unknown as MemberSchema[]).map((m) => [m.properties.step?.const ?? '', m]),
);

export type Submission =
  | { ok: true; body: SubmitFlowBody }
  | { ok: false; field?: 'email' };

export function submissionOf(request: FastifyRequest, form: FormValues): Submission {
  const member = MEMBERS.get(form.step ?? '');
  if (!member) return { ok: false };
  const body: Record<string, unknown> = { step: form.step };
  for (const [name, schema] of Object.entries(member.properties)) {
    const value = form[name];
    if (name === 'step' || value === undefined) continue;
    // An empty optional box is "not given", as a JSON client would leave it out.
    if (value === '' && !member.required?.includes(name)) continue;
    body[name] = schema.type === 'integer' && /^\d{1,9}$/.test(value) ? Number(value) : value;
  }
  // Fastify's own validator, configured as for the JSON routes: the engine gets exactly what the API would let through.
  if (request.validateInput(body, SubmitFlowBody as object)) return { ok: true, body: body as SubmitFlowBody };
  const email = body.email;
  return typeof email === 'string' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) ? { ok: false, field: 'email' } : { ok: false };
}
