// Helpers for the bad-input, fuzz and enumeration suites: raw requests, catalog-error checks and a store snapshot.
import assert from 'node:assert/strict';
import { ERROR_CATALOG, isErrorCode, type ErrorCode } from '@tessera/protocol';
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
    method: r.method as 'GET', url: r.url, headers, remoteAddress: r.ip ?? '127.0.0.1',
    ...(r.payload !== undefined ? { payload: r.payload } : {}),
  });
  let body: unknown;
  try { body = res.body ? JSON.parse(res.body) : undefined; } catch { body = undefined; }
  return { status: res.statusCode, text: res.body, body, headers: res.headers };
}

export const describeRequest = (r: RawRequest) => {
  const payload = r.payload === undefined ? '' : typeof r.payload === 'string' ? r.payload : Buffer.isBuffer(r.payload) ? `<${r.payload.length} bytes>` : JSON.stringify(r.payload);
  return `${r.method} ${r.url} [${r.contentType ?? '-'}] ${payload.length > 200 ? `${payload.slice(0, 200)}… (${payload.length})` : payload}`;
};

/** Text a client must never see: stack frames, source paths, framework or driver names, SQL. */
const INTERNAL_TEXT = /\n\s+at |node_modules|\.[cm]?[jt]s:\d|\bFST_|\bERR_[A-Z]|Error:|\bstack\b|sqlite|postgres|kysely|\bselect\s+["*]|\binsert\s+into\b|\bupdate\s+"|statusCode/i;

/** The `error` member of a refusal: a catalog code whose status is the response's, a message and its id, nothing else. */
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
  assert.equal(error.messageId, ERROR_CATALOG[error.code as ErrorCode].message, `messageId is not the code's: ${where}`);
  for (const key of Object.keys(error)) assert.ok(['code', 'message', 'messageId', 'details'].includes(key), `unexpected error.${key}: ${where}`);
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

const COUNTED = ['accounts', 'flows', 'sessions', 'pending_factors', 'outbox', 'audit_events', 'devices', 'app_connections', 'risk_blocks'] as const;

/**
 * What a request could have changed: row counts, every flow's step/version/state, every account, every session's revocation.
 * Request-rate counters (risk_events) and session last-seen times are left out: reading them is not a change.
 */
export async function snapshot(s: TestServer) {
  const db = s.tessera.database.db;
  const counts: Record<string, number> = {};
  for (const table of COUNTED) {
    const row = await db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    counts[table] = Number(row.n);
  }
  const flows = await db.selectFrom('flows').select(['id', 'step', 'version', 'state', 'completed_at']).orderBy('id').execute();
  const accounts = await db.selectFrom('accounts').selectAll().orderBy('id').execute();
  const sessions = await db.selectFrom('sessions').select(['id', 'revoked_at', 'expires_at']).orderBy('id').execute();
  return { counts, flows, accounts, sessions };
}
