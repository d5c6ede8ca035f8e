// connect() and signUp(): starts the right flow (auto-connect when another app left its credential), follows the
// server's steps, goes from a finished sign-up into connecting, and stores the connection when it is done.
import type { CreateFlowBody, FlowView, Locale } from '@tessera/protocol';
import { TesseraError, type DeviceStorePort, type DoneStep, type Status, type Step } from '../api.js';
import { buildStep, type BuildContext } from '../flow/build-step.js';
import type { FlowApi } from '../flow/flow-api.js';
import { stepBase } from '../flow/step-parts.js';
import type { KeySync } from './key-sync.js';
import type { LocalState } from './local-state.js';

/** What connecting needs of the client. */
export interface ConnectDeps {
  flows: FlowApi;
  store: DeviceStorePort;
  server: string;
  appId: string;
  locale: Locale | undefined;
  device: { name: string; platform: string };
  local: LocalState;
  keys: KeySync;
  status: () => Promise<Status>;
  /** Serialises the final writes with check-ins and disconnects. */
  serial: <T>(task: () => Promise<T>) => Promise<T>;
}

/** The server's own credential format (CreateFlowBody's pattern): anything else is not worth sending. */
const CREDENTIAL = /^[A-Za-z0-9_-]{1,128}$/;

/** The client's `connect()` and `signUp()`. */
export function createConnectDriver(deps: ConnectDeps) {
  const { flows, store, server, appId, locale, device } = deps;

  const connectBody = (deviceCredential?: string, previousDeviceId?: string): CreateFlowBody => ({
    kind: 'connect',
    appId,
    device,
    ...(locale ? { locale } : {}),
    ...(deviceCredential ? { deviceCredential } : {}),
    // Reconnecting after a disconnect: the server reuses this device's record for the same account.
    ...(previousDeviceId && CREDENTIAL.test(previousDeviceId) && previousDeviceId.length <= 64
      ? { previousDeviceId }
      : {}),
  });

  async function finishConnect(view: FlowView): Promise<DoneStep> {
    const r = view.result;
    const license = r?.license;
    if (
      !r?.deviceCredential ||
      !license?.token ||
      !r.device?.id ||
      !r.account?.id ||
      typeof r.account.email !== 'string'
    ) {
      throw new TesseraError(
        'PROTOCOL',
        'The server finished connecting without the credential and license it must return.',
      );
    }
    const saved = {
      deviceId: r.device.id,
      accountId: r.account.id,
      email: r.account.email,
      credential: r.deviceCredential,
      licenseToken: license.token,
    };
    // The credential is stored first: it is the one thing that cannot be had again without the person.
    await deps.serial(() => deps.local.saveConnection(saved));
    if (!(await deps.keys.knows(license.token))) await deps.keys.refresh();
    const status = await deps.status();
    if (status.state !== 'connected') {
      // The connection is stored either way; a later check-in can still make it usable (e.g. once the key is published).
      throw new TesseraError(
        'PROTOCOL',
        `The server connected this app (saved on this device), but its license does not verify here (${status.reason}): ${status.message}`,
      );
    }
    return { ...stepBase(view), kind: 'done', status };
  }

  const ctx: BuildContext = {
    next: async (view, body) => buildStep(await flows.submit(view.flow.id, body), ctx),
    createAccount: () => signUp(),
    async finish(view) {
      if (view.flow.kind === 'connect') return finishConnect(view);
      if (view.flow.kind === 'sign_up') {
        const session = view.result?.session?.token;
        if (!session) throw new TesseraError('PROTOCOL', 'The server finished the sign-up without a session.');
        // The new account connects with its session: no second password prompt, and no second factor yet to pass.
        return buildStep(await flows.start(connectBody(), session), ctx);
      }
      throw new TesseraError('PROTOCOL', `A ${view.flow.kind} flow cannot connect an app.`);
    },
  };

  async function connect(): Promise<Step> {
    const state = await store.readDevice();
    const shared = state?.server === server ? state.shared : null;
    // Any app's credential on this device will do, this app's own included (reconnecting keeps the same device).
    const credential = shared && CREDENTIAL.test(shared.credential) ? shared.credential : undefined;
    const previous = state?.server === server ? state.deviceId : undefined;
    return buildStep(await flows.start(connectBody(credential, previous)), ctx);
  }

  async function signUp(): Promise<Step> {
    return buildStep(await flows.start({ kind: 'sign_up', ...(locale ? { locale } : {}) }), ctx);
  }

  return { connect, signUp, finishConnect };
}
