// What the flow engine needs from the other domains, grouped by domain: services only, never the stores beneath
// them, so a step cannot go around a service's rules. Wired once by the composition root.
import type { Clock, Secrets, UnitOfWork } from '../common/index.js';
import type { AccountService, PasskeyService } from '../identity/index.js';
import type { AttemptBudgets, SignInGuard, SendQuota } from '../risk/index.js';
import type { CaptchaPort } from '../captcha/index.js';
import type { DeferredEmail, EmailSender, SmsSender, Templates } from '../messaging/index.js';
import type { SessionService } from '../sessions/index.js';
import type { DeviceService } from '../devices/index.js';
import type { AuditLog } from '../audit/index.js';
import type { EventRecorder } from '../webhooks/index.js';
import type { ConsentService } from '../consent/index.js';
import type { LicenseIssuer, Licensing } from '../licensing/index.js';
import type { FlowStore } from './flow-store.js';
import type { DeviceGrantPort } from './device-grant-port.js';

/** What the connect flow needs of licensing: the account's usable subscriptions and an atomic seat claim. */
export type LicensingPort = Pick<Licensing, 'usableSubscriptions' | 'claimSeat' | 'releaseSeat' | 'getPlan'>;

export interface FlowSettings {
  flowLifetimeMs: number;
  productName: string;
  smsCodeTtlMs: number;
  smsMaxAttempts: number;
  resendCooldownMs: number;
  allowedSmsCountries: readonly string[];
  emailCodeTtlMs: number;
  maxDevicesPerAccount: number;
  totpAttemptsPerFlow: number;
  factorAttemptsPerAccount: number;
  emailCodeAttemptsPerAddress: number;
  codeWindowMs: number;
  /** How long a finished connect's result (credential included) can be fetched again; 0 keeps none. */
  resultRetentionMs: number;
}

/** What steps and finishers may call. */
export interface FlowDeps {
  identity: { accounts: AccountService; sessions: SessionService; passkeys: PasskeyService };
  risk: { guard: SignInGuard; attempts: AttemptBudgets; quota: SendQuota; captcha: CaptchaPort };
  messaging: { sms: SmsSender; email: EmailSender; emailLater: DeferredEmail; templates: Templates };
  devices: DeviceService;
  licensing: { subscriptions: LicensingPort; tokens: LicenseIssuer };
  consent: ConsentService;
  /** RFC 8628 requests a connect may answer. */
  deviceGrants: DeviceGrantPort;
  audit: AuditLog;
  events: EventRecorder;
  runtime: {
    /** Finishing a flow writes it together with what it reports, all or nothing. */
    unitOfWork: UnitOfWork;
    secrets: Secrets;
    clock: Clock;
    log: { warn(obj: object, msg: string): void; error(obj: object, msg: string): void };
  };
  settings: FlowSettings;
}

/** What the engine is built from: the steps' services, and the flows' own store, which only the engine touches. */
export interface FlowEngineDeps extends FlowDeps {
  store: FlowStore;
}
