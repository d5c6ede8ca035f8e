// connectWithDeviceCode(): RFC 8628 for an app without a keyboard. It asks for a code to show, then polls at the
// server's interval (growing it on slow_down) until the person approves in a browser, and stores the connection
// exactly as connect() does.
import type { DeviceCodeView, FlowResult, FlowView, Locale } from '@tessera/protocol';
import { TesseraError, type DeviceCodeConnect, type DeviceCodeWaitOptions, type DoneStep } from '../api.js';
import { serverFailure, type Http } from './http.js';

export interface DeviceCodeDeps {
  http: Http;
  appId: string;
  device: { name: string; platform: string };
  locale: Locale | undefined;
  clock: () => number;
  /** Stores the connection from a finished connect's view, as connect() does. */
  finish(view: FlowView): Promise<DoneStep>;
}

function isCodeView(body: unknown): body is DeviceCodeView {
  const v = body as Partial<DeviceCodeView> | null;
  return (
    typeof v?.device_code === 'string' &&
    typeof v.user_code === 'string' &&
    typeof v.verification_uri === 'string' &&
    typeof v.verification_uri_complete === 'string' &&
    typeof v.expires_in === 'number' &&
    typeof v.interval === 'number'
  );
}

const defaultSleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });

/** RFC 8628's final answers, as the SDK's error codes. */
const FINAL: Record<string, [code: string, message: string]> = {
  access_denied: ['ACCESS_DENIED', 'The request was denied in the browser; the app was not connected.'],
  expired_token: ['DEVICE_CODE_EXPIRED', 'The code expired before it was approved. Start again for a new code.'],
  invalid_grant: ['DEVICE_CODE_INVALID', 'The server does not know this code any more (it was used, or is gone).'],
};

export function createDeviceCodeConnect(deps: DeviceCodeDeps) {
  const { http, appId, device, locale, clock } = deps;

  /** A done view for the result the device was handed, so it is stored by the same path as a flow's. */
  const doneView = (result: FlowResult, expiresAt: number): FlowView => ({
    flow: { id: '', kind: 'connect', expiresAt: new Date(expiresAt).toISOString(), locale: locale ?? 'en' },
    step: 'done',
    ui: { nodes: [], messages: [] },
    result,
  });

  return async function connectWithDeviceCode(): Promise<DeviceCodeConnect> {
    const asked = await http.send('POST', '/v1/device/code', { appId, device, ...(locale ? { locale } : {}) });
    if (asked.status !== 200) throw serverFailure(asked, 'Asking for a device code');
    if (!isCodeView(asked.body)) throw new TesseraError('PROTOCOL', 'The server answered a device code request oddly.');
    const code = asked.body;
    const expiresAt = clock() + code.expires_in * 1000;

    async function wait(options: DeviceCodeWaitOptions = {}): Promise<DoneStep> {
      const sleep = options.sleep ?? defaultSleep;
      let interval = code.interval;
      for (;;) {
        await sleep(interval * 1000, options.signal);
        let reply;
        try {
          reply = await http.send('POST', '/v1/device/token', { device_code: code.device_code });
        } catch (error) {
          // A network hiccup is no answer: keep polling while the code can still be approved.
          if (error instanceof TesseraError && error.code === 'UNREACHABLE' && clock() < expiresAt) continue;
          throw error;
        }
        const body = reply.body as { result?: FlowResult; error?: unknown; interval?: unknown };
        if (reply.status === 200 && body.result) return deps.finish(doneView(body.result, expiresAt));
        const error = typeof body.error === 'string' ? body.error : undefined;
        if (error === 'authorization_pending' || error === 'slow_down') {
          // slow_down: the server says the interval to keep from now on (5 s more each time); honour it.
          if (typeof body.interval === 'number' && body.interval >= interval) interval = body.interval;
          else if (error === 'slow_down') interval += 5;
          options.onPending?.({ interval, slowDown: error === 'slow_down' });
          continue;
        }
        const final = error ? FINAL[error] : undefined;
        if (final) throw new TesseraError(final[0], final[1]);
        throw serverFailure(reply, 'Waiting for approval');
      }
    }

    return {
      userCode: code.user_code,
      verificationUri: code.verification_uri,
      verificationUriComplete: code.verification_uri_complete,
      expiresAt: new Date(expiresAt).toISOString(),
      interval: code.interval,
      wait,
    };
  };
}
