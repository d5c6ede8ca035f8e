// Check-in: an app presents its device credential and gets its license token back. The hot path (answer unchanged)
// is one indexed read, or none when the answer is cached, with no write and no signature: the token last issued is
// handed back as it is. The token is re-signed only when the entitlement it states changed or it has passed
// `reissueFraction` of its lifetime; the credential rotates then, and only then (see "Credential rotation" below).
// Last-seen is buffered (last-seen-buffer.ts). Outcomes are values; only the caller turns them into HTTP.
//
// Credential rotation — why "rotate when the token is re-issued" and not signed requests (issue 9, measured on this
// machine with scripts in the issue's note: HMAC-SHA256 keyed hash ≈ 4 µs, Ed25519 verify ≈ 220 µs, sign ≈ 60 µs
// per operation with node:crypto). A key pair made by the SDK at connect would add a verify (≈ 50× the hash) to
// every check-in, and still need a nonce or timestamp store to refuse a replayed request; it protects a credential
// that leaks in transit or from a log, not one copied off the device with its private key. Rotating at re-issue keeps
// the hot path at one keyed hash and keeps the detection we had: a copied credential is caught at the first
// re-issue after the copy, when the second holder presents the credential the first one already rotated away (past
// the one lost-answer replay within `deviceCredentialGraceSeconds`), and the connection is ended for both.
import { licenseFingerprint } from '@tessera/protocol';
import type { Clock } from '../common/index.js';
import type { LicenseClaims } from '../licensing/index.js';
import type { AppConnectionRecord, DeviceStore } from './device-store.js';
import { isDeviceCredential, type DeviceService } from './device-service.js';
import type { CheckInRow, CheckInStore } from './check-in-store.js';
import { tags, type CheckInCache } from './check-in-cache.js';
import type { ChangeNotices } from './change-notices.js';
import { entitlementKey, type Entitlement, type createEntitlements } from './check-in-entitlement.js';
import type { LastSeenBuffer } from './last-seen-buffer.js';
import type { ReadAdmission } from './read-admission.js';

export type { EntitlementPort } from './check-in-entitlement.js';

export interface LicenseSigner {
  issue(claims: LicenseClaims): Promise<{ token: string; expiresAt: number }>;
  /** The signing key of new tokens (kept in memory by the key cache). */
  currentKid(): Promise<string>;
}

/** The `kid` in a token's header, or undefined. */
function kidOf(token: string): string | undefined {
  try {
    const header = JSON.parse(Buffer.from(token.slice(0, token.indexOf('.')), 'base64url').toString()) as unknown;
    return typeof (header as { kid?: unknown }).kid === 'string' ? (header as { kid: string }).kid : undefined;
  } catch {
    return undefined;
  }
}

export interface CheckInLicense {
  token: string;
  expiresAt: number;
  planId: string;
  planName: string;
  features: string[];
  subscriptionId: string | null;
}

/**
 * The answer to an app that holds the token it would be handed (it named it in `LICENSE_HELD_HEADER`): the verdict
 * alone. This is also all the cache keeps of an answer, and a hit returns the kept object itself (never changed once
 * made): no token, no credential (with its tags and their index, ~0.7 KB a cached answer in the bench). An app that
 * does not name its token (an older SDK) is answered in full from the database.
 */
export interface UnchangedAnswer {
  readonly ok: true;
  readonly unchanged: true;
  readonly code: 'VALID' | 'FELL_BACK_TO_FREE';
  /** Several subscriptions fit this app on Free: the person picks one on the portal's device page. */
  readonly choicePending: boolean;
  readonly connection: Readonly<Pick<AppConnectionRecord, 'id' | 'deviceId'>>;
  /** `licenseFingerprint` of the token the app holds. */
  readonly fingerprint: string;
}

export type CheckInOutcome =
  | {
      ok: true;
      unchanged?: undefined;
      code: 'VALID' | 'FELL_BACK_TO_FREE';
      credential: string;
      connection: Pick<AppConnectionRecord, 'id' | 'deviceId' | 'accountId' | 'appId' | 'planId' | 'subscriptionId'>;
      license: CheckInLicense;
      /** Several subscriptions fit this app on Free: the person picks one on the portal's device page. */
      choicePending: boolean;
    }
  | UnchangedAnswer
  | { ok: false; code: 'DEVICE_CREDENTIAL_INVALID' | 'DEVICE_DISCONNECTED' | 'ACCOUNT_DISABLED' }
  | Shed;

/** The instance is shedding load (read-admission.ts): the app comes back after `retryAfterSeconds`. */
export interface Shed {
  readonly ok: false;
  readonly code: 'UNAVAILABLE';
  readonly retryAfterSeconds: number;
}

type Answer = Omit<Extract<CheckInOutcome, { ok: true; unchanged?: undefined }>, 'credential'>;

export function createCheckIn(deps: {
  checkInStore: CheckInStore;
  store: DeviceStore;
  devices: DeviceService;
  settle: ReturnType<typeof createEntitlements>;
  licenses: LicenseSigner;
  clock: Clock;
  cache: CheckInCache<UnchangedAnswer>;
  notices: ChangeNotices;
  lastSeen: LastSeenBuffer;
  /** Which check-ins that need the database go ahead now (load shedding); a cached answer never asks. */
  admission: ReadAdmission;
  /** A credential just replaced still works this long (config `deviceCredentialGraceSeconds`), so a lost response does not strand the app. */
  previousCredentialGraceMs: number;
  /** Share of a token's lifetime after which an unchanged one is re-signed (config `checkIn.reissuePercent`). */
  reissueFraction: number;
  /** Longest a cached answer is used without a change notice (config `checkIn.cacheSeconds`). */
  cacheMs: number;
  /** A cached answer notes its app as seen at most this often (config `checkIn.lastSeenGranularitySeconds`). */
  lastSeenGranularityMs: number;
}) {
  const { checkInStore, devices, clock, cache } = deps;

  const answer = (row: CheckInRow, e: Entitlement, license: { token: string; expiresAt: number }): Answer => ({
    ok: true,
    code: e.fellBack && e.subscriptionId === null ? 'FELL_BACK_TO_FREE' : 'VALID',
    connection: {
      id: row.connectionId,
      deviceId: row.deviceId,
      accountId: row.accountId,
      appId: row.appId,
      planId: e.planId,
      subscriptionId: e.subscriptionId,
    },
    license: {
      token: license.token,
      expiresAt: license.expiresAt,
      planId: e.planId,
      planName: e.planName,
      features: e.features,
      subscriptionId: e.subscriptionId,
    },
    choicePending: e.choicePending,
  });

  const shortened = (answer: Answer): UnchangedAnswer => ({
    ok: true,
    unchanged: true,
    code: answer.code,
    choicePending: answer.choicePending,
    connection: { id: answer.connection.id, deviceId: answer.connection.deviceId },
    fingerprint: licenseFingerprint(answer.license.token),
  });

  const sign = (row: CheckInRow, e: Entitlement) =>
    deps.licenses.issue({
      accountId: row.accountId,
      deviceId: row.deviceId,
      appId: row.appId,
      planId: e.planId,
      planName: e.planName,
      features: e.features,
      subscriptionId: e.subscriptionId,
      subscriptionEndsAt: e.endsAt,
      choicePending: e.choicePending,
    });

  /**
   * The credential just rotated away came back. Once within the grace (a lost answer), it gets the very successor
   * and token it lost; after the grace, a second time, or once its successor was handed out twice, someone kept a
   * copy: the connection ends.
   */
  async function replayed(row: CheckInRow, credential: string, now: number): Promise<CheckInOutcome> {
    const next = devices.nextCredential(credential);
    const lost =
      !row.revoked &&
      devices.credentialHash(next) === row.credentialHash &&
      (await deps.store.replayPreviousCredential(
        row.connectionId,
        devices.credentialHash(credential),
        now - deps.previousCredentialGraceMs,
      ));
    if (!lost) {
      await deps.store.revokeConnection(row.connectionId, now);
      return { ok: false, code: 'DEVICE_CREDENTIAL_INVALID' };
    }
    const e = await deps.settle(row, now);
    const license = row.license && row.license.key === entitlementKey(e) ? row.license : await sign(row, e);
    return { ...answer(row, e, license), credential: next };
  }

  /**
   * An answer the cache holds, or a refusal under load, comes back as a value, with no promise (the fast lane writes
   * it in the same tick); any other check-in as a promise. Callers `await` either. `held`: the fingerprint of the
   * token the app says it holds.
   */
  function checkIn(credential: string, held?: string): UnchangedAnswer | Shed | Promise<CheckInOutcome> {
    if (!isDeviceCredential(credential)) return Promise.resolve({ ok: false, code: 'DEVICE_CREDENTIAL_INVALID' });
    const now = clock.now();
    const cacheKey = cache.keyOf(credential);
    const entry = cache.get(cacheKey, now);
    // The cache keeps no token: an app that does not hold the one it would get is answered from the database.
    if (!entry || entry.value.fingerprint !== held) return admitted(credential, cacheKey, held, now);
    deps.lastSeen.tally(now);
    const cached = entry.value;
    // A row written per check-in was most of what a large fleet cost the database (docs/scale.md): a time already
    // noted within the granularity is not noted again (the flush's SQL holds the same rule for what it stored).
    if (now - entry.seenNotedAt > deps.lastSeenGranularityMs) {
      entry.seenNotedAt = now;
      deps.lastSeen.note(cached.connection.deviceId, cached.connection.id, now);
    }
    return cached;
  }

  /**
   * A check-in that needs the database, when the instance keeps up; else told when to come back, as a value like a
   * cached answer: a refusal is what a busy instance sends most, and through the error path it cost 69 µs of server
   * CPU, a third of a read; as a value with its bytes made once, 38–42 (docs/scale-rounds.md, "Twenty-sixth round").
   */
  function admitted(
    credential: string,
    cacheKey: string,
    held: string | undefined,
    now: number,
  ): Shed | Promise<CheckInOutcome> {
    const retryAfterSeconds = deps.admission.enter();
    if (retryAfterSeconds !== undefined) return { ok: false, code: 'UNAVAILABLE', retryAfterSeconds };
    return read(credential, cacheKey, held, now).finally(deps.admission.leave);
  }

  async function read(
    credential: string,
    cacheKey: string,
    held: string | undefined,
    now: number,
  ): Promise<CheckInOutcome> {
    const epoch = cache.epoch();
    const hash = devices.credentialHash(credential);
    const row = await checkInStore.read(hash);
    if (!row) return { ok: false, code: 'DEVICE_CREDENTIAL_INVALID' };
    if (!row.current) return replayed(row, credential, now);
    if (row.revoked) return { ok: false, code: 'DEVICE_DISCONNECTED' };
    // Read in the same statement: refusing a disabled account costs the hot path nothing.
    if (row.accountDisabled) return { ok: false, code: 'ACCOUNT_DISABLED' };

    const e = await deps.settle(row, now);
    const key = entitlementKey(e);
    const issued = row.license;
    const refreshAt = issued ? issued.issuedAt + (issued.expiresAt - issued.issuedAt) * deps.reissueFraction : 0;
    // As a cached answer does, by what is stored: an app answered from the database (an older SDK, the cache off or
    // on another instance) is noted only past the granularity, so the flush has no row to look up for it.
    if (now - row.lastCheckInAt > deps.lastSeenGranularityMs) deps.lastSeen.note(row.deviceId, row.connectionId, now);
    deps.lastSeen.tally(now);

    const depends = [
      tags.connection(row.connectionId),
      tags.device(row.deviceId),
      tags.account(row.accountId),
      ...e.tags,
    ];
    /** Keeps `value` under the cache's `key` of a credential while nothing it depends on changes (`since`: see `epoch`). */
    const keep = (key: string, value: UnchangedAnswer, refreshAt: number, since: number) => {
      if (e.wrote) return;
      const validUntil = Math.min(refreshAt, now + deps.cacheMs, e.changesAt ?? Infinity);
      cache.set(key, { value, tags: depends, validUntil, seenNotedAt: now }, since);
    };

    // A token under a retired signing key is re-issued too (an operator rotated the key).
    if (issued && issued.key === key && now < refreshAt && kidOf(issued.token) === (await deps.licenses.currentKid())) {
      // Unchanged: the token already issued, the same credential, nothing written.
      const value = answer(row, e, issued);
      const short = shortened(value);
      keep(cacheKey, short, refreshAt, epoch);
      return held === short.fingerprint ? short : { ...value, credential };
    }

    // Re-issue: a new token, and the credential rotates with it (the one write and signature of this path).
    const license = await sign(row, e);
    const next = devices.nextCredential(credential);
    const nextHash = devices.credentialHash(next);
    const rotated = await checkInStore.rotateWithLicense(row.connectionId, hash, nextHash, now, {
      token: license.token,
      issuedAt: now,
      expiresAt: license.expiresAt,
      key,
    });
    if (rotated) {
      // Other instances may hold an answer for the credential just rotated away: it must meet the replay rule now.
      const undisturbed = !cache.changedSince(depends, epoch);
      deps.notices.changed([tags.connection(row.connectionId)]);
      const value = answer(row, e, license);
      // The new credential's answer is kept at once, unless a change to what it depends on came during this
      // check-in: else the app's next check-in would read the row just written, and a fleet would pay that read once
      // per re-issue. Only this check-in's own notice ran since `undisturbed` was taken (no await in between).
      if (undisturbed) {
        const nextRefreshAt = now + (license.expiresAt - now) * deps.reissueFraction;
        keep(cache.keyOf(next), shortened(value), nextRefreshAt, cache.epoch());
      }
      return { ...value, credential: next };
    }
    // A concurrent check-in with the same credential rotated first: this one is held to the replay rule.
    const again = await checkInStore.read(hash);
    if (!again || again.current) return { ok: false, code: 'DEVICE_CREDENTIAL_INVALID' };
    return replayed(again, credential, now);
  }

  return checkIn;
}

export type CheckIn = ReturnType<typeof createCheckIn>;
