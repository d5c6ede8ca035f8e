// Builds the two senders the server uses from the delivery configuration.

import type { Clock } from '../common/index.js';
import { createHttpSms } from './http-sms.js';
import { createOutboxEmail, createOutboxSms } from './outbox.js';
import { createSmtpEmail } from './smtp-email.js';
import type { EmailSender, OutboxStore, SmsSender } from './types.js';

export type SmsConfig =
  | { kind: 'outbox' }
  | { kind: 'http'; baseUrl: string; accountSid: string; authToken: string; from: string; timeoutMs?: number };

export type EmailConfig = { kind: 'outbox' } | { kind: 'smtp'; url: string; from: string; timeoutMs?: number };

export interface MessagingConfig {
  sms: SmsConfig;
  email: EmailConfig;
}

export interface MessagingDeps {
  outbox: OutboxStore;
  clock: Clock;
  /** For tests and egress proxies; the HTTP SMS adapter uses the global fetch otherwise. */
  fetch?: typeof fetch;
}

export interface Messaging {
  sms: SmsSender;
  email: EmailSender;
}

function buildSms(config: SmsConfig, deps: MessagingDeps): SmsSender {
  switch (config.kind) {
    case 'outbox':
      return createOutboxSms(deps.outbox, deps.clock);
    case 'http':
      return createHttpSms({ ...config, ...(deps.fetch ? { fetch: deps.fetch } : {}) });
  }
}

function buildEmail(config: EmailConfig, deps: MessagingDeps): EmailSender {
  switch (config.kind) {
    case 'outbox':
      return createOutboxEmail(deps.outbox, deps.clock);
    case 'smtp':
      return createSmtpEmail(config);
  }
}

export function createMessaging(config: MessagingConfig, deps: MessagingDeps): Messaging {
  return { sms: buildSms(config.sms, deps), email: buildEmail(config.email, deps) };
}
