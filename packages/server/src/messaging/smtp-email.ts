// Email delivery over SMTP (nodemailer), with failures reported as values and no logging of bodies.

import type { Transporter } from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport/index.js';
import { errorText, failed } from './failure.js';
import type { EmailSender } from './types.js';

export interface SmtpEmailOptions {
  /** `smtp://user:pass@host:port` (STARTTLS when offered) or `smtps://…` (TLS from the start). */
  url: string;
  /** The From header, such as `Tessera <no-reply@example.com>`. */
  from: string;
  /** Bound on connecting, the greeting and each socket wait, so a dead server cannot stall a flow. */
  timeoutMs?: number;
}

interface SmtpError {
  code?: string;
  responseCode?: number;
  response?: string;
}

function smtpCredentials(url: string): { user?: string; pass?: string } {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error('SMTP url is not a valid URL');
  }
  if (parsed.protocol !== 'smtp:' && parsed.protocol !== 'smtps:')
    throw new Error('SMTP url must start with smtp:// or smtps://');
  if (!parsed.hostname) throw new Error('SMTP url has no host');
  return { user: decodeURIComponent(parsed.username), pass: decodeURIComponent(parsed.password) };
}

function describe(err: unknown): string {
  const e = (typeof err === 'object' && err !== null ? err : {}) as SmtpError;
  if (e.code === 'ECONNECTION' || e.code === 'ETIMEDOUT' || e.code === 'ESOCKET' || e.code === 'EDNS') {
    return `SMTP connection failed (${e.code}): ${errorText(err)}`;
  }
  if (e.code === 'EAUTH') return `SMTP authentication failed: ${e.response ?? errorText(err)}`;
  if (e.responseCode) return `SMTP server rejected the message (${e.responseCode}): ${e.response ?? errorText(err)}`;
  return `SMTP delivery failed${e.code ? ` (${e.code})` : ''}: ${errorText(err)}`;
}

/** Throws at construction on a malformed url (a configuration error); never throws from `send`. */
export function createSmtpEmail(options: SmtpEmailOptions): EmailSender {
  const { pass } = smtpCredentials(options.url);
  const timeoutMs = options.timeoutMs ?? 15_000;
  // nodemailer loads at the first email, so a process that sends none (an admin command) never loads it.
  let transport: Promise<Transporter<SMTPTransport.SentMessageInfo>> | undefined;
  const opened = () =>
    (transport ??= Promise.all([import('nodemailer'), import('nodemailer/lib/smtp-transport/index.js')]).then(
      ([{ default: nodemailer }, { default: Transport }]) =>
        nodemailer.createTransport(
          new Transport({
            url: options.url,
            connectionTimeout: timeoutMs,
            greetingTimeout: timeoutMs,
            socketTimeout: timeoutMs,
            // Message bodies carry one-time codes: nothing from the SMTP dialogue goes to a log.
            logger: false,
            debug: false,
          }),
        ),
    ));
  return {
    async send(msg) {
      try {
        const info = await (
          await opened()
        ).sendMail({
          from: options.from,
          to: msg.to,
          subject: msg.subject,
          text: msg.text,
          ...(msg.html !== undefined ? { html: msg.html } : {}),
        });
        if (info.rejected.length > 0 || info.accepted.length === 0) {
          return failed(`SMTP server did not accept the recipient: ${info.response}`, [pass]);
        }
        return { ok: true, providerId: info.messageId };
      } catch (err) {
        return failed(describe(err), [pass]);
      }
    },
  };
}
