// Counts business events by wrapping the ports that carry them, so the domains stay free of metrics.
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import type { CheckIn } from '../devices/index.js';
import type { FlowEngine } from '../flows/index.js';
import type { EmailSender, SmsSender } from '../messaging/index.js';
import type { SendQuota } from '../risk/index.js';
import type { Metrics } from './registry.js';

const countryOf = (e164: string) => parsePhoneNumberFromString(e164)?.country ?? 'unknown';

export function countSms(sender: SmsSender, metrics: Metrics): SmsSender {
  return {
    async send(message) {
      const result = await sender.send(message);
      metrics.sms.inc({ country: countryOf(message.to), outcome: result.ok ? 'sent' : 'failed' });
      return result;
    },
  };
}

export function countEmails(sender: EmailSender, metrics: Metrics): EmailSender {
  return {
    async send(message) {
      const result = await sender.send(message);
      metrics.emails.inc({ purpose: message.purpose, outcome: result.ok ? 'sent' : 'failed' });
      return result;
    },
  };
}

/** Refusals by the send quotas: for SMS by the country of the number (pumping shows as one country's refusals). */
export function countQuotaRefusals(quota: SendQuota, metrics: Metrics): SendQuota {
  return {
    async take(input) {
      const decision = await quota.take(input);
      if (!decision.allowed && input.channel === 'sms')
        metrics.sms.inc({ country: countryOf(input.destination), outcome: 'refused' });
      if (!decision.allowed && input.channel === 'email') metrics.emails.inc({ purpose: 'code', outcome: 'refused' });
      return decision;
    },
  };
}

export function countCheckIns(checkIn: CheckIn, metrics: Metrics): CheckIn {
  // Each outcome's tally found once (tallied-counter.ts): a fleet checks in all day, and a tally is a number to add to.
  const series = new Map<string, { inc(): void }>();
  const count = (outcome: string) => {
    let counter = series.get(outcome);
    if (!counter) series.set(outcome, (counter = metrics.checkIns.tally(outcome)));
    counter.inc();
  };
  // A cached answer stays a value (no promise), as `checkIn` gives it.
  return (credential, held) => {
    const outcome = checkIn(credential, held);
    if (!('then' in outcome)) {
      count(outcome.code);
      return outcome;
    }
    return outcome.then((settled) => {
      count(settled.code);
      return settled;
    });
  };
}

const SIGN_IN_KINDS = new Set(['sign_in', 'connect']);

/** A sign-in or connect submission: `succeeded` when it ends the flow with a result, else the refusal's catalog code. */
export function countSignIns(flows: FlowEngine, metrics: Metrics): FlowEngine {
  return {
    ...flows,
    async submit(flowId, body, request) {
      const answer = await flows.submit(flowId, body, request);
      // A flow gone or moved on took no attempt: only a step's own answer counts.
      if (answer.kind !== 'step') return answer;
      const { view } = answer;
      if (SIGN_IN_KINDS.has(view.flow.kind)) {
        const outcome = view.error ? view.error.code : view.result ? 'succeeded' : undefined;
        if (outcome) metrics.signIns.inc({ kind: view.flow.kind, outcome });
      }
      return answer;
    },
  };
}
