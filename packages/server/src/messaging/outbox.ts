// Development delivery: messages land in the outbox store, where the portal shows them in dev mode.

import { randomBytes } from 'node:crypto';
import type { Clock } from '../common/index.js';
import { errorText, failed } from './failure.js';
import { isE164 } from './phone.js';
import type { DeliveryResult, EmailSender, OutboxEntry, OutboxStore, SmsSender } from './types.js';

let sequence = 0;
/** Ids sort by time, then by order within this process, so "newest first" holds even when a clock stands still. */
function outboxId(now: number): string {
  sequence = (sequence + 1) % 36 ** 6;
  return `msg_${now.toString(36).padStart(9, '0')}${sequence.toString(36).padStart(6, '0')}${randomBytes(4).toString('hex')}`;
}

async function appendEntry(store: OutboxStore, entry: OutboxEntry): Promise<DeliveryResult> {
  try {
    await store.append(entry);
    return { ok: true, providerId: entry.id };
  } catch (err) {
    return failed(`outbox append failed: ${errorText(err)}`);
  }
}

export function createOutboxSms(store: OutboxStore, clock: Clock): SmsSender {
  return {
    async send(msg) {
      // Same rule as a real provider, so dev mode does not accept numbers production would refuse.
      if (!isE164(msg.to)) return failed('destination is not an E.164 phone number');
      return appendEntry(store, {
        id: outboxId(clock.now()),
        channel: 'sms',
        to: msg.to,
        subject: null,
        body: msg.body,
        purpose: msg.purpose,
        createdAt: clock.now(),
      });
    },
  };
}

export function createOutboxEmail(store: OutboxStore, clock: Clock): EmailSender {
  return {
    async send(msg) {
      return appendEntry(store, {
        id: outboxId(clock.now()),
        channel: 'email',
        to: msg.to,
        subject: msg.subject,
        body: msg.text,
        purpose: msg.purpose,
        createdAt: clock.now(),
      });
    },
  };
}
