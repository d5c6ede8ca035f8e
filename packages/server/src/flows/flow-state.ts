// What a flow remembers between requests (JSON in the flow store; never plaintext codes or passwords).
import type { Locale, StepName, UiNode } from '@tessera/protocol';
import type { CaptchaState } from '../captcha/index.js';
import type { OtpState } from './one-time-code.js';

export interface Notice {
  id: number;
  type: 'info' | 'error' | 'success';
  context?: Record<string, string | number>;
}

export interface FlowState {
  locale: Locale;
  /** Where the flow began, for audit and quotas. */
  origin: { ip: string; userAgent: string | null };
  /** Set once the person has proven who they are for this flow's purpose. */
  accountId?: string;
  /** `previousDeviceId`: the device this installation had before (reconnecting reuses it; issue 9). */
  connect?: { appId: string; device: { name: string; platform: string }; previousDeviceId?: string };
  /** How the account was proven: a password (a second factor follows), or a device credential / live session (it does not). */
  authenticatedBy?: 'password' | 'device' | 'session';
  /** An account found on this device through another app's credential, offered by `confirm_account`. */
  found?: { accountId: string; deviceId: string; emailMasked: string; declined: boolean };
  /** The device the app joins instead of registering a new one (auto-connect). */
  reuseDeviceId?: string;
  captcha?: { state: CaptchaState; nodes: UiNode[] };
  /** The current one-time code of a code step (second factor, email verification, recovery). */
  otp?: OtpState;
  factor?: 'sms' | 'totp';
  signUp?: { email: string; display: string; passwordHash: string; country: string; locale: Locale; existing: boolean };
  recovery?: { email: string; accountId: string | null };
  /** Shown with the current step; cleared on moving to another. */
  notices: Notice[];
  /** The statement version accepted in this flow, recorded when the app is connected. */
  consent?: { region: string; version: number; locale: string };
  /** The step whose submission finished the flow: resubmitting it redelivers a stored result. */
  finishedStep?: StepName;
  /** What finishing a connect created, so an audit can tell a done flow from a half-written one. */
  connected?: { deviceId: string; connectionId: string };
  /** The subscription chosen (or implied) for the app; null means Free. */
  selection?: { subscriptionId: string | null };
}
