// Query strings are text: a parameter a route declares as an integer or a boolean is converted before validation,
// so `?limit=1` means 1 as the OpenAPI document says. Bodies stay strict (JSON carries its own types).
import type { FastifyInstance, FastifyRequest } from 'fastify';

type PropertySchema = { type?: string | string[]; anyOf?: PropertySchema[] };

const INTEGER = /^-?\d{1,15}$/;
const NUMBER = /^-?\d+(\.\d+)?$/;

const typesOf = (schema: PropertySchema): string[] =>
  schema.anyOf
    ? schema.anyOf.flatMap(typesOf)
    : Array.isArray(schema.type)
      ? schema.type
      : schema.type
        ? [schema.type]
        : [];

/** The value `text` stands for under the declared types; the text itself when it stands for none (validation then says so). */
function coerce(text: string, types: string[]): unknown {
  if (types.includes('integer') && INTEGER.test(text)) return Number(text);
  if (types.includes('number') && NUMBER.test(text)) return Number(text);
  if (types.includes('boolean') && (text === 'true' || text === 'false')) return text === 'true';
  return text;
}

export function installQueryCoercion(app: FastifyInstance): void {
  app.addHook('preValidation', (request: FastifyRequest, _reply, done) => {
    const schema = request.routeOptions.schema?.querystring as
      { properties?: Record<string, PropertySchema> } | undefined;
    const query = request.query as Record<string, unknown> | undefined;
    if (schema?.properties && query)
      for (const [name, property] of Object.entries(schema.properties)) {
        const value = query[name];
        if (typeof value === 'string') query[name] = coerce(value, typesOf(property));
      }
    done();
  });
}
