// Check-in: an app trades its device credential for a fresh license token and a rotated credential.
// Steps: find the credential → refuse a disconnected device → settle the plan (Free once the subscription
// ended) → rotate the credential → sign the token. Outcomes are values; only the caller turns them into HTTP.
import type { Clock, UnitOfWork } from '../common/index.js';
import type { AppConnectionRecord, DeviceStore } from './device-store.js';
import { isDeviceCredential, type DeviceService } from './device-service.js';
import type { EventRecorder } from '../webhooks/index.js';
import { FREE_PLAN_ID, freeEntitlement, type LicenseIssuer, type Licensing } from '../licensing/index.js';

/** What check-in needs of licensing. */
export type EntitlementPort = Pick<Licensing, 'getSubscription' | 'getPlan' | 'releaseSeat'>;

export type CheckInOutcome =
  | {
      ok: true;
      code: 'VALID' | 'FELL_BACK_TO_FREE';
      credential: string;
      connection: AppConnectionRecord;
      license: { token: string; expiresAt: number; planId: string; features: string[]; subscriptionId: string | null };
    }
  | { ok: false; code: 'DEVICE_CREDENTIAL_INVALID' | 'DEVICE_DISCONNECTED' | 'ACCOUNT_DISABLED' };

/** Last-seen is informational: written at most this often per device. */
const TOUCH_INTERVAL_MS = 15 * 60_000;

export function createCheckIn(deps: {
  store: DeviceStore;
  devices: DeviceService;
  licensing: EntitlementPort;
  licenses: LicenseIssuer;
  events: EventRecorder;
  clock: Clock;
  unitOfWork: UnitOfWork;
  /** A credential just replaced still works this long (config `deviceCredentialGraceSeconds`), so a lost response does not strand the app. */
  previousCredentialGraceMs: number;
  /** Whether an operator disabled the account (its apps are refused until it is enabled); none when omitted. */
  accountDisabled?: (accountId: string) => Promise<boolean>;
}) {
  const { store, devices, licensing, clock } = deps;

  /**
   * The connection a credential names, and how check-in goes on: the current credential is rotated (`rotateFrom`);
   * the one just replaced, replayed once within the grace, gets the same successor again and rotates
   * nothing, so two holders can never each get their own chain.
   */
  async function findCredential(credential: string, now: number) {
    if (!isDeviceCredential(credential)) return undefined;
    const hash = devices.credentialHash(credential);
    const found = await store.findConnectionByAnyCredentialHash(hash);
    if (!found) return undefined;
    const next = devices.nextCredential(credential);
    if (found.matched === 'current') return { connection: found.connection, next, rotateFrom: hash };
    if (
      devices.credentialHash(next) === found.connection.credentialHash &&
      (await store.replayPreviousCredential(found.connection.id, hash, now - deps.previousCredentialGraceMs))
    ) {
      return { connection: found.connection, next, rotateFrom: undefined };
    }
    // An old credential came back after its grace, a second time, or after its successor was handed out twice:
    // someone kept a copy. End the connection.
    await store.revokeConnection(found.connection.id, now);
    return undefined;
  }

  async function settlePlan(connection: AppConnectionRecord) {
    if (connection.subscriptionId) {
      const sub = await licensing.getSubscription(connection.subscriptionId);
      // `status` is computed from the end date against the same clock, so "active" is all there is to ask.
      if (sub?.status === 'active') {
        const plan = await licensing.getPlan(sub.planId);
        return {
          planId: sub.planId,
          features: plan?.features ?? [],
          subscriptionId: sub.id,
          endsAt: sub.endsAt,
          fellBack: false,
        };
      }
      // Together or not at all; the connection row before the subscription's, the lock order disconnects use.
      await deps.unitOfWork.run(async () => {
        await store.setConnectionPlan(connection.id, FREE_PLAN_ID, null);
        await licensing.releaseSeat({ subscriptionId: connection.subscriptionId!, deviceId: connection.deviceId });
        await deps.events.record(
          'subscription.ended',
          {
            accountId: sub?.ownerAccountId ?? connection.accountId,
            subscriptionId: connection.subscriptionId!,
            planId: sub?.planId ?? null,
            status: sub?.status ?? 'gone',
          },
          { once: `subscription.ended:${connection.subscriptionId}` },
        );
      });
    }
    return { ...(await freeEntitlement(licensing.getPlan)), fellBack: connection.subscriptionId !== null };
  }

  return async function checkIn(credential: string): Promise<CheckInOutcome> {
    const now = clock.now();
    const found = await findCredential(credential, now);
    if (!found) return { ok: false, code: 'DEVICE_CREDENTIAL_INVALID' };
    const { connection } = found;
    if (connection.revokedAt !== null) return { ok: false, code: 'DEVICE_DISCONNECTED' };
    const device = await store.findDevice(connection.deviceId);
    if (!device || device.disconnectedAt !== null) return { ok: false, code: 'DEVICE_DISCONNECTED' };
    if (await deps.accountDisabled?.(connection.accountId)) return { ok: false, code: 'ACCOUNT_DISABLED' };

    const plan = await settlePlan(connection);
    const { next, rotateFrom } = found;
    if (rotateFrom && !(await store.rotateCredential(connection.id, rotateFrom, devices.credentialHash(next), now))) {
      // A concurrent check-in with the same credential rotated first: this one is held to the replay rule (still
      // current means the connection ended meanwhile).
      const again = await findCredential(credential, now);
      if (!again || again.rotateFrom) return { ok: false, code: 'DEVICE_CREDENTIAL_INVALID' };
    }
    if (now - device.lastSeenAt > TOUCH_INTERVAL_MS) await store.touchDevice(device.id, now);
    const license = await deps.licenses.issue({
      accountId: connection.accountId,
      deviceId: connection.deviceId,
      appId: connection.appId,
      planId: plan.planId,
      features: plan.features,
      subscriptionId: plan.subscriptionId,
      subscriptionEndsAt: plan.endsAt,
    });
    return {
      ok: true,
      code: plan.fellBack ? 'FELL_BACK_TO_FREE' : 'VALID',
      credential: next,
      connection: { ...connection, planId: plan.planId, subscriptionId: plan.subscriptionId },
      license: { ...license, planId: plan.planId, features: [...plan.features], subscriptionId: plan.subscriptionId },
    };
  };
}

export type CheckIn = ReturnType<typeof createCheckIn>;
