// The only door of messaging: SMS and email ports, their adapters, and the message templates.
export type {
  MessagePurpose,
  SmsMessage,
  EmailMessage,
  DeliveryResult,
  SmsSender,
  EmailSender,
  OutboxEntry,
  OutboxQuery,
  OutboxStore,
} from './types.js';
export { createOutboxSms, createOutboxEmail } from './outbox.js';
export { createDevOutbox, type DevOutbox } from './dev-outbox.js';
export { createSmtpEmail, type SmtpEmailOptions } from './smtp-email.js';
export { createDeferredEmail, type DeferredEmail } from './deferred-email.js';
export { createHttpSms, type HttpSmsOptions } from './http-sms.js';
export {
  createMessaging,
  type Messaging,
  type MessagingConfig,
  type MessagingDeps,
  type SmsConfig,
  type EmailConfig,
} from './messaging.js';
export {
  createTemplates,
  type Templates,
  type TemplateOptions,
  type CodeSmsInput,
  type CodeEmailInput,
  type SignupExistingInput,
  type OperatorRecoveryInput,
  type AccessNoticeInput,
  type FamilyInvitationInput,
} from './templates/templates.js';
export { gsm7Length } from './gsm.js';
export { isE164, checkSmsDestination } from './phone.js';
