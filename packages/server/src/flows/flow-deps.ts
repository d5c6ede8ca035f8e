// What the flow engine needs from the other domains; wired once by the composition root.
import type { Clock, Secrets, UnitOfWork } from '../common/index.js';
import type { AccountService } from '../identity/index.js';
import type { AccountStore } from '../identity/index.js';
import type { AttemptBudgets, SignInGuard, SendQuota } from '../risk/index.js';
import type { CaptchaPort } from '../captcha/index.js';
import type { DeferredEmail, EmailSender, SmsSender, Templates } from '../messaging/index.js';
import type { SessionService } from '../sessions/index.js';
import type { DeviceService, DeviceStore } from '../devices/index.js';
import type { AuditLog } from '../audit/index.js';
import type { EventRecorder } from '../webhooks/index.js';
import type { ConsentService } from '../consent/index.js';
import type { FlowStore } from './flow-store.js';

/** What the connect flow needs of licensing: the account's usable subscriptions and an atomic seat claim. */
export interface LicensingPort {
  usableSubscriptions(
    accountId: string,
    now: number,
    options?: { deviceId?: string },
  ): Promise<
    Array<{
      subscription: { id: string; planId: string; endsAt: number | null };
      plan: { id: string; name: string; features: string[] };
      role: 'owner' | 'member';
      seatsUsed: number;
      seatsTotal: number;
      full: boolean;
    }>
  >;
  claimSeat(input: {
    subscriptionId: string;
    deviceId: string;
    accountId: string;
    now: number;
  }): Promise<{ ok: true } | { ok: false; code: 'SEATS_EXCEEDED' | 'SUBSCRIPTION_NOT_USABLE' }>;
  releaseSeat(input: { subscriptionId: string; deviceId: string }): Promise<void>;
  getPlan(id: string): Promise<{ id: string; name: string; features: string[] } | undefined>;
}

/** Issues the license token an app receives when it connects and at every check-in. */
export interface LicenseIssuer {
  issue(claims: {
    accountId: string;
    deviceId: string;
    appId: string;
    planId: string;
    features: readonly string[];
    subscriptionId: string | null;
    subscriptionEndsAt: number | null;
  }): Promise<{ token: string; expiresAt: number }>;
}

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

export interface FlowDeps {
  flows: FlowStore;
  unitOfWork: UnitOfWork;
  accounts: AccountService;
  accountStore: AccountStore;
  guard: SignInGuard;
  attempts: AttemptBudgets;
  quota: SendQuota;
  captcha: CaptchaPort;
  sms: SmsSender;
  email: EmailSender;
  emailLater: DeferredEmail;
  templates: Templates;
  sessions: SessionService;
  devices: DeviceService;
  deviceStore: DeviceStore;
  licensing: LicensingPort;
  consent: ConsentService;
  licenses: LicenseIssuer;
  audit: AuditLog;
  events: EventRecorder;
  secrets: Secrets;
  clock: Clock;
  settings: FlowSettings;
  log: { warn(obj: object, msg: string): void; error(obj: object, msg: string): void };
}
