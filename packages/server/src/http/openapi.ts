// The OpenAPI document's route-derived parts: `security` from how a route is protected, a stable `operationId` from its method and path.
import type { FastifyInstance, RouteOptions } from 'fastify';

const REQUIRES_SESSION = Symbol('tessera.requiresSession');

/** Marks a hook as the one that admits only requests with a session, so the document can say so. */
export function marksSession<T extends object>(hook: T): T {
  return Object.assign(hook, { [REQUIRES_SESSION]: true });
}

const hooks = (value: unknown): unknown[] => (Array.isArray(value) ? value : value ? [value] : []);
const needsSession = (route: RouteOptions) =>
  [route.onRequest, route.preHandler]
    .flatMap(hooks)
    .some((hook) => typeof hook === 'function' && REQUIRES_SESSION in hook);

/** `POST /v1/flows/:flowId` → `postFlowsByFlowId`: derived, so it changes only when the route does. */
function operationIdOf(method: string, url: string): string {
  const words = url
    .replace(/^\/v1\//, '/')
    .split('/')
    .filter(Boolean)
    .map((segment) => (segment.startsWith(':') ? `by-${segment.slice(1)}` : segment))
    .flatMap((segment) => segment.split(/[-_]/))
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1));
  return `${method.toLowerCase()}${words.join('')}`;
}

/** Registered before the routes: fills in what each documented route's own options imply. */
export function describeRoutes(app: FastifyInstance): void {
  app.addHook('onRoute', (route) => {
    const schema = route.schema as (Record<string, unknown> & { hide?: boolean }) | undefined;
    if (!schema || schema.hide) return;
    const method = Array.isArray(route.method) ? route.method[0]! : route.method;
    schema.operationId ??= operationIdOf(method, route.url);
    // Public operations say so with an empty list, so a missing `security` is never ambiguous.
    schema.security ??= needsSession(route) ? [{ bearer: [] }] : [];
  });
}
