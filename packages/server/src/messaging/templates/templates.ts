// Builds ready-to-send SMS and email messages, each tagged with its purpose, in the recipient's locale.

import type { Locale } from '@tessera/protocol';
import type { EmailMessage, SmsMessage } from '../types.js';
import type { Catalog } from './catalog.js';
import { en } from './en.js';
import { renderHtml, renderText, type EmailContent } from './layout.js';
import { vi } from './vi.js';

const CATALOGS: Record<Locale, Catalog> = { en, vi };

export interface TemplateOptions {
  /** Shown in every message; default "Tessera". */
  productName?: string;
  /** IANA zone for times in notices; default UTC. */
  timeZone?: string;
}

export interface CodeSmsInput {
  to: string;
  locale: Locale;
  code: string;
  minutes: number;
  /** The site's host name; when given, a WebOTP line lets browsers fill the code in. */
  host?: string;
}

export interface CodeEmailInput {
  to: string;
  locale: Locale;
  code: string;
  minutes: number;
}

export interface SignupExistingInput {
  to: string;
  locale: Locale;
  signInUrl?: string;
  resetUrl?: string;
}

export interface OperatorRecoveryInput {
  to: string;
  locale: Locale;
  resetUrl?: string;
}

export interface AccessNoticeInput {
  to: string;
  locale: Locale;
  event: 'sign_in' | 'new_device';
  /** Milliseconds since the epoch. */
  at: number;
  device?: string;
  app?: string;
  ip?: string;
  location?: string;
  manageUrl?: string;
}

export interface FamilyInvitationInput {
  to: string;
  locale: Locale;
  /** The owner's email address, as the invitee knows them. */
  inviter: string;
  plan: string;
  days: number;
  token: string;
  acceptUrl?: string;
}

export interface Templates {
  secondFactorSms(input: CodeSmsInput): SmsMessage;
  phoneVerificationSms(input: CodeSmsInput): SmsMessage;
  emailVerificationEmail(input: CodeEmailInput): EmailMessage;
  recoveryEmail(input: CodeEmailInput): EmailMessage;
  /** Sent instead of a verification code when a sign-up names an address that has an account. */
  signupExistingEmail(input: SignupExistingInput): EmailMessage;
  /** Sent when support starts a recovery: a link to the portal's reset, no code (the portal's flow sends that). */
  operatorRecoveryEmail(input: OperatorRecoveryInput): EmailMessage;
  accessNoticeEmail(input: AccessNoticeInput): EmailMessage;
  familyInvitationEmail(input: FamilyInvitationInput): EmailMessage;
}

const HOST = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*$/i;

/** WebOTP wants a bare host; a base URL is accepted too so callers can pass their configuration as is. */
function webOtpHost(host: string): string {
  const bare = host.includes('://') ? new URL(host).hostname : host.replace(/:\d+$/, '');
  if (!HOST.test(bare)) throw new Error(`not a host name for a WebOTP line: ${host}`);
  return bare;
}

function withWebOtp(body: string, code: string, host: string | undefined): string {
  return host ? `${body}\n\n@${webOtpHost(host)} #${code}` : body;
}

export function createTemplates(options: TemplateOptions = {}): Templates {
  const product = options.productName ?? 'Tessera';
  const timeZone = options.timeZone ?? 'UTC';
  const email = (
    to: string,
    locale: Locale,
    purpose: EmailMessage['purpose'],
    content: EmailContent,
  ): EmailMessage => ({
    to,
    subject: content.subject,
    text: renderText(content.blocks),
    html: renderHtml(CATALOGS[locale].tag, content.blocks),
    purpose,
  });
  return {
    secondFactorSms: ({ to, locale, code, minutes, host }) => ({
      to,
      body: withWebOtp(CATALOGS[locale].secondFactorSms({ product, code, minutes }), code, host),
      purpose: 'second_factor',
    }),
    phoneVerificationSms: ({ to, locale, code, minutes, host }) => ({
      to,
      body: withWebOtp(CATALOGS[locale].phoneVerificationSms({ product, code, minutes }), code, host),
      purpose: 'phone_verification',
    }),
    emailVerificationEmail: ({ to, locale, code, minutes }) =>
      email(to, locale, 'email_verification', CATALOGS[locale].emailVerification({ product, code, minutes })),
    recoveryEmail: ({ to, locale, code, minutes }) =>
      email(to, locale, 'recovery', CATALOGS[locale].recovery({ product, code, minutes })),
    signupExistingEmail: ({ to, locale, ...urls }) =>
      email(to, locale, 'signup_existing', CATALOGS[locale].signupExisting({ product, ...urls })),
    operatorRecoveryEmail: ({ to, locale, ...urls }) =>
      email(to, locale, 'recovery', CATALOGS[locale].operatorRecovery({ product, ...urls })),
    accessNoticeEmail: ({ to, locale, at, ...details }) => {
      const catalog = CATALOGS[locale];
      const when = new Intl.DateTimeFormat(catalog.tag, { dateStyle: 'long', timeStyle: 'long', timeZone }).format(at);
      return email(to, locale, 'notice', catalog.accessNotice({ product, when, ...details }));
    },
    familyInvitationEmail: ({ to, locale, ...details }) =>
      email(to, locale, 'family_invitation', CATALOGS[locale].familyInvitation({ product, ...details })),
  };
}
