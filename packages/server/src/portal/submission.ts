// A posted flow form as the engine's submission body: the fields the step's schema names, validated by that same schema.
import { SubmitFlowBody } from '@tessera/protocol';
import type { FastifyRequest } from 'fastify';
import type { FormValues } from './form-data.js';

interface MemberSchema {
  properties: Record<string, { type?: string; const?: string }>;
  required?: string[];
}

// The schema is the one list of what each step takes, so the portal names no step's fields itself. A step may take
// several shapes (credentials, or a request for a new challenge); the first the form fits is the submission, shapes
// naming an action tried first, so the button pressed decides even when the other fields would fit another shape.
const MEMBERS = new Map<string, MemberSchema[]>();
for (const m of SubmitFlowBody.anyOf as unknown as MemberSchema[]) {
  const step = m.properties.step?.const ?? '';
  const list = [...(MEMBERS.get(step) ?? []), m];
  MEMBERS.set(
    step,
    list.sort((a, b) => Number('action' in b.properties) - Number('action' in a.properties)),
  );
}

function bodyFor(member: MemberSchema, form: FormValues): Record<string, unknown> {
  const body: Record<string, unknown> = { step: form.step };
  for (const [name, schema] of Object.entries(member.properties)) {
    const value = form[name];
    if (name === 'step' || value === undefined) continue;
    // An empty optional box is "not given", as a JSON client would leave it out.
    if (value === '' && !member.required?.includes(name)) continue;
    body[name] = schema.type === 'integer' && /^\d{1,9}$/.test(value) ? Number(value) : value;
  }
  return body;
}

export type Submission = { ok: true; body: SubmitFlowBody } | { ok: false; field?: 'email' };

export function submissionOf(request: FastifyRequest, form: FormValues): Submission {
  const members = MEMBERS.get(form.step ?? '') ?? [];
  if (members.length === 0) return { ok: false };
  const bodies = members.map((member) => bodyFor(member, form));
  // Fastify's own validator, configured as for the JSON routes: the engine gets exactly what the API would let through.
  const valid = bodies.find((body) => request.validateInput(body, SubmitFlowBody as object));
  if (valid) return { ok: true, body: valid as SubmitFlowBody };
  const email = bodies.find((body) => 'email' in body)?.email;
  return typeof email === 'string' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)
    ? { ok: false, field: 'email' }
    : { ok: false };
}
