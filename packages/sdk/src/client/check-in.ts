// checkIn(): trades the credential for the current token (and the credential rotated with it when the server re-issued
// it), stores both at once, and turns the server's refusals into local state (a disconnected app forgets its
// connection). It names the token it holds, so an unchanged answer is a few bytes and leaves both as they are.
import {
  DEVICE_AFFINITY_HEADER,
  isLicenseFingerprint,
  LICENSE_HELD_HEADER,
  licenseFingerprint,
  type CheckInUnchangedView,
  type CheckInView,
} from '@tessera/protocol';
import { TesseraError, type CheckInResult, type DeviceStorePort, type Status } from '../api.js';
import { serverError, serverFailure, type Http } from './http.js';
import type { KeySync } from './key-sync.js';
import type { LocalState } from './local-state.js';

/** What check-in needs of the client. */
export interface CheckInDeps {
  http: Http;
  store: DeviceStorePort;
  server: string;
  appId: string;
  local: LocalState;
  keys: KeySync;
  status: () => Promise<Status>;
}

function isCheckInView(body: unknown): body is CheckInView | CheckInUnchangedView {
  const v = body as Partial<CheckInView & Omit<CheckInUnchangedView, 'outcome'>> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    (v.unchanged === true || (typeof v.deviceCredential === 'string' && typeof v.license?.token === 'string')) &&
    (v.outcome === 'VALID' || v.outcome === 'FELL_BACK_TO_FREE') &&
    typeof v.nextCheckInSeconds === 'number'
  );
}

/** The header naming the token held, when there is one to name (the server refuses a malformed fingerprint). */
function held(token: string): Record<string, string> {
  const fingerprint = licenseFingerprint(token);
  return isLicenseFingerprint(fingerprint) ? { [LICENSE_HELD_HEADER]: fingerprint } : {};
}

/** The wait a busy server named (whole seconds, at most a day: a larger figure is not taken on trust). */
function retryAfterOf(body: unknown): number | undefined {
  const seconds = serverError(body)?.retryAfterSeconds;
  return seconds !== undefined && Number.isInteger(seconds) && seconds > 0 && seconds <= 86_400 ? seconds : undefined;
}

/** The client's `checkIn()` (run one at a time by the client). */
export function createCheckIn(deps: CheckInDeps): () => Promise<CheckInResult> {
  const { http, store, server, appId, local, keys } = deps;
  // Offline, busy or failing: nothing changes, and the grace period is what keeps the app working.
  const unreachable = async (retryAfterSeconds?: number): Promise<CheckInResult> => ({
    ok: false,
    code: 'UNREACHABLE',
    status: await deps.status(),
    ...(retryAfterSeconds !== undefined ? { retryAfterSeconds } : {}),
  });

  /** The server took no credential in the header (one from before that form): the body from now on. */
  let bodyOnly = false;

  return async function checkIn() {
    const app = await store.readApp(appId);
    if (!app || app.server !== server) return { ok: false, code: 'NOT_CONNECTED', status: await deps.status() };

    let reply;
    try {
      // The device id goes along for the load balancer (see DEVICE_AFFINITY_HEADER); the server does not read it.
      const headers = { [DEVICE_AFFINITY_HEADER]: app.deviceId, ...held(app.licenseToken) };
      // The credential as a bearer with no body, which a server answers for less; a server from before that form
      // refuses it as invalid input before doing anything, and then gets the body from this client on.
      const bearer = bodyOnly ? undefined : await http.send('POST', '/v1/check-in', undefined, app.credential, headers);
      bodyOnly ||= bearer?.status === 400 && serverError(bearer.body)?.code === 'VALIDATION_FAILED';
      reply =
        bearer && !bodyOnly
          ? bearer
          : await http.send('POST', '/v1/check-in', { credential: app.credential }, undefined, headers);
    } catch (error) {
      if (error instanceof TesseraError && error.code === 'UNREACHABLE') return unreachable();
      throw error;
    }
    if (reply.status !== 200) {
      const code = serverError(reply.body)?.code;
      if (code === 'DEVICE_DISCONNECTED' || code === 'DEVICE_CREDENTIAL_INVALID') {
        await local.forget(code);
        return { ok: false, code, status: await deps.status() };
      }
      // A server shedding load says when to come back; the app keeps working on the token it holds meanwhile.
      if (reply.status === 429 || reply.status >= 500) return unreachable(retryAfterOf(reply.body));
      throw serverFailure(reply, 'Checking in');
    }
    if (!isCheckInView(reply.body))
      throw new TesseraError('PROTOCOL', 'The check-in answer is not what this SDK expects.');
    const view = reply.body;

    if ('unchanged' in view) {
      // The token and credential held are still the ones: only the time of this check-in is new.
      await local.saveCheckIn(app, app.credential, app.licenseToken);
    } else if (await keys.knows(view.license.token)) {
      // At once: the server already switched to the new credential (the old one may be replayed only once, within 2 minutes).
      await local.saveCheckIn(app, view.deviceCredential, view.license.token);
    } else {
      // A new signing key: keep the token that still verifies until the new key set is here, but never lose the credential.
      const saved = await local.saveCheckIn(app, view.deviceCredential, app.licenseToken);
      try {
        await keys.refresh();
      } catch (error) {
        if (error instanceof TesseraError && error.code === 'UNREACHABLE') return unreachable();
        throw error;
      }
      await local.saveCheckIn(saved, view.deviceCredential, view.license.token);
    }
    const status = await deps.status();
    if (status.state !== 'connected') return { ok: false, code: 'NOT_CONNECTED', status };
    return {
      ok: true,
      outcome: view.outcome,
      status,
      nextCheckInSeconds: view.nextCheckInSeconds,
      choicePending: view.choicePending === true,
    };
  };
}
