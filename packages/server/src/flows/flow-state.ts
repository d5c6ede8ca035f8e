// What a flow remembers between requests, one state type per kind (JSON in the flow store; never plaintext codes or
// passwords). Fields a kind never uses are absent from its type, so a step can only read what its kinds keep.
import type { FlowKind, Locale, StepName, UiNode } from '@tessera/protocol';
import type { CaptchaState } from '../captcha/index.js';
import type { OtpState } from './one-time-code.js';

export interface Notice {
  id: number;
  type: 'info' | 'error' | 'success';
  context?: Record<string, string | number>;
}

/** How the account was proven: a password (a second factor follows), or a device credential / live session (it does not). */
export type AuthenticatedBy = 'password' | 'device' | 'session';

/** What every kind keeps. */
export interface FlowStateBase {
  locale: Locale;
  /** Where the flow began, for audit and quotas. */
  origin: { ip: string; userAgent: string | null };
  /** Set once the person has proven who they are for this flow's purpose. */
  accountId?: string;
  /** The current one-time code of a code step (second factor, email verification, recovery). */
  otp?: OtpState;
  /** Until when a channel's send quotas are spent, as learnt from the last send: resend is offered from then on. */
  quotaSpentUntil?: Partial<Record<'sms' | 'email', number>>;
  /** Shown with the current step; cleared on moving to another. */
  notices: Notice[];
  /** The step whose submission finished the flow: resubmitting it redelivers a stored result. */
  finishedStep?: StepName;
}

/** What proving an account with a password keeps: the image code once failures pile up, then the second factor. */
export interface PasswordProof {
  authenticatedBy?: AuthenticatedBy;
  captcha?: { state: CaptchaState; nodes: UiNode[] };
  factor?: SecondFactor;
  passkey?: PasskeyPrompt;
}

/** The second factor the step currently asks for. */
export type SecondFactor = 'sms' | 'totp' | 'passkey';

/** The passkey challenge the second-factor step issued (single use, in the passkey store) and its browser options. */
export interface PasskeyPrompt {
  challengeId: string;
  /** PublicKeyCredentialRequestOptionsJSON, as sent to the client. */
  options: string;
  /** When the challenge lapses; absent in flows stored before it was kept. */
  expiresAt?: number;
}

/** `sign_in` (the portal): credentials, then any second factor. */
export interface SignInState extends FlowStateBase, PasswordProof {
  authenticatedBy?: 'password';
}

/** A sign-up's details wait (the password only as a hash) until the emailed code proves the address. */
export interface SignUpDetails {
  email: string;
  display: string;
  passwordHash: string;
  country: string;
  locale: Locale;
  /** The address already has an account: it gets a notice instead of a code. */
  existing: boolean;
}

/** `sign_up`: details, then the emailed code. */
export interface SignUpState extends FlowStateBase {
  signUp?: SignUpDetails;
}

/** The address a recovery code went to and its account (null when none: the code then matches nothing). */
export interface RecoveryRequest {
  email: string;
  accountId: string | null;
}

/** `recovery`: the address, its emailed code, any second factor, then the new password. */
export interface RecoveryState extends FlowStateBase {
  recovery?: RecoveryRequest;
  factor?: SecondFactor;
  passkey?: PasskeyPrompt;
}

/** An account found on this device through another app's credential, offered by `confirm_account`. */
export interface FoundAccount {
  accountId: string;
  deviceId: string;
  emailMasked: string;
  declined: boolean;
}

/** `connect` (an app on a device): whose it is, the statement accepted, the subscription chosen, what finishing made. */
export interface ConnectState extends FlowStateBase, PasswordProof {
  /** `previousDeviceId`: the device this installation had before (reconnecting reuses it; issue 9). */
  connect: { appId: string; device: { name: string; platform: string }; previousDeviceId?: string };
  found?: FoundAccount;
  /** The device the app joins instead of registering a new one (auto-connect). */
  reuseDeviceId?: string;
  /** The statement version accepted in this flow, recorded when the app is connected. */
  consent?: { region: string; version: number; locale: string };
  /** The subscription chosen (or implied) for the app; null means Free. */
  selection?: { subscriptionId: string | null };
  /** What finishing a connect created, so an audit can tell a done flow from a half-written one. */
  connected?: { deviceId: string; connectionId: string };
  /** Set when a device without a keyboard asked (RFC 8628): the flow ends in "Approve" and its result goes to the device. */
  deviceGrant?: DeviceGrantRef;
}

/** The device request a connect answers, with what the person is shown about where it came from. */
export interface DeviceGrantRef {
  id: string;
  ip: string;
  country: string | null;
  approved?: boolean;
}

export interface FlowStates {
  sign_in: SignInState;
  sign_up: SignUpState;
  recovery: RecoveryState;
  connect: ConnectState;
}

/** The state of a flow of any kind. */
export type FlowState = FlowStates[FlowKind];
