// Fastify's response serializers compiled once per process, whatever number of apps it builds (tests, two instances).
import { SerializerSelector } from '@fastify/fast-json-stringify-compiler';

type Factory = ReturnType<typeof SerializerSelector>;

// fast-json-stringify's output depends only on the schema, the shared schemas and the options, so two apps built from
// the same routes can share the functions. Compiling them was about 0.5 CPU-s of each app's ~0.85 s start (measured
// on the test servers); a deployed process builds one app and is unchanged. Bounded by the routes' distinct schemas.
const compiled = new Map<string, ReturnType<ReturnType<Factory>>>();

/** For `Fastify({ schemaController: { compilersFactory: { buildSerializer } } })`. */
export const buildSerializer: Factory = (externalSchemas, options) => {
  const build = SerializerSelector()(externalSchemas, options);
  const shared = JSON.stringify([externalSchemas, options]);
  return (route) => {
    const key =
      shared + JSON.stringify([route.schema, route.httpStatus, (route as { contentType?: string }).contentType]);
    let serialize = compiled.get(key);
    if (!serialize) compiled.set(key, (serialize = build(route)));
    return serialize;
  };
};
