// The public shape of @tessera/sdk: what an app developer programs against (implementation in the other files).
import type { FlowView, Locale, UiMessage, UiNode } from '@tessera/protocol';

/**
 * Where the SDK keeps the device's state; the default ({@link createFileStore}) is a folder shared by the
 * vendor's apps (TESSERA_HOME). A port, so an OS keychain can replace it. Reads may return the same (frozen)
 * object while the stored state is unchanged: `status()` relies on that to stay fast, and never mutates them.
 * Errors are {@link TesseraError}s: `STORE_CORRUPT`, `STORE_PERMISSIONS`, `STORE_WRITE_FAILED`.
 */
export interface DeviceStorePort {
  /** Device-wide state shared by every app of the vendor for this OS user, or undefined when none. */
  readDevice(): Promise<DeviceState | undefined>;
  /** Replaces the device state; written atomically like {@link DeviceStorePort.writeApp}. */
  writeDevice(state: DeviceState): Promise<void>;
  /** This app's own state, or undefined. */
  readApp(appId: string): Promise<AppState | undefined>;
  /** Written atomically: a failed write never loses the previous state. */
  writeApp(appId: string, state: AppState): Promise<void>;
  /** Forgets this app's state; nothing happens when there is none. */
  removeApp(appId: string): Promise<void>;
  /** The cached license-token keys (JWKS) of a server, or undefined. */
  readKeys(server: string): Promise<KeyCache | undefined>;
  /** Replaces the cached keys of a server. */
  writeKeys(server: string, keys: KeyCache): Promise<void>;
  /**
   * A secret kept apart from the key sets, with which the SDK pins each fetched set to its server (see
   * {@link KeyCache.pin}); the same value every time. Optional: without it the pin is an unkeyed hash, which
   * still ties a set to its server but does not stop someone who rewrites the file from recomputing it.
   */
  pinSecret?(): Promise<string>;
  /**
   * The ids of every app with a stored state on this device: when the app holding the shared credential
   * disconnects, the SDK hands the credential to one of them. Optional: without it the credential is cleared.
   */
  listApps?(): Promise<string[]>;
}

/** Device-wide state (e.g. `device.json`): what lets the vendor's other apps auto-connect. */
export interface DeviceState {
  /** The server the device is connected to (normalised base URL). */
  server: string;
  /** The device the app that connected last was given. */
  deviceId: string;
  /** e.g. "a•••@example.com", shown by confirm_account. */
  accountHint: string;
  /** The app whose credential other apps may present to auto-connect, and that credential. */
  shared: { appId: string; credential: string } | null;
  /**
   * Apps whose connection the server ended (found at a check-in), so `status()` can say `DISCONNECTED` rather
   * than `NO_CREDENTIAL` in a later process; cleared when the app connects again.
   */
  endedApps?: Record<string, { code: 'DEVICE_DISCONNECTED' | 'DEVICE_CREDENTIAL_INVALID'; at: string }>;
}

/** One app's own connection (e.g. `apps/<appId>.json`), beside the device state. */
export interface AppState {
  /** The server this app is connected to (normalised base URL). */
  server: string;
  appId: string;
  deviceId: string;
  accountId: string;
  /** The device credential of this app's connection; it rotates when a check-in re-issues the license token. */
  credential: string;
  /** The latest license token (a JWT signed with EdDSA), verified offline by `status()`. */
  licenseToken: string;
  /** ISO 8601 times. */
  connectedAt: string;
  lastCheckInAt: string;
}

/** A server's license-token keys as published at `GET /v1/keys`. */
export interface KeyCache {
  /** ISO 8601 time of the fetch. */
  fetchedAt: string;
  /** JWKs (Ed25519 public keys with their `kid`). */
  keys: Array<Record<string, unknown>>;
  /** The server whose `/v1/keys` answered (normalised base URL): a set naming another server is never used. */
  server?: string;
  /**
   * The SDK's keyed hash of `server` and `keys`, written when it fetched them: a set without a matching one (a key
   * added to the file, a set copied from elsewhere) is never used to verify a token.
   */
  pin?: string;
}

/** What {@link createClient} takes. */
export interface ClientOptions {
  /** Base URL of the Tessera server, e.g. "https://accounts.example.com". */
  server: string;
  /** This app's id, e.g. "app.secure" (lowercase letters, digits, . _ -). */
  appId: string;
  /** Where the state lives; defaults to `createFileStore()` (TESSERA_HOME, else the XDG config folder). */
  store?: DeviceStorePort;
  /** The fetch to use; defaults to the global one. */
  fetch?: typeof fetch;
  /** Milliseconds since the epoch; injected in tests. */
  clock?: () => number;
  /** The language of the server's texts (labels, messages); English by default. */
  locale?: Locale;
  /** Device name and platform sent when connecting; defaults from the OS. */
  device?: { name: string; platform: string };
  /** How long one request to the server may take before it counts as unreachable (default 15 000 ms). */
  timeoutMs?: number;
}

/**
 * A step the app renders; `kind` says which, and each kind has typed actions. Every action returns the next
 * step as the server decides it (the same step again with `error` set when a submission was refused).
 */
export type Step =
  | CredentialsStep
  | SecondFactorStep
  | ConfirmAccountStep
  | ConsentStep
  | SelectSubscriptionStep
  | SignUpDetailsStep
  | VerifyEmailStep
  | DoneStep;

interface StepBase {
  flowId: string;
  /** Errors and notices to show, with stable ids for translation. */
  messages: UiMessage[];
  /**
   * Set when the last submission was refused (e.g. CREDENTIALS_INVALID); the step can be retried. A refusal that passes
   * with time (SMS_QUOTA_EXCEEDED, RATE_LIMITED, ACCOUNT_THROTTLED, RESEND_COOLDOWN) says how long in `retryAfterSeconds`,
   * and its message names the wait ("Try again in 23 minutes.").
   */
  error?: { code: string; message: string; retryAfterSeconds?: number };
  /** The raw nodes, for apps that render generically. */
  nodes: UiNode[];
  /** The raw view as the server sent it. */
  view: FlowView;
}

/** Email and password (and, after repeated failures, the image code or a proof of work the SDK solves). */
export interface CredentialsStep extends StepBase {
  kind: 'credentials';
  /** Present after repeated failures when the server wants the image read: show it; its answer is required. */
  captcha?: { bytes: Uint8Array; mediaType: string };
  /** Present when the server asks for a proof of work instead: submit() solves it (maxNumber / 2 hashes on average). */
  proofOfWork?: { maxNumber: number };
  /** `onProgress` follows the proof of work, if there is one, as hashes tried of the most it can take. */
  submit(input: {
    email: string;
    password: string;
    captchaAnswer?: string;
    onProgress?: (tried: number, max: number) => void;
  }): Promise<Step>;
  /** Another image in place of the one shown (offered with the image); not an attempt, so no failure either. */
  newCaptcha?(): Promise<Step>;
  /** "Create an account": switches to the sign-up journey, which comes back into connecting. */
  createAccount(): Promise<Step>;
}

/** The code sent by SMS, or the one from an authenticator app. */
export interface SecondFactorStep extends StepBase {
  kind: 'second_factor';
  /** Which code the server expects now. */
  method: 'sms' | 'totp';
  /** Seconds before resend() is allowed: the cooldown, or longer while the send quota is spent (show it disabled). */
  resendAvailableIn: number;
  submit(input: { code: string }): Promise<Step>;
  /** "Get a new code"; refused (`RESEND_COOLDOWN`, `SMS_QUOTA_EXCEEDED`) before `resendAvailableIn` has passed. */
  resend(): Promise<Step>;
  /** "Didn't receive the code?": the step again, with the help text in `messages`. */
  help(): Promise<Step>;
  /** The help text, once `help()` was asked for. */
  helpText?: string;
  /** Present when the account also has an authenticator app. */
  useTotp?(): Promise<Step>;
  /** Present while the authenticator is asked for and the account also has SMS. */
  useSms?(): Promise<Step>;
}

/** Auto-connect: "account a•••@example.com found — Connect?" (another app of the vendor is connected here). */
export interface ConfirmAccountStep extends StepBase {
  kind: 'confirm_account';
  /** The masked email of the account found, e.g. "a•••@example.com". */
  accountHint: string;
  /** Connects this app to that account without a password. */
  confirm(): Promise<Step>;
  /** Goes to the credentials step instead. */
  useAnotherAccount(): Promise<Step>;
}

/** The regional data statement the account has not accepted yet ("Accept and connect"). */
export interface ConsentStep extends StepBase {
  kind: 'consent';
  statement: { title: string; body: string; version: number; region: string; locale: string };
  /** Accepts the version shown (the server refuses with `STATEMENT_OUTDATED` if a newer one was published). */
  accept(): Promise<Step>;
  /** The step again with `CONSENT_DECLINED`: the app cannot connect without it. */
  decline(): Promise<Step>;
}

/** One subscription offered by {@link SelectSubscriptionStep}. */
export interface SubscriptionOption {
  id: string;
  plan: string;
  planName: string;
  endsAt: string | null;
  seatsUsed: number;
  seatsTotal: number;
  /** Every seat is taken by other devices: shown, but cannot be chosen. */
  full: boolean;
  /** The server's text for the option, in the flow's language. */
  label: string;
}

/** Several subscriptions could activate this app: the person picks one. */
export interface SelectSubscriptionStep extends StepBase {
  kind: 'select_subscription';
  options: SubscriptionOption[];
  select(subscriptionId: string): Promise<Step>;
}

/** Sign-up: email, password and country (two letters, e.g. "VN"). */
export interface SignUpDetailsStep extends StepBase {
  kind: 'details';
  submit(input: { email: string; password: string; country: string }): Promise<Step>;
}

/** Sign-up: the code emailed to the address; once verified, the SDK goes on into connecting this app. */
export interface VerifyEmailStep extends StepBase {
  kind: 'verify_email';
  /** Seconds before resend() is allowed: the cooldown, or longer while the email quota is spent (show it disabled). */
  resendAvailableIn: number;
  submit(input: { code: string }): Promise<Step>;
  /** A new code; refused (`RESEND_COOLDOWN`, `RATE_LIMITED`) before `resendAvailableIn` has passed. */
  resend(): Promise<Step>;
}

/** A device code to show the person, and the wait for their answer. */
export interface DeviceCodeConnect {
  /** XXXX-XXXX, to show large. */
  userCode: string;
  /** Where to type it (`<server>/activate`). */
  verificationUri: string;
  /** The same with the code filled in: what a QR code should hold. */
  verificationUriComplete: string;
  /** When the code stops working (ISO 8601). */
  expiresAt: string;
  /** Seconds between polls, as the server first asked. */
  interval: number;
  /** Polls until the person answers; resolves connected (stored), or throws why not. */
  wait(options?: DeviceCodeWaitOptions): Promise<DoneStep>;
}

export interface DeviceCodeWaitOptions {
  /** Stops waiting (the promise rejects with the signal's reason). */
  signal?: AbortSignal;
  /** Told after each poll that is still waiting (for a spinner), with the interval now kept. */
  onPending?: (info: { interval: number; slowDown: boolean }) => void;
  /** How to wait between polls (default: a timer); tests pass a fake clock's. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/** The app is connected: its credential, license token and device id are stored. */
export interface DoneStep extends StepBase {
  kind: 'done';
  status: ConnectedStatus;
}

/** The app may run: a valid license token for this device and app. */
export interface ConnectedStatus {
  state: 'connected';
  /** Plan id, e.g. "free", "personal". */
  plan: string;
  /** The plan's name to show, e.g. "Personal" (the id when the token predates plan names). */
  planName: string;
  /**
   * The app is on Free while several of the account's subscriptions would fit it: the person picks one on the
   * account portal's device page, and the app gets it at its next check-in.
   */
  choicePending: boolean;
  features: string[];
  subscriptionId: string | null;
  /** When the license token expires; the app keeps working offline until `graceUntil`. */
  expiresAt: string;
  graceUntil: string;
  deviceId: string;
  accountId: string;
  /** True when only the grace period keeps the app working (check in soon). */
  inGrace: boolean;
}

/** The app may not run; `reason` says why (stable, for translation), `message` in English. */
export interface NotConnectedStatus {
  state: 'not_connected';
  reason:
    'NO_CREDENTIAL' | 'TOKEN_INVALID' | 'TOKEN_EXPIRED' | 'WRONG_DEVICE' | 'WRONG_APP' | 'KEY_UNKNOWN' | 'DISCONNECTED';
  message: string;
}

/** What `status()` says. */
export type Status = ConnectedStatus | NotConnectedStatus;

/**
 * What `checkIn()` says. `UNREACHABLE` (network down, server busy or failing) leaves everything as it was:
 * `status` is the offline one, and the grace period keeps the app working; a busy server's `retryAfterSeconds` says
 * how long to wait. `DEVICE_DISCONNECTED` and
 * `DEVICE_CREDENTIAL_INVALID` mean the server ended the connection; the local state is gone. `NOT_CONNECTED`:
 * there was nothing to check in (or the new token did not verify locally; see `status.reason`).
 */
export type CheckInResult =
  | {
      ok: true;
      outcome: 'VALID' | 'FELL_BACK_TO_FREE';
      status: ConnectedStatus;
      nextCheckInSeconds: number;
      /** Several subscriptions fit and the person has not chosen yet (see {@link ConnectedStatus.choicePending}). */
      choicePending: boolean;
    }
  | {
      ok: false;
      code: 'DEVICE_DISCONNECTED' | 'DEVICE_CREDENTIAL_INVALID' | 'NOT_CONNECTED' | 'UNREACHABLE';
      status: Status;
      /**
       * `UNREACHABLE` from a server that is shedding load (503, or 429) and said when to come back: wait at least
       * this long before the next check-in (`nextCheckInDelay(retryAfterSeconds)` spreads it further).
       */
      retryAfterSeconds?: number;
    };

/** An app's handle on Tessera; see {@link createClient}. */
export interface TesseraClient {
  /** Starts connecting: auto-connect (confirm_account) when another app's credential is on this device, else credentials. */
  connect(): Promise<Step>;
  /** Starts with "Create an account". */
  signUp(): Promise<Step>;
  /**
   * For an app without a keyboard (RFC 8628): asks for a code to show (and a URL, for a QR code); `wait()` then polls
   * until the person approves in a browser and stores the connection as `connect()` does. A denial, an expired code
   * or a used one throws `ACCESS_DENIED`, `DEVICE_CODE_EXPIRED` or `DEVICE_CODE_INVALID`.
   */
  connectWithDeviceCode(): Promise<DeviceCodeConnect>;
  /** Offline: verifies the stored license token against cached keys. Never touches the network. */
  status(): Promise<Status>;
  /** Online: gets the current license token (re-issued, with a rotated credential, when it changed or aged). */
  checkIn(): Promise<CheckInResult>;
  /** Ends this app's connection on the server and locally (other apps on the device stay connected). */
  disconnect(): Promise<void>;
  /** Milliseconds to wait before the next check-in: the server's suggestion with ±20% jitter. */
  nextCheckInDelay(nextCheckInSeconds: number): number;
}

/**
 * Thrown for broken situations (server unreachable, flow expired, malformed store), never for business outcomes.
 * Codes: `UNREACHABLE`, `FLOW_EXPIRED`, `PROTOCOL` (the server said something the SDK does not understand),
 * `STORE_CORRUPT`, `STORE_PERMISSIONS`, `STORE_WRITE_FAILED` (the previous state is intact), `INVALID_OPTIONS`,
 * or an error code of the server's catalog (e.g. `RATE_LIMITED`) with its `details`.
 */
export class TesseraError extends Error {
  /** The server's error details (e.g. `{ seconds }` for a wait), when the code came from the server. */
  readonly details: Record<string, unknown> | undefined;
  /** For a server refusal that passes with time (quotas, rate limits): seconds until a retry can succeed. */
  readonly retryAfterSeconds: number | undefined;

  constructor(
    readonly code:
      | 'UNREACHABLE'
      | 'FLOW_EXPIRED'
      | 'PROTOCOL'
      | 'STORE_CORRUPT'
      | 'STORE_PERMISSIONS'
      | 'STORE_WRITE_FAILED'
      | (string & {}),
    message: string,
    options: { details?: Record<string, unknown>; cause?: unknown; retryAfterSeconds?: number } = {},
  ) {
    super(message, options.cause !== undefined ? { cause: options.cause } : undefined);
    this.name = 'TesseraError';
    this.details = options.details;
    this.retryAfterSeconds = options.retryAfterSeconds;
  }
}
