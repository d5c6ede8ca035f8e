// Helpers for the bad-input, fuzz and enumeration suites: raw requests, catalog-error checks and a store snapshot.
import assert from 'node:assert/strict';
import { DEVICE_TOKEN_ERRORS, ERROR_CATALOG, isErrorCode, type ErrorCode } from '@tessera/protocol';
import type { TestServer } from '../support/test-server.js';

export interface RawRequest {
  method: string;
  url: string;
  /** Sent as is (a string is not re-encoded); an object is sent as JSON. */
  payload?: string | Buffer | object;
  /** The content-type header; omitted when undefined. */
  contentType?: string;
  /** A bearer token, or a whole authorization header when `authorization` is set. */
  token?: string;
  authorization?: string;
  ip?: string;
  headers?: Record<string, string>;
}

export interface RawReply {
  status: number;
  text: string;
  /** The parsed body, or undefined when it is not JSON. */
  body: any;
  headers: Record<string, unknown>;
}

export async function send(s: TestServer, r: RawRequest): Promise<RawReply> {
  const headers: Record<string, string> = { ...r.headers };
  if (r.contentType !== undefined) headers['content-type'] = r.contentType;
  if (r.authorization !== undefined) headers.authorization = r.authorization;
  else if (r.token !== undefined) headers.authorization = `Bearer ${r.token}`;
  const res = await s.tessera.app.inject({
    method: r.method as 'GET',
    url: r.url,
    headers,
    remoteAddress: r.ip ?? '127.0.0.1',
    ...(r.payload !== undefined ? { payload: r.payload } : {}),
  });
  let body: unknown;
  try {
    body = res.body ? JSON.parse(res.body) : undefined;
  } catch {
    body = undefined;
  }
  return { status: res.statusCode, text: res.body, body, headers: res.headers };
}

export const describeRequest = (r: RawRequest) => {
  const payload =
    r.payload === undefined
      ? ''
      : typeof r.payload === 'string'
        ? r.payload
        : Buffer.isBuffer(r.payload)
          ? `<${r.payload.length} bytes>`
          : JSON.stringify(r.payload);
  return `${r.method} ${r.url} [${r.contentType ?? '-'}] ${payload.length > 200 ? `${payload.slice(0, 200)}… (${payload.length})` : payload}`;
};

/** Text a client must never see: stack frames, source paths, framework or driver names, SQL. */
const INTERNAL_TEXT =
  /\n\s+at |node_modules|\.[cm]?[jt]s:\d|\bFST_|\bERR_[A-Z]|Error:|\bstack\b|sqlite|postgres|kysely|\bselect\s+["*]|\binsert\s+into\b|\bupdate\s+"|statusCode/i;

/** A device's poll of /v1/device/token refused with one of RFC 8628's own error values (documented, not the catalog's). */
export const isDevicePollAnswer = (url: string, reply: { status: number; body: any }) =>
  url.split('?')[0] === '/v1/device/token' &&
  reply.status === 400 &&
  (DEVICE_TOKEN_ERRORS as readonly string[]).includes(reply.body?.error);

/** The `error` member of a refusal: a catalog code whose status is the response's, a message and its id, its wait if any. */
export function assertCatalogError(reply: RawReply, context: string, expected?: ErrorCode): ErrorCode {
  const where = `${context} → ${reply.status} ${reply.text.slice(0, 300)}`;
  assert.ok(reply.status >= 400 && reply.status < 500, `expected a 4xx: ${where}`);
  assert.match(String(reply.headers['content-type']), /^application\/json/, `not JSON: ${where}`);
  const error = reply.body?.error;
  assert.ok(error && typeof error === 'object', `no error object: ${where}`);
  assert.ok(isErrorCode(error.code), `code not in the catalog: ${where}`);
  assert.equal(reply.status, ERROR_CATALOG[error.code as ErrorCode].status, `status is not the code's: ${where}`);
  assert.equal(typeof error.message, 'string', where);
  assert.ok(error.message.length > 0, where);
  assert.equal(
    error.messageId,
    ERROR_CATALOG[error.code as ErrorCode].message,
    `messageId is not the code's: ${where}`,
  );
  for (const key of Object.keys(error))
    assert.ok(
      ['code', 'message', 'messageId', 'details', 'retryAfterSeconds'].includes(key),
      `unexpected error.${key}: ${where}`,
    );
  // A wait is given twice, in the body and as Retry-After, and the two agree.
  if (error.retryAfterSeconds !== undefined || reply.headers['retry-after'] !== undefined)
    assert.equal(String(error.retryAfterSeconds), String(reply.headers['retry-after']), `wait mismatch: ${where}`);
  assert.doesNotMatch(reply.text, INTERNAL_TEXT, `internal text in the body: ${where}`);
  if (expected) assert.equal(error.code, expected, where);
  return error.code as ErrorCode;
}

/** A plain refusal: `{ error }` and nothing else (not a flow view carrying an error). */
export function assertRefused(reply: RawReply, context: string, expected?: ErrorCode): ErrorCode {
  const code = assertCatalogError(reply, context, expected);
  assert.deepEqual(Object.keys(reply.body), ['error'], `${context}: body has more than error`);
  return code;
}

/** Written by reads or by every request, not by what a request asks for: request-rate counters and last-seen times. */
// The request limiter reserves its slot, so its key's lock row (risk_keys) moves with every request too.
const VOLATILE_TABLES = new Set(['risk_events', 'risk_keys']);
const VOLATILE_COLUMNS = new Set(['last_seen_at']);

/** Every row of every table (tables added later included), sorted, without the volatile parts: what a request could change. */
export async function snapshot(s: TestServer): Promise<Record<string, string[]>> {
  const db = s.tessera.database.db;
  const tables = (await db.introspection.getTables())
    .filter((t) => !VOLATILE_TABLES.has(t.name))
    .map((t) => t.name)
    .sort();
  const out: Record<string, string[]> = {};
  for (const table of tables) {
    const rows = await db
      .selectFrom(table as 'flows')
      .selectAll()
      .execute();
    out[table] = rows
      .map((row) =>
        JSON.stringify(
          Object.entries(row)
            .filter(([k]) => !VOLATILE_COLUMNS.has(k))
            .map(([k, v]) => [k, String(v)]),
        ),
      )
      .sort();
  }
  return out;
}

/** Routes anyone may call; every other /v1 route is called with a live bearer token. */
const PUBLIC = new Set(['/v1/flows', '/v1/flows/:flowId', '/v1/dev/outbox', '/v1/keys', '/v1/check-in']);

/** The parts of JSON Schema the app's OpenAPI document uses. */
export interface Schema {
  type?: string;
  format?: string;
  enum?: unknown[];
  anyOf?: Schema[];
  properties?: Record<string, Schema>;
  required?: string[];
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
}
/** One variant of a body (a union has several): members with a single allowed value, then the other keys. */
export interface Shape {
  fixed: Record<string, unknown>;
  required: string[];
  optional: string[];
  schemas: Record<string, Schema>;
}
export interface ApiRoute {
  method: string;
  path: string;
  auth: boolean;
  shapes: Shape[];
  keys: string[];
  params: Record<string, Schema>;
  query: Record<string, Schema>;
}

interface OpenApi {
  paths: Record<
    string,
    Record<
      string,
      {
        parameters?: Array<{ in: string; name: string; schema: Schema }>;
        requestBody?: { content?: Record<string, { schema: Schema }> };
      }
    >
  >;
}

/** Every /v1 route of the app's OpenAPI document, so routes added later are covered too. */
export function documentedRoutes(s: TestServer): ApiRoute[] {
  const spec = s.tessera.app.swagger() as unknown as OpenApi;
  return Object.entries(spec.paths)
    .filter(([path]) => path.startsWith('/v1/'))
    .flatMap(([openPath, ops]) =>
      Object.entries(ops).map(([method, op]) => {
        const path = openPath.replace(/\{(\w+)\}/g, ':$1');
        const params: Record<string, Schema> = {};
        const query: Record<string, Schema> = {};
        for (const p of op.parameters ?? [])
          (p.in === 'path' ? params : p.in === 'query' ? query : {})[p.name] = p.schema;
        const body = op.requestBody?.content?.['application/json']?.schema;
        const shapes = (body ? (body.anyOf ?? [body]) : []).map((variant): Shape => {
          const props = variant.properties ?? {};
          const fixed = Object.fromEntries(
            Object.entries(props)
              .filter(([, sc]) => sc.enum?.length === 1)
              .map(([k, sc]) => [k, sc.enum![0]]),
          );
          const open = Object.keys(props).filter((k) => !(k in fixed));
          const required = open.filter((k) => variant.required?.includes(k));
          return { fixed, required, optional: open.filter((k) => !required.includes(k)), schemas: props };
        });
        return {
          method: method.toUpperCase(),
          path,
          auth: !PUBLIC.has(path),
          shapes,
          keys: [...new Set(shapes.flatMap((sh) => Object.keys(sh.schemas)))],
          params,
          query,
        };
      }),
    );
}
