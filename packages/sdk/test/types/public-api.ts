// Type tests of the public API, compiled (never run) by types.test.ts: what an app writes must compile, and
// each misuse marked @ts-expect-error must stay an error (an unused marker fails the compile too).
import {
  createClient,
  createFileStore,
  TesseraError,
  type AppState,
  type CheckInResult,
  type ClientOptions,
  type ConnectedStatus,
  type DeviceState,
  type DeviceStorePort,
  type DoneStep,
  type FileStore,
  type KeyCache,
  type NotConnectedStatus,
  type Status,
  type Step,
  type SubscriptionOption,
  type TesseraClient,
} from '@tessera/sdk';

declare const anyStep: Step;

export async function usage(): Promise<void> {
  const store: FileStore = createFileStore({ home: '/tmp/tessera-types' });
  const home: string = store.home;
  const options = {
    server: 'https://accounts.example.com',
    appId: 'app.secure',
    store,
    locale: 'vi',
    clock: () => 0,
    timeoutMs: 5000,
  } satisfies ClientOptions;
  const client: TesseraClient = createClient(options);
  void home;

  // Steps are a discriminated union: each kind exposes its own actions.
  let step: Step = await client.connect();
  while (step.kind !== 'done') {
    switch (step.kind) {
      case 'credentials': {
        const image: { bytes: Uint8Array; mediaType: string } | undefined = step.captcha;
        step = image
          ? await step.submit({ email: 'a@example.com', password: 'pw', captchaAnswer: 'K3X9P' })
          : await step.createAccount();
        break;
      }
      case 'second_factor': {
        const method: 'sms' | 'totp' = step.method;
        const wait: number = step.resendAvailableIn;
        const help: string | undefined = step.helpText;
        void method;
        void wait;
        void help;
        step = step.useTotp ? await step.useTotp() : await step.submit({ code: '123456' });
        break;
      }
      case 'confirm_account':
        step = step.accountHint.includes('@') ? await step.confirm() : await step.useAnotherAccount();
        break;
      case 'consent': {
        const version: number = step.statement.version;
        void version;
        step = await step.accept();
        break;
      }
      case 'select_subscription': {
        const open: SubscriptionOption | undefined = step.options.find((o) => !o.full);
        step = await step.select(open?.id ?? '');
        break;
      }
      case 'details':
        step = await step.submit({ email: 'a@example.com', password: 'pw', country: 'VN' });
        break;
      case 'verify_email':
        step = await step.submit({ code: '123456' });
        break;
      default: {
        // Every kind is handled above: a new kind in the union must be handled here.
        const unreachable: never = step;
        void unreachable;
      }
    }
  }
  const done: DoneStep = step;
  const connected: ConnectedStatus = done.status;
  const error: { code: string; message: string } | undefined = done.error;
  void connected;
  void error;

  const status: Status = await client.status();
  if (status.state === 'connected') {
    const plan: string = status.plan;
    const inGrace: boolean = status.inGrace;
    void plan;
    void inGrace;
    // @ts-expect-error a connected status has no reason
    void status.reason;
  } else {
    const reason: NotConnectedStatus['reason'] = status.reason;
    void reason;
  }

  const result: CheckInResult = await client.checkIn();
  if (result.ok) {
    const delay: number = client.nextCheckInDelay(result.nextCheckInSeconds);
    const plan: string = result.status.plan;
    void delay;
    void plan;
  } else {
    const code: 'DEVICE_DISCONNECTED' | 'DEVICE_CREDENTIAL_INVALID' | 'NOT_CONNECTED' | 'UNREACHABLE' = result.code;
    void code;
    // @ts-expect-error a failed check-in's status may be not_connected: no plan without narrowing
    void result.status.plan;
  }
  await client.disconnect();

  try {
    await client.connect();
  } catch (e) {
    if (e instanceof TesseraError) {
      const code: string = e.code;
      const details: Record<string, unknown> | undefined = e.details;
      void code;
      void details;
    }
  }
}

export async function misuse(client: TesseraClient): Promise<void> {
  // @ts-expect-error appId is required
  createClient({ server: 'https://accounts.example.com' });
  // @ts-expect-error the server is a string URL
  createClient({ server: new URL('https://accounts.example.com'), appId: 'app.secure' });
  // @ts-expect-error only the shipped locales
  createClient({ server: 'https://a.example', appId: 'app.secure', locale: 'fr' });

  // @ts-expect-error a step must be narrowed by kind before its actions are used
  await anyStep.submit({ code: '123456' });
  if (anyStep.kind === 'credentials') {
    // @ts-expect-error the credentials step takes a password
    await anyStep.submit({ email: 'a@example.com' });
    // @ts-expect-error credentials have no resend
    await anyStep.resend();
  }
  if (anyStep.kind === 'select_subscription') {
    // @ts-expect-error select takes the subscription's id, not the option
    await anyStep.select(anyStep.options[0]!);
  }
  if (anyStep.kind === 'done') {
    // @ts-expect-error a done step is always connected
    const notConnected: NotConnectedStatus = anyStep.status;
    void notConnected;
  }
  // @ts-expect-error status() is asynchronous
  const sync: Status = client.status();
  void sync;
  // @ts-expect-error the status is read-only data, not a function
  client.status().then((s) => s());
}

/** A custom store (e.g. an OS keychain) implements the port; listApps is optional. */
export const keychainStore: DeviceStorePort = {
  readDevice: async (): Promise<DeviceState | undefined> => undefined,
  writeDevice: async (_state: DeviceState) => undefined,
  readApp: async (_appId: string): Promise<AppState | undefined> => undefined,
  writeApp: async (_appId: string, _state: AppState) => undefined,
  removeApp: async (_appId: string) => undefined,
  readKeys: async (_server: string): Promise<KeyCache | undefined> => undefined,
  writeKeys: async (_server: string, _keys: KeyCache) => undefined,
};

// @ts-expect-error a store must be able to write the app state
export const incompleteStore: DeviceStorePort = { readDevice: async () => undefined };
