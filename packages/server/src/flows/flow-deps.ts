// What the flow engine needs from the other domains; wired once by the composition root.
import type { Clock, Secrets } from '../common/index.js';
import type { AccountService } from '../identity/index.js';
import type { AccountStore } from '../identity/index.js';
import type { SignInGuard, SendQuota } from '../risk/index.js';
import type { CaptchaPort } from '../captcha/index.js';
import type { EmailSender, SmsSender, Templates } from '../messaging/index.js';
import type { SessionService } from '../sessions/index.js';
import type { DeviceService } from '../devices/index.js';
import type { AuditLog } from '../audit/index.js';
import type { FlowStore } from './flow-store.js';

export interface FlowSettings {
  flowLifetimeMs: number;
  productName: string;
  smsCodeTtlMs: number;
  smsMaxAttempts: number;
  resendCooldownMs: number;
  allowedSmsCountries: readonly string[];
  emailCodeTtlMs: number;
}

export interface FlowDeps {
  flows: FlowStore;
  accounts: AccountService;
  accountStore: AccountStore;
  guard: SignInGuard;
  quota: SendQuota;
  captcha: CaptchaPort;
  sms: SmsSender;
  email: EmailSender;
  templates: Templates;
  sessions: SessionService;
  devices: DeviceService;
  audit: AuditLog;
  secrets: Secrets;
  clock: Clock;
  settings: FlowSettings;
  log: { warn(obj: object, msg: string): void; error(obj: object, msg: string): void };
}
