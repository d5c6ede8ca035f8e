// Device authorization (RFC 8628): a device asks for a code, a person finds the request by its user code in the
// portal and runs a connect flow that ends in "Approve"; the device polls and takes the connect's result once.
import type { DeviceCodeBody, DeviceCodeView, DeviceTokenError, FlowResult } from '@tessera/protocol';
import { newId, newToken, type Clock, type Secrets } from '../common/index.js';
import { refuse, type Outcome } from '../errors/index.js';
import { secondsUntil, type CounterStore } from '../risk/index.js';
import type { DeviceGrant, DeviceGrantStore } from './grant-store.js';
import { displayUserCode, newUserCode, parseUserCode } from './user-code.js';

export interface DeviceGrantSettings {
  lifetimeMs: number;
  intervalSeconds: number;
  /** Lookups of a user code that may miss, per client IP and across the whole code space, per hour. */
  lookupsPerIpPerHour: number;
  lookupsPerHour: number;
  /** How long an approved result waits for the device's next poll at least. */
  resultRetentionMs: number;
  /** The portal page that takes the code: `<baseUrl>/activate`. */
  verificationUri: () => string;
}

/** What the person approving is shown: which app on which device asks, and from where. */
export interface GrantSummary {
  id: string;
  appId: string;
  device: { name: string; platform: string };
  locale: 'en' | 'vi';
  ip: string;
  country: string | null;
  userCode: string;
  expiresAt: number;
}

/** A poll's answer: the result (handed out once), or RFC 8628's error value and the interval to keep. */
export type PollAnswer = { ok: true; result: FlowResult } | { ok: false; error: DeviceTokenError; interval?: number };

export interface DeviceGrants {
  request(body: DeviceCodeBody, origin: { ip: string; country: string | null }): Promise<DeviceCodeView>;
  poll(deviceCode: string): Promise<PollAnswer>;
  /** The pending request a typed user code names; guessing is capped per IP and across the code space. */
  lookup(input: unknown, ip: string): Promise<Outcome<{ grant: GrantSummary }, 'USER_CODE_INVALID' | 'RATE_LIMITED'>>;
  /** Pending → approved for `accountId`: runs in the transaction that finishes the connect flow. */
  approve(grantId: string, accountId: string): Promise<Outcome<object, 'DEVICE_AUTHORIZATION_CLOSED'>>;
  /** Keeps the approved connect's result, sealed, for the device's next poll (same transaction as `approve`). */
  storeResult(grantId: string, result: FlowResult): Promise<void>;
  deny(grantId: string): Promise<Outcome<object, 'DEVICE_AUTHORIZATION_CLOSED'>>;
}

const HOUR = 3_600_000;
const DEVICE_CODE = /^tdg_[A-Za-z0-9_-]{43}$/;

export function createDeviceGrants(deps: {
  store: DeviceGrantStore;
  counters: CounterStore;
  secrets: Secrets;
  clock: Clock;
  settings: DeviceGrantSettings;
}): DeviceGrants {
  const { store, counters, secrets, clock, settings } = deps;
  const deviceHash = (code: string) => secrets.keyedHash('device-grant:device', code);
  const userHash = (code: string) => secrets.keyedHash('device-grant:user', code);

  const summary = (grant: DeviceGrant, userCode: string): GrantSummary => ({
    id: grant.id,
    appId: grant.appId,
    device: { name: grant.deviceName, platform: grant.platform },
    locale: grant.locale,
    ip: grant.ip,
    country: grant.country,
    userCode: displayUserCode(userCode),
    expiresAt: grant.expiresAt,
  });

  async function insert(grant: Omit<DeviceGrant, 'userCodeHash'>): Promise<string> {
    // A user code already taken by a live request is drawn again (the unique index tells); a handful of tries is
    // plenty with 7.8·10¹⁰ codes.
    for (let attempt = 0; ; attempt++) {
      const userCode = newUserCode();
      try {
        await store.create({ ...grant, userCodeHash: userHash(userCode) });
        return userCode;
      } catch (error) {
        if (attempt >= 4) throw error;
        const clash = await store.byUserCode(userHash(userCode));
        if (!clash) throw error;
      }
    }
  }

  return {
    async request(body, origin) {
      const now = clock.now();
      const deviceCode = newToken('tdg');
      const userCode = await insert({
        id: newId('dgr'),
        deviceCodeHash: deviceHash(deviceCode),
        appId: body.appId,
        deviceName: body.device.name,
        platform: body.device.platform,
        locale: body.locale ?? 'en',
        ip: origin.ip,
        country: origin.country,
        status: 'pending',
        accountId: null,
        resultSealed: null,
        intervalSeconds: settings.intervalSeconds,
        lastPolledAt: null,
        createdAt: now,
        expiresAt: now + settings.lifetimeMs,
      });
      const uri = settings.verificationUri();
      const shown = displayUserCode(userCode);
      return {
        device_code: deviceCode,
        user_code: shown,
        verification_uri: uri,
        verification_uri_complete: `${uri}?code=${shown}`,
        expires_in: Math.round(settings.lifetimeMs / 1000),
        interval: settings.intervalSeconds,
      };
    },

    async poll(deviceCode) {
      const grant = DEVICE_CODE.test(deviceCode) ? await store.byDeviceCode(deviceHash(deviceCode)) : undefined;
      if (!grant || grant.status === 'delivered') return { ok: false, error: 'invalid_grant' };
      if (grant.status === 'denied') return { ok: false, error: 'access_denied' };
      const now = clock.now();
      if (grant.status === 'approved' && grant.resultSealed !== null && now < grant.expiresAt) {
        // Of racing polls only the one whose conditional update lands hands the credential out.
        if (!(await store.markDelivered(grant.id))) return { ok: false, error: 'invalid_grant' };
        return { ok: true, result: JSON.parse(secrets.open(grant.resultSealed)) as FlowResult };
      }
      if (now >= grant.expiresAt) return { ok: false, error: 'expired_token' };
      // RFC 8628 §3.5: a poll sooner than the interval is answered slow_down, and the interval grows by 5 seconds.
      const tooSoon = grant.lastPolledAt !== null && now - grant.lastPolledAt < grant.intervalSeconds * 1000;
      const interval = tooSoon ? grant.intervalSeconds + 5 : grant.intervalSeconds;
      await store.recordPoll(grant.id, now, interval);
      return { ok: false, error: tooSoon ? 'slow_down' : 'authorization_pending', interval };
    },

    async lookup(input, ip) {
      const userCode = parseUserCode(input);
      if (!userCode) return refuse('USER_CODE_INVALID');
      const now = clock.now();
      const limits = [
        { key: `device-grant:lookup:ip:${ip}`, limit: settings.lookupsPerIpPerHour, windowMs: HOUR },
        { key: 'device-grant:lookup:all', limit: settings.lookupsPerHour, windowMs: HOUR },
      ];
      const reserved = await counters.reserveAll(limits, now);
      if (!reserved.ok) return refuse('RATE_LIMITED', { seconds: secondsUntil(reserved.freeAt, now) });
      const grant = await store.byUserCode(userHash(userCode));
      if (!grant || grant.status !== 'pending' || grant.expiresAt <= now) return refuse('USER_CODE_INVALID');
      // Only misses count towards the caps: a person who typed the right code spends none of them.
      await counters.forget({ events: reserved.ids });
      return { ok: true, grant: summary(grant, userCode) };
    },

    async approve(grantId, accountId) {
      const approved = await store.approve(grantId, accountId, clock.now());
      return approved ? { ok: true } : refuse('DEVICE_AUTHORIZATION_CLOSED');
    },

    async storeResult(grantId, result) {
      // An approval in the request's last seconds still reaches the device at its next poll.
      const keep = Math.max(settings.resultRetentionMs, settings.intervalSeconds * 3000);
      await store.storeResult(grantId, secrets.seal(JSON.stringify(result)), clock.now() + keep);
    },

    async deny(grantId) {
      const denied = await store.deny(grantId, clock.now());
      return denied ? { ok: true } : refuse('DEVICE_AUTHORIZATION_CLOSED');
    },
  };
}
