// Operator API tokens: created with a name and scopes (shown once), authenticated by keyed hash, listed and revoked.
import { newId, newToken, type Clock, type Secrets, type UnitOfWork } from '../common/index.js';
import type { AuditLog } from '../audit/index.js';
import { parseScopes, type OperatorScope } from './scopes.js';
import type { OperatorTokenRecord, OperatorTokenStore } from './token-store.js';

export const OPERATOR_TOKEN_PREFIX = 'tsk';
const TOKEN_SHAPE = /^tsk_[A-Za-z0-9_-]{43}$/;
const HASH_PURPOSE = 'operator-token';
/** Last use is informational: written at most this often per token, so authenticating stays a read. */
export const LAST_USED_INTERVAL_MS = 60_000;

/** Who made an operator call: the token's id (for audit), its name and what it may do. */
export interface OperatorPrincipal {
  tokenId: string;
  name: string;
  scopes: OperatorScope[];
}

/** A token as listed: never its secret or hash. */
export interface OperatorTokenSummary {
  id: string;
  name: string;
  scopes: OperatorScope[];
  createdAt: number;
  lastUsedAt: number | null;
  revokedAt: number | null;
}

export type OperatorResult<T extends object> = ({ ok: true } & T) | { ok: false; problem: string };

export interface OperatorTokens {
  /** The token is returned once, here: only its keyed hash is stored. */
  create(input: {
    name: string;
    scopes: string | readonly string[];
  }): Promise<OperatorResult<{ token: string; summary: OperatorTokenSummary }>>;
  list(options?: { live?: boolean }): Promise<OperatorTokenSummary[]>;
  get(id: string): Promise<OperatorTokenSummary | undefined>;
  revoke(id: string): Promise<OperatorResult<{ summary: OperatorTokenSummary }>>;
  /**
   * Wrong, malformed, unknown and revoked tokens get one answer (`UNAUTHENTICATED`), so nothing tells a caller which
   * tokens exist.
   */
  authenticate(
    token: string | undefined,
  ): Promise<({ ok: true } & OperatorPrincipal) | { ok: false; code: 'UNAUTHENTICATED' }>;
}

const summarize = (r: OperatorTokenRecord): OperatorTokenSummary => ({
  id: r.id,
  name: r.name,
  scopes: r.scopes as OperatorScope[],
  createdAt: r.createdAt,
  lastUsedAt: r.lastUsedAt,
  revokedAt: r.revokedAt,
});

export function createOperatorTokens(deps: {
  store: OperatorTokenStore;
  secrets: Secrets;
  clock: Clock;
  audit: AuditLog;
  unitOfWork: UnitOfWork;
  onError?: (error: unknown) => void;
}): OperatorTokens {
  const { store, secrets, clock } = deps;
  return {
    async create(input) {
      const name = input.name.trim();
      if (name.length === 0 || name.length > 80) return { ok: false, problem: 'name: 1 to 80 characters' };
      const scopes = parseScopes(input.scopes);
      if (!scopes.ok) return scopes;
      const token = newToken(OPERATOR_TOKEN_PREFIX);
      const record: OperatorTokenRecord = {
        id: newId('opt'),
        name,
        tokenHash: secrets.keyedHash(HASH_PURPOSE, token),
        scopes: scopes.scopes,
        createdAt: clock.now(),
        lastUsedAt: null,
        revokedAt: null,
      };
      await deps.unitOfWork.run(async () => {
        await store.insert(record);
        await deps.audit.record('operator_token.created', {
          accountId: null,
          details: { tokenId: record.id, name, scopes: record.scopes },
        });
      });
      return { ok: true, token, summary: summarize(record) };
    },

    list: async (options) => (await store.list(options)).map(summarize),
    get: async (id) => {
      const found = await store.find(id);
      return found && summarize(found);
    },

    async revoke(id) {
      const now = clock.now();
      const revoked = await deps.unitOfWork.run(async () => {
        if (!(await store.revoke(id, now))) return false;
        await deps.audit.record('operator_token.revoked', { accountId: null, details: { tokenId: id } });
        return true;
      });
      const found = await store.find(id);
      if (!found) return { ok: false, problem: `no token ${id} (see: admin tokens list)` };
      if (!revoked) return { ok: false, problem: `token ${id} was revoked already` };
      return { ok: true, summary: summarize(found) };
    },

    async authenticate(token) {
      if (!token || !TOKEN_SHAPE.test(token)) return { ok: false, code: 'UNAUTHENTICATED' };
      const found = await store.findByHash(secrets.keyedHash(HASH_PURPOSE, token));
      // The hash was looked up by equality; compare again in constant time so a near-miss index read proves nothing.
      if (!found || found.revokedAt !== null || !secrets.verifyKeyedHash(HASH_PURPOSE, token, found.tokenHash))
        return { ok: false, code: 'UNAUTHENTICATED' };
      const now = clock.now();
      if (found.lastUsedAt === null || now - found.lastUsedAt >= LAST_USED_INTERVAL_MS) {
        // Bookkeeping only: a failed write never refuses a valid token.
        await store.touch(found.id, now, now - LAST_USED_INTERVAL_MS).catch((error: unknown) => deps.onError?.(error));
      }
      return { ok: true, tokenId: found.id, name: found.name, scopes: found.scopes as OperatorScope[] };
    },
  };
}
