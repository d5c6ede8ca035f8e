// The messaging ports: what the rest of the server may ask of SMS and email delivery.

/** Why a message is sent; kept with each message so the outbox, audit and quotas can tell them apart. */
export type MessagePurpose =
  | 'second_factor'
  | 'phone_verification'
  | 'email_verification'
  | 'recovery'
  | 'signup_existing'
  | 'notice'
  | 'family_invitation';

export interface SmsMessage {
  /** E.164, such as `+84912345678`. */
  to: string;
  body: string;
  purpose: MessagePurpose;
}

export interface EmailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
  purpose: MessagePurpose;
}

/** Senders report failure as a value: a provider outage must not turn into a 500 mid-flow. */
export type DeliveryResult = { ok: true; providerId?: string } | { ok: false; reason: string };

export interface SmsSender {
  send(msg: SmsMessage): Promise<DeliveryResult>;
}

export interface EmailSender {
  send(msg: EmailMessage): Promise<DeliveryResult>;
}

export interface OutboxEntry {
  id: string;
  channel: 'sms' | 'email';
  to: string;
  subject: string | null;
  body: string;
  purpose: MessagePurpose;
  createdAt: number;
}

export interface OutboxQuery {
  limit: number;
  channel?: 'sms' | 'email';
  to?: string;
}

/** The development outbox; implemented in SQL by storage, in memory by tests. */
export interface OutboxStore {
  append(entry: OutboxEntry): Promise<void>;
  /** Newest first. */
  list(query: OutboxQuery): Promise<OutboxEntry[]>;
}
