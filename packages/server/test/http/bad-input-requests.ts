// The bad-input suite's generated requests: example values from the schemas, control characters in every field.
import { PASSWORD } from './bad-input-bodies.js';
import type { ApiRoute, RawRequest, Schema } from './http-support.js';

export const NUL = 'a\u0000b\u001fc';
/** A flow kind whose first step is this one: submissions meet a live flow instead of FLOW_NOT_FOUND. */
export const FIRST_STEP_KIND: Record<string, string> = {
  credentials: 'sign_in',
  details: 'sign_up',
  identify: 'recovery',
};
export const SESSION_ENDING = new Set(['POST /v1/sessions/sign-out', 'POST /v1/sessions/revoke-all']);

/** A value the schema accepts, good enough to carry a bad value in another field past validation. */
export function example(key: string, schema: Schema): unknown {
  if (schema.enum) return schema.enum[0];
  if (schema.anyOf) return example(key, schema.anyOf[0]!);
  if (schema.type === 'boolean') return true;
  if (schema.type === 'integer') return schema.minimum ?? 1;
  if (schema.type === 'object')
    return Object.fromEntries((schema.required ?? []).map((k) => [k, example(k, schema.properties?.[k] ?? {})]));
  const known: Record<string, string> = {
    email: 'alice@example.com',
    password: PASSWORD,
    currentPassword: PASSWORD,
    phone: '+12015550123',
    country: 'VN',
    appId: 'app.secure',
  };
  return (
    known[key] ??
    (schema.pattern && !new RegExp(schema.pattern).test('x') ? 'VN' : 'x'.repeat(Math.max(schema.minLength ?? 1, 1)))
  );
}

/** Each string the route reads (path parameter, query, body field, nested field) carrying NUL, the rest valid-looking. */
export function controlCharacterRequests(routes: ApiRoute[], token: string): Array<RawRequest & { what: string }> {
  const out: Array<RawRequest & { what: string }> = [];
  for (const route of routes) {
    const name = `${route.method} ${route.path}`;
    if (SESSION_ENDING.has(name)) continue;
    const path = (bad?: string) =>
      route.path.replace(/:(\w+)/g, (_m, p: string) => (p === bad ? encodeURIComponent(`${p}${NUL}`) : 'x_AAAAAAAA'));
    const base = { method: route.method, ...(route.auth ? { token } : {}) };
    for (const p of Object.keys(route.params)) out.push({ ...base, url: path(p), what: `${name} param ${p}` });
    for (const q of Object.keys(route.query))
      out.push({ ...base, url: `${path()}?${q}=${encodeURIComponent(NUL)}`, what: `${name} query ${q}` });
    for (const shape of route.shapes) {
      const valid = {
        ...shape.fixed,
        ...Object.fromEntries(shape.required.map((k) => [k, example(k, shape.schemas[k]!)])),
      };
      const strings = (schemas: Record<string, Schema>, prefix: string[]): string[][] =>
        Object.entries(schemas).flatMap(([k, sc]) =>
          sc.type === 'string' && !sc.enum
            ? [[...prefix, k]]
            : sc.type === 'object'
              ? strings(sc.properties ?? {}, [...prefix, k])
              : [],
        );
      for (const field of strings(shape.schemas, [])) {
        const body = structuredClone(valid) as Record<string, any>;
        let at = body;
        for (const k of field.slice(0, -1)) at = at[k] ??= {};
        at[field.at(-1)!] = NUL;
        out.push({
          ...base,
          url: path(),
          payload: body,
          what: `${name} body.${field.join('.')} (${JSON.stringify(shape.fixed)})`,
        });
      }
    }
  }
  return out;
}

export function swapCase(text: string): string {
  return [...text].map((c) => (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase())).join('');
}
